package id.go.merangin.sapo.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import id.go.merangin.sapo.employee.Employee;
import id.go.merangin.sapo.employee.Nip;
import id.go.merangin.sapo.organization.Opd;
import java.lang.reflect.Field;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Which schedule an ASN works on a date: a regency-wide period (Ramadan) over every OPD week and personal shift,
 * unless the OPD or the person has a period of their own; otherwise the most specific open-ended week.
 */
class ScheduleResolutionTest {

    private static final LocalDate RAMADAN_FROM = LocalDate.of(2026, 2, 19);
    private static final LocalDate RAMADAN_UNTIL = LocalDate.of(2026, 3, 20);
    /** Monday 2 March 2026, in Ramadan. */
    private static final LocalDate IN_RAMADAN = LocalDate.of(2026, 3, 2);
    /** Saturday 7 March 2026, in Ramadan. */
    private static final LocalDate RAMADAN_SATURDAY = LocalDate.of(2026, 3, 7);
    /** Monday 6 April 2026, after Ramadan. */
    private static final LocalDate AFTER = LocalDate.of(2026, 4, 6);

    private final Opd dinas = withId(new Opd("DISDIK", "Dinas Pendidikan", null), 1L);
    private final Opd school = withId(new Opd("SMPN1", "SMP Negeri 1 Bangko", dinas), 2L);
    private final Opd other = withId(new Opd("DINKES", "Dinas Kesehatan", null), 3L);
    private final List<Long> schoolChain = List.of(2L, 1L);

    private final WorkSchedule standard =
            WorkSchedule.regencyWide("Standar", WorkWeek.standard(), LocalDate.of(2022, 1, 3), null);
    private final WorkSchedule ramadan =
            WorkSchedule.regencyWide("Ramadan 1447 H", ramadanWeek(), RAMADAN_FROM, RAMADAN_UNTIL);
    private final WorkSchedule sixDays =
            WorkSchedule.forOpd(school, "Sekolah enam hari", sixDayWeek(), LocalDate.of(2025, 7, 14), null);

    @Test
    void theRegencysRamadanGivesASchoolsSixDayWeekRamadanHours() {
        List<WorkSchedule> candidates = List.of(standard, ramadan, sixDays);

        assertThat(ScheduleResolution.choose(candidates, AFTER, schoolChain)).contains(sixDays);
        assertThat(ScheduleResolution.choose(candidates, IN_RAMADAN, schoolChain))
                .contains(ramadan);
        assertThat(ScheduleResolution.choose(candidates, RAMADAN_FROM, schoolChain))
                .contains(ramadan);
        assertThat(ScheduleResolution.choose(candidates, RAMADAN_UNTIL.plusDays(1), schoolChain))
                .contains(sixDays);
        // the regency's Ramadan week has no Saturday: a school that works Saturdays in Ramadan sets its own period
        assertThat(ScheduleResolution.choose(candidates, RAMADAN_SATURDAY, schoolChain)
                        .flatMap(schedule -> schedule.week().on(RAMADAN_SATURDAY)))
                .isEmpty();
    }

    @Test
    void theRegencysRamadanGivesAPersonalShiftRamadanHours() {
        Employee nurse = new Employee(
                Nip.of("199307212019032006"),
                "Lisa Marlina, A.Md.Keb.",
                LocalDate.of(1993, 7, 21),
                "Bidan Terampil",
                "Pengatur (II/c)",
                other);
        WorkSchedule evenings =
                WorkSchedule.forEmployee(nurse, "Sif sore", eveningWeek(), LocalDate.of(2026, 1, 5), null);
        List<WorkSchedule> candidates = List.of(standard, ramadan, evenings);

        assertThat(ScheduleResolution.choose(candidates, AFTER, List.of(3L))).contains(evenings);
        assertThat(ScheduleResolution.choose(candidates, IN_RAMADAN, List.of(3L)))
                .contains(ramadan);
    }

