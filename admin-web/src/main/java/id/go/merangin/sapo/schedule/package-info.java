/** The schedules and holidays screen, and the week editor the personal schedule shares with it. */
package id.go.merangin.sapo.schedule;
