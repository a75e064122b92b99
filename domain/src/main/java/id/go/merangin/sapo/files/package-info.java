/** Files SAPO keeps privately for an ASN: profile and attendance photos, leave attachments. */
package id.go.merangin.sapo.files;
