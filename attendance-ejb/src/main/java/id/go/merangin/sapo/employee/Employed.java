package id.go.merangin.sapo.employee;

/**
 * The one query condition for "this ASN works for the regency on some day of a range", as {@link Employment} says it
 * in Java: an active master record, appointed by the range's last day, not gone before its first. Every query that
 * asks for the staff of a day or a month (the board, the recap, the nightly run) takes its condition from here.
 */
public final class Employed {

    private Employed() {}

    /** The condition in JPQL on the {@code Employee} {@code alias}, between the parameters {@code from} and {@code until}. */
    public static String jpql(String alias, String from, String until) {
        return " " + alias + ".active and " + alias + ".appointmentDate <= " + until + " and (" + alias
                + ".endDate is null or " + alias + ".endDate >= " + from + ")";
    }

    /** The condition in SQL on the table {@code employee} as {@code alias}, between {@code from} and {@code until}. */
    public static String sql(String alias, String from, String until) {
        return " " + alias + ".active and " + alias + ".appointment_date <= " + until + " and (" + alias
                + ".end_date is null or " + alias + ".end_date >= " + from + ")";
    }
}
