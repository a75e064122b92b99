/** The phone app's attendance calls: record an event, read today and a month. */
package id.go.merangin.sapo.attendance;
