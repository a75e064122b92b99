/**
 * The system tests' common ground: the EAR as Maven built it deployed on a real WildFly (with a test module for
 * in-container tests), and the real PostgreSQL + PostGIS reached as SAPO's own role, never a superuser.
 */
package id.go.merangin.sapo;
