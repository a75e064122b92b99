package id.go.merangin.sapo.recap;

import java.time.LocalDate;
import java.util.List;

/**
 * The discipline ladder's tallies, read from the kept daily codes: for each active ASN over a range of days, the TK
 * days and the minutes their present days count ({@link DailyCode#ladderMinutes()}), for those whose TK days at
 * {@link Criteria#minutesPerDay()} each plus those minutes reach {@link Criteria#minimumMinutes()}.
 */
public interface LadderRepository {

    /**
     * Which tallies to read: the kept days from {@code from} to {@code until}, a TK day counting
     * {@code minutesPerDay}, at least {@code minimumMinutes} in all, and only the ASN whose NIP starts with, or whose
     * name holds, {@code search} when it is given.
     */
    record Criteria(LocalDate from, LocalDate until, int minutesPerDay, int minimumMinutes, String search) {}

    /** One ASN's tally: their TK days and the minutes their present days count. */
    record Tally(long employeeId, String nip, String name, String opdCode, int absentDays, int ladderMinutes) {}

    /** A page of the tallies that meet {@code criteria}, furthest up the ladder first, then by name and NIP. */
    List<Tally> page(Criteria criteria, int first, int size);

    /** How many tallies meet {@code criteria}. */
    long count(Criteria criteria);
}
