package id.go.merangin.sapo.recap;

import id.go.merangin.sapo.shared.Formats;
import id.go.merangin.sapo.shared.Messages;
import id.go.merangin.sapo.shared.PagedRows;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.text.MessageFormat;
import java.time.Clock;
import java.time.Year;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.primefaces.model.LazyDataModel;

/**
 * BKPSDMD's discipline ladder (PP 94/2021) for a year: the ASN on a step of the ladder or within a few days of one,
 * with the sanction the step calls for. Opens on the year of the last month that is over.
 */
@Named
@ViewScoped
public class LadderView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient LadderQueries ladder;

    @Inject
    transient RecapRun run;

    @Inject
    transient Clock clock;

    private int year;
    private int nearDays = 1;
    private String search;
    private LazyDataModel<LadderQueries.LadderRow> rows;

    @PostConstruct
    void init() {
        year = YearMonth.now(clock.withZone(Formats.WIB)).minusMonths(1).getYear();
        rows = new PagedRows<>(
                () -> ladder.count(Year.of(year), nearDays, search),
                (first, size) -> ladder.page(Year.of(year), nearDays, search, first, size),
                LadderQueries.LadderRow::employeeId);
    }

    /** The ladder for the chosen year, after keeping the year's days not kept yet. */
    public void show() {
        run.keepMissing(Year.of(year));
        PagedRows.backToFirstPage("ladder:rows");
    }

    /** This year and the four before it, newest first. */
    public List<Integer> getYears() {
        int current = Year.now(clock.withZone(Formats.WIB)).getValue();
        return IntStream.range(0, 5).mapToObj(i -> current - i).toList();
    }

    public int getYear() {
        return year;
    }

    public void setYear(int year) {
        this.year = year;
    }

    public int getNearDays() {
        return nearDays;
    }

    public void setNearDays(int nearDays) {
        this.nearDays = nearDays;
    }

    public String getSearch() {
        return search;
    }

    public void setSearch(String search) {
        this.search = search;
    }

    public LazyDataModel<LadderQueries.LadderRow> getRows() {
        return rows;
    }

    /** The ladder's legend: "3 hari: teguran lisan · 4 hari: teguran tertulis · … · 10 hari kerja TK berturut-turut: …". */
    public String getLegend() {
        List<String> parts = new ArrayList<>();
        DisciplineLadder rules = ladder.ladderOf(Year.of(year));
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
