/** The monthly recap screen and the month's close. */
package id.go.merangin.sapo.recap;
