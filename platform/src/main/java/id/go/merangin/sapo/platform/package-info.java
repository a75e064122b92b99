/**
 * What every module of the EAR shares about the application itself: its version, its readiness (the database,
 * PostGIS and the schema), telling a database outage from a fault (answered 503 and logged once in a while), the id
 * and origin of each request for the logs and the audit, and the security headers of every page and file.
 */
package id.go.merangin.sapo.platform;
