package id.go.merangin.sapo.recap;

import id.go.merangin.sapo.leave.LeaveType;
import id.go.merangin.sapo.leave.PartDayPermits;
import id.go.merangin.sapo.schedule.DaySchedule;
import id.go.merangin.sapo.schedule.HolidayType;
import id.go.merangin.sapo.schedule.WorkWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Objects;

/**
 * Everything the recap needs to know about one ASN on one date, gathered by the caller from the calendar, the
 * schedule, the approved requests and the accepted events, so that {@link DayRules#codeOf} can decide the day
 * without a database. Each part is {@code null} when the day does not hold it:
 *
 * @param holiday the holiday that applies to this ASN on {@code date}
 * @param schedule the day's working hours; {@code null} on a weekend or any day without working hours
 * @param leave the type of an approved request covering the day
 * @param checkIn the local time of the accepted CHECK_IN
 * @param checkInManual whether that CHECK_IN was recorded by an admin (manual attendance), shown with the code
 * @param checkOut the local time of the accepted CHECK_OUT
 * @param checkOutManual whether that CHECK_OUT was recorded by an admin
 * @param closed whether the day is over; {@code false} for today while it lasts (and for days still to come), so
 *     that a CHECK_OUT not made yet is not PSW4 and a CHECK_IN not made yet is not TL4 or TK
 * @param arrivalExcusedUntil an approved izin datang terlambat: arriving until then costs no late minutes
 * @param leaveExcusedFrom an approved izin pulang cepat: leaving from then on costs no early-leave minutes
 * @param apelRequired whether a compulsory apel or upacara was held for the ASN that day
 * @param apelAttended whether the ASN's APEL was accepted that day
 */
