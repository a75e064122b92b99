/** The phone app's contract, version 1: JAX-RS resources at {@code /api/v1} that call the application services. */
package id.go.merangin.sapo.api;
