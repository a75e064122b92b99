package id.go.merangin.sapo.demo;

import id.go.merangin.sapo.employee.Account;
import id.go.merangin.sapo.employee.AccountRepository;
import id.go.merangin.sapo.employee.ActivationCode;
import id.go.merangin.sapo.employee.Device;
import id.go.merangin.sapo.employee.Employee;
import id.go.merangin.sapo.employee.EmployeeRepository;
import id.go.merangin.sapo.employee.Nip;
import id.go.merangin.sapo.employee.PasswordHashing;
import id.go.merangin.sapo.employee.Role;
import id.go.merangin.sapo.organization.Coordinates;
import id.go.merangin.sapo.organization.OfficeLocation;
import id.go.merangin.sapo.organization.OfficeLocationRepository;
import id.go.merangin.sapo.organization.Opd;
import id.go.merangin.sapo.organization.OpdRepository;
import id.go.merangin.sapo.schedule.DaySchedule;
import id.go.merangin.sapo.schedule.Holiday;
import id.go.merangin.sapo.schedule.HolidayRepository;
import id.go.merangin.sapo.schedule.HolidayType;
import id.go.merangin.sapo.schedule.WorkSchedule;
import id.go.merangin.sapo.schedule.WorkScheduleRepository;
import id.go.merangin.sapo.schedule.WorkWeek;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Loads the demo regency (the OPDs of Merangin around Bangko, their offices, about fifty ASN, an admin per OPD, a
 * BKPSDMD officer, the 2026 holidays and the standard schedule) when the run command starts SAPO with
 * {@code SAPO_DEMO_DATA=true}. Never on by default, and never part of the migrations production runs. Each row is
 * added only when missing, so a second run changes nothing. With {@code SAPO_DEMO_HISTORY=true} as well (the run
 * command sets both; the tests only the first) the regency gets its months of attendance before today
 * ({@link DemoHistory}), in the same transaction.
 */
@Startup
@Singleton
public class DemoDataLoader {

    /** The password of every demo login; printed by the run command and the README. */
    public static final String DEMO_PASSWORD = "Demo#Sapo2026";

    private static final Logger LOG = Logger.getLogger(DemoDataLoader.class);

    @Inject
    @ConfigProperty(name = "sapo.demo-data", defaultValue = "false")
    boolean enabled;

    @Inject
    @ConfigProperty(name = "sapo.demo-history", defaultValue = "false")
    boolean historyEnabled;

    @Inject
    DemoHistory history;

    @Inject
    OpdRepository opds;

    @Inject
    OfficeLocationRepository locations;

    @Inject
    EmployeeRepository employees;

    @Inject
    AccountRepository accounts;

    @Inject
    HolidayRepository holidays;

    @Inject
    WorkScheduleRepository schedules;

    @Inject
    PasswordHashing passwords;

    @Inject
    Clock clock;

    private String demoPasswordHash;

    @PostConstruct
    void load() {
        if (!enabled) {
            return;
        }
        LOG.warn("SAPO_DEMO_DATA is set: loading the demo data of Merangin (demo logins share one password)");
        Map<String, Opd> byCode = new HashMap<>();
        opds.findAll().forEach(opd -> byCode.put(opd.code(), opd));
        int added = loadOpds(byCode);
        added += loadLocations(byCode);
        added += loadEmployees(byCode);
        added += loadOfficers(byCode);
        added += loadHolidays();
        added += loadSchedules();
        LOG.infof("Demo data: %d record(s) added", added);
        if (historyEnabled) {
            history.load();
        }
    }

    private int loadOpds(Map<String, Opd> byCode) {
        int[] added = {0};
        read("opds.csv", row -> {
            String code = row.get("code");
            if (byCode.containsKey(code)) {
                return;
            }
            String parent = row.get("parent_code");
            Opd opd = new Opd(code, row.get("name"), parent.isBlank() ? null : byCode.get(parent));
            opd.allowSelfActivation(Boolean.parseBoolean(row.get("self_activation")));
            opd.moveToZone(ZoneId.of(row.get("zone")));
            byCode.put(code, opds.store(opd));
            added[0]++;
        });
        return added[0];
    }

    private int loadLocations(Map<String, Opd> byCode) {
        int[] added = {0};
        LocalDate today = LocalDate.now(clock);
        Map<String, List<String>> existing = new HashMap<>();
        read("locations.csv", row -> {
            Opd opd = byCode.get(row.get("opd_code"));
            List<String> names = existing.computeIfAbsent(
                    opd.code(),
                    code -> new ArrayList<>(locations.usableBy(opd, today).stream()
                            .map(OfficeLocation::name)
                            .toList()));
            if (names.contains(row.get("name"))) {
                return;
            }
            OfficeLocation location = "POLYGON".equals(row.get("kind"))
                    ? OfficeLocation.polygon(opd, row.get("name"), vertices(row.get("polygon")))
                    : OfficeLocation.circle(
                            opd,
                            row.get("name"),
                            new Coordinates(
                                    Double.parseDouble(row.get("latitude")), Double.parseDouble(row.get("longitude"))),
                            Double.parseDouble(row.get("radius_m")));
            locations.store(location);
            names.add(location.name());
            added[0]++;
        });
        return added[0];
    }

