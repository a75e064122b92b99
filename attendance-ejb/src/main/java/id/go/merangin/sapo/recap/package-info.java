/**
 * The daily codes and the monthly recap: worked out from events, schedules, holidays, requests and the rule set in
 * force, kept day by day and mended nightly, then verified by the admin OPD and locked by BKPSDMD. A locked month
 * never changes, and a later rule set version never re-prices it.
 */
package id.go.merangin.sapo.recap;
