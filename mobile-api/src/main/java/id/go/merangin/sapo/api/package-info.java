/**
 * The phone app's contract, version 1: JAX-RS at {@code /api/v1}, bearer-token authentication, admission of
 * check-ins under load, and every refusal or bad input as an RFC 9457 problem with a stable code and a message in
 * the caller's language. The resources only translate HTTP into calls of the application services and back.
 */
package id.go.merangin.sapo.api;
