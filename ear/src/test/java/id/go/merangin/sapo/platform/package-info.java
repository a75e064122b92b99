/**
 * System tests of what the application runs on: the configurable clock, health and readiness, metrics, HTTPS with
 * its headers and cookie flags, and the schema migration at start-up.
 */
package id.go.merangin.sapo.platform;
