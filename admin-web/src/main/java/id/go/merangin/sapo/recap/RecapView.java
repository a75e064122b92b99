package id.go.merangin.sapo.recap;

import id.go.merangin.sapo.organization.OpdRow;
import id.go.merangin.sapo.organization.OrganizationService;
import id.go.merangin.sapo.security.SessionView;
import id.go.merangin.sapo.shared.ExportFile;
import id.go.merangin.sapo.shared.Formats;
import id.go.merangin.sapo.shared.Messages;
import id.go.merangin.sapo.shared.PagedRows;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.Serializable;
import java.text.MessageFormat;
import java.time.Clock;
import java.time.Year;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;
import org.omnifaces.util.Faces;
import org.primefaces.model.LazyDataModel;

/**
 * An OPD's monthly recap, one page of ASN at a time, and the month's close: the admin OPD verifies the OPD's recap,
 * BKPSDMD locks (and if need be unlocks) the month. Opens on the last month that is over.
 */
@Named
@ViewScoped
public class RecapView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient RecapQueries recaps;

    @Inject
    transient MonthClose close;

    @Inject
    transient OrganizationService organization;

    @Inject
    transient Clock clock;

    @Inject
    transient LadderQueries ladder;

    @Inject
    transient SessionView session;

    private List<OpdRow> opds;
    private Long opdId;
    private String month;
    private LazyDataModel<RecapRow> rows;
    private RecapQueries.CloseStatus status;
    private RecapDetail detail;
    private List<RecapDayLine> detailDays = List.of();
    private RecapReport summary;
    private RecapReport.Totals grandTotal;
    private int ladderYear;
    private int nearDays = 1;
    private String ladderSearch;
    private LazyDataModel<LadderQueries.LadderRow> ladderRows;

    @PostConstruct
    void init() {
        opds = organization.opdsInReach();
        opdId = opds.isEmpty() ? null : opds.get(0).id();
        month = YearMonth.now(clock.withZone(Formats.WIB)).minusMonths(1).toString();
        rows = new PagedRows<>(
                () -> opdId == null ? 0 : recaps.count(opdId, yearMonth()),
                (first, size) -> opdId == null ? List.of() : recaps.page(opdId, yearMonth(), first, size),
                RecapRow::employeeId);
        refreshStatus();
        ladderYear = YearMonth.now(clock.withZone(Formats.WIB)).minusMonths(1).getYear();
        ladderRows = new PagedRows<>(
                () -> session.isBkpsdmd() ? ladder.count(Year.of(ladderYear), nearDays, ladderSearch) : 0,
                (first, size) -> session.isBkpsdmd()
                        ? ladder.page(Year.of(ladderYear), nearDays, ladderSearch, first, size)
                        : List.of(),
                LadderQueries.LadderRow::employeeId);
    }

    public void show() {
        PagedRows.backToFirstPage("recap:rows");
        refreshStatus();
    }

    public void verify() {
        close.verify(opdId, yearMonth());
        refreshStatus();
        Messages.info("recap.done.verified");
    }

    public void lock() {
        close.lock(yearMonth());
        refreshStatus();
        Messages.info("recap.done.locked");
    }

    public void unlock() {
        close.unlock(yearMonth());
        refreshStatus();
        Messages.info("recap.done.unlocked");
    }

    /** Opens one ASN's month, day by day with its deductions. */
    public void showDetail(long employeeId) {
        detail = recaps.detail(employeeId, opdId, yearMonth());
        detailDays = RecapDayLine.of(detail.summary(), Formats.locale());
    }

    /**
     * Sends the month of the chosen OPD, or of every OPD in reach ({@code all}), as BKPSDMD's form ({@code xlsx},
     * {@code pdf}) or as the TPP payroll's CSV ({@code csv}).
     */
    public void export(boolean all, String extension) throws IOException {
        RecapReport report = recaps.report(all ? null : opdId, yearMonth());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Locale locale = Faces.getLocale();
        switch (extension) {
            case "xlsx" -> new RecapWorkbook(Messages.bundle(), locale).write(report, out);
            case "pdf" -> new RecapPdf(Messages.bundle(), locale).write(report, out);
            case "csv" -> new TppCsv().write(report, out);
            default -> throw new IllegalArgumentException("no export as " + extension);
        }
        String opdCode =
                report.scope() == null ? null : report.sections().get(0).opdCode();
        String kind = "csv".equals(extension) ? "tpp" : "rekap";
        Faces.sendFile(out.toByteArray(), ExportFile.name(kind, opdCode, report.month(), extension), true);
    }

    /** Every OPD in reach with its totals, for the month. */
    public void showSummary() {
        summary = recaps.report(null, yearMonth());
        grandTotal = RecapReport.Totals.of(summary.lines());
    }

    /** BKPSDMD's ladder for the chosen year, after keeping the year's days not kept yet. */
    public void showLadder() {
        ladder.prepare(Year.of(ladderYear));
        PagedRows.backToFirstPage("recap:ladder");
    }

    private void refreshStatus() {
        status = opdId == null ? null : recaps.status(opdId, yearMonth());
    }

    private YearMonth yearMonth() {
        return YearMonth.parse(month);
    }

    /** The last twelve months, newest first, as yyyy-MM. */
    public List<String> getMonths() {
        YearMonth current = YearMonth.now(clock.withZone(Formats.WIB));
        return IntStream.range(0, 13)
                .mapToObj(i -> current.minusMonths(i).toString())
                .toList();
    }

    public List<OpdRow> getOpds() {
        return opds;
    }

    public Long getOpdId() {
        return opdId;
    }

    public void setOpdId(Long opdId) {
        this.opdId = opdId;
    }

    public String getMonth() {
        return month;
    }

    public void setMonth(String month) {
        this.month = month;
    }

    public LazyDataModel<RecapRow> getRows() {
        return rows;
    }

    public RecapQueries.CloseStatus getStatus() {
        return status;
    }

    public RecapDetail getDetail() {
        return detail;
    }

    public List<RecapDayLine> getDetailDays() {
        return detailDays;
    }

    public RecapReport getSummary() {
        return summary;
    }

    /** The grand total over the summary's OPDs. */
    public RecapReport.Totals getGrandTotal() {
        return grandTotal;
    }

    /** This year and the four before it, newest first. */
    public List<Integer> getYears() {
        int current = Year.now(clock.withZone(Formats.WIB)).getValue();
        return IntStream.range(0, 5).mapToObj(i -> current - i).toList();
    }

    public int getLadderYear() {
        return ladderYear;
    }

    public void setLadderYear(int ladderYear) {
        this.ladderYear = ladderYear;
    }

    public int getNearDays() {
        return nearDays;
    }

    public void setNearDays(int nearDays) {
        this.nearDays = nearDays;
    }

    public String getLadderSearch() {
        return ladderSearch;
    }

    public void setLadderSearch(String ladderSearch) {
        this.ladderSearch = ladderSearch;
    }

    public LazyDataModel<LadderQueries.LadderRow> getLadderRows() {
        return ladderRows;
    }

    /** The ladder's legend: "3 hari: teguran lisan · 4 hari: teguran tertulis · … · 10 hari kerja TK berturut-turut: …". */
    public String getLadderLegend() {
        List<String> parts = new ArrayList<>();
        DisciplineLadder rules = ladder.ladderOf(Year.of(ladderYear));
        List<LadderStep> steps = rules.steps();
        steps.forEach(step -> parts.add(MessageFormat.format(
                Messages.text("recap.ladder.legendStep"), step.days(), sanctionText(step.sanction()))));
        parts.add(MessageFormat.format(Messages.text("recap.ladder.run"), rules.consecutiveDaysForDismissal()) + ": "
                + sanctionText(steps.get(steps.size() - 1).sanction()));
        return String.join(" · ", parts);
    }

    /** The sanction {@code standing} calls for, and why when a run of TK days decided it; a dash below the first step. */
    public String sanctionOf(LadderStanding standing) {
        return standing.sanction()
                .map(sanction -> sanctionText(sanction)
                        + (standing.reachedByRun()
                                ? " ("
                                        + MessageFormat.format(
                                                Messages.text("recap.ladder.run"), standing.longestAbsenceRun())
                                        + ")"
                                : ""))
                .orElse("–");
    }

    private static String sanctionText(Sanction sanction) {
        return Messages.text("sanction." + sanction.name());
    }
}
