/** What the live board asks of the database beyond one aggregate: the work waiting for officers. */
package id.go.merangin.sapo.board;
