/**
 * The ASN master records with their NIP, employment dates and dated OPD postings; the accounts of everyone who logs
 * in, with their password rules, lockout and second factor; the phone bound to an ASN (one each way) and its tokens;
 * and the one-time codes that prove an identity. Codes and tokens are kept only as hashes. Who may reach which OPD
 * is decided here once ({@link id.go.merangin.sapo.employee.Officer}).
 */
package id.go.merangin.sapo.employee;