public record DayFacts(
        LocalDate date,
        DayHoliday holiday,
        DaySchedule schedule,
        LeaveType leave,
        LocalTime checkIn,
        boolean checkInManual,
        LocalTime checkOut,
        boolean checkOutManual,
        boolean closed,
        LocalTime arrivalExcusedUntil,
        LocalTime leaveExcusedFrom,
        boolean apelRequired,
        boolean apelAttended) {

    public DayFacts {
        Objects.requireNonNull(date, "date");
        if (checkInManual && checkIn == null) {
            throw new IllegalArgumentException("a manual CHECK_IN needs its time, on " + date);
        }
        if (checkOutManual && checkOut == null) {
            throw new IllegalArgumentException("a manual CHECK_OUT needs its time, on " + date);
        }
    }

    /** Facts without part-day permits. */
    public DayFacts(
            LocalDate date,
            DayHoliday holiday,
            DaySchedule schedule,
            LeaveType leave,
            LocalTime checkIn,
            boolean checkInManual,
            LocalTime checkOut,
            boolean checkOutManual,
            boolean closed) {
        this(
                date,
                holiday,
                schedule,
                leave,
                checkIn,
                checkInManual,
                checkOut,
                checkOutManual,
                closed,
                null,
                null,
                false,
                false);
    }

    /** A closed day with the given working hours ({@code null} for none) and nothing else recorded yet. */
    public static DayFacts on(LocalDate date, DaySchedule schedule) {
        return new DayFacts(date, null, schedule, null, null, false, null, false, true);
    }

    /** A closed day with the working hours {@code week} gives its weekday, and nothing else recorded yet. */
    public static DayFacts on(LocalDate date, WorkWeek week) {
        return on(
                date,
                Objects.requireNonNull(week, "week")
                        .on(Objects.requireNonNull(date, "date"))
                        .orElse(null));
    }

    public DayFacts withHoliday(HolidayType type, String name) {
        return new DayFacts(
                date,
                new DayHoliday(type, name),
                schedule,
                leave,
                checkIn,
                checkInManual,
                checkOut,
                checkOutManual,
                closed,
                arrivalExcusedUntil,
                leaveExcusedFrom,
                apelRequired,
                apelAttended);
    }

    public DayFacts withLeave(LeaveType type) {
        return new DayFacts(
                date,
                holiday,
                schedule,
                Objects.requireNonNull(type, "type"),
                checkIn,
                checkInManual,
                checkOut,
                checkOutManual,
                closed,
                arrivalExcusedUntil,
                leaveExcusedFrom,
                apelRequired,
                apelAttended);
    }

    public DayFacts withCheckIn(LocalTime time) {
        return new DayFacts(
                date,
                holiday,
                schedule,
                leave,
                Objects.requireNonNull(time, "time"),
                false,
                checkOut,
                checkOutManual,
                closed,
                arrivalExcusedUntil,
                leaveExcusedFrom,
                apelRequired,
                apelAttended);
    }

    public DayFacts withManualCheckIn(LocalTime time) {
        return new DayFacts(
                date,
                holiday,
                schedule,
                leave,
                Objects.requireNonNull(time, "time"),
                true,
                checkOut,
                checkOutManual,
                closed,
                arrivalExcusedUntil,
                leaveExcusedFrom,
                apelRequired,
                apelAttended);
    }

    public DayFacts withCheckOut(LocalTime time) {
        return new DayFacts(
                date,
                holiday,
                schedule,
                leave,
                checkIn,
                checkInManual,
                Objects.requireNonNull(time, "time"),
                false,
                closed,
                arrivalExcusedUntil,
                leaveExcusedFrom,
                apelRequired,
                apelAttended);
    }

    public DayFacts withManualCheckOut(LocalTime time) {
        return new DayFacts(
                date,
                holiday,
                schedule,
                leave,
                checkIn,
                checkInManual,
                Objects.requireNonNull(time, "time"),
                true,
                closed,
                arrivalExcusedUntil,
                leaveExcusedFrom,
                apelRequired,
                apelAttended);
    }

    /** The same day, not over yet: today while it lasts. */
    public DayFacts stillOpen() {
        return new DayFacts(
                date,
                holiday,
                schedule,
                leave,
                checkIn,
                checkInManual,
                checkOut,
                checkOutManual,
                false,
                arrivalExcusedUntil,
                leaveExcusedFrom,
                apelRequired,
                apelAttended);
    }

    /** The same day with a compulsory apel or upacara for the ASN, {@code attended} or not. */
    public DayFacts withCompulsoryApel(boolean attended) {
        return new DayFacts(
                date,
                holiday,
                schedule,
                leave,
                checkIn,
                checkInManual,
                checkOut,
                checkOutManual,
                closed,
                arrivalExcusedUntil,
                leaveExcusedFrom,
                true,
                attended);
    }

    /** The same day with the approved part-day permits of {@code permits}. */
    public DayFacts withPermits(PartDayPermits permits) {
        return new DayFacts(
                date,
                holiday,
                schedule,
                leave,
                checkIn,
                checkInManual,
                checkOut,
                checkOutManual,
                closed,
                permits.arrivalExcusedUntil(),
                permits.leaveExcusedFrom(),
                apelRequired,
                apelAttended);
    }

    /**
     * The same day with an approved part-day permit of {@code type} at {@code time}: izin datang terlambat excuses
     * arriving until {@code time}, izin pulang cepat leaving from {@code time}.
     */
    public DayFacts withPermit(LeaveType type, LocalTime time) {
        Objects.requireNonNull(time, "time");
        return switch (Objects.requireNonNull(type, "type")) {
            case IZIN_DATANG_TERLAMBAT ->
                new DayFacts(
                        date,
                        holiday,
                        schedule,
                        leave,
                        checkIn,
                        checkInManual,
                        checkOut,
                        checkOutManual,
                        closed,
                        time,
                        leaveExcusedFrom,
                        apelRequired,
                        apelAttended);
            case IZIN_PULANG_CEPAT ->
                new DayFacts(
                        date,
                        holiday,
                        schedule,
                        leave,
                        checkIn,
                        checkInManual,
                        checkOut,
                        checkOutManual,
                        closed,
                        arrivalExcusedUntil,
                        time,
                        apelRequired,
                        apelAttended);
            default -> throw new IllegalArgumentException(type + " is not a part-day permit");
        };
    }
}
