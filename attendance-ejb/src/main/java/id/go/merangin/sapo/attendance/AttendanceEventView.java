package id.go.merangin.sapo.attendance;

import java.time.Instant;
import java.time.LocalDate;

/**
 * An attendance event as the ASN and the admin see it, with what it means under the day's schedule: minutes late
 * (CHECK_IN) or early (CHECK_OUT) and the tier. Null fields do not apply.
 */
public record AttendanceEventView(
        long id,
        AttendanceEventType type,
        Decision decision,
        String reasonCode,
        Instant serverTime,
        LocalDate workDate,
        Long locationId,
        String locationName,
        Double distanceM,
        Double accuracyM,
        Integer lateMinutes,
        Integer earlyLeaveMinutes,
        String tier,
        boolean timeSkew,
        boolean impossibleTravel,
        boolean photoReused,
        boolean manual) {}
