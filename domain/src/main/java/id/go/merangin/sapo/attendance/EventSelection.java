package id.go.merangin.sapo.attendance;

import java.time.LocalDate;
import java.util.Collection;

/**
 * Which events a review lists: those of the ASN of {@code opdIds} between two work dates, optionally only accepted
 * or refused ones ({@code decision}), one {@code type}, only those flagged for a closer look, or one ASN by the start
 * of a NIP or a part of a name ({@code search}); null or false where the review does not narrow.
 */
public record EventSelection(
        Collection<Long> opdIds,
        LocalDate from,
        LocalDate until,
        Decision decision,
        AttendanceEventType type,
        boolean flaggedOnly,
        String search) {}
