/**
 * Working hours by weekday and date range, which of them applies to an ASN on a date, the windows they open for each
 * event, the holiday calendar, and apel. A period such as Ramadan comes before any open-ended week; outside its
 * window an event cannot be recorded.
 */
package id.go.merangin.sapo.schedule;
