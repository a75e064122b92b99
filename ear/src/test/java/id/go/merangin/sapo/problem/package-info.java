/** System tests of problem reports (lapor kendala): reported from the phone, answered by an officer. */
package id.go.merangin.sapo.problem;
