package id.go.merangin.sapo.schedule;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.Objects;

/** One weekday's hours inside a {@link WorkSchedule}, as stored; {@link #toDaySchedule()} gives the pure rule. */
@Embeddable
public class ScheduleDay {

    @Enumerated(EnumType.STRING)
    @Column(name = "day_of_week", nullable = false, length = 9)
    private DayOfWeek dayOfWeek;

    @Column(name = "start_time", nullable = false)
    private LocalTime start;

    @Column(name = "end_time", nullable = false)
    private LocalTime end;

    @Column(name = "break_start")
    private LocalTime breakStart;

    @Column(name = "break_end")
    private LocalTime breakEnd;

    @Column(name = "break_end_required", nullable = false)
    private boolean breakEndRequired;

    protected ScheduleDay() {
        // for JPA
    }

    public ScheduleDay(DayOfWeek dayOfWeek, DaySchedule hours) {
        this.dayOfWeek = Objects.requireNonNull(dayOfWeek, "dayOfWeek");
        this.start = hours.start();
        this.end = hours.end();
        this.breakStart = hours.breakStart();
        this.breakEnd = hours.breakEnd();
        this.breakEndRequired = hours.breakEndRequired();
    }

    public DayOfWeek dayOfWeek() {
        return dayOfWeek;
    }

    public DaySchedule toDaySchedule() {
        return new DaySchedule(start, end, breakStart, breakEnd, breakEndRequired);
    }
}
