package id.go.merangin.sapo.attendance;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Keeps what a refusal told the ASN (window, distance, radius, ...) with the refused attempt, one
 * {@code name=value} per line, so that a retry with the same Idempotency-Key gets the same answer.
 */
public final class RefusalDetails {

    private RefusalDetails() {}

    public static String encode(Map<String, Object> details) {
        StringBuilder text = new StringBuilder();
        details.forEach((name, value) -> text.append(name)
                .append('=')
                .append(String.valueOf(value).replace('\n', ' '))
                .append('\n'));
        return text.length() > 1000 ? text.substring(0, 1000) : text.toString();
    }

    static Map<String, Object> decode(String text) {
        Map<String, Object> details = new LinkedHashMap<>();
        for (String line : text.split("\n")) {
            int equals = line.indexOf('=');
            if (equals > 0) {
                details.put(line.substring(0, equals), typed(line.substring(equals + 1)));
            }
        }
        return details;
    }

    private static Object typed(String value) {
        if (value.matches("-?\\d{1,18}")) {
            return Long.parseLong(value);
        }
        if (value.matches("-?\\d+\\.\\d+")) {
            return Double.parseDouble(value);
        }
        return value;
    }
}
