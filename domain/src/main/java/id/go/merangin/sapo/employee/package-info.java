/** The ASN master records, their NIP, the accounts of everyone who logs in, and the phones bound to them. */
package id.go.merangin.sapo.employee;
