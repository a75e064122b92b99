/**
 * Mail to ASN and officers: what is sent ({@link id.go.merangin.sapo.mail.MailKind}, its texts in the bundle
 * {@code id/go/merangin/sapo/mail/mail*.properties}) and the {@link id.go.merangin.sapo.mail.Outbox} that sends it
 * through WildFly's mail session once the caller's transaction has committed.
 */
package id.go.merangin.sapo.mail;
