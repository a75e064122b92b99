package id.go.merangin.sapo.recap;

import id.go.merangin.sapo.attendance.IntegrityRules;
import id.go.merangin.sapo.attendance.TierBands;
import id.go.merangin.sapo.leave.LeaveType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.MapKeyEnumerated;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * One stored version of the {@link RuleSet}, as BKPSDMD set it: never changed afterwards, so that a month's codes
 * and deductions can always be traced to the version that produced them.
 */
@Entity
@Table(name = "rule_set")
public class StoredRuleSet {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "rule_set_seq")
    @SequenceGenerator(name = "rule_set_seq", sequenceName = "rule_set_seq", allocationSize = 50)
    private Long id;

    @Column(nullable = false, unique = true, length = 60)
    private String version;

    @Column(name = "valid_from", nullable = false, unique = true)
    private LocalDate validFrom;

    @Column(nullable = false, precision = 5, scale = 2)
    private BigDecimal tl1;

    @Column(nullable = false, precision = 5, scale = 2)
    private BigDecimal tl2;

    @Column(nullable = false, precision = 5, scale = 2)
    private BigDecimal tl3;

    @Column(nullable = false, precision = 5, scale = 2)
    private BigDecimal tl4;

    @Column(nullable = false, precision = 5, scale = 2)
    private BigDecimal psw1;

    @Column(nullable = false, precision = 5, scale = 2)
    private BigDecimal psw2;

    @Column(nullable = false, precision = 5, scale = 2)
    private BigDecimal psw3;

    @Column(nullable = false, precision = 5, scale = 2)
    private BigDecimal psw4;

    @Column(nullable = false, precision = 5, scale = 2)
    private BigDecimal tk;

    @Column(nullable = false, precision = 5, scale = 2)
    private BigDecimal ta;

    @Column(name = "monthly_cap", nullable = false, precision = 5, scale = 2)
    private BigDecimal monthlyCap;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "rule_set_leave_cost", joinColumns = @JoinColumn(name = "rule_set_id"))
    @MapKeyColumn(name = "leave_type", length = 40)
    @MapKeyEnumerated(EnumType.STRING)
    @Column(name = "percent", nullable = false, precision = 5, scale = 2)
    private Map<LeaveType, BigDecimal> leaveCosts = new EnumMap<>(LeaveType.class);

    @Column(name = "tier1_max", nullable = false)
    private int tier1Max;

    @Column(name = "tier2_max", nullable = false)
    private int tier2Max;

    @Column(name = "tier3_max", nullable = false)
    private int tier3Max;

    @Column(name = "make_up_enabled", nullable = false)
    private boolean makeUpEnabled;

    @Column(name = "make_up_limit_minutes", nullable = false)
    private int makeUpLimitMinutes;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "rule_set_ladder_step", joinColumns = @JoinColumn(name = "rule_set_id"))
    @MapKeyColumn(name = "days")
    @Column(name = "sanction", nullable = false, length = 40)
    @Enumerated(EnumType.STRING)
    private Map<Integer, Sanction> ladderSteps = new TreeMap<>();

    @Column(name = "ladder_minutes_per_day", nullable = false)
    private int ladderMinutesPerDay;

    @Column(name = "missing_event_minutes")
    private Integer missingEventMinutes;

    @Column(name = "dismissal_run_days", nullable = false)
    private int dismissalRunDays;

    @Column(name = "max_clock_skew_minutes", nullable = false)
    private int maxClockSkewMinutes;

    @Column(name = "max_travel_kmh", nullable = false)
    private int maxTravelKmh;

    @Column(name = "created_by", nullable = false, length = 100)
    private String createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected StoredRuleSet() {
        // for JPA
    }

    /** Stores {@code rules} (already checked by the record) as a new version. */
    public StoredRuleSet(RuleSet rules, String createdBy, Instant createdAt) {
        this.version = rules.version();
        this.validFrom = rules.validFrom();
        this.tl1 = rules.percentOf(DeductionCode.TL1);
        this.tl2 = rules.percentOf(DeductionCode.TL2);
        this.tl3 = rules.percentOf(DeductionCode.TL3);
        this.tl4 = rules.percentOf(DeductionCode.TL4);
        this.psw1 = rules.percentOf(DeductionCode.PSW1);
        this.psw2 = rules.percentOf(DeductionCode.PSW2);
        this.psw3 = rules.percentOf(DeductionCode.PSW3);
        this.psw4 = rules.percentOf(DeductionCode.PSW4);
        this.tk = rules.percentOf(DeductionCode.TK);
        this.ta = rules.percentOf(DeductionCode.TA);
        this.monthlyCap = rules.monthlyCapPercent();
        this.leaveCosts.putAll(rules.leaveCosts());
        TierBands bands = rules.day().bands();
        this.tier1Max = bands.tier1Max();
        this.tier2Max = bands.tier2Max();
        this.tier3Max = bands.tier3Max();
        this.makeUpEnabled = rules.day().makeUpEnabled();
        this.makeUpLimitMinutes = rules.day().makeUpLimitMinutes();
        DisciplineLadder ladder = rules.day().ladder();
        ladder.steps().forEach(step -> ladderSteps.put(step.days(), step.sanction()));
        this.ladderMinutesPerDay = ladder.minutesPerDay();
        this.missingEventMinutes = ladder.missingEventMinutes();
        this.dismissalRunDays = ladder.consecutiveDaysForDismissal();
        this.maxClockSkewMinutes = rules.integrity().maxClockSkewMinutes();
        this.maxTravelKmh = rules.integrity().maxTravelKmh();
        this.createdBy = Objects.requireNonNull(createdBy, "createdBy");
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
    }

    public RuleSet toRules() {
        Map<DeductionCode, BigDecimal> percents = new EnumMap<>(DeductionCode.class);
        percents.put(DeductionCode.TL1, tl1);
        percents.put(DeductionCode.TL2, tl2);
        percents.put(DeductionCode.TL3, tl3);
        percents.put(DeductionCode.TL4, tl4);
        percents.put(DeductionCode.PSW1, psw1);
        percents.put(DeductionCode.PSW2, psw2);
        percents.put(DeductionCode.PSW3, psw3);
        percents.put(DeductionCode.PSW4, psw4);
        percents.put(DeductionCode.TK, tk);
        percents.put(DeductionCode.TA, ta);
        List<LadderStep> steps = new TreeMap<>(ladderSteps)
                .entrySet().stream()
                        .map(step -> new LadderStep(step.getKey(), step.getValue()))
                        .toList();
        DayRules day = new DayRules(
                new TierBands(tier1Max, tier2Max, tier3Max),
                makeUpEnabled,
                makeUpLimitMinutes,
                new DisciplineLadder(steps, ladderMinutesPerDay, missingEventMinutes, dismissalRunDays));
        return new RuleSet(
                version,
                validFrom,
                percents,
                monthlyCap,
                leaveCosts,
                day,
                new IntegrityRules(maxClockSkewMinutes, maxTravelKmh));
    }

    public Long id() {
        return id;
    }

    public String createdBy() {
        return createdBy;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
