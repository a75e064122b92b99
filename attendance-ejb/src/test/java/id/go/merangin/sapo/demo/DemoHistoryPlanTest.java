package id.go.merangin.sapo.demo;

import static org.assertj.core.api.Assertions.assertThat;

import id.go.merangin.sapo.attendance.CandidateFence;
import id.go.merangin.sapo.attendance.GeofencePolicy;
import id.go.merangin.sapo.demo.DemoHistoryPlan.Habit;
import id.go.merangin.sapo.demo.DemoHistoryPlan.Person;
import id.go.merangin.sapo.demo.DemoHistoryPlan.Plan;
import id.go.merangin.sapo.demo.DemoHistoryRows.Attendance;
import id.go.merangin.sapo.demo.DemoHistoryRows.Leave;
import id.go.merangin.sapo.demo.DemoHistoryRows.Punch;
import id.go.merangin.sapo.leave.LeaveType;
import id.go.merangin.sapo.organization.Coordinates;
import id.go.merangin.sapo.organization.Fence;
import id.go.merangin.sapo.recap.DailyCode;
import id.go.merangin.sapo.recap.DayFacts;
import id.go.merangin.sapo.recap.DayKind;
import id.go.merangin.sapo.recap.DayRules;
import id.go.merangin.sapo.recap.DisciplineLadder;
import id.go.merangin.sapo.recap.LadderStanding;
import id.go.merangin.sapo.schedule.DayPlan;
import id.go.merangin.sapo.schedule.Holiday;
import id.go.merangin.sapo.schedule.HolidayType;
import id.go.merangin.sapo.schedule.WorkSchedule;
import id.go.merangin.sapo.schedule.WorkWeek;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The demo's history on the demo's own calendar (the 2026 holidays and cuti bersama of {@code holidays-2026.csv},
 * the standard week and Ramadan 1447 H as the demo loads them) and its 52 ASN: which days, which codes once SAPO's
 * day rules work them out, where the ladder leaves the regency, and that it is the same on every run.
 */
class DemoHistoryPlanTest {

    private static final LocalDate FIRST = LocalDate.of(2026, 1, 1);
    private static final LocalDate MARCH_2 = LocalDate.of(2026, 3, 2);
    private static final LocalDate DECEMBER_15 = LocalDate.of(2026, 12, 15);
    private static final CandidateFence OFFICE = new CandidateFence(
            7, "Kantor BKPSDMD Kabupaten Merangin", Fence.circle(new Coordinates(-2.0834, 102.2867), 100));

    private final List<Holiday> holidays = holidays();
    private final List<Person> people = people();
    private final Map<Long, Map<LocalDate, DayPlan>> days = people.stream()
            .collect(Collectors.toMap(
                    Person::employeeId,
                    person -> person.days().stream().collect(Collectors.toMap(DayPlan::date, Function.identity()))));

    private Plan plan(LocalDate today) {
        return new DemoHistoryPlan(DemoHistoryPlan.DEMO_SEED, GeofencePolicy.DEFAULT).before(today, people);
    }

    @Test
    void isTheSameOnEveryRun() {
        assertThat(plan(DECEMBER_15)).isEqualTo(plan(DECEMBER_15));
        assertThat(new DemoHistoryPlan(7, GeofencePolicy.DEFAULT)
                        .before(DECEMBER_15, people)
                        .attendance())
                .as("another seed, another history")
                .isNotEqualTo(plan(DECEMBER_15).attendance());
    }

    @Test
    void aLaterStartOnlyAddsTheDaysInBetween() {
        Plan march = plan(MARCH_2);
        Plan december = plan(DECEMBER_15);

        assertThat(december.attendance()).containsAll(march.attendance());
        assertThat(december.leave())
                .containsAll(march.leave().stream().filter(Leave::approved).toList());
        assertThat(december.attendance())
                .hasSizeGreaterThan(4 * march.attendance().size());
    }

    @Test
    void attendanceOnlyOnWorkingDaysBeforeToday() {
        Set<LocalDate> holidayDates = holidays.stream().map(Holiday::date).collect(Collectors.toSet());

        List<Attendance> attendance = plan(DECEMBER_15).attendance();

        assertThat(attendance).isNotEmpty().allSatisfy(day -> {
            assertThat(day.date()).isBefore(DECEMBER_15).isAfterOrEqualTo(FIRST);
            assertThat(day.date().getDayOfWeek()).isNotIn(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);
            assertThat(day.date()).isNotIn(holidayDates);
            assertThat(days.get(day.employeeId()).get(day.date()).isWorkday()).isTrue();
        });
        assertThat(attendance.stream()
                        .map(day -> day.employeeId() + " " + day.date())
                        .distinct())
                .as("one day's attendance once")
                .hasSameSizeAs(attendance);
    }

