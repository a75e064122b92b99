/** Attendance events, accepted and refused, and the rules that decide them: geofence, lateness and tiers. */
package id.go.merangin.sapo.attendance;
