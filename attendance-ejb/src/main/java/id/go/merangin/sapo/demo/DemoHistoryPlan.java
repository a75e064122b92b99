package id.go.merangin.sapo.demo;

import id.go.merangin.sapo.attendance.AttendanceEventType;
import id.go.merangin.sapo.attendance.CandidateFence;
import id.go.merangin.sapo.attendance.GeofenceDecision;
import id.go.merangin.sapo.attendance.GeofenceOutcome;
import id.go.merangin.sapo.attendance.GeofencePolicy;
import id.go.merangin.sapo.attendance.Lateness;
import id.go.merangin.sapo.demo.DemoHistoryRows.Attendance;
import id.go.merangin.sapo.demo.DemoHistoryRows.Leave;
import id.go.merangin.sapo.demo.DemoHistoryRows.ProblemReport;
import id.go.merangin.sapo.demo.DemoHistoryRows.Punch;
import id.go.merangin.sapo.demo.DemoHistoryRows.Rebind;
import id.go.merangin.sapo.leave.LeaveType;
import id.go.merangin.sapo.organization.Coordinates;
import id.go.merangin.sapo.schedule.AttendanceWindows;
import id.go.merangin.sapo.schedule.DayPlan;
import id.go.merangin.sapo.schedule.DaySchedule;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * What the demo regency did up to the demo's now: each demo ASN's check-ins and check-outs (today's as far as the
 * clock has gone, so the board is not empty on the morning of a demo), their leave, and a few things still waiting
 * for an officer. Pure: it is given each ASN's days as the system's own schedules and holidays
 * make them ({@link DayPlan}: working hours, Ramadan hours, holidays and cuti bersama), their office fences and a
 * seed, and decides the raw facts only; the day codes, the recap and the ladder are worked out from them by SAPO's
 * own rules afterwards.
 *
 * <p>Every draw comes from the seed, the ASN's NIP and the date alone, never from today, so a day's facts are the
 * same whichever day the demo starts on: a later start only adds the days in between. Each ASN has one
 * {@link Habit}: most are punctual, some relaxed, a few truant (their TK days and long lateness put them on the
 * discipline ladder). Leave is placed on the whole year's working days first, so it never overlaps itself, and then
 * kept if it began before today (approved leave running on past today is what a real regency holds).
 */
public final class DemoHistoryPlan {

    /** How an ASN keeps time, drawn once per ASN. */
    public enum Habit {
        /** Nearly always on time; a rare late morning is usually made up by staying on. */
        PUNCTUAL,
        /** Late now and then, sometimes by more than half an hour, now and then leaves early. */
        RELAXED,
        /** Often late, leaves early, forgets to check out, and some days does not come at all (TK). */
        TRUANT
    }

    /**
     * One demo ASN as the plan needs them.
     *
     * @param registered whether the ASN uses the app; the others' attendance is recorded manually by their admin OPD
     * @param fences the office locations of their OPD, where the app would accept their position
     * @param days every date of the year from the first recap day, as the system's schedules make it for them
     */
    public record Person(
            long employeeId, String nip, boolean registered, List<CandidateFence> fences, List<DayPlan> days) {

        public Person {
            Objects.requireNonNull(nip, "nip");
            fences = List.copyOf(fences);
            days = List.copyOf(days);
        }
    }

    /** The whole plan, every date before today. */
    public record Plan(
            Map<Long, Habit> habits,
            List<Attendance> attendance,
            List<Leave> leave,
            List<ProblemReport> reports,
            List<Rebind> rebinds) {}

    /** The seed of the demo: the same history on every machine and every start. */
    public static final long DEMO_SEED = 20_260_101L;

    private static final int TRUANT_COUNT = 3;
    private static final double RELAXED_SHARE = 0.3;
    private static final int PENDING_LEAVES = 2;
    private static final int OPEN_REPORTS = 2;
    private static final int SICK_WEEK_DAYS = 5;

    private final long seed;
    private final GeofencePolicy policy;

    public DemoHistoryPlan(long seed, GeofencePolicy policy) {
        this.seed = seed;
        this.policy = Objects.requireNonNull(policy, "policy");
    }

