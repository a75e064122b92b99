/**
 * Work schedules, the holiday calendar and apel as the services keep them, and what a date holds for an ASN: a
 * holiday, the windows of the schedule that applies to them, or nothing. Changing a schedule, holiday or apel works
 * the affected days out again, except in locked months, which refuse the change.
 */
package id.go.merangin.sapo.schedule;