    @Test
    void anOpdsOrAPersonsOwnPeriodComesBeforeTheRegencys() {
        WorkSchedule schoolRamadan =
                WorkSchedule.forOpd(school, "Ramadan sekolah", sixDayWeek(), RAMADAN_FROM, RAMADAN_UNTIL);
        Employee teacher = new Employee(
                Nip.of("198801252014031002"),
                "Ahmad Fauzi, S.E.",
                LocalDate.of(1988, 1, 25),
                "Guru",
                "Penata (III/c)",
                school);
        WorkSchedule exams = WorkSchedule.forEmployee(
                teacher, "Ujian", WorkWeek.standard(), LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 6));

        assertThat(ScheduleResolution.choose(
                        List.of(standard, ramadan, sixDays, schoolRamadan), IN_RAMADAN, schoolChain))
                .contains(schoolRamadan);
        assertThat(ScheduleResolution.choose(
                        List.of(standard, ramadan, sixDays, schoolRamadan, exams), IN_RAMADAN, schoolChain))
                .contains(exams);
        assertThat(ScheduleResolution.choose(
                        List.of(standard, ramadan, sixDays, schoolRamadan, exams),
                        LocalDate.of(2026, 3, 9),
                        schoolChain))
                .contains(schoolRamadan);
    }

    @Test
    void amongOpenEndedWeeksTheMostSpecificAppliesAndAnotherOpdsNever() {
        WorkSchedule dinasWeek =
                WorkSchedule.forOpd(dinas, "Dinas", WorkWeek.standard(), LocalDate.of(2024, 1, 1), null);
        WorkSchedule otherWeek = WorkSchedule.forOpd(other, "Dinkes", sixDayWeek(), LocalDate.of(2024, 1, 1), null);

        assertThat(ScheduleResolution.choose(List.of(standard, dinasWeek, otherWeek), AFTER, schoolChain))
                .contains(dinasWeek);
        assertThat(ScheduleResolution.choose(List.of(standard, dinasWeek, sixDays), AFTER, schoolChain))
                .contains(sixDays);
        assertThat(ScheduleResolution.choose(List.of(otherWeek), AFTER, schoolChain))
                .isEmpty();
        assertThat(ScheduleResolution.choose(List.of(ramadan), AFTER, schoolChain))
                .isEqualTo(Optional.empty());
    }

    private static WorkWeek ramadanWeek() {
        DaySchedule mondayToThursday = new DaySchedule(
                LocalTime.of(8, 0), LocalTime.of(15, 0), LocalTime.of(12, 0), LocalTime.of(12, 30), false);
        Map<DayOfWeek, DaySchedule> days = new EnumMap<>(DayOfWeek.class);
        for (DayOfWeek day : List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY)) {
            days.put(day, mondayToThursday);
        }
        days.put(
                DayOfWeek.FRIDAY,
                new DaySchedule(
                        LocalTime.of(8, 0), LocalTime.of(15, 30), LocalTime.of(11, 30), LocalTime.of(12, 30), false));
        return new WorkWeek(days);
    }

    private static WorkWeek sixDayWeek() {
        Map<DayOfWeek, DaySchedule> days = new EnumMap<>(DayOfWeek.class);
        for (DayOfWeek day : DayOfWeek.values()) {
            if (day != DayOfWeek.SUNDAY) {
                days.put(day, DaySchedule.withoutBreak(LocalTime.of(7, 15), LocalTime.of(14, 0)));
            }
        }
        return new WorkWeek(days);
    }

    private static WorkWeek eveningWeek() {
        Map<DayOfWeek, DaySchedule> days = new EnumMap<>(DayOfWeek.class);
        for (DayOfWeek day : DayOfWeek.values()) {
            days.put(day, DaySchedule.withoutBreak(LocalTime.of(14, 0), LocalTime.of(21, 0)));
        }
        return new WorkWeek(days);
    }

    /** An OPD as the database would give it back: with its id. */
    private static Opd withId(Opd opd, long id) {
        try {
            Field field = Opd.class.getDeclaredField("id");
            field.setAccessible(true);
            field.set(opd, id);
            return opd;
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
    }
}
