package id.go.merangin.sapo.employee;

import id.go.merangin.sapo.shared.InvalidInputException;
import id.go.merangin.sapo.shared.ProblemCode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Which OPD an ASN belonged to on each date: the OPD of each past posting up to its last day, in date order, and
 * the current OPD after the last of them. A transfer has a date: the days before it stay the old OPD's (its
 * schedule, its holidays, its recap), the days from it on are the new one's.
 *
 * @param <O> how an OPD is named (an {@code Opd}, or its id where only the id is at hand)
 * @param past the OPDs before the current one, each with its last day
 * @param current the OPD of every day after the last past posting
 */
public record Postings<O>(List<Past<O>> past, O current) {

    /** The stable code of every refusal of a transfer date that makes no sense. */

    /** An OPD the ASN belonged to up to {@code lastDay}. */
    public record Past<O>(O opd, LocalDate lastDay) {

        public Past {
            Objects.requireNonNull(opd, "opd");
            Objects.requireNonNull(lastDay, "lastDay");
        }
    }

    /** A stretch of days of one OPD. */
    public record Span<O>(O opd, LocalDate first, LocalDate last) {}

    public Postings {
        Objects.requireNonNull(current, "current");
        past = past.stream().sorted(Comparator.comparing(Past::lastDay)).toList();
        for (int i = 1; i < past.size(); i++) {
            if (!past.get(i).lastDay().isAfter(past.get(i - 1).lastDay())) {
                throw new IllegalArgumentException(
                        "two postings end on " + past.get(i).lastDay());
            }
        }
    }

    /** An ASN never transferred. */
    public static <O> Postings<O> only(O current) {
        return new Postings<>(List.of(), current);
    }

    /** The OPD of {@code date}. */
    public O opdOn(LocalDate date) {
        for (Past<O> posting : past) {
            if (!date.isAfter(posting.lastDay())) {
                return posting.opd();
            }
        }
        return current;
    }

    /** The stretches of one OPD each from {@code from} to {@code until}, in date order; none when until is before. */
    public List<Span<O>> within(LocalDate from, LocalDate until) {
        List<Span<O>> spans = new ArrayList<>();
        LocalDate start = from;
        for (Past<O> posting : past) {
            if (start.isAfter(until)) {
                break;
            }
            if (!posting.lastDay().isBefore(start)) {
                LocalDate end = posting.lastDay().isBefore(until) ? posting.lastDay() : until;
                spans.add(new Span<>(posting.opd(), start, end));
                start = end.plusDays(1);
            }
        }
        if (!start.isAfter(until)) {
            spans.add(new Span<>(current, start, until));
        }
        return spans;
    }

    /**
     * Checks that a transfer taking effect on {@code date} can be recorded on {@code today}: not in the future (a
     * transfer is recorded once it has taken effect), and after the day the current posting began.
     */
    public void requireTransferableOn(LocalDate date, LocalDate today) {
        if (date.isAfter(today)) {
            throw new InvalidInputException(
                    ProblemCode.INVALID_TRANSFER,
                    "a transfer is recorded on or after the day it takes" + " effect, not before " + date,
                    Map.of("field", "transferDate"));
        }
        if (!past.isEmpty() && !date.isAfter(past.get(past.size() - 1).lastDay().plusDays(1))) {
            throw new InvalidInputException(
                    ProblemCode.INVALID_TRANSFER,
                    "the current posting began on "
                            + past.get(past.size() - 1).lastDay().plusDays(1) + "; a transfer takes effect after that",
                    Map.of("field", "transferDate"));
        }
    }
}
