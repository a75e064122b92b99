/**
 * Storing and handing out the private files of ASN: camera photos checked before they are kept, served only to those
 * allowed to open them (photos to the ASN's admin OPD and BKPSDMD, letters to whoever decides the request), and
 * selfies purged after their retention while their record stays.
 */
package id.go.merangin.sapo.files;
