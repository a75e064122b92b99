/**
 * System tests of recording attendance: check-in through break and check-out against geofences and windows, apel,
 * and the admission gate that tells the excess of a morning rush to come back later while recording exactly the
 * accepted check-ins.
 */
package id.go.merangin.sapo.attendance;
