/** The attendance review screen: events and refused attempts with selfies, flags, a map and exports. */
package id.go.merangin.sapo.attendance;
