/**
 * System tests of who may do what: each officer role reaches only its OPDs and actions, and accounts are protected by
 * lockout and a second factor. Test code runs as a demo officer through EJBs with {@code @RunAs}, as the screens do.
 */
package id.go.merangin.sapo.security;
