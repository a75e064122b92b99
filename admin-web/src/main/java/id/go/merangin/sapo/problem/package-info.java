/** The problem reports screen: answering the reports of the ASN in reach. */
package id.go.merangin.sapo.problem;
