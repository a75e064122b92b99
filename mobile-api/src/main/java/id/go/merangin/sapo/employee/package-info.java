/** The phone app's account calls: register, log in and out, move to a new phone, read the profile. */
package id.go.merangin.sapo.employee;
