/** The ASN's installable web app at {@code /app/}: its static files, their security headers and its settings. */
package id.go.merangin.sapo.app;
