/** The ASN screens: the list, one ASN with their account and phone. */
package id.go.merangin.sapo.employee;
