/**
 * Leave requests: an ASN submits and reads their own, an officer in reach decides them. A request may not overlap
 * another pending or approved one of the same ASN nor touch a locked month, and a rejection says why.
 */
package id.go.merangin.sapo.leave;
