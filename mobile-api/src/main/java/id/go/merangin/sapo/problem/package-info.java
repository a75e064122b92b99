/** The phone app's problem reports (lapor kendala): report one, maybe about a refused attempt; read the answers. */
package id.go.merangin.sapo.problem;
