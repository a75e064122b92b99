/** Commands that IT staff run next to SAPO's server: creating the first BKPSDMD officer of a new database. */
package id.go.merangin.sapo.tools;
