/** Logging officers in to the admin screens through Jakarta Security, against SAPO's own accounts. */
package id.go.merangin.sapo.security;
