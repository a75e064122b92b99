package id.go.merangin.sapo.mail;

/**
 * The mails SAPO sends. Each has a subject and a body in the bundle {@code id.go.merangin.sapo.mail.mail}, under
 * {@code <kind>.subject} and {@code <kind>.body}; the comment on each says which {@link Mail#values() values} its
 * text needs.
 */
public enum MailKind {
    /** The one-time code that lets the account's owner set a new password: {@code name, code, minutes, url}. */
    PASSWORD_RESET_CODE,
    /** The one-time code that proves the address belongs to the account's owner: {@code name, code, minutes, url}. */
    EMAIL_VERIFICATION_CODE,
    /** A reset was asked for an account its admin OPD has locked; no code, only who to ask: {@code name}. */
    RESET_REFUSED_LOCKED,
    /** The password was changed, in case it was not the owner: {@code name} ({@code time} is filled in). */
    PASSWORD_CHANGED
}
