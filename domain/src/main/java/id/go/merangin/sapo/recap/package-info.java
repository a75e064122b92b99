/**
 * The monthly recap's pure rules: the code of each work day, the deductions those codes carry under the rules in
 * force, a month's summary and the yearly discipline ladder.
 */
package id.go.merangin.sapo.recap;
