package id.go.merangin.sapo.attendance;

/**
 * An event as a review lists it, with its ASN, OPD and location loaded, and its selfie's id ({@code null}: none)
 * and whether the selfie's bytes were purged, read without loading them.
 */
public record ReviewedEvent(AttendanceEvent event, Long photoId, boolean photoPurged) {}
