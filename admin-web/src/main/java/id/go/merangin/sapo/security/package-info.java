/**
 * Logging officers in to the admin screens through Jakarta Security against SAPO's own accounts: the password, then
 * the second factor where one is needed, a fresh session id at login, an idle timeout, and sessions ended by a later
 * password change, reset or lock. Every form carries the session's anti-CSRF token and every page the security
 * headers.
 */
package id.go.merangin.sapo.security;
