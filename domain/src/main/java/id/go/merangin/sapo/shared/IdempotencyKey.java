package id.go.merangin.sapo.shared;

import java.util.Optional;

/**
 * The {@code Idempotency-Key} a phone sends with a write it may retry: 1 to 100 visible ASCII characters. A retry
 * with the same key is answered with what the first request made, never with a second row.
 */
public final class IdempotencyKey {

    public static final int MAX_LENGTH = 100;

    private IdempotencyKey() {}

    /** The key, required (attendance): {@code IDEMPOTENCY_KEY_REQUIRED} when absent. */
    public static String required(String key) {
        return optional(key)
                .orElseThrow(() -> new InvalidInputException(
                        ProblemCode.IDEMPOTENCY_KEY_REQUIRED, "the Idempotency-Key header is required"));
    }

    /** The key if one was sent; {@code INVALID_IDEMPOTENCY_KEY} when it is malformed. */
    public static Optional<String> optional(String key) {
        if (key == null || key.isEmpty()) {
            return Optional.empty();
        }
        if (key.length() > MAX_LENGTH || !key.chars().allMatch(c -> c > 32 && c < 127)) {
            throw new InvalidInputException(
                    ProblemCode.INVALID_IDEMPOTENCY_KEY,
                    "the Idempotency-Key must be 1 to 100 visible ASCII characters");
        }
        return Optional.of(key);
    }
}
