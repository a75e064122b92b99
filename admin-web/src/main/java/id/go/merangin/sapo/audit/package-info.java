/** The audit log screen of BKPSDMD. */
package id.go.merangin.sapo.audit;