    private static List<Coordinates> vertices(String polygon) {
        List<Coordinates> vertices = new ArrayList<>();
        for (String vertex : polygon.split(";")) {
            String[] latLon = vertex.strip().split("\\s+");
            vertices.add(new Coordinates(Double.parseDouble(latLon[0]), Double.parseDouble(latLon[1])));
        }
        return vertices;
    }

    private int loadEmployees(Map<String, Opd> byCode) {
        int[] added = {0};
        read("employees.csv", row -> {
            Nip nip = Nip.of(row.get("nip"));
            if (employees.findByNip(nip).isPresent()) {
                return;
            }
            Employee employee = employees.store(new Employee(
                    nip,
                    row.get("name"),
                    LocalDate.parse(row.get("birth_date")),
                    row.get("position"),
                    row.get("rank"),
                    byCode.get(row.get("opd_code"))));
            added[0]++;
            // "true": registered on the phone "demo-<NIP>"; "app": registered, no phone bound yet, so the first
            // phone (or browser) that logs in is bound, as after the admin OPD resets a lost phone
            String registered = row.get("registered");
            if ("true".equals(registered) || "app".equals(registered)) {
                String email = "asn." + nip + "@demo.sapo.merangin.go.id";
                Account account = Account.forEmployee(employee, email, demoPasswordHash(), clock.instant());
                account.activate();
                // as if the ASN had typed the code of the registration's mail: the demo's emails recover passwords
                account.confirmEmail(email, clock.instant());
                accounts.store(account);
                if ("true".equals(registered)) {
                    accounts.store(new Device(account, "demo-" + nip, "Demo phone", clock.instant()));
                }
            } else {
                // the letter the admin OPD would have printed: activation code DEMO-<the NIP's last four digits>
                accounts.store(ActivationCode.of(employee, demoActivationCode(nip), "demo", clock.instant()));
            }
        });
        return added[0];
    }

    /** The demo activation code of an unregistered demo ASN (bin/run prints it; real codes are random). */
    public static String demoActivationCode(Nip nip) {
        return "DEMO-" + nip.toString().substring(14);
    }

    private int loadOfficers(Map<String, Opd> byCode) {
        int[] added = {0};
        read("admins.csv", row -> {
            if (accounts.findByUsername(row.get("username")).isPresent()) {
                return;
            }
            Account officer = Account.forOfficer(
                    row.get("username"),
                    row.get("display_name"),
                    demoPasswordHash(),
                    byCode.get(row.get("opd_code")),
                    EnumSet.of(Role.valueOf(row.get("role"))),
                    clock.instant());
            String email = row.get("username") + "@demo.sapo.merangin.go.id";
            officer.changeEmail(email);
            officer.confirmEmail(email, clock.instant());
            accounts.store(officer);
            added[0]++;
        });
        return added[0];
    }

    private int loadHolidays() {
        int[] added = {0};
        read("holidays-2026.csv", row -> {
            LocalDate date = LocalDate.parse(row.get("date"));
            if (holidays.on(date).isEmpty()) {
                holidays.store(new Holiday(date, HolidayType.valueOf(row.get("type")), row.get("name")));
                added[0]++;
            }
        });
        return added[0];
    }

    private int loadSchedules() {
        if (!schedules.regencyWide().isEmpty()) {
            return 0;
        }
        schedules.store(WorkSchedule.regencyWide(
                "Jam kerja standar (Perpres 21/2023)", WorkWeek.standard(), LocalDate.of(2026, 1, 1), null));
        schedules.store(WorkSchedule.regencyWide(
                "Ramadan 1447 H", ramadanWeek(), LocalDate.of(2026, 2, 19), LocalDate.of(2026, 3, 20)));
        return 2;
    }

    /** 32.5 hours a week from 08:00: Mon–Thu 08:00–15:00 and Fri 08:00–15:30, half an hour's break. */
    static WorkWeek ramadanWeek() {
        Map<DayOfWeek, DaySchedule> days = new EnumMap<>(DayOfWeek.class);
        DaySchedule monToThu = new DaySchedule(
                LocalTime.of(8, 0), LocalTime.of(15, 0), LocalTime.of(12, 0), LocalTime.of(12, 30), false);
        for (DayOfWeek day : EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.THURSDAY)) {
            days.put(day, monToThu);
        }
        days.put(
                DayOfWeek.FRIDAY,
                new DaySchedule(
                        LocalTime.of(8, 0), LocalTime.of(15, 30), LocalTime.of(11, 30), LocalTime.of(12, 0), false));
        return new WorkWeek(days);
    }

    private String demoPasswordHash() {
        if (demoPasswordHash == null) {
            demoPasswordHash = passwords.hash(DEMO_PASSWORD.toCharArray());
        }
        return demoPasswordHash;
    }

    static void read(String file, Consumer<CSVRecord> rowHandler) {
        CSVFormat format = CSVFormat.DEFAULT
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .setTrim(true)
                .get();
        try (InputStream in = DemoDataLoader.class.getResourceAsStream("/demo/" + file);
                CSVParser parser = CSVParser.parse(new InputStreamReader(in, StandardCharsets.UTF_8), format)) {
            parser.forEach(rowHandler);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read demo/" + file, e);
        }
    }
}
