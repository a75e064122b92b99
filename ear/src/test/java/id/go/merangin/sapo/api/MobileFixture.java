package id.go.merangin.sapo.api;

import id.go.merangin.sapo.employee.ActivationCodes;
import id.go.merangin.sapo.employee.EmployeeService;
import id.go.merangin.sapo.organization.Coordinates;
import id.go.merangin.sapo.organization.OrganizationService;
import id.go.merangin.sapo.schedule.DaySchedule;
import id.go.merangin.sapo.schedule.ScheduleService;
import id.go.merangin.sapo.schedule.WorkWeek;
import id.go.merangin.sapo.security.ActingOfficer;
import id.go.merangin.sapo.security.AsBkpsdmd;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Base64;
import java.util.EnumMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;

/**
 * Builds what the mobile API tests stand on through the application's own services: an OPD of its own per test
 * class (so tests never see each other's data), its office in Bangko, a schedule for every day of the week, and ASN
 * who registered and logged in through the API like a phone does.
 */
public final class MobileFixture {

    /** Kantor BKPSDMD Kabupaten Merangin, Bangko. */
    public static final Coordinates OFFICE = new Coordinates(-2.083400, 102.286700);

    public static final double RADIUS_M = 100;
    /**
     * The last day of the test schedules: a schedule with an end date is a period of its own, which the regency's
     * Ramadan (19/02–20/03/2026, over the tests' clock) does not override, so a test's hours stay as it set them.
     */
    public static final LocalDate THROUGH_2026 = LocalDate.of(2026, 12, 31);

    /** The fixture OPD's hours, every day of the week: 07:30–23:00 with a break 12:00–13:00. */
    public static final WorkWeek WEEK =
            everyDay(LocalTime.of(7, 30), LocalTime.of(23, 0), LocalTime.of(12, 0), LocalTime.of(13, 0));

    /** The fixture sets up OPDs and master records as BKPSDMD would. */
    private static final Supplier<ActingOfficer> BKPSDMD =
            () -> CDI.current().select(AsBkpsdmd.class).get();

    private final OrganizationService organization;
    private final EmployeeService employees;
    private final ScheduleService schedules;
    private final ApiClient api = new ApiClient();
    public final String opd;

