package id.go.merangin.sapo.schedule;

import java.time.LocalDate;

/**
 * A work schedule as the screens list it: its name, whom it is for ({@code opdName} and {@code employeeName} both
 * null for the whole regency), its dates and its week.
 */
public record ScheduleRow(
        long id,
        String name,
        String opdName,
        String employeeName,
        LocalDate validFrom,
        LocalDate validUntil,
        WorkWeek week) {

    static ScheduleRow of(WorkSchedule schedule) {
        return new ScheduleRow(
                schedule.id(),
                schedule.name(),
                schedule.opd().map(opd -> opd.name()).orElse(null),
                schedule.employee().map(employee -> employee.name()).orElse(null),
                schedule.validFrom(),
                schedule.validUntil().orElse(null),
                schedule.week());
    }
}
