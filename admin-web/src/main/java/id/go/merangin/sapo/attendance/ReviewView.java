package id.go.merangin.sapo.attendance;

import id.go.merangin.sapo.organization.LocationView;
import id.go.merangin.sapo.organization.MapJson;
import id.go.merangin.sapo.organization.MapSettings;
import id.go.merangin.sapo.organization.OpdRow;
import id.go.merangin.sapo.organization.OrganizationService;
import id.go.merangin.sapo.shared.ExportFile;
import id.go.merangin.sapo.shared.Formats;
import id.go.merangin.sapo.shared.Messages;
import id.go.merangin.sapo.shared.PagedRows;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.omnifaces.util.Faces;
import org.primefaces.model.LazyDataModel;

/**
 * The attendance of the OPDs in reach for a day or a range: a page of events at a time with their selfies and
 * flags, the page's positions on a map against the chosen OPD's fences, and the whole filtered list exported to XLSX
 * or to a PDF to print through the same service (so an export never holds more than the screen may show).
 */
@Named
@ViewScoped
public class ReviewView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient AttendanceReview review;

    @Inject
    transient OrganizationService organization;

    @Inject
    transient Clock clock;

    @Inject
    transient MapSettings mapSettings;

    private List<OpdRow> opds;
    private Long opdId;
    private LocalDate from;
    private LocalDate until;
    private Decision decision;
    private AttendanceEventType type;
    private boolean flaggedOnly;
    private String search;
    private LazyDataModel<ReviewRow> rows;

    @PostConstruct
    void init() {
        opds = organization.opdsInReach();
        opdId = opds.size() == 1 ? opds.get(0).id() : null;
        from = LocalDate.now(clock.withZone(Formats.WIB));
        until = from;
        rows = new PagedRows<>(
                () -> review.count(filter()), (first, size) -> review.page(first, size, filter()), ReviewRow::id);
    }

    private ReviewFilter filter() {
        return new ReviewFilter(opdId, from, until, decision, type, flaggedOnly, search);
    }

    public void search() {
        PagedRows.backToFirstPage("review:rows");
    }

    /**
     * Sends the whole filtered list (every page, not only the one on screen) as XLSX ({@code xlsx}) or as a PDF to
     * print ({@code pdf}), named by its OPD and period.
     */
    public void export(String extension) throws IOException {
        ReviewReport report = review.report(filter());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Locale locale = Faces.getLocale();
        switch (extension) {
            case "xlsx" -> new ReviewWorkbook(Messages.bundle(), locale).write(report, out);
            case "pdf" -> new ReviewPdf(Messages.bundle(), locale).write(report, out);
            default -> throw new IllegalArgumentException("no export as " + extension);
        }
        Faces.sendFile(
                out.toByteArray(),
                ExportFile.name(
                        "presensi",
                        report.opdCode(),
                        report.filter().from(),
                        report.filter().until(),
                        extension),
                true);
    }

    /** The map of the page on screen (where each attempt was made) and the chosen OPD's fences. */
    public String getMapConfig() {
        JsonArrayBuilder points = Json.createArrayBuilder();
        List<ReviewRow> page = rows.getWrappedData() == null ? List.of() : rows.getWrappedData();
        for (ReviewRow row : page) {
            if (row.latitude() != null) {
                points.add(Json.createObjectBuilder()
                        .add("lat", row.latitude())
                        .add("lng", row.longitude())
                        .add("refused", !row.accepted())
                        .add(
                                "label",
                                row.name() + " · " + named("event.type.", row.type())
                                        + (row.accepted() ? "" : " · " + named("reason.", row.reasonCode()))
                                        + (row.distanceM() == null
                                                ? ""
                                                : " · " + Formats.metres(row.distanceM(), Formats.locale()))));
            }
        }
        List<LocationView> fences = opdId == null ? List.of() : organization.locationsOf(opdId);
        return MapJson.config("review", false, mapSettings, MapJson.fences(fences), points.build());
    }

    /** A code's name from the bundle; the code itself where the bundle has none. */
    private static String named(String prefix, Object code) {
        String key = prefix + code;
        return Messages.bundle().containsKey(key) ? Messages.bundle().getString(key) : String.valueOf(code);
    }

    public Decision[] getDecisions() {
        return Decision.values();
    }

    public AttendanceEventType[] getTypes() {
        return AttendanceEventType.values();
    }

    public List<OpdRow> getOpds() {
        return opds;
    }

    public LazyDataModel<ReviewRow> getRows() {
        return rows;
    }

    public Long getOpdId() {
        return opdId;
    }

    public void setOpdId(Long opdId) {
        this.opdId = opdId;
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getUntil() {
        return until;
    }

    public void setUntil(LocalDate until) {
        this.until = until;
    }

    public Decision getDecision() {
        return decision;
    }

    public void setDecision(Decision decision) {
        this.decision = decision;
    }

    public AttendanceEventType getType() {
        return type;
    }

    public void setType(AttendanceEventType type) {
        this.type = type;
    }

    public boolean isFlaggedOnly() {
        return flaggedOnly;
    }

    public void setFlaggedOnly(boolean flaggedOnly) {
        this.flaggedOnly = flaggedOnly;
    }

    public String getSearch() {
        return search;
    }

    public void setSearch(String search) {
        this.search = search;
    }
}