    @Test
    void todayHoldsWhatTheAppsUsersHaveDoneByNow() {
        LocalDate today = DECEMBER_15;
        Plan before = plan(today);
        Plan morning = new DemoHistoryPlan(DemoHistoryPlan.DEMO_SEED, GeofencePolicy.DEFAULT)
                .asOf(today.atTime(7, 29), people);
        Plan evening = new DemoHistoryPlan(DemoHistoryPlan.DEMO_SEED, GeofencePolicy.DEFAULT)
                .asOf(today.atTime(23, 0), people);
        Set<Long> registered = people.stream()
                .filter(Person::registered)
                .map(Person::employeeId)
                .collect(Collectors.toSet());

        List<Attendance> thisMorning = onDay(morning, today);
        List<Attendance> thisEvening = onDay(evening, today);
        assertThat(thisMorning)
                .as("the early ones are in by 07:29")
                .isNotEmpty()
                .allSatisfy(day -> {
                    assertThat(day.checkIn().time()).isBefore(java.time.LocalTime.of(7, 29));
                    assertThat(day.checkOutPunch()).isEmpty();
                    assertThat(day.manual()).isFalse();
                });
        assertThat(thisEvening)
                .hasSizeGreaterThan(thisMorning.size())
                .allSatisfy(day -> assertThat(registered).contains(day.employeeId()));
        assertThat(thisEvening.stream().filter(day -> day.checkOutPunch().isPresent()))
                .isNotEmpty();
        assertThat(morning.attendance())
                .as("every day before today as before")
                .containsAll(before.attendance())
                .hasSize(before.attendance().size() + thisMorning.size());
    }

    private static List<Attendance> onDay(Plan plan, LocalDate date) {
        return plan.attendance().stream().filter(day -> day.date().equals(date)).toList();
    }

    @Test
    void everyPunchIsInItsWindowAndInsideTheOfficeFence() {
        plan(DECEMBER_15).attendance().forEach(day -> {
            var windows = days.get(day.employeeId()).get(day.date()).windows().orElseThrow();
            assertThat(windows.windowOf(id.go.merangin.sapo.attendance.AttendanceEventType.CHECK_IN)
                            .orElseThrow()
                            .contains(day.checkIn().time()))
                    .isTrue();
            day.checkOutPunch()
                    .ifPresent(out -> assertThat(
                                    windows.windowOf(id.go.merangin.sapo.attendance.AttendanceEventType.CHECK_OUT)
                                            .orElseThrow()
                                            .contains(out.time()))
                            .isTrue());
            for (Punch punch :
                    day.checkOutPunch().map(out -> List.of(day.checkIn(), out)).orElse(List.of(day.checkIn()))) {
                if (day.manual()) {
                    assertThat(punch.position()).isNull();
                } else {
                    assertThat(punch.position().distanceTo(OFFICE.fence().centre()))
                            .isLessThan(100);
                    assertThat(punch.locationId()).isEqualTo(OFFICE.locationId());
                }
            }
        });
    }

    @Test
    void ramadanDaysFollowTheRamadanHours() {
        List<Attendance> attendance = plan(DECEMBER_15).attendance();
        double ramadan = averageCheckIn(
                attendance, day -> !day.isBefore(LocalDate.of(2026, 2, 19)) && !day.isAfter(LocalDate.of(2026, 3, 20)));
        double otherwise = averageCheckIn(attendance, day -> day.isAfter(LocalDate.of(2026, 3, 20)));

        assertThat(ramadan - otherwise)
                .as("minutes later, as work starts at 08:00 not 07:30")
                .isBetween(20.0, 40.0);
    }

    @Test
    void codesAreMostlyPresentWithSomeLatenessAFewTkAndLeave() {
        Map<DayKind, Integer> kinds = new HashMap<>();
        Map<String, Integer> codes = new HashMap<>();
        codesBefore(DECEMBER_15)
                .values()
                .forEach(list -> list.forEach(code -> {
                    kinds.merge(code.kind(), 1, Integer::sum);
                    code.codes().forEach(c -> codes.merge(c, 1, Integer::sum));
                }));
        int working = kinds.get(DayKind.PRESENT) + kinds.get(DayKind.TK) + kinds.get(DayKind.EXCUSED);

        assertThat(working).as("52 ASN, about 220 working days").isBetween(52 * 200, 52 * 235);
        assertThat(kinds.get(DayKind.PRESENT)).isGreaterThan(working * 93 / 100);
        assertThat(kinds.get(DayKind.TK)).as("a few TK days").isBetween(10, working / 200);
        assertThat(codes.get("H")).isGreaterThan(working * 80 / 100);
        assertThat(codes.get("TL1") + codes.get("TL2")).as("late now and then").isGreaterThan(working * 2 / 100);
        assertThat(codes.getOrDefault("TL3", 0) + codes.getOrDefault("TL4", 0)).isPositive();
        assertThat(codes.get("PSW1")).isPositive();
        assertThat(codes.get("PSW4")).as("a forgotten check-out now and then").isPositive();
        assertThat(codes.get("CUTI_SAKIT")).as("one sick week (cuti sakit)").isEqualTo(5);
        assertThat(codes.get("CUTI_TAHUNAN"))
                .as("cuti tahunan, a few days each")
                .isGreaterThan(52 * 3);
    }

