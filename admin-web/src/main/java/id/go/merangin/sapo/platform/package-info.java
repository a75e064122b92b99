/** Admin-web beans about the application itself: its version. */
package id.go.merangin.sapo.platform;
