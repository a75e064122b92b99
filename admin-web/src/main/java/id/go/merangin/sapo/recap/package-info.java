/** The monthly recap screen, the month's close, and the recap's exports (XLSX, PDF, the TPP payroll's CSV). */
package id.go.merangin.sapo.recap;