    public MobileFixture(OrganizationService organization, EmployeeService employees, ScheduleService schedules) {
        this.organization = organization;
        this.employees = employees;
        this.schedules = schedules;
        this.opd = "IT-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        BKPSDMD.get().run(() -> {
            organization.createOpd(opd, "Dinas Uji " + opd, null, true);
            organization.addCircleLocation(opd, "Kantor Uji", OFFICE, RADIUS_M, null, null);
            schedules.defineForOpd(opd, "Uji setiap hari", WEEK, LocalDate.of(2026, 1, 1), THROUGH_2026);
        });
    }

    private MobileFixture(MobileFixture parent, String name) {
        this.organization = parent.organization;
        this.employees = parent.employees;
        this.schedules = parent.schedules;
        this.opd = parent.opd + "-SUB";
        BKPSDMD.get().run(() -> {
            organization.createOpd(opd, name, parent.opd, true);
            organization.addCircleLocation(opd, "Kantor " + name, OFFICE, RADIUS_M, null, null);
        });
    }

    /** A sub-unit (a Puskesmas, a school) of this fixture's OPD with an office of its own and no schedule. */
    public MobileFixture subUnit(String name) {
        return new MobileFixture(this, name);
    }

    public static WorkWeek everyDay(LocalTime start, LocalTime end, LocalTime breakStart, LocalTime breakEnd) {
        Map<DayOfWeek, DaySchedule> days = new EnumMap<>(DayOfWeek.class);
        for (DayOfWeek day : DayOfWeek.values()) {
            days.put(day, new DaySchedule(start, end, breakStart, breakEnd, false));
        }
        return new WorkWeek(days);
    }

    /** An ASN of this fixture's OPD, registered and logged in from their phone. */
    public Asn registeredAsn() {
        Asn asn = masterRecord();
        ApiClient.Answer registered = api.post("/auth/register", asn.registration());
        if (registered.status() != 201) {
            throw new IllegalStateException("registration failed: " + registered);
        }
        return asn.loggedIn(api);
    }

    /** A master record only: NIP and birth date, not registered yet. */
    public Asn masterRecord() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        // born 2000-2005: no demo ASN is, so a search by NIP prefix never meets a test's own ASN
        LocalDate birth = LocalDate.of(2000 + random.nextInt(6), 1 + random.nextInt(12), 1 + random.nextInt(28));
        String nip = String.format(
                "%04d%02d%02d%04d%02d1%03d",
                birth.getYear(),
                birth.getMonthValue(),
                birth.getDayOfMonth(),
                2010 + random.nextInt(10),
                1 + random.nextInt(12),
                random.nextInt(1000));
        long id = BKPSDMD.get()
                .call(() -> employees.addMasterRecord(
                        nip, "ASN Uji " + nip.substring(15), birth, "Pranata Komputer", "Penata Muda (III/a)", opd));
        // the letter the admin OPD hands over
        String code = BKPSDMD.get()
                .call(() -> CDI.current()
                        .select(ActivationCodes.class)
                        .get()
                        .issue(id)
                        .code());
        return new Asn(
                id,
                nip,
                birth,
                code,
                "asn" + nip + "@uji.merangin.go.id",
                "Rahasia#" + nip.substring(12),
                "phone-" + UUID.randomUUID(),
                null);
    }

    /** A JPEG selfie, different for every call unless the same {@code seed} is given. */
    public static String selfie(int seed) {
        BufferedImage image = new BufferedImage(240, 320, BufferedImage.TYPE_INT_RGB);
        Graphics2D graphics = image.createGraphics();
        graphics.setColor(new Color(seed * 7919 & 0xFFFFFF));
        graphics.fillRect(0, 0, 240, 320);
        graphics.setColor(new Color(230, 190, 160));
        graphics.fillOval(60, 70, 120, 160);
        graphics.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            javax.imageio.ImageIO.write(image, "jpeg", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Base64.getEncoder().encodeToString(out.toByteArray());
    }

    public static String selfie() {
        return selfie(ThreadLocalRandom.current().nextInt());
    }

    /** An ASN as the tests drive it: who they are, their phone, and (once logged in) their token. */
    public record Asn(
            long employeeId,
            String nip,
            LocalDate birthDate,
            String activationCode,
            String email,
            String password,
            String deviceId,
            String token) {

        public JsonObject registration() {
            return Json.createObjectBuilder()
                    .add("nip", nip)
                    .add("birthDate", birthDate.toString())
                    .add("activationCode", activationCode)
                    .add("email", email)
                    .add("password", password)
                    .add("deviceId", deviceId)
                    .add("deviceModel", "Samsung Galaxy A14")
                    .add("photo", selfie())
                    .build();
        }

        public JsonObject login() {
            return Json.createObjectBuilder()
                    .add("nip", nip)
                    .add("password", password)
                    .add("deviceId", deviceId)
                    .build();
        }

        Asn loggedIn(ApiClient api) {
            ApiClient.Answer answer = api.post("/auth/login", login());
            if (answer.status() != 200) {
                throw new IllegalStateException("login failed: " + answer);
            }
            return new Asn(
                    employeeId,
                    nip,
                    birthDate,
                    activationCode,
                    email,
                    password,
                    deviceId,
                    answer.json().getString("token"));
        }

        public ApiClient phone() {
            return new ApiClient().bearer(token);
        }

        /** The first day of the appointment month the NIP carries: where the ASN's employment starts by default. */
        public LocalDate nipAppointment() {
            return id.go.merangin.sapo.employee.Nip.of(nip).appointmentMonth().atDay(1);
        }
    }

    /** A check-in body at {@code position}. */
    public static JsonObject checkIn(String type, Coordinates position, double accuracyM) {
        return Json.createObjectBuilder()
                .add("type", type)
                .add("latitude", position.latitude())
                .add("longitude", position.longitude())
                .add("accuracyM", accuracyM)
                .add("mocked", false)
                .add("photo", selfie())
                .build();
    }
}
