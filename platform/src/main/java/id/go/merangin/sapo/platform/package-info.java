/** What every module of the EAR shares about the application itself: its version and its readiness. */
package id.go.merangin.sapo.platform;
