package id.go.merangin.sapo.attendance;

import java.time.LocalDate;

/**
 * What the review list shows: the events of one OPD in reach (or all in reach when {@code opdId} is null) between
 * two dates, optionally only accepted or refused ones, one type, only those flagged for a closer look, or one ASN by
 * NIP or name.
 */
public record ReviewFilter(
        Long opdId,
        LocalDate from,
        LocalDate until,
        Decision decision,
        AttendanceEventType type,
        boolean flaggedOnly,
        String search) {}
