package id.go.merangin.sapo.web;

import id.go.merangin.sapo.api.ApiClient;
import id.go.merangin.sapo.api.MobileFixture;
import id.go.merangin.sapo.demo.DemoDataLoader;
import id.go.merangin.sapo.employee.ActivationCode;
import id.go.merangin.sapo.employee.Nip;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The phone of one of the demo ASN who had not registered yet: it registers (once in a test run, whichever test
 * comes first) and logs in, as the app would. Each screen test uses its own ASN, so tests do not depend on each
 * other's order.
 */
record DemoPhone(String nip, String birthDate, String deviceId, String password) {

    static DemoPhone of(String nip, String birthDate) {
        return new DemoPhone(nip, birthDate, "demo-phone-" + nip, "Rahasia#" + nip.substring(12));
    }

    /**
     * A new ASN of {@code opdCode}, with a master record of their own (written straight to the test database, as
     * the BKPSDMD import would), for a test whose check-ins must not meet another test's.
     */
    static DemoPhone freshAsnOf(String opdCode, String name) {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        // born 2000-2005: no demo ASN is, so a search by NIP prefix or name never meets a test's own ASN
        LocalDate birth = LocalDate.of(2000 + random.nextInt(6), 1 + random.nextInt(12), 1 + random.nextInt(28));
        String nip = birth.format(DateTimeFormatter.BASIC_ISO_DATE) + "2015011"
                + String.format("%03d", random.nextInt(1, 1000));
        long id = 800_000_000L + random.nextInt(99_999_999);
        TestDatabase.execute("insert into employee (id, nip, name, birth_date, sex, position, rank_name, opd_id,"
                + " active) select " + id + ", '" + nip + "', '"
                + name.replace("'", "''") + "', date '" + birth + "', 'MALE', 'Pelaksana', 'Pengatur (II/c)',"
                + " id, true from opd where code = '" + opdCode + "'");
        DemoPhone phone = of(nip, birth.toString());
        // the admin OPD's letter, as for the demo ASN
        TestDatabase.execute("insert into activation_code (id, employee_id, code_hash, issued_by, issued_at,"
                + " expires_at) values (" + id + ", " + id + ", '" + ActivationCode.hash(phone.activationCode())
                + "', 'admin.test', now(), now() + interval '30 days')");
        return phone;
    }

    /** The code of the admin OPD's letter: the demo data's, DEMO-&lt;the NIP's last four digits&gt;. */
    String activationCode() {
        return DemoDataLoader.demoActivationCode(Nip.of(nip));
    }

    /** Registers from this phone; the answer says whether the account is pending or active. */
    ApiClient.Answer register() {
        return register(activationCode());
    }

    /** Registers from this phone with the activation code {@code code}. */
    ApiClient.Answer register(String code) {
        return new ApiClient()
                .post(
                        "/auth/register",
                        Json.createObjectBuilder()
                                .add("nip", nip)
                                .add("birthDate", birthDate)
                                .add("activationCode", code)
                                .add("email", nip + "@demo.merangin.go.id")
                                .add("password", password)
                                .add("deviceId", deviceId)
                                .add("deviceModel", "Oppo A78")
                                .add("photo", MobileFixture.selfie(nip.hashCode()))
                                .build());
    }

    ApiClient.Answer login() {
        return login(deviceId);
    }

    ApiClient.Answer login(String fromDevice) {
        return new ApiClient().post("/auth/login", loginBody(fromDevice));
    }

    JsonObject loginBody(String fromDevice) {
        return Json.createObjectBuilder()
                .add("nip", nip)
                .add("password", password)
                .add("deviceId", fromDevice)
                .build();
    }

    /** Registered (if it was not) and logged in: an API client with the ASN's token. */
    ApiClient loggedIn() {
        ApiClient.Answer login = login();
        if (login.status() != 200) {
            ApiClient.Answer registered = register();
            if (registered.status() != 201) {
                throw new IllegalStateException("registration failed: " + registered);
            }
            login = login();
        }
        if (login.status() != 200) {
            throw new IllegalStateException("login failed: " + login);
        }
        return new ApiClient().bearer(login.json().getString("token"));
    }
}
