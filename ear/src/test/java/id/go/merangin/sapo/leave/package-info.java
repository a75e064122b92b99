/**
 * System tests of leave requests from the phone: with their letters and part-day permits, decided by an officer, and
 * never seen by another ASN.
 */
package id.go.merangin.sapo.leave;
