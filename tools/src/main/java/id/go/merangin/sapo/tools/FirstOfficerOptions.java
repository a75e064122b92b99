package id.go.merangin.sapo.tools;

import id.go.merangin.sapo.employee.Credentials;
import id.go.merangin.sapo.organization.Opd;
import id.go.merangin.sapo.shared.FreeText;
import id.go.merangin.sapo.shared.InvalidInputException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What the officer asked for on the command line, checked by SAPO's own rules before the database is touched: the
 * username and email as {@link Credentials} would take them on the Pengguna screen, names as {@link FreeText}.
 * Passwords are never options (they would show in the process list and the shell's history).
 */
record FirstOfficerOptions(
        boolean help,
        String username,
        String displayName,
        Optional<String> email,
        String opdCode,
        Optional<String> opdName,
        PasswordChoice password) {

    /** Where the new officer's first password comes from. */
    enum PasswordChoice {
        /** SAPO makes one, prints it once, and the officer must change it at the first login. */
        GENERATE,
        /** One line of standard input, for scripts. */
        STDIN,
        /** Typed twice at the terminal, without echo. */
        PROMPT
    }

    static final String DEFAULT_OPD_CODE = "BKPSDMD";
    /** The length of the columns display_name and opd.name. */
    private static final int NAME_LENGTH = 200;

    private static final Set<String> WITH_VALUE = Set.of("--username", "--name", "--email", "--opd-code", "--opd-name");
    private static final Set<String> FLAGS = Set.of("--generate-password", "--password-stdin", "--help", "-h");

    static FirstOfficerOptions parse(String... arguments) throws Refusal {
        Map<String, String> given = new HashMap<>();
        for (int i = 0; i < arguments.length; i++) {
            String argument = arguments[i];
            String name = argument.contains("=") ? argument.substring(0, argument.indexOf('=')) : argument;
            String value;
            if (FLAGS.contains(name) && name.equals(argument)) {
                value = "";
            } else if (WITH_VALUE.contains(name)) {
                if (!name.equals(argument)) {
                    value = argument.substring(name.length() + 1);
                } else if (i + 1 < arguments.length && !arguments[i + 1].startsWith("--")) {
                    value = arguments[++i];
                } else {
                    throw Refusal.badInput("option.missing-value", name);
                }
            } else if ("--password".equals(name)) {
                throw Refusal.badInput("option.password");
            } else if (name.startsWith("-")) {
                // the name only: what follows '=' might be a secret typed in the wrong place
                throw Refusal.badInput("option.unknown", name);
            } else {
                throw Refusal.badInput("argument.unexpected");
            }
            String key = "-h".equals(name) ? "--help" : name;
            if (given.put(key, value) != null) {
                throw Refusal.badInput("option.repeated", key);
            }
        }
        if (given.containsKey("--help")) {
            return new FirstOfficerOptions(
                    true, null, null, Optional.empty(), DEFAULT_OPD_CODE, Optional.empty(), PasswordChoice.PROMPT);
        }
        return new FirstOfficerOptions(
                false,
                username(required(given, "--username")),
                name(required(given, "--name"), "--name"),
                email(given.get("--email")),
                opdCode(given.getOrDefault("--opd-code", DEFAULT_OPD_CODE)),
                given.containsKey("--opd-name")
                        ? Optional.of(name(given.get("--opd-name"), "--opd-name"))
                        : Optional.empty(),
                passwordChoice(given.containsKey("--generate-password"), given.containsKey("--password-stdin")));
    }

    /** The help, in Indonesian, then in English. */
    static String helpText() {
        return Messages.in(Locale.forLanguageTag("id"), "help")
                + System.lineSeparator()
                + System.lineSeparator()
                + Messages.in(Locale.ENGLISH, "help");
    }

    private static String required(Map<String, String> given, String option) throws Refusal {
        String value = given.get(option);
        if (value == null || value.isBlank()) {
            throw Refusal.badInput("option.required", option);
        }
        return value;
    }

    private static String username(String value) throws Refusal {
        try {
            return Credentials.officerUsername(value);
        } catch (InvalidInputException e) {
            throw Refusal.badInput("username.invalid");
        }
    }

    private static String name(String value, String option) throws Refusal {
        try {
            return FreeText.of(value, option, NAME_LENGTH).strip();
        } catch (InvalidInputException e) {
            throw Refusal.badInput("name.invalid", option, String.valueOf(NAME_LENGTH));
        }
    }

    private static Optional<String> email(String value) throws Refusal {
        if (value == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(Credentials.normalisedEmail(value));
        } catch (InvalidInputException e) {
            throw Refusal.badInput("email.invalid", value);
        }
    }

    private static String opdCode(String value) throws Refusal {
        Optional<String> code = Opd.validCode(value);
        if (code.isEmpty()) {
            throw Refusal.badInput("opd-code.invalid", value);
        }
        return code.get();
    }

    private static PasswordChoice passwordChoice(boolean generate, boolean stdin) throws Refusal {
        if (generate && stdin) {
            throw Refusal.badInput("password.both");
        }
        return generate ? PasswordChoice.GENERATE : stdin ? PasswordChoice.STDIN : PasswordChoice.PROMPT;
    }
}
