package id.go.merangin.sapo.tools;

import id.go.merangin.sapo.employee.Credentials;
import id.go.merangin.sapo.shared.InvalidInputException;
import id.go.merangin.sapo.tools.FirstOfficerOptions.PasswordChoice;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The new officer's first password, held as characters so that it can be wiped once hashed and shown. A generated
 * one is handed over and must be changed at the first login; a typed one passed {@link Credentials}' check, as it
 * would on the Pengguna screen.
 */
final class NewPassword implements AutoCloseable {

    /** Reads a password at the terminal without echo; {@code null} at the end of input. */
    @FunctionalInterface
    interface Prompt {
        char[] read(String prompt);
    }

    /** Enough for the longest password Credentials accepts and its line end; the rest is not read. */
    private static final int MAX_LINE = Credentials.MAX_PASSWORD_LENGTH + 2;

    private final char[] characters;
    private final boolean generated;

    private NewPassword(char[] characters, boolean generated) {
        this.characters = characters;
        this.generated = generated;
    }

    /**
     * The password the options ask for: generated, read from {@code stdin}, or typed twice at {@code prompt} (none
     * when there is no terminal).
     */
    static NewPassword obtain(PasswordChoice choice, String username, InputStream stdin, Prompt prompt) throws Refusal {
        return switch (choice) {
            case GENERATE -> new NewPassword(Credentials.generatedPassword(), true);
            case STDIN -> checked(lineOf(stdin), username);
            case PROMPT -> checked(typedTwice(prompt), username);
        };
    }

    char[] characters() {
        return characters;
    }

    /** Whether SAPO made it up, so that the officer must change it at the first login. */
    boolean generated() {
        return generated;
    }

    @Override
    public void close() {
        Arrays.fill(characters, '\0');
    }

    private static NewPassword checked(char[] password, String username) throws Refusal {
        try {
            Credentials.checkPassword(password, username);
            return new NewPassword(password, false);
        } catch (InvalidInputException e) {
            Arrays.fill(password, '\0');
            String reason = String.valueOf(e.details().get("reason"));
            throw Refusal.badInput(
                    "password.weak." + reason,
                    String.valueOf(Credentials.MIN_PASSWORD_LENGTH),
                    String.valueOf(Credentials.MAX_PASSWORD_LENGTH));
        }
    }

    /** The first line of {@code stdin} (UTF-8), without its line end. */
    private static char[] lineOf(InputStream stdin) throws Refusal {
        char[] line = new char[MAX_LINE];
        int length = 0;
        try {
            Reader reader = new InputStreamReader(stdin, StandardCharsets.UTF_8);
            int next;
            while (length < line.length && (next = reader.read()) != -1 && next != '\n') {
                line[length++] = (char) next;
            }
        } catch (IOException e) {
            throw Refusal.badInput("password.stdin.empty");
        }
        if (length > 0 && line[length - 1] == '\r') {
            length--;
        }
        char[] password = Arrays.copyOf(line, length);
        Arrays.fill(line, '\0');
        if (password.length == 0) {
            throw Refusal.badInput("password.stdin.empty");
        }
        return password;
    }

    private static char[] typedTwice(Prompt prompt) throws Refusal {
        if (prompt == null) {
            throw Refusal.badInput("password.no-terminal");
        }
        char[] first = orEmpty(prompt.read(Messages.inline("prompt.password") + ": "));
        char[] second = orEmpty(prompt.read(Messages.inline("prompt.again") + ": "));
        try {
            if (!Arrays.equals(first, second)) {
                Arrays.fill(first, '\0');
                throw Refusal.badInput("password.mismatch");
            }
            return first;
        } finally {
            Arrays.fill(second, '\0');
        }
    }

    private static char[] orEmpty(char[] typed) {
        return typed == null ? new char[0] : typed;
    }
}