    /** The history of {@code people} before {@code today}, in a month that may be {@code firstMonth} or later. */
    public Plan before(LocalDate today, List<Person> people) {
        return asOf(today.atStartOfDay(), people);
    }

    /**
     * The history of {@code people} up to {@code now}: every day before today, and of today what the ASN who use
     * the app have done by now (a check-in before now; a check-out too if it is before now). Manual attendance of
     * today is not there yet: the admin OPD enters it from the paper list afterwards.
     */
    public Plan asOf(LocalDateTime now, List<Person> people) {
        Objects.requireNonNull(now, "now");
        LocalDate today = now.toLocalDate();
        List<Person> byLot = people.stream()
                .sorted(Comparator.comparingLong(p -> mix(seed, p.nip().hashCode(), 1)))
                .toList();
        Map<Long, Habit> habits = habits(byLot);
        Map<Long, List<Leave>> leaveOf = new LinkedHashMap<>();
        Person sick = byLot.stream()
                .filter(Person::registered)
                .min(Comparator.comparingLong(p -> mix(seed, p.nip().hashCode(), 2)))
                .orElse(null);
        for (Person person : byLot) {
            leaveOf.put(person.employeeId(), leaveOf(person, person == sick));
        }
        List<Attendance> attendance = new ArrayList<>();
        List<Leave> leave = new ArrayList<>();
        for (Person person : people) {
            List<Leave> planned = leaveOf.get(person.employeeId());
            planned.stream().filter(l -> l.firstDay().isBefore(today)).forEach(leave::add);
            Set<LocalDate> excused = daysOf(planned);
            for (DayPlan day : person.days()) {
                if (!day.isWorkday()
                        || excused.contains(day.date())
                        || day.date().isAfter(today)) {
                    continue;
                }
                Optional<Attendance> came = attendanceOn(person, habits.get(person.employeeId()), day);
                if (day.date().isBefore(today)) {
                    came.ifPresent(attendance::add);
                } else if (person.registered()) {
                    came.flatMap(so -> so.soFar(now.toLocalTime())).ifPresent(attendance::add);
                }
            }
        }
        List<Person> steady = byLot.stream()
                .filter(Person::registered)
                .filter(p -> habits.get(p.employeeId()) == Habit.PUNCTUAL)
                .filter(p -> p != sick)
                .toList();
        leave.addAll(pendingLeave(today, steady, leaveOf));
        return new Plan(habits, attendance, leave, openReports(steady, attendance), rebinds(steady));
    }

    private Map<Long, Habit> habits(List<Person> byLot) {
        Map<Long, Habit> habits = new LinkedHashMap<>();
        int truant = 0;
        int relaxed = 0;
        int relaxedWanted = (int) Math.round(byLot.size() * RELAXED_SHARE);
        for (Person person : byLot) {
            Habit habit = Habit.PUNCTUAL;
            if (person.registered() && truant < TRUANT_COUNT) {
                habit = Habit.TRUANT;
                truant++;
            } else if (relaxed < relaxedWanted) {
                habit = Habit.RELAXED;
                relaxed++;
            }
            habits.put(person.employeeId(), habit);
        }
        return habits;
    }

