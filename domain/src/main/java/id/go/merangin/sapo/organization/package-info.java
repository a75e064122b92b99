/** The regency's units (OPD and their sub-units) and the office locations where their ASN may record attendance. */
package id.go.merangin.sapo.organization;
