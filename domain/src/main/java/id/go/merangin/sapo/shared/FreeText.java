package id.go.merangin.sapo.shared;

import java.util.Map;

/**
 * Text that a person types into SAPO (a reason for leave, a problem report, an admin's answer). It is kept exactly
 * as typed, as data: present, no longer than its column, and without the NUL character, which PostgreSQL cannot
 * store and which no one types on purpose. Lengths count characters as the database does (code points), so an
 * emoji counts once.
 */
public final class FreeText {

    private FreeText() {}

    /** {@code value} unchanged if it has 1 to {@code maxLength} characters and no NUL; else {@code INVALID_FIELD}. */
    public static String of(String value, String field, int maxLength) {
        if (value == null
                || value.isBlank()
                || value.codePointCount(0, value.length()) > maxLength
                || value.indexOf('\0') >= 0) {
            throw new InvalidInputException(
                    ProblemCode.INVALID_FIELD,
                    field + " needs 1 to " + maxLength + " characters",
                    Map.of("field", field, "maxLength", maxLength));
        }
        return value;
    }
}