    /** The whole year's leave of one ASN, never two on the same day, only on working days. */
    private List<Leave> leaveOf(Person person, boolean sickWeek) {
        List<LocalDate> workdays = person.days().stream()
                .filter(DayPlan::isWorkday)
                .map(DayPlan::date)
                .toList();
        List<Leave> leave = new ArrayList<>();
        if (workdays.isEmpty()) {
            return leave;
        }
        Set<LocalDate> taken = new HashSet<>();
        SplittableRandom random = random(person, 3);
        if (sickWeek) {
            sickWeek(person, workdays).ifPresent(week -> place(leave, taken, week));
        }
        if (random.nextDouble() < 0.75) {
            block(
                            person,
                            workdays,
                            random,
                            3 + random.nextInt(4),
                            LeaveType.CUTI_TAHUNAN,
                            "Cuti tahunan: urusan keluarga di kampung halaman")
                    .ifPresent(l -> place(leave, taken, l));
        }
        if (random.nextDouble() < 0.35) {
            block(
                            person,
                            workdays,
                            random,
                            1 + random.nextInt(3),
                            LeaveType.CUTI_TAHUNAN,
                            "Cuti tahunan: menghadiri pernikahan saudara")
                    .ifPresent(l -> place(leave, taken, l));
        }
        if (random.nextDouble() < 0.15) {
            block(
                            person,
                            workdays,
                            random,
                            1 + random.nextInt(2),
                            LeaveType.SAKIT,
                            "Sakit demam, surat keterangan dokter menyusul")
                    .ifPresent(l -> place(leave, taken, l));
        }
        if (random.nextDouble() < 0.2) {
            block(person, workdays, random, 1, LeaveType.IZIN, "Izin mengurus dokumen kependudukan anak")
                    .ifPresent(l -> place(leave, taken, l));
        }
        if (random.nextDouble() < 0.15) {
            block(
                            person,
                            workdays,
                            random,
                            2 + random.nextInt(2),
                            LeaveType.DINAS_LUAR,
                            "Dinas luar: rapat koordinasi di Jambi")
                    .ifPresent(l -> place(leave, taken, l));
        }
        return leave;
    }

    private static void place(List<Leave> leave, Set<LocalDate> taken, Leave candidate) {
        Set<LocalDate> days = daysOf(List.of(candidate));
        if (days.stream().noneMatch(taken::contains)) {
            leave.add(candidate);
            taken.addAll(days);
        }
    }

    /** A week of cuti sakit: the first Monday-to-Friday of working days in the second month of the days. */
    private Optional<Leave> sickWeek(Person person, List<LocalDate> workdays) {
        YearMonth second = YearMonth.from(workdays.get(0)).plusMonths(1);
        for (int i = 0; i + SICK_WEEK_DAYS <= workdays.size(); i++) {
            LocalDate first = workdays.get(i);
            LocalDate last = workdays.get(i + SICK_WEEK_DAYS - 1);
            if (YearMonth.from(first).equals(second)
                    && first.getDayOfWeek() == DayOfWeek.MONDAY
                    && last.equals(first.plusDays(SICK_WEEK_DAYS - 1))) {
                return Optional.of(new Leave(
                        person.employeeId(),
                        LeaveType.CUTI_SAKIT,
                        first,
                        last,
                        "Cuti sakit: tifus, rawat inap di RSUD Kol. Abundjani Bangko",
                        first,
                        true));
            }
        }
        return Optional.empty();
    }

    /** {@code length} consecutive working days from a drawn one, asked for one to two weeks before. */
    private static Optional<Leave> block(
            Person person,
            List<LocalDate> workdays,
            SplittableRandom random,
            int length,
            LeaveType type,
            String reason) {
        if (workdays.size() < length) {
            return Optional.empty();
        }
        int start = random.nextInt(workdays.size() - length + 1);
        LocalDate first = workdays.get(start);
        boolean unforeseen = type == LeaveType.SAKIT;
        return Optional.of(new Leave(
                person.employeeId(),
                type,
                first,
                workdays.get(start + length - 1),
                reason,
                unforeseen ? first : first.minusDays(5 + random.nextInt(10)),
                true));
    }

    private static Set<LocalDate> daysOf(List<Leave> leave) {
        Set<LocalDate> days = new HashSet<>();
        for (Leave l : leave) {
            for (LocalDate d = l.firstDay(); !d.isAfter(l.lastDay()); d = d.plusDays(1)) {
                days.add(d);
            }
        }
        return days;
    }

