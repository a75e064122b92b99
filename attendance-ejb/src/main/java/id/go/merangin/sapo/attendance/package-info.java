/**
 * Recording and reading attendance: a check-in, break, apel or check-out judged with the server's clock as the
 * truth and written (accepted with its selfie, or refused with its reason) in one transaction that commits before the
 * phone gets its answer; the ASN's own day and month; and the officers' review of events and refused attempts.
 * A retry with the same Idempotency-Key, or a second event of a type already accepted that day, is answered with the
 * first one and never makes a second row.
 */
package id.go.merangin.sapo.attendance;
