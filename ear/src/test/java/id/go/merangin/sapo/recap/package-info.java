/** System tests of the monthly recap: the days worked out, kept, priced and locked as the rules say. */
package id.go.merangin.sapo.recap;
