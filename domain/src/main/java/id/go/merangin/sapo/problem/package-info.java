/** Problem reports (lapor kendala): what an ASN tells the admin OPD, maybe about a refused attempt, and the answers. */
package id.go.merangin.sapo.problem;
