/**
 * The live board (Dasbor): today's attendance per OPD and in total, counted in the database, the people behind each
 * figure, and the work waiting for the officer.
 */
package id.go.merangin.sapo.board;
