/** The daily codes and the monthly recap: worked out from events, schedules, holidays, requests and the rules. */
package id.go.merangin.sapo.recap;
