package ca.tremplin.startup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ca.tremplin.catalog.CatalogIndex;
import ca.tremplin.catalog.CatalogIndexLoader;
import ca.tremplin.catalog.IndexedProgram;
import ca.tremplin.event.EventReminders;
import ca.tremplin.inquiry.ClosedCentreRequests;
import ca.tremplin.inquiry.InquiryRouter;
import ca.tremplin.leadimport.ImportFileRetention;
import ca.tremplin.leadimport.ImportHeartbeat;
import ca.tremplin.mail.OutboxDispatcher;
import ca.tremplin.person.RetentionJob;
import ca.tremplin.report.ScheduledReportJob;
import ca.tremplin.testsupport.HeldScheduler;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every loop {@link StartupSequence} starts is gone from the server's scheduler once its bean is destroyed, as when
 * the application is undeployed or redeployed: the scheduler is WildFly's and outlives the deployment, so a loop left
 * with it fires again against a deployment that is gone (the closed centres' sweep did, every five minutes).
 */
class BackgroundLoopsTest {

    static Stream<Arguments> loops() {
        return Stream.of(
                loop(new ClosedCentreRequests(), ClosedCentreRequests::start),
                loop(new OutboxDispatcher(), OutboxDispatcher::start),
                loop(new InquiryRouter(), InquiryRouter::start),
                loop(new EventReminders(), EventReminders::start),
                loop(new ImportHeartbeat(), ImportHeartbeat::start),
                loop(new ImportFileRetention(), ImportFileRetention::start),
                loop(new RetentionJob(), RetentionJob::start),
                loop(new ScheduledReportJob(), ScheduledReportJob::start),
                loop(builtCatalogIndex(), CatalogIndex::buildAndKeepFresh));
    }

    private static <T> Arguments loop(T bean, Consumer<T> start) {
        return Arguments.of(bean.getClass().getSimpleName(), bean, start);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("loops")
    <T> void nothingOfTheLoopIsLeftOnceItsBeanIsDestroyed(String name, T bean, Consumer<T> start) throws Exception {
        try (HeldScheduler held = new HeldScheduler()) {
            inject(bean, ManagedScheduledExecutorService.class, held.managed());
            inject(bean, jakarta.enterprise.concurrent.ManagedExecutorService.class, held.managed());
            inject(bean, Clock.class, Clock.systemUTC());
            start.accept(bean);
            assertTrue(held.waiting() > 0, name + " started its loop");

            annotated(bean, PreDestroy.class).invoke(bean);

            assertEquals(0, held.waiting(), name + " left a task with the server's scheduler");
        }
    }

    /** The catalogue's index opened over a loader that finds an empty catalogue, as its first build leaves it. */
    private static CatalogIndex builtCatalogIndex() {
        CatalogIndex index = new CatalogIndex();
        try {
            Field loader = CatalogIndex.class.getDeclaredField("loader");
            loader.setAccessible(true);
            loader.set(index, new CatalogIndexLoader() {
                @Override
                public long stamp() {
                    return 1;
                }

                @Override
                public List<IndexedProgram> allPublished() {
                    return List.of();
                }
            });
            annotated(index, PostConstruct.class).invoke(index);
        } catch (ReflectiveOperationException unexpected) {
            throw new IllegalStateException(unexpected);
        }
        return index;
    }

    /** Sets every field of that type, as the container injects it. */
    private static void inject(Object bean, Class<?> type, Object value) throws IllegalAccessException {
        for (Field field : bean.getClass().getDeclaredFields()) {
            if (field.getType() == type) {
                field.setAccessible(true);
                field.set(bean, value);
            }
        }
    }

    private static Method annotated(Object bean, Class<? extends java.lang.annotation.Annotation> annotation) {
        Method method = Arrays.stream(bean.getClass().getDeclaredMethods())
                .filter(candidate -> candidate.isAnnotationPresent(annotation)).findFirst()
                .orElseThrow(() -> new AssertionError(bean.getClass().getSimpleName() + " has no @"
                        + annotation.getSimpleName() + " method"));
        method.setAccessible(true);
        return method;
    }
}
