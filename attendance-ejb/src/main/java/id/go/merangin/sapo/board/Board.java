package id.go.merangin.sapo.board;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.SortedMap;

/**
 * Today's board as one officer may see it: a line per OPD in reach, their total, and the morning's check-ins in
 * quarter hours (the start of each quarter, local time, with how many checked in during it).
 */
public record Board(
        LocalDate date,
        Instant asOf,
        List<OpdTally> opds,
        OpdTally total,
        SortedMap<LocalTime, Long> checkInsByQuarterHour) {}
