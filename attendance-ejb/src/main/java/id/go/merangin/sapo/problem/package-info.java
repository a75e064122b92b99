/** Problem reports: an ASN submitting and reading their own, an admin answering them. */
package id.go.merangin.sapo.problem;
