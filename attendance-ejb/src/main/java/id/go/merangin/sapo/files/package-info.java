/** Storing and checking the private files of ASN: photos and attachments. */
package id.go.merangin.sapo.files;
