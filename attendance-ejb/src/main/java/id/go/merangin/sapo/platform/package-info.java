/** What the application runs on: the clock, the schema migration at start-up, health and version. */
package id.go.merangin.sapo.platform;
