/** The live board (Dasbor) screen. */
package id.go.merangin.sapo.board;
