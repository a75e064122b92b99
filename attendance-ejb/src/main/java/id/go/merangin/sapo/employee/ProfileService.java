package id.go.merangin.sapo.employee;

import id.go.merangin.sapo.attendance.AttendanceQueries;
import id.go.merangin.sapo.attendance.GeofencePolicy;
import id.go.merangin.sapo.files.FileAccess;
import id.go.merangin.sapo.files.StoredFile;
import id.go.merangin.sapo.organization.CircleFence;
import id.go.merangin.sapo.organization.Coordinates;
import id.go.merangin.sapo.organization.Fence;
import id.go.merangin.sapo.organization.OfficeLocation;
import id.go.merangin.sapo.organization.OfficeLocationRepository;
import id.go.merangin.sapo.organization.Opd;
import id.go.merangin.sapo.organization.PolygonFence;
import id.go.merangin.sapo.shared.NotFoundException;
import id.go.merangin.sapo.shared.ProblemCode;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/** The ASN's own profile for the app's home screen ({@code GET /me}). */
@Stateless
public class ProfileService {

    @Inject
    AccountRepository accounts;

    @Inject
    OfficeLocationRepository locations;

    @Inject
    AttendanceQueries attendance;

    @Inject
    Clock clock;

    @Inject
    GeofencePolicy geofence;

    public ProfileView me(AuthenticatedAsn asn) {
        Account account = accounts.find(asn.accountId()).orElseThrow();
        Employee employee = account.employee().orElseThrow();
        Opd opd = employee.opd();
        LocalDate today = clock.instant().atZone(opd.zone()).toLocalDate();
        List<ProfileView.LocationView> fences = locations.usableBy(opd, today).stream()
                .map(ProfileService::location)
                .toList();
        ProfileView.DeviceView device = accounts.boundDeviceOf(account)
                .map(phone -> new ProfileView.DeviceView(
                        phone.deviceId(), phone.model().orElse(null), phone.boundAt()))
                .orElse(null);
        return new ProfileView(
                employee.nip().toString(),
                employee.name(),
                employee.position(),
                employee.rank(),
                account.email().orElse(null),
                account.isEmailVerified(),
                account.mustChangePassword(),
                account.status().name(),
                new ProfileView.OpdView(
                        opd.id(), opd.code(), opd.name(), opd.zone().getId()),
                device,
                accounts.hasProfilePhoto(account),
                attendance.today(asn),
                fences,
                new ProfileView.GeofenceView(geofence.accuracyCapM(), geofence.accuracyLimitM()));
    }

    /** The photo the ASN registered with, for their own profile; {@code NOT_FOUND} when there is none. */
    public FileAccess.Content photo(AuthenticatedAsn asn) {
        StoredFile photo = accounts.find(asn.accountId())
                .flatMap(Account::profilePhoto)
                .orElseThrow(() -> new NotFoundException(ProblemCode.NOT_FOUND, "no registration photo"));
        byte[] bytes = photo.content()
                .orElseThrow(() -> new NotFoundException(ProblemCode.NOT_FOUND, "the registration photo was purged"));
        return new FileAccess.Content(bytes, photo.contentType(), photo.sha256(), photo.purpose());
    }

    private static ProfileView.LocationView location(OfficeLocation location) {
        Fence fence = location.toFence();
        String from = location.validFrom().map(Object::toString).orElse(null);
        String until = location.validUntil().map(Object::toString).orElse(null);
        if (fence instanceof CircleFence circle) {
            return new ProfileView.LocationView(
                    location.id(),
                    location.name(),
                    circle.centre().latitude(),
                    circle.centre().longitude(),
                    circle.radiusM(),
                    null,
                    from,
                    until);
        }
        List<double[]> ring = ((PolygonFence) fence)
                .vertices().stream()
                        .map((Coordinates vertex) -> new double[] {vertex.latitude(), vertex.longitude()})
                        .toList();
        return new ProfileView.LocationView(location.id(), location.name(), null, null, null, ring, from, until);
    }
}
