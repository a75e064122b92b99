package id.go.merangin.sapo.tools;

/**
 * Why the command stops without creating anything, with the exit status that says so. The message is the bilingual
 * text shown to the officer; it never holds a password.
 */
final class Refusal extends Exception {

    private static final long serialVersionUID = 1L;

    private final ExitCode exitCode;

    private Refusal(ExitCode exitCode, String message) {
        super(message, null, false, false);
        this.exitCode = exitCode;
    }

    static Refusal of(ExitCode exitCode, String key, Object... arguments) {
        return new Refusal(exitCode, Messages.bilingual(key, arguments));
    }

    static Refusal badInput(String key, Object... arguments) {
        return of(ExitCode.BAD_INPUT, key, arguments);
    }

    ExitCode exitCode() {
        return exitCode;
    }
}
