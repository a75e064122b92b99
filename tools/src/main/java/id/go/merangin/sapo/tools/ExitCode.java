package id.go.merangin.sapo.tools;

/** How a run of {@code bin/first-officer} ended, as its process exit status: scripts branch on these numbers. */
enum ExitCode {
    /** The officer was created (or the help was shown). */
    CREATED(0),
    /** An option, the password or an environment variable was refused; the database was not touched. */
    BAD_INPUT(1),
    /** The database has an officer already: further officers are made on the Pengguna screen. */
    OFFICER_EXISTS(2),
    /** The database could not be reached, refused the login, or could not be migrated. */
    DATABASE_UNAVAILABLE(3);

    private final int status;

    ExitCode(int status) {
        this.status = status;
    }

    int status() {
        return status;
    }
}