    /** One working day of one ASN: absent (TK), or a check-in and a check-out in the windows and the fence. */
    private Optional<Attendance> attendanceOn(Person person, Habit habit, DayPlan day) {
        AttendanceWindows windows = day.windows().orElseThrow();
        DaySchedule schedule = windows.schedule();
        SplittableRandom random = random(person, day.date().toEpochDay());
        double roll = random.nextDouble();
        double absent = switch (habit) {
            case PUNCTUAL -> 0;
            case RELAXED -> 0.004;
            case TRUANT -> 0.035;
        };
        if (roll < absent) {
            return Optional.empty();
        }
        int late = lateMinutes(habit, random);
        LocalTime checkIn = late > 0
                ? schedule.start().plusMinutes(late).plusSeconds(random.nextInt(60))
                : schedule.start().minusMinutes(3 + random.nextInt(35)).minusSeconds(random.nextInt(60));
        int early = earlyMinutes(habit, random);
        // a punctual ASN who came late stays on to make it up, a relaxed one every other time
        boolean makesUp = late > 0 && (habit == Habit.PUNCTUAL || habit == Habit.RELAXED && random.nextBoolean());
        LocalTime checkOut = early > 0
                ? schedule.end().minusMinutes(early).plusSeconds(random.nextInt(60))
                : schedule.end()
                        .plusMinutes((makesUp ? late : 0) + 1 + random.nextInt(40))
                        .plusSeconds(random.nextInt(60));
        checkIn = inWindow(windows, AttendanceEventType.CHECK_IN, checkIn);
        checkOut = inWindow(windows, AttendanceEventType.CHECK_OUT, checkOut);
        double forgets = switch (habit) {
            case PUNCTUAL -> 0.003;
            case RELAXED -> 0.01;
            case TRUANT -> 0.03;
        };
        boolean forgot = random.nextDouble() < forgets;
        Punch in = punch(person, checkIn, random);
        Punch out = forgot ? null : punch(person, checkOut, random);
        return Optional.of(new Attendance(
                person.employeeId(),
                day.date(),
                in,
                Lateness.lateMinutes(schedule, checkIn),
                out,
                out == null ? 0 : Lateness.earlyLeaveMinutes(schedule, checkOut),
                !person.registered()));
    }

    private static int lateMinutes(Habit habit, SplittableRandom random) {
        double roll = random.nextDouble();
        return switch (habit) {
            case PUNCTUAL -> roll < 0.05 ? 1 + random.nextInt(20) : 0;
            case RELAXED -> roll < 0.14 ? 1 + random.nextInt(roll < 0.015 ? 75 : 30) : 0;
            case TRUANT -> roll < 0.3 ? 5 + random.nextInt(roll < 0.08 ? 120 : 55) : 0;
        };
    }

    private static int earlyMinutes(Habit habit, SplittableRandom random) {
        double roll = random.nextDouble();
        return switch (habit) {
            case PUNCTUAL -> roll < 0.01 ? 5 + random.nextInt(20) : 0;
            case RELAXED -> roll < 0.04 ? 5 + random.nextInt(40) : 0;
            case TRUANT -> roll < 0.12 ? 10 + random.nextInt(80) : 0;
        };
    }

    /** The time moved into the event's window, as the app would only have accepted it there. */
    private static LocalTime inWindow(AttendanceWindows windows, AttendanceEventType type, LocalTime time) {
        var window = windows.windowOf(type).orElseThrow();
        if (time.isBefore(window.opens())) {
            return window.opens();
        }
        return time.isAfter(window.closes()) ? window.closes() : time;
    }

    /** A position inside the ASN's first fence, judged by the geofence rule as the app's check-in would be. */
    private Punch punch(Person person, LocalTime time, SplittableRandom random) {
        if (!person.registered() || person.fences().isEmpty()) {
            return new Punch(time, null, 0, 0, 0);
        }
        CandidateFence fence = person.fences().get(0);
        double reach = fence.fence().circleRadiusM().orElse(15) * 0.6;
        Coordinates position =
                fence.fence().centre().destination(random.nextDouble() * 360, random.nextDouble() * reach);
        double accuracy = 4 + random.nextInt(16);
        GeofenceDecision decision = GeofenceDecision.decide(position, accuracy, person.fences(), policy);
        if (decision.outcome() != GeofenceOutcome.INSIDE) {
            throw new IllegalStateException("a demo position outside the fence of " + fence.name());
        }
        return new Punch(
                time,
                position,
                accuracy,
                decision.fence().orElseThrow().locationId(),
                round(decision.distanceM().orElse(0)));
    }

