/**
 * Attendance events, accepted and refused, and the rules that decide them: the geofence with its accuracy cap and
 * limit, working minutes late or early and their tiers, and the integrity flags (clock skew, impossible travel, a
 * reused photo) that mark an event for review without refusing it.
 */
package id.go.merangin.sapo.attendance;
