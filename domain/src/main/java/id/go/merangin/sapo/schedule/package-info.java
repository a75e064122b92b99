/** Working hours by weekday and date range, the windows they open for each event, and the holiday calendar. */
package id.go.merangin.sapo.schedule;
