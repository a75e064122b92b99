package id.go.merangin.sapo.employee;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.go.merangin.sapo.SapoDeployment;
import id.go.merangin.sapo.organization.OrganizationService;
import id.go.merangin.sapo.security.AsBkpsdmd;
import id.go.merangin.sapo.shared.SapoException;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** A master record with a malformed NIP never reaches the database; a valid one does, once. */
@ExtendWith(ArquillianExtension.class)
class NipValidationIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return SapoDeployment.earWithTests(NipValidationIT.class);
    }

    @Inject
    EmployeeService employees;

    @Inject
    OrganizationService organization;

    @Inject
    AsBkpsdmd bkpsdmd;

    private String opd;

    @BeforeEach
    void createOpd() {
        opd = "IT-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        bkpsdmd.run(() -> organization.createOpd(opd, "Kecamatan Uji NIP", null, false));
    }

    private static String code(Throwable thrown) {
        return ((SapoException) thrown).code().name();
    }

    @Test
    void storesAValidNipOnce() {
        String nip = "199001152015031" + String.format("%03d", (int) (Math.random() * 1000));
        bkpsdmd.run(() -> employees.addMasterRecord(
                nip, "Rahmat Hidayat", LocalDate.of(1990, 1, 15), "Pranata Komputer", "Penata Muda (III/a)", opd));

        assertThat(employees.nameOf(nip)).contains("Rahmat Hidayat");
        assertThatThrownBy(() -> bkpsdmd.run(
                        () -> employees.addMasterRecord(nip, "Orang Lain", LocalDate.of(1990, 1, 15), null, null, opd)))
                .isInstanceOf(SapoException.class)
                .extracting(NipValidationIT::code)
                .isEqualTo("DUPLICATE_NIP");
    }

    @Test
    void refusesANipWithSeventeenDigits() {
        assertRefused("19900115201503100", LocalDate.of(1990, 1, 15), "INVALID_NIP");
    }

    @Test
    void refusesANipWhoseBirthDateIsNotARealDate() {
        assertRefused("199002302015031001", LocalDate.of(1990, 2, 28), "INVALID_NIP");
    }

    @Test
    void refusesANipWhoseAppointmentMonthIsNotARealMonth() {
        assertRefused("199001152015131001", LocalDate.of(1990, 1, 15), "INVALID_NIP");
    }

    @Test
    void refusesANipWithASexDigitOtherThanOneOrTwo() {
        assertRefused("199001152015033001", LocalDate.of(1990, 1, 15), "INVALID_NIP");
    }

    @Test
    void refusesANipThatDoesNotStartWithTheBirthDate() {
        assertRefused("199001152015031777", LocalDate.of(1990, 1, 16), "NIP_BIRTH_DATE_MISMATCH");
    }

    private void assertRefused(String nip, LocalDate birthDate, String expectedCode) {
        assertThatThrownBy(() -> bkpsdmd.run(() -> employees.addMasterRecord(nip, "Uji", birthDate, null, null, opd)))
                .isInstanceOf(SapoException.class)
                .extracting(NipValidationIT::code)
                .isEqualTo(expectedCode);
        if (Nip.isValid(nip)) {
            assertThat(employees.nameOf(nip)).isEmpty();
        }
    }
}
