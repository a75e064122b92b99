/** The append-only record of who changed what, when and from where. */
package id.go.merangin.sapo.audit;
