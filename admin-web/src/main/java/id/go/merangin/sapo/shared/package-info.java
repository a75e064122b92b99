/**
 * What every admin screen shares: turning SAPO's refusals into messages and error pages, formatting, and the printed
 * forms every export writes (the title block, the NIP cell, A4 landscape, the file's name).
 */
package id.go.merangin.sapo.shared;
