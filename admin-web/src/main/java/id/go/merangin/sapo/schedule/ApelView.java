package id.go.merangin.sapo.schedule;

import id.go.merangin.sapo.organization.OpdRow;
import id.go.merangin.sapo.organization.OrganizationService;
import id.go.merangin.sapo.security.SessionView;
import id.go.merangin.sapo.shared.Formats;
import id.go.merangin.sapo.shared.Messages;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;

/**
 * Apel and upacara (page {@code apel.xhtml}): the coming ones of the officer's OPDs and a form to hold one, at a
 * location of the OPD chosen. BKPSDMD may hold one for every OPD (no OPD chosen: the locations of its own OPD).
 */
@Named
@ViewScoped
public class ApelView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient ApelService apels;

    @Inject
    transient OrganizationService organization;

    @Inject
    transient SessionView session;

    @Inject
    transient Clock clock;

    private List<ApelRow> rows;
    private List<OpdRow> opds;
    private List<Place> places = List.of();
    private String name;
    private LocalDate date;
    private LocalTime opens;
    private LocalTime closes;
    private String opdCode;
    private Long locationId;
    private boolean compulsory = true;

    @PostConstruct
    void init() {
        opds = organization.opdsInReach();
        opdCode = session.isBkpsdmd() || opds.isEmpty() ? null : opds.get(0).code();
        rows = apels.from(today());
        showLocations();
    }

    /** A place to choose: a location, named with its OPD when the apel is for every OPD. */
    public record Place(long id, String label) implements Serializable {}

    /** The locations of the OPD chosen; for every OPD, the locations of every OPD in reach. */
    public void showLocations() {
        places = new ArrayList<>();
        for (OpdRow opd : opds) {
            if (opdCode == null || opd.code().equals(opdCode)) {
                organization
                        .locationsOf(opd.id())
                        .forEach(location -> places.add(new Place(
                                location.id(),
                                opdCode == null ? location.name() + " — " + opd.name() : location.name())));
            }
        }
        locationId = places.isEmpty() ? null : places.get(0).id();
    }

    public void hold() {
        if (locationId == null) {
            Messages.error("apel.noLocation");
            return;
        }
        apels.hold(name, date, opens, closes, opdCode, locationId, compulsory);
        rows = apels.from(today());
        name = null;
        date = null;
        opens = null;
        closes = null;
        Messages.info("apel.done.held");
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(Formats.WIB));
    }

    public List<ApelRow> getRows() {
        return rows;
    }

    /** An OPD to choose, by code; the empty code is every OPD (BKPSDMD's first choice). */
    public record Choice(String code, String label) implements Serializable {}

    /** Every OPD in reach, after "Semua OPD" for BKPSDMD. */
    public List<Choice> getOpdChoices() {
        List<Choice> choices = new ArrayList<>();
        if (session.isBkpsdmd()) {
            choices.add(new Choice("", Messages.text("apel.everyOpd")));
        }
        opds.forEach(opd -> choices.add(new Choice(opd.code(), opd.name())));
        return choices;
    }

    public List<Place> getPlaces() {
        return places;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public LocalDate getDate() {
        return date;
    }

    public void setDate(LocalDate date) {
        this.date = date;
    }

    public LocalTime getOpens() {
        return opens;
    }

    public void setOpens(LocalTime opens) {
        this.opens = opens;
    }

    public LocalTime getCloses() {
        return closes;
    }

    public void setCloses(LocalTime closes) {
        this.closes = closes;
    }

    public String getOpdCode() {
        return opdCode;
    }

    public void setOpdCode(String opdCode) {
        this.opdCode = opdCode == null || opdCode.isBlank() ? null : opdCode;
    }

    public Long getLocationId() {
        return locationId;
    }

    public void setLocationId(Long locationId) {
        this.locationId = locationId;
    }

    public boolean isCompulsory() {
        return compulsory;
    }

    public void setCompulsory(boolean compulsory) {
        this.compulsory = compulsory;
    }
}
