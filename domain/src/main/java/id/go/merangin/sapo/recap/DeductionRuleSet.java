package id.go.merangin.sapo.recap;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * One stored version of the {@link DeductionRules}, as BKPSDMD set it: never changed afterwards, so that a month's
 * deductions can always be traced to the version that produced them.
 */
@Entity
@Table(name = "deduction_rules")
public class DeductionRuleSet {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "deduction_rules_seq")
    @SequenceGenerator(name = "deduction_rules_seq", sequenceName = "deduction_rules_seq", allocationSize = 50)
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

    @Column(name = "monthly_cap", nullable = false, precision = 5, scale = 2)
    private BigDecimal monthlyCap;

    @Column(name = "created_by", nullable = false, length = 100)
    private String createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected DeductionRuleSet() {
        // for JPA
    }

    /** Stores {@code rules} (already checked by the record) as a new version. */
    public DeductionRuleSet(DeductionRules rules, String createdBy, Instant createdAt) {
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
        this.monthlyCap = rules.monthlyCapPercent();
        this.createdBy = Objects.requireNonNull(createdBy, "createdBy");
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
    }

    public DeductionRules toRules() {
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
        return new DeductionRules(version, validFrom, percents, monthlyCap);
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
