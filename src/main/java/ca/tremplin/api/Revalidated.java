package ca.tremplin.api;

import jakarta.ws.rs.NameBinding;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks the public reads whose answers a browser or a shared cache may keep and ask again about
 * ({@link RevalidatedAnswers}): published catalogue data only, the same for every caller of a language. Never on
 * an address that reads a session, a token or anything personal.
 */
@NameBinding
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface Revalidated {
}
