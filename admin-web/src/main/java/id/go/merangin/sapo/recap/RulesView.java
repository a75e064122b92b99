package id.go.merangin.sapo.recap;

import id.go.merangin.sapo.attendance.IntegrityRules;
import id.go.merangin.sapo.attendance.TierBands;
import id.go.merangin.sapo.leave.LeaveType;
import id.go.merangin.sapo.shared.Formats;
import id.go.merangin.sapo.shared.InvalidInputException;
import id.go.merangin.sapo.shared.Messages;
import id.go.merangin.sapo.shared.ProblemCode;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * BKPSDMD's rule sets (page {@code rules.xhtml}): every version with all its numbers, and a form for a new version
 * from the first day of a month, filled in with the latest version's numbers so that BKPSDMD changes only what the
 * new regulation changes.
 */
@Named
@ViewScoped
public class RulesView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient RuleSetAdministration administration;

    @Inject
    transient Clock clock;

    private List<RuleSet> versions;
    private String version;
    private String month;
    private final Map<String, BigDecimal> percents = new LinkedHashMap<>();
    private BigDecimal cap;
    private final Map<String, BigDecimal> leaveCosts = new LinkedHashMap<>();
    private Integer tier1Max;
    private Integer tier2Max;
    private Integer tier3Max;
    private boolean makeUpEnabled;
    private Integer makeUpLimitMinutes;
    private final Map<String, Integer> stepDays = new LinkedHashMap<>();
    private Integer minutesPerDay;
    private Integer missingEventMinutes;
    private Integer dismissalRunDays;
    private Integer maxClockSkewMinutes;
    private Integer maxTravelKmh;

    @PostConstruct
    void init() {
        versions = administration.versions();
        reset();
    }

    private void reset() {
        RuleSet latest = versions.get(versions.size() - 1);
        for (DeductionCode code : DeductionCode.values()) {
            percents.put(code.name(), latest.percentOf(code));
        }
        cap = latest.monthlyCapPercent();
        for (LeaveType type : LeaveType.wholeDay()) {
            leaveCosts.put(type.name(), latest.leaveCostOf(type));
        }
        DayRules day = latest.day();
        tier1Max = day.bands().tier1Max();
        tier2Max = day.bands().tier2Max();
        tier3Max = day.bands().tier3Max();
        makeUpEnabled = day.makeUpEnabled();
        makeUpLimitMinutes = day.makeUpLimitMinutes();
        for (Sanction sanction : Sanction.values()) {
            stepDays.put(sanction.name(), null);
        }
        day.ladder().steps().forEach(step -> stepDays.put(step.sanction().name(), step.days()));
        minutesPerDay = day.ladder().minutesPerDay();
        missingEventMinutes = day.ladder().missingEventMinutes();
        dismissalRunDays = day.ladder().consecutiveDaysForDismissal();
        maxClockSkewMinutes = latest.integrity().maxClockSkewMinutes();
        maxTravelKmh = latest.integrity().maxTravelKmh();
        version = null;
        month = YearMonth.now(clock.withZone(Formats.WIB)).plusMonths(1).toString();
    }

    /** Adds a version from the first day of the month chosen; a sanction without days is not a step of it. */
    public void add() {
        if (tier1Max == null
                || tier2Max == null
                || tier3Max == null
                || makeUpLimitMinutes == null
                || minutesPerDay == null
                || dismissalRunDays == null
                || maxClockSkewMinutes == null
                || maxTravelKmh == null
                || cap == null) {
            throw new InvalidInputException(
                    ProblemCode.INVALID_RULE_SET, "every number of a version is needed", Map.of());
        }
        Map<DeductionCode, BigDecimal> byCode = new EnumMap<>(DeductionCode.class);
        percents.forEach((code, percent) -> byCode.put(DeductionCode.valueOf(code), percent));
        Map<LeaveType, BigDecimal> costs = new EnumMap<>(LeaveType.class);
        leaveCosts.forEach(
                (type, percent) -> costs.put(LeaveType.valueOf(type), percent == null ? BigDecimal.ZERO : percent));
        List<LadderStep> steps = new ArrayList<>();
        stepDays.forEach((sanction, days) -> {
            if (days != null) {
                steps.add(new LadderStep(days, Sanction.valueOf(sanction)));
            }
        });
        DayRules day = new DayRules(
                new TierBands(tier1Max, tier2Max, tier3Max),
                makeUpEnabled,
                makeUpLimitMinutes,
                new DisciplineLadder(steps, minutesPerDay, missingEventMinutes, dismissalRunDays));
        administration.add(new RuleSet(
                version == null ? "" : version,
                YearMonth.parse(month).atDay(1),
                byCode,
                cap,
                costs,
                day,
                new IntegrityRules(maxClockSkewMinutes, maxTravelKmh)));
        versions = administration.versions();
        reset();
        Messages.info("rules.done.added");
    }

    /** "1–30 / 31–60 / 61–90 / > 90" minutes. */
    public String bands(RuleSet rules) {
        TierBands bands = rules.day().bands();
        return "1–" + bands.tier1Max() + " / " + (bands.tier1Max() + 1) + "–" + bands.tier2Max() + " / "
                + (bands.tier2Max() + 1) + "–" + bands.tier3Max() + " / > " + bands.tier3Max();
    }

    /** "3 · 4 · 7 · 11 · …" days, the sanctions in the legend. */
    public String steps(RuleSet rules) {
        return rules.day().ladder().steps().stream()
                .map(step -> String.valueOf(step.days()))
                .collect(Collectors.joining(" · "));
    }

    /** The leave types that cost, with their share of a day. */
    public List<Map.Entry<LeaveType, BigDecimal>> costs(RuleSet rules) {
        return List.copyOf(rules.leaveCosts().entrySet());
    }

    public List<String> getMonths() {
        YearMonth current = YearMonth.now(clock.withZone(Formats.WIB));
        return IntStream.rangeClosed(-3, 12)
                .mapToObj(i -> current.plusMonths(i).toString())
                .toList();
    }

    public List<String> getCodes() {
        return List.copyOf(percents.keySet());
    }

    public List<String> getLeaveTypes() {
        return List.copyOf(leaveCosts.keySet());
    }

    public List<String> getSanctions() {
        return List.copyOf(stepDays.keySet());
    }

    public List<RuleSet> getVersions() {
        return versions;
    }

    public String getVersion() {
        return version;
    }

    public void setVersion(String version) {
        this.version = version;
    }

    public String getMonth() {
        return month;
    }

    public void setMonth(String month) {
        this.month = month;
    }

    public Map<String, BigDecimal> getPercents() {
        return percents;
    }

    public BigDecimal getCap() {
        return cap;
    }

    public void setCap(BigDecimal cap) {
        this.cap = cap;
    }

    public Map<String, BigDecimal> getLeaveCosts() {
        return leaveCosts;
    }

    public Integer getTier1Max() {
        return tier1Max;
    }

    public void setTier1Max(Integer tier1Max) {
        this.tier1Max = tier1Max;
    }

    public Integer getTier2Max() {
        return tier2Max;
    }

    public void setTier2Max(Integer tier2Max) {
        this.tier2Max = tier2Max;
    }

    public Integer getTier3Max() {
        return tier3Max;
    }

    public void setTier3Max(Integer tier3Max) {
        this.tier3Max = tier3Max;
    }

    public boolean isMakeUpEnabled() {
        return makeUpEnabled;
    }

    public void setMakeUpEnabled(boolean makeUpEnabled) {
        this.makeUpEnabled = makeUpEnabled;
    }

    public Integer getMakeUpLimitMinutes() {
        return makeUpLimitMinutes;
    }

    public void setMakeUpLimitMinutes(Integer makeUpLimitMinutes) {
        this.makeUpLimitMinutes = makeUpLimitMinutes;
    }

    public Map<String, Integer> getStepDays() {
        return stepDays;
    }

    public Integer getMinutesPerDay() {
        return minutesPerDay;
    }

    public void setMinutesPerDay(Integer minutesPerDay) {
        this.minutesPerDay = minutesPerDay;
    }

    public Integer getMissingEventMinutes() {
        return missingEventMinutes;
    }

    public void setMissingEventMinutes(Integer missingEventMinutes) {
        this.missingEventMinutes = missingEventMinutes;
    }

    public Integer getDismissalRunDays() {
        return dismissalRunDays;
    }

    public void setDismissalRunDays(Integer dismissalRunDays) {
        this.dismissalRunDays = dismissalRunDays;
    }

    public Integer getMaxClockSkewMinutes() {
        return maxClockSkewMinutes;
    }

    public void setMaxClockSkewMinutes(Integer maxClockSkewMinutes) {
        this.maxClockSkewMinutes = maxClockSkewMinutes;
    }

    public Integer getMaxTravelKmh() {
        return maxTravelKmh;
    }

    public void setMaxTravelKmh(Integer maxTravelKmh) {
        this.maxTravelKmh = maxTravelKmh;
    }
}
