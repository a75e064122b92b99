package id.go.merangin.sapo.attendance;

import id.go.merangin.sapo.shared.InvalidInputException;
import id.go.merangin.sapo.shared.ProblemCode;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The program that sent an attendance attempt, as it names itself in the {@code X-Sapo-Client} header:
 * {@code name/version}, e.g. {@code SAPO-Web/1.0.0} for SAPO's own web app. A web page cannot tell whether the phone
 * runs a mock-location app, so every attempt records its client: the admin's review shows it, and an OPD can later
 * require a stronger client. A request without the header is kept as sent by an unnamed client.
 */
public record ClientApp(String name, String version) {

    /** The header that carries it. */
    public static final String HEADER = "X-Sapo-Client";

    public static final int MAX_LENGTH = 60;

    private static final Pattern FORM =
            Pattern.compile("([A-Za-z][A-Za-z0-9._-]{0,29})/([A-Za-z0-9][A-Za-z0-9.+_-]{0,29})");

    public ClientApp {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(version, "version");
    }

    /** The client a header names; empty without one; {@code INVALID_CLIENT} for anything but {@code name/version}. */
    public static Optional<ClientApp> fromHeader(String header) {
        if (header == null || header.isBlank()) {
            return Optional.empty();
        }
        var matcher = FORM.matcher(header.strip());
        if (header.length() > MAX_LENGTH || !matcher.matches()) {
            throw new InvalidInputException(
                    ProblemCode.INVALID_CLIENT, "the " + HEADER + " header must be name/version, e.g. SAPO-Web/1.0.0");
        }
        return Optional.of(new ClientApp(matcher.group(1), matcher.group(2)));
    }

    /** As kept in the database and shown to the admin: {@code name/version}. */
    @Override
    public String toString() {
        return name + "/" + version;
    }
}