    @Test
    void theLadderLooksLikeARegencyInItsTwelfthMonth() {
        DisciplineLadder ladder = DisciplineLadder.DEFAULT;
        List<LadderStanding> standings = codesBefore(DECEMBER_15).values().stream()
                .map(list -> ladder.standingOf(
                        (int) list.stream().filter(c -> c.kind() == DayKind.TK).count(),
                        list.stream()
                                .mapToInt(c -> c.effectiveLateMinutes() + c.earlyLeaveMinutes())
                                .sum()))
                .toList();
        long onAStep =
                standings.stream().filter(s -> s.stepReached().isPresent()).count();
        Map<Habit, Long> habits = plan(DECEMBER_15).habits().values().stream()
                .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));

        assertThat(habits).containsEntry(Habit.TRUANT, 3L);
        assertThat(onAStep).as("a few on the ladder").isBetween(3L, 10L);
        assertThat(standings).allSatisfy(s -> assertThat(s.absentDays()).isLessThan(20));
        assertThat(standings.stream().filter(s -> s.stepReached().orElse(0) >= 7))
                .as("the truant")
                .isNotEmpty();
        assertThat(standings.stream().filter(s -> s.stepReached().orElse(0) >= 28))
                .isEmpty();
    }

    @Test
    void aFewThingsStillWaitForAnOfficer() {
        Plan plan = plan(MARCH_2);

        assertThat(plan.leave().stream().filter(l -> !l.approved())).hasSize(2).allSatisfy(l -> {
            assertThat(l.firstDay()).isAfter(MARCH_2);
            assertThat(l.requestedOn()).isBefore(MARCH_2);
        });
        assertThat(plan.reports()).hasSize(2).allSatisfy(report -> {
            assertThat(report.date()).isBefore(MARCH_2);
            assertThat(report.refusedAttempt().distanceM()).isGreaterThan(100);
        });
        assertThat(plan.rebinds()).hasSize(1);
        assertThat(plan.leave().stream().filter(Leave::approved))
                .allSatisfy(l -> assertThat(l.firstDay()).isBefore(MARCH_2));
    }

    /** Each ASN's working days before {@code today} as SAPO's day rules code them. */
    private Map<Long, List<DailyCode>> codesBefore(LocalDate today) {
        Plan plan = plan(today);
        Map<Long, List<DailyCode>> codes = new HashMap<>();
        for (Person person : people) {
            Map<LocalDate, Attendance> attendance = plan.attendance().stream()
                    .filter(day -> day.employeeId() == person.employeeId())
                    .collect(Collectors.toMap(Attendance::date, Function.identity()));
            List<Leave> leave = plan.leave().stream()
                    .filter(l -> l.employeeId() == person.employeeId() && l.approved())
                    .toList();
            List<DailyCode> list = new ArrayList<>();
            for (DayPlan day : person.days()) {
                if (!day.date().isBefore(today) || !day.isWorkday()) {
                    continue;
                }
                DayFacts facts =
                        DayFacts.on(day.date(), day.windows().orElseThrow().schedule());
                LeaveType excuse = leave.stream()
                        .filter(l -> !day.date().isBefore(l.firstDay())
                                && !day.date().isAfter(l.lastDay()))
                        .map(Leave::type)
                        .findFirst()
                        .orElse(null);
                if (excuse != null) {
                    facts = facts.withLeave(excuse);
                }
                Attendance came = attendance.get(day.date());
                if (came != null) {
                    facts = facts.withCheckIn(came.checkIn().time());
                    if (came.checkOut() != null) {
                        facts = facts.withCheckOut(came.checkOut().time());
                    }
                }
                list.add(DayRules.DEFAULT.codeOf(facts));
            }
            codes.put(person.employeeId(), list);
        }
        return codes;
    }

    private static double averageCheckIn(List<Attendance> attendance, java.util.function.Predicate<LocalDate> when) {
        return attendance.stream()
                .filter(day -> when.test(day.date()))
                .mapToInt(day -> day.checkIn().time().toSecondOfDay() / 60)
                .average()
                .orElseThrow();
    }

    private static List<Holiday> holidays() {
        List<Holiday> holidays = new ArrayList<>();
        DemoDataLoader.read(
                "holidays-2026.csv",
                row -> holidays.add(new Holiday(
                        LocalDate.parse(row.get("date")), HolidayType.valueOf(row.get("type")), row.get("name"))));
        return holidays;
    }

    private List<Person> people() {
        List<WorkSchedule> schedules = List.of(
                WorkSchedule.regencyWide("Jam kerja standar", WorkWeek.standard(), FIRST, null),
                WorkSchedule.regencyWide(
                        "Ramadan 1447 H",
                        DemoDataLoader.ramadanWeek(),
                        LocalDate.of(2026, 2, 19),
                        LocalDate.of(2026, 3, 20)));
        List<DayPlan> year = DayPlan.span(schedules, holidays, List.of(1L), FIRST, LocalDate.of(2026, 12, 31));
        List<Person> people = new ArrayList<>();
        long[] id = {100};
        DemoDataLoader.read(
                "employees.csv",
                row -> people.add(new Person(
                        id[0]++, row.get("nip"), !"false".equals(row.get("registered")), List.of(OFFICE), year)));
        return people;
    }
}
