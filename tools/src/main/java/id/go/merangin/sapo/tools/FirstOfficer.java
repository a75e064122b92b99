package id.go.merangin.sapo.tools;

import id.go.merangin.sapo.tools.FirstOfficerTransaction.Created;
import id.go.merangin.sapo.tools.FirstOfficerTransaction.NewOfficer;
import java.io.Console;
import java.io.InputStream;
import java.io.PrintStream;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * {@code bin/first-officer}: creates the first BKPSDMD officer of a new SAPO database, so that a Pemda going live
 * can log in to the admin screens at all; every later officer is made there, on the Pengguna screen. It migrates
 * the database first, then creates the account in one transaction, and refuses (exit status 2) once any officer
 * exists. Input is checked before the database is touched (exit status 1); an unreachable database is status 3.
 * The password is never an option, never logged and never part of a message; a generated one is printed once.
 */
public final class FirstOfficer {

    private FirstOfficer() {}

    public static void main(String[] arguments) {
        Console console = System.console();
        NewPassword.Prompt prompt = console == null ? null : text -> console.readPassword("%s", text);
        System.exit(run(arguments, System.getenv(), System.in, System.out, System.err, prompt));
    }

    /** One run with its environment and streams; {@code prompt} is {@code null} without a terminal. */
    static int run(
            String[] arguments,
            Map<String, String> environment,
            InputStream stdin,
            PrintStream out,
            PrintStream err,
            NewPassword.Prompt prompt) {
        try {
            FirstOfficerOptions options = FirstOfficerOptions.parse(arguments);
            if (options.help()) {
                out.println(FirstOfficerOptions.helpText());
                return ExitCode.CREATED.status();
            }
            Pbkdf2Hashing hashing = Pbkdf2Hashing.fromEnvironment(environment);
            SapoDatabase database = SapoDatabase.fromEnvironment(environment);
            try (NewPassword password = NewPassword.obtain(options.password(), options.username(), stdin, prompt)) {
                NewOfficer officer = new NewOfficer(
                        options.username(),
                        options.displayName(),
                        options.email(),
                        options.opdCode(),
                        options.opdName(),
                        hashing.hash(password.characters()),
                        password.generated());
                MigrateResult migration = database.migrate();
                out.println(Messages.bilingual(
                        "schema.migrated",
                        database.shownUrl(),
                        String.valueOf(
                                migration.targetSchemaVersion == null
                                        ? migration.initialSchemaVersion
                                        : migration.targetSchemaVersion),
                        String.valueOf(migration.migrationsExecuted)));
                Created created = create(database, officer);
                report(out, officer, created, password);
                return ExitCode.CREATED.status();
            }
        } catch (Refusal refusal) {
            err.println(refusal.getMessage());
            return refusal.exitCode().status();
        }
    }

    private static Created create(SapoDatabase database, NewOfficer officer) throws Refusal {
        try (Connection connection = database.connect()) {
            return FirstOfficerTransaction.create(connection, officer);
        } catch (SQLException e) {
            throw Refusal.of(ExitCode.DATABASE_UNAVAILABLE, "database.failed", database.shownUrl(), e.getMessage());
        }
    }

    private static void report(PrintStream out, NewOfficer officer, Created created, NewPassword password) {
        if (created.opdCreated()) {
            out.println(Messages.bilingual(
                    "opd.created", officer.opdCode(), officer.opdName().orElseThrow()));
        }
        out.println(
                Messages.bilingual("officer.created", officer.username(), officer.displayName(), officer.opdCode()));
        if (password.generated()) {
            out.println();
            out.println(Messages.inline("password.generated.label") + ": " + new String(password.characters()));
            out.println(Messages.bilingual("password.generated.instructions"));
        } else {
            out.println(Messages.bilingual("password.typed.instructions"));
        }
    }
}
