package id.go.merangin.sapo.employee.roster;

import java.util.Objects;

/**
 * A row of an uploaded master list that cannot be imported, with the first reason found. {@code line} is the row
 * number the admin sees in Excel (the header is line 1); {@code code} is stable, and the admin screens translate it;
 * {@code detail} is English, names the offending value, and is meant for logs and for support.
 */
public record RejectedRow(int line, String code, String detail) {

    public static final String MISSING_NIP = "MISSING_NIP";
    public static final String INVALID_NIP = "INVALID_NIP";
    /** The NIP sits in a number cell (or was saved from one) and its last digits are lost. */
    public static final String NIP_NOT_TEXT = "NIP_NOT_TEXT";
    /** Every row whose NIP appears on more than one line is rejected, since the file does not say which is right. */
    public static final String DUPLICATE_NIP_IN_FILE = "DUPLICATE_NIP_IN_FILE";

    public static final String MISSING_NAME = "MISSING_NAME";
    public static final String NAME_TOO_LONG = "NAME_TOO_LONG";
    public static final String MISSING_BIRTH_DATE = "MISSING_BIRTH_DATE";
    public static final String INVALID_BIRTH_DATE = "INVALID_BIRTH_DATE";
    public static final String INVALID_APPOINTMENT = "INVALID_APPOINTMENT";
    /** An end date without its reason (or the other way round), an unknown reason, or an end before the TMT. */
    public static final String INVALID_END = "INVALID_END";
    /** A transfer date that is no date, in the future, or leaves the previous OPD no day. */
    public static final String INVALID_TRANSFER = "INVALID_TRANSFER";
    /** The same code that {@code Employee} refuses with. */
    public static final String NIP_BIRTH_DATE_MISMATCH = "NIP_BIRTH_DATE_MISMATCH";

    public static final String MISSING_OPD = "MISSING_OPD";
    public static final String OPD_CODE_TOO_LONG = "OPD_CODE_TOO_LONG";
    public static final String POSITION_TOO_LONG = "POSITION_TOO_LONG";
    public static final String RANK_TOO_LONG = "RANK_TOO_LONG";
    /** A line break or another control character inside a text value. */
    public static final String INVALID_CHARACTER = "INVALID_CHARACTER";

    public RejectedRow {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(detail, "detail");
    }
}
