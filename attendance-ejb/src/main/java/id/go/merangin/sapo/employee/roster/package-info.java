/** Reading BKPSDMD's ASN master list from an uploaded XLSX or CSV file into checked rows, before any database work. */
package id.go.merangin.sapo.employee.roster;
