/** The OPD and office-location screen, with the map. */
package id.go.merangin.sapo.organization;
