package ca.tremplin.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.EvaluationResult;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The packages' map, as a test. Each feature package of {@code ca.tremplin} sits in a layer; a package may use its
 * own layer's peers and anything below, never a package above it, and no two packages may depend on each other,
 * however indirectly. A new package must be given its layer here. The person a centre follows ({@code person}) sits
 * below every feature that creates or uses leads; {@code kernel} uses no feature at all.
 */
class ArchitectureTest {

    /** Bottom first. */
    static final List<List<String>> LAYERS = List.of(
            List.of("kernel", "photo"),
            List.of("web", "mail"),
            List.of("tenant"),
            List.of("security"),
            List.of("catalog", "health", "dashboard", "demomailbox", "incident"),
            List.of("offer", "platform"),
            List.of("person"),
            List.of("inquiry", "unsubscribe", "preferences", "access"),
            List.of("event", "applicant"),
            List.of("leadimport", "pipeline", "application", "campaign", "showcase"),
            List.of("report"),
            List.of("api"),
            List.of("demo"),
            List.of("startup"));

    private static JavaClasses production;

    @BeforeAll
    static void importProductionCode() {
        production = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("ca.tremplin");
    }

    @Test
    void everyPackageHasItsLayer() {
        assertNoViolation(classes().should(belongToAPackageOfSomeLayer()));
    }

    @Test
    void noPackageUsesAPackageAboveIt() {
        assertNoViolation(classes().should(dependOnlyOnTheirLayerOrBelow(LAYERS)));
    }

    @Test
    void noTwoPackagesDependOnEachOther() {
        assertNoViolation(slices().matching("ca.tremplin.(*)..").should().beFreeOfCycles());
    }

    /**
     * A page's or a session's bean goes to another server with the session (a distributable application): a field
     * injected {@code transient} comes back null there, and the page fails on its next click. What such a bean
     * injects must be a proxy (a normal-scoped bean) or serializable, never transient.
     */
    @Test
    void beansThatTravelWithTheSessionInjectNothingTransient() {
        assertNoViolation(com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noFields()
                .that().areAnnotatedWith(jakarta.inject.Inject.class)
                .and().areDeclaredInClassesThat().areAnnotatedWith(jakarta.faces.view.ViewScoped.class)
                .should().haveModifier(com.tngtech.archunit.core.domain.JavaModifier.TRANSIENT));
        assertNoViolation(com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noFields()
                .that().areAnnotatedWith(jakarta.inject.Inject.class)
                .and().areDeclaredInClassesThat().areAnnotatedWith(jakarta.enterprise.context.SessionScoped.class)
                .should().haveModifier(com.tngtech.archunit.core.domain.JavaModifier.TRANSIENT)
                .allowEmptyShould(true));
    }

    @Test
    void theRuleCatchesAnUpwardDependency() {
        // The pipeline uses the person package: with the layers swapped, that use is an upward one and is caught.
        JavaClasses pipeline = new ClassFileImporter().importClasses(ca.tremplin.pipeline.LeadService.class);
        List<List<String>> swapped = List.of(List.of("kernel", "web", "mail", "tenant", "security"),
                List.of("pipeline"), List.of("person"));
        EvaluationResult result = classes().should(dependOnlyOnTheirLayerOrBelow(swapped)).evaluate(pipeline);
        assertTrue(result.hasViolation(), "pipeline using person is caught when person sits above it");
        assertTrue(result.getFailureReport().getDetails().stream().anyMatch(d -> d.contains("pipeline uses person")),
                () -> result.getFailureReport().toString());
        assertFalse(classes().should(dependOnlyOnTheirLayerOrBelow(LAYERS)).evaluate(pipeline).hasViolation());
    }

    private static void assertNoViolation(ArchRule rule) {
        EvaluationResult result = rule.evaluate(production);
        assertFalse(result.hasViolation(), () -> String.join("\n", result.getFailureReport().getDetails()));
    }

    static String feature(String packageName) {
        String rest = packageName.substring("ca.tremplin.".length());
        int dot = rest.indexOf('.');
        return dot < 0 ? rest : rest.substring(0, dot);
    }

    static int layer(String feature) {
        return layer(LAYERS, feature);
    }

    static int layer(List<List<String>> layers, String feature) {
        for (int i = 0; i < layers.size(); i++) {
            if (layers.get(i).contains(feature)) {
                return i;
            }
        }
        return -1;
    }

    private static boolean ours(String packageName) {
        return packageName.startsWith("ca.tremplin.");
    }

    private static ArchCondition<JavaClass> belongToAPackageOfSomeLayer() {
        return new ArchCondition<>("belong to a package that has its layer in ArchitectureTest.LAYERS") {
            @Override
            public void check(JavaClass type, ConditionEvents events) {
                if (ours(type.getPackageName()) && layer(feature(type.getPackageName())) < 0) {
                    events.add(SimpleConditionEvent.violated(type, "package " + type.getPackageName()
                            + " has no layer: place it in ArchitectureTest.LAYERS"));
                }
            }
        };
    }

    static ArchCondition<JavaClass> dependOnlyOnTheirLayerOrBelow(List<List<String>> layers) {
        return new ArchCondition<>("depend only on packages of their own layer or below") {
            @Override
            public void check(JavaClass type, ConditionEvents events) {
                if (!ours(type.getPackageName())) {
                    return;
                }
                String own = feature(type.getPackageName());
                for (Dependency dependency : type.getDirectDependenciesFromSelf()) {
                    String target = dependency.getTargetClass().getPackageName();
                    if (!ours(target)) {
                        continue;
                    }
                    String other = feature(target);
                    if (!other.equals(own) && layer(layers, other) > layer(layers, own)) {
                        events.add(SimpleConditionEvent.violated(dependency, own + " uses " + other
                                + ", a package above it: " + dependency.getDescription()));
                    }
                }
            }
        };
    }
}
