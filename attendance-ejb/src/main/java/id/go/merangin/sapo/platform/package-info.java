/**
 * What the application runs on: the one clock every time comes from (settable for demos and tests), the schema
 * migration by Flyway before Hibernate validates, SAPO's metrics, the start-up report and the bounds of a page of
 * a list.
 */
package id.go.merangin.sapo.platform;
