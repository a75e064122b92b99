/**
 * Writing and reading the audit log: every administrative change is written in the same transaction as the change
 * itself, with its actor, time, source address and detail, and the log is never updated or deleted. Only BKPSDMD
 * reads it.
 */
package id.go.merangin.sapo.audit;
