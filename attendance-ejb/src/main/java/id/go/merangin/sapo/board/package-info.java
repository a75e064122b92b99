/** The live board (Dasbor): today's attendance per OPD and in total, counted in the database. */
package id.go.merangin.sapo.board;
