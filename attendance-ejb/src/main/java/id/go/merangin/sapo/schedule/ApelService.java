package id.go.merangin.sapo.schedule;

import id.go.merangin.sapo.audit.AuditDetail;
import id.go.merangin.sapo.audit.AuditTrail;
import id.go.merangin.sapo.employee.Officer;
import id.go.merangin.sapo.employee.OfficerScope;
import id.go.merangin.sapo.organization.OfficeLocation;
import id.go.merangin.sapo.organization.OfficeLocationRepository;
import id.go.merangin.sapo.organization.Opd;
import id.go.merangin.sapo.organization.OpdRepository;
import id.go.merangin.sapo.recap.MonthClose;
import id.go.merangin.sapo.shared.DaysChanged;
import id.go.merangin.sapo.shared.FreeText;
import id.go.merangin.sapo.shared.InvalidInputException;
import id.go.merangin.sapo.shared.NotFoundException;
import id.go.merangin.sapo.shared.ProblemCode;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Apel and upacara: BKPSDMD holds one for every OPD or for one OPD, an admin OPD for its own OPD (with its
 * sub-units), at a location in their reach. Holding one for a day that is over works that day out again (a
 * compulsory apel missed is TA); a locked month is refused.
 */
@Stateless
public class ApelService {

    @Inject
    ApelRepository apels;

    @Inject
    OfficeLocationRepository locations;

    @Inject
    OfficerScope scope;

    @Inject
    OpdRepository opds;

    @Inject
    MonthClose monthClose;

    @Inject
    AuditTrail audit;

    @Inject
    Event<DaysChanged> daysChanged;

    @Inject
    Clock clock;

    /**
     * Holds an apel on {@code date} from {@code opens} to {@code closes} at the office location {@code locationId},
     * for the OPD {@code opdCode} and its sub-units, or for every OPD when {@code opdCode} is empty (BKPSDMD only).
     */
    public long hold(
            String name,
            LocalDate date,
            LocalTime opens,
            LocalTime closes,
            String opdCode,
            long locationId,
            boolean compulsory) {
        Officer officer = scope.current();
        if (date == null || opens == null || closes == null) {
            throw new InvalidInputException(
                    ProblemCode.INVALID_APEL,
                    "an apel needs a date and a window",
                    Map.of("field", date == null ? "date" : "opens"));
        }
        Opd opd = null;
        if (opdCode == null || opdCode.isBlank()) {
            officer.requireBkpsdmd();
        } else {
            opd = opds.findByCode(opdCode)
                    .orElseThrow(() -> new NotFoundException(ProblemCode.UNKNOWN_OPD, "No OPD with code " + opdCode));
            officer.requireManage(opd);
        }
        OfficeLocation location = locations
                .find(locationId)
                .orElseThrow(
                        () -> new NotFoundException(ProblemCode.UNKNOWN_LOCATION, "no office location " + locationId));
        officer.requireSee(location.opd());
        monthClose.requireOpen(date, date);
        Apel apel = new Apel(
                FreeText.of(name, "name", 200).strip(),
                date,
                opens,
                closes,
                opd,
                location,
                compulsory,
                officer.username(),
                clock.instant());
        apels.store(apel);
        audit.record(
                "APEL_HELD",
                "Apel",
                apel.id(),
                AuditDetail.of("name", apel.name())
                        .and("date", date)
                        .and("from", opens)
                        .and("until", closes)
                        .and("opd", opd == null ? null : opd.code())
                        .and("location", location.name())
                        .and("compulsory", compulsory));
        daysChanged.fire(opd == null ? DaysChanged.ofEveryone(date, date) : DaysChanged.ofOpd(opd.id(), date, date));
        return apel.id();
    }

    /** The apels from {@code from} on that the officer's OPDs hold or attend, by date. */
    public List<ApelRow> from(LocalDate from) {
        Officer officer = scope.current();
        Set<Long> visible = scope.visibleOpdIds(officer);
        return apels.from(visible, from, 200).stream().map(ApelRow::of).toList();
    }
}
