/** The morning-rush benchmark: prepares ASN, drives the deployed check-in API and prints the report. */
package id.go.merangin.sapo.bench;
