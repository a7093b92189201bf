package ca.tremplin.testsupport;

import java.lang.reflect.Proxy;

/** An interface answered by one function of the method's name and arguments: a request or response in a unit test. */
public final class Stubs {

    private Stubs() {
    }

    /** What a stub answers to a call; throw for a call the code under test should not make. */
    public interface Answering {
        Object answer(String method, Object[] args);
    }

    public static <T> T stub(Class<T> type, Answering answering) {
        return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type},
                (proxy, called, args) -> answering.answer(called.getName(), args)));
    }
}