    /** Two steady ASN asked for cuti tahunan starting on their next working days; nobody has decided yet. */
    private static List<Leave> pendingLeave(LocalDate today, List<Person> steady, Map<Long, List<Leave>> leaveOf) {
        List<Leave> pending = new ArrayList<>();
        for (Person person : steady) {
            if (pending.size() == PENDING_LEAVES) {
                break;
            }
            Set<LocalDate> excused = daysOf(leaveOf.get(person.employeeId()));
            List<LocalDate> next = person.days().stream()
                    .filter(DayPlan::isWorkday)
                    .map(DayPlan::date)
                    .filter(date -> date.isAfter(today.plusDays(2)))
                    .limit(3)
                    .toList();
            if (next.size() == 3 && next.stream().noneMatch(excused::contains)) {
                pending.add(new Leave(
                        person.employeeId(),
                        LeaveType.CUTI_TAHUNAN,
                        next.get(0),
                        next.get(2),
                        "Cuti tahunan: mengantar orang tua berobat ke Jambi",
                        today.minusDays(1),
                        false));
            }
        }
        return pending;
    }

    /** Open reports of the last two steady ASN's latest check-in, refused 250–400 m from the office first. */
    private List<ProblemReport> openReports(List<Person> steady, List<Attendance> attendance) {
        List<ProblemReport> reports = new ArrayList<>();
        List<Person> lastFirst = new ArrayList<>(steady);
        Collections.reverse(lastFirst);
        for (Person person : lastFirst) {
            if (reports.size() == OPEN_REPORTS || person.fences().isEmpty()) {
                break;
            }
            attendance.stream()
                    .filter(day -> day.employeeId() == person.employeeId())
                    .max(Comparator.comparing(Attendance::date))
                    .ifPresent(day -> {
                        SplittableRandom random = random(person, 5);
                        CandidateFence fence = person.fences().get(0);
                        Coordinates away = fence.fence()
                                .centre()
                                .destination(
                                        random.nextDouble() * 360,
                                        fence.fence().circleRadiusM().orElse(50) + 250 + random.nextInt(150));
                        double accuracy = 20 + random.nextInt(10);
                        GeofenceDecision decision = GeofenceDecision.decide(away, accuracy, person.fences(), policy);
                        Punch refused = new Punch(
                                day.checkIn().time().minusMinutes(4 + random.nextInt(5)),
                                away,
                                accuracy,
                                decision.fence().orElseThrow().locationId(),
                                round(decision.distanceM().orElse(0)));
                        reports.add(new ProblemReport(
                                person.employeeId(),
                                day.date(),
                                refused,
                                "Absen masuk ditolak \"di luar lokasi\" padahal saya sudah di halaman kantor;"
                                        + " GPS sempat melompat. Mohon dicek."));
                    });
        }
        return reports;
    }

    /** One steady ASN whose phone broke asked to move to a new one. */
    private static List<Rebind> rebinds(List<Person> steady) {
        return steady.stream()
                .skip(PENDING_LEAVES)
                .limit(1)
                .map(person -> new Rebind(
                        person.employeeId(),
                        "demo-history-phone-" + person.nip(),
                        "Samsung Galaxy A15",
                        "HP lama rusak terkena air, mohon dipindahkan ke HP baru"))
                .toList();
    }

    private SplittableRandom random(Person person, long salt) {
        return new SplittableRandom(mix(seed, person.nip().hashCode(), salt));
    }

    private static long mix(long seed, long a, long b) {
        long h = seed * 0x9E3779B97F4A7C15L + a;
        h = (h ^ (h >>> 31)) * 0xBF58476D1CE4E5B9L + b;
        h = (h ^ (h >>> 27)) * 0x94D049BB133111EBL;
        return h ^ (h >>> 31);
    }

    private static double round(double metres) {
        return Math.round(metres * 10) / 10.0;
    }
}
