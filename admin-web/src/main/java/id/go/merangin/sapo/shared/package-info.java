/** What every admin screen shares: turning SAPO's refusals into messages and error pages, and formatting. */
package id.go.merangin.sapo.shared;
