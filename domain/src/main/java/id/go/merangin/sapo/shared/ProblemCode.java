package id.go.merangin.sapo.shared;

/**
 * Every problem SAPO answers with, each with its one HTTP status. The code's name is the stable {@code code} that
 * clients (the phone app, the admin screens) key on, and the key of its message in the boundaries' resource
 * bundles. The status belongs to the code, never to the exception class or to the problem's details: a missing
 * record is always 404, whichever call looked for it.
 */
public enum ProblemCode {

    // 400: a value that is malformed on its own
    MALFORMED_JSON(400),
    MISSING_FIELD(400),
    INVALID_FIELD(400),
    INVALID_NIP(400),
    NIP_BIRTH_DATE_MISMATCH(400),
    INVALID_EMAIL(400),
    WEAK_PASSWORD(400),
    SAME_PASSWORD(400),
    CURRENT_PASSWORD_WRONG(400),
    INVALID_DEVICE_ID(400),
    INVALID_LOGIN(400),
    INVALID_CODE(400),
    INVALID_COORDINATES(400),
    INVALID_ACCURACY(400),
    INVALID_EVENT_TYPE(400),
    INVALID_MONTH(400),
    MONTH_OUT_OF_RANGE(400),
    MONTH_NOT_OVER(400),
    INVALID_REASON(400),
    REASON_REQUIRED(400),
    NOTE_REQUIRED(400),
    IDEMPOTENCY_KEY_REQUIRED(400),
    INVALID_IDEMPOTENCY_KEY(400),
    INVALID_CLIENT(400),
    INVALID_LEAVE_TYPE(400),
    INVALID_DATES(400),
    INVALID_PERMIT(400),
    INVALID_PROBLEM_CATEGORY(400),
    NO_REFUSED_ATTEMPT(400),
    INVALID_PERIOD(400),
    INVALID_AUDIT_PERIOD(400),
    EXPORT_TOO_LARGE(400),
    INVALID_OPD_CODE(400),
    INVALID_NAME(400),
    INVALID_USERNAME(400),
    INVALID_ROLE(400),
    INVALID_SECRET(400),
    INVALID_FENCE(400),
    INVALID_GEOFENCE_POLICY(400),
    INVALID_INTEGRITY_RULES(400),
    INVALID_TIER_BANDS(400),
    INVALID_DAY_RULES(400),
    INVALID_DISCIPLINE_LADDER(400),
    INVALID_RULE_SET(400),
    INVALID_SCHEDULE(400),
    INVALID_HOLIDAY(400),
    INVALID_APEL(400),
    INVALID_EMPLOYMENT(400),
    INVALID_TRANSFER(400),
    UNSUPPORTED_FORMAT(400),
    UNREADABLE_FILE(400),
    CSV_NOT_UTF8(400),
    EMPTY_FILE(400),
    MISSING_HEADER(400),
    MISSING_COLUMN(400),
    DUPLICATE_COLUMN(400),
    TOO_MANY_ROWS(400),
    FILE_TOO_LARGE(400),

    // 401: the caller is not who they claim
    INVALID_CREDENTIALS(401),
    TOKEN_INVALID(401),
    TOKEN_EXPIRED(401),
    TOKEN_REVOKED(401),
    SECOND_FACTOR_INVALID(401),

    // 403: the caller is known but may not do this
    ACCOUNT_LOCKED(403),
    ACCOUNT_LOCKED_OUT(403),
    ACCOUNT_PENDING(403),
    NOT_EMPLOYED(403),
    NOT_AN_ASN_ACCOUNT(403),
    NOT_AN_OFFICER(403),
    DEVICE_NOT_BOUND(403),
    PASSWORD_CHANGE_REQUIRED(403),
    FORBIDDEN_OPD(403),
    READ_ONLY(403),
    BKPSDMD_ONLY(403),
    ROLE_NOT_GRANTABLE(403),
    OWN_ACCOUNT(403),

    // 404: no such record (or not the caller's to see: both answer the same)
    NOT_FOUND(404),
    UNKNOWN_OPD(404),
    UNKNOWN_EMPLOYEE(404),
    UNKNOWN_LOCATION(404),
    NO_EMAIL(404),

    METHOD_NOT_ALLOWED(405),
    NOT_ACCEPTABLE(406),

    // 409: the request clashes with what exists
    ALREADY_REGISTERED(409),
    EMAIL_IN_USE(409),
    USERNAME_IN_USE(409),
    DEVICE_IN_USE(409),
    DUPLICATE_NIP(409),
    DUPLICATE_OPD(409),
    DUPLICATE_HOLIDAY(409),
    DUPLICATE_RULE_SET(409),
    EMPLOYEE_INACTIVE(409),
    IDEMPOTENCY_KEY_REUSED(409),
    SIMULTANEOUS_ATTEMPT(409),
    LEAVE_OVERLAPS(409),
    ALREADY_DECIDED(409),
    ALREADY_RECORDED(409),
    NOT_PENDING(409),
    NOT_LOCKED(409),
    MONTH_LOCKED(409),
    MONTH_NOT_LOCKED(409),
    EMAIL_VERIFIED_ALREADY(409),
    SECOND_FACTOR_ENROLLED(409),

    // 413 and 415: a body, photo or attachment too large or of the wrong kind
    PAYLOAD_TOO_LARGE(413),
    PHOTO_TOO_LARGE(413),
    ATTACHMENT_TOO_LARGE(413),
    UNSUPPORTED_MEDIA_TYPE(415),
    PHOTO_NOT_JPEG(415),
    ATTACHMENT_UNSUPPORTED_TYPE(415),

    // 422: well-formed, but the rules refuse it
    INVALID_PHOTO(422),
    INVALID_ATTACHMENT(422),
    NOT_IN_MASTER_DATA(422),
    ACTIVATION_CODE_INVALID(422),
    CODE_INVALID(422),
    MOCK_LOCATION(422),
    NOT_A_WORKDAY(422),
    NO_APEL(422),
    ON_LEAVE(422),
    OUTSIDE_WINDOW(422),
    NO_LOCATION(422),
    LOW_ACCURACY(422),
    OUTSIDE_GEOFENCE(422),

    // 429, 500, 503
    TOO_MANY_CODE_REQUESTS(429),
    INTERNAL_ERROR(500),
    SERVER_BUSY(503),
    DATABASE_UNAVAILABLE(503);

    private final int status;

    ProblemCode(int status) {
        this.status = status;
    }

    /** The HTTP status every answer with this code has. */
    public int status() {
        return status;
    }

    /** Whether the caller may try again later: the answer says when ({@code Retry-After}, {@code retryAfterS}). */
    public boolean retryLater() {
        return status == 429 || status == 503;
    }

    /** Whether the answer asks the caller to authenticate ({@code WWW-Authenticate}). */
    public boolean unauthenticated() {
        return status == 401;
    }
}
