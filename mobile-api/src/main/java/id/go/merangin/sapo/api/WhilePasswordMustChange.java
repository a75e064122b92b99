package id.go.merangin.sapo.api;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks the requests an ASN may make while the password their admin OPD set waits to be changed: changing it,
 * reading the profile, logging out. Every other request is answered 403 {@code PASSWORD_CHANGE_REQUIRED}.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface WhilePasswordMustChange {}
