package id.go.merangin.sapo.organization;

import static org.assertj.core.api.Assertions.assertThat;

import id.go.merangin.sapo.SapoDeployment;
import id.go.merangin.sapo.attendance.CandidateFence;
import id.go.merangin.sapo.attendance.GeofenceDecision;
import id.go.merangin.sapo.attendance.GeofencePolicy;
import id.go.merangin.sapo.security.AsBkpsdmd;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * PostGIS, through Hibernate Spatial, classifies real-world positions around an office in Bangko the way the
 * geofence rule says: a 100 m circle and the polygon of the apel field, with the accuracy widening and its cap.
 */
@ExtendWith(ArquillianExtension.class)
class OfficeLocationSpatialIT {

    /** Kantor BKPSDMD Kabupaten Merangin, Bangko. */
    private static final Coordinates OFFICE = new Coordinates(-2.083400, 102.286700);

    /** The apel field of the Pemkab complex: about 80 m by 60 m, counter-clockwise. */
    private static final List<Coordinates> APEL_FIELD = List.of(
            new Coordinates(-2.086000, 102.284000),
            new Coordinates(-2.086000, 102.284720),
            new Coordinates(-2.085460, 102.284720),
            new Coordinates(-2.085460, 102.284000));

    private static final LocalDate MONDAY = LocalDate.of(2026, 3, 2);

    @Deployment
    static EnterpriseArchive deployment() {
        return SapoDeployment.earWithTests(OfficeLocationSpatialIT.class);
    }

    @Inject
    OrganizationService organization;

    @Inject
    GeofencePolicy policy;

    @Inject
    AsBkpsdmd bkpsdmd;

    private String opd;

    @BeforeEach
    void createOpdWithCircleAndPolygon() {
        opd = "IT-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        bkpsdmd.run(() -> {
            organization.createOpd(opd, "Dinas Uji Spasial", null, false);
            organization.addCircleLocation(opd, "Kantor", OFFICE, 100, null, null);
            organization.addPolygonLocation(opd, "Lapangan Apel", APEL_FIELD, null, null);
        });
    }

    private List<String> containing(Coordinates position, double accuracyM) {
        return organization.locationsContaining(opd, position, accuracyM, MONDAY).stream()
                .map(OfficeLocationSummary::name)
                .toList();
    }

    @Test
    void acceptsTwentyMetresFromTheCentre() {
        assertThat(containing(OFFICE.destination(45, 20), 0)).containsExactly("Kantor");
    }

    @Test
    void acceptsNinetyNineMetresFromTheCentre() {
        assertThat(containing(OFFICE.destination(300, 99), 0)).containsExactly("Kantor");
    }

    @Test
    void refusesOneHundredAndOneMetresFromTheCentre() {
        assertThat(containing(OFFICE.destination(120, 101), 0)).isEmpty();
    }

    @Test
    void refusesFiveKilometresAway() {
        assertThat(containing(OFFICE.destination(0, 5_000), 0)).isEmpty();
    }

    @Test
    void acceptsAPointOneMetreInsideThePolygonEdge() {
        // the southern edge runs along latitude -2.086; north is inside
        Coordinates onEdge = new Coordinates(-2.086000, 102.284360);
        assertThat(containing(onEdge.destination(0, 1), 0)).containsExactly("Lapangan Apel");
    }

    @Test
    void refusesAPointOneMetreOutsideThePolygonEdge() {
        Coordinates onEdge = new Coordinates(-2.086000, 102.284360);
        assertThat(containing(onEdge.destination(180, 1), 0)).isEmpty();
    }

    @Test
    void widensByTheReportedAccuracyBelowTheCap() {
        Coordinates at105 = OFFICE.destination(200, 105);
        assertThat(containing(at105, 10)).containsExactly("Kantor");
        assertThat(containing(at105, 4)).isEmpty();
    }

    @Test
    void widensByNoMoreThanTheCap() {
        assertThat(policy.accuracyCapM()).isEqualTo(30);
        assertThat(containing(OFFICE.destination(90, 129), 50)).containsExactly("Kantor");
        assertThat(containing(OFFICE.destination(90, 131), 50)).isEmpty();
        assertThat(containing(APEL_FIELD.get(0).destination(180, 29), 80)).containsExactly("Lapangan Apel");
        assertThat(containing(APEL_FIELD.get(0).destination(180, 31), 80)).isEmpty();
    }

    @Test
    void agreesWithTheGeofenceRuleOnEveryProbe() {
        List<CandidateFence> fences = List.of(
                new CandidateFence(1, "Kantor", new CircleFence(OFFICE, 100)),
                new CandidateFence(2, "Lapangan Apel", new PolygonFence(APEL_FIELD)));
        for (double metres : new double[] {0, 20, 99, 101, 115, 129, 131, 500, 5_000}) {
            for (double accuracy : new double[] {0, 10, 30, 50}) {
                Coordinates probe = OFFICE.destination(75, metres);
                boolean inDatabase = !containing(probe, accuracy).isEmpty();
                boolean byRule = GeofenceDecision.decide(probe, accuracy, fences, policy).accepted();
                assertThat(inDatabase).as("%s m from the office, accuracy %s m", metres, accuracy).isEqualTo(byRule);
            }
        }
    }
}
