/**
 * ASN and officers as the services see them: the master data and transfers, the ASN's phone account (registration,
 * login from the one bound phone, bearer tokens, moving to a new phone), officers' accounts and their login with a
 * second factor, passwords, mailed codes and their recovery. Every officer-facing call asks {@link
 * id.go.merangin.sapo.employee.OfficerScope} who is calling and acts only within that officer's role and OPD reach;
 * every password goes through the one {@link id.go.merangin.sapo.employee.PasswordCheck} with its lockout.
 */
package id.go.merangin.sapo.employee;
