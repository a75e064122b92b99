/** Serving stored photos and letters to the officers allowed to open them. */
package id.go.merangin.sapo.files;
