package id.go.merangin.sapo.organization;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import org.hibernate.annotations.Cache;
import org.hibernate.annotations.CacheConcurrencyStrategy;

/**
 * A government unit (Organisasi Perangkat Daerah): a dinas, badan, kecamatan or RSUD, or a sub-unit of one
 * (UPTD, Puskesmas, school) through {@link #parent()}. Everything an admin OPD sees is scoped to an OPD and its
 * sub-units. The OPD's time zone decides the work date of its ASN's events (WIB unless it says otherwise), and
 * {@link #allowsSelfActivation()} lets its ASN use their account right after registering, without verification.
 * <p>Cached by Hibernate (second level): read on every check-in, changed rarely and only through SAPO.
 */
@Entity
@Table(name = "opd")
@Cacheable
@Cache(usage = CacheConcurrencyStrategy.READ_WRITE)
public class Opd {

    public static final ZoneId DEFAULT_ZONE = ZoneId.of("Asia/Jakarta");
    public static final int MAX_CODE_LENGTH = 40;

    /** An OPD's code: 2 to 40 of A-Z, 0-9 and dashes, not starting with a dash, kept upper-case. */
    private static final Pattern CODE = Pattern.compile("[A-Z0-9][A-Z0-9-]{1,39}");

    /** {@code code} as an OPD's code (trimmed, upper-case), or empty when it cannot be one. */
    public static Optional<String> validCode(String code) {
        String checked = code == null ? "" : code.strip().toUpperCase(Locale.ROOT);
        return CODE.matcher(checked).matches() ? Optional.of(checked) : Optional.empty();
    }

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "opd_seq")
    @SequenceGenerator(name = "opd_seq", sequenceName = "opd_seq", allocationSize = 50)
    private Long id;

    @Version
    private long version;

    @Column(nullable = false, unique = true, length = MAX_CODE_LENGTH)
    private String code;

    @Column(nullable = false, length = 200)
    private String name;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "parent_id")
    private Opd parent;

    @Column(name = "self_activation", nullable = false)
    private boolean selfActivation;

    @Column(name = "zone_id", nullable = false, length = 40)
    private String zoneId = DEFAULT_ZONE.getId();

    @Column(nullable = false)
    private boolean active = true;

    protected Opd() {
        // for JPA
    }

    public Opd(String code, String name, Opd parent) {
        this.code = requireText(code, "code");
        this.name = requireText(name, "name");
        this.parent = parent;
    }

    private static String requireText(String value, String field) {
        Objects.requireNonNull(value, field);
        if (value.isBlank()) {
            throw new IllegalArgumentException(field + " must not be blank");
        }
        return value.strip();
    }

    public Long id() {
        return id;
    }

    public String code() {
        return code;
    }

    public String name() {
        return name;
    }

    public Optional<Opd> parent() {
        return Optional.ofNullable(parent);
    }

    public boolean allowsSelfActivation() {
        return selfActivation;
    }

    public ZoneId zone() {
        return ZoneId.of(zoneId);
    }

    public boolean isActive() {
        return active;
    }

    public void rename(String newName) {
        this.name = requireText(newName, "name");
    }

    public void allowSelfActivation(boolean allowed) {
        this.selfActivation = allowed;
    }

    public void moveToZone(ZoneId zone) {
        this.zoneId = Objects.requireNonNull(zone, "zone").getId();
    }

    public void attachTo(Opd newParent) {
        if (newParent != null && newParent.isSameOrDescendantOf(this)) {
            throw new IllegalArgumentException("an OPD cannot be a sub-unit of itself or of its own sub-unit");
        }
        this.parent = newParent;
    }

    /** True when this OPD is {@code other} or lies somewhere below it. */
    public boolean isSameOrDescendantOf(Opd other) {
        for (Optional<Opd> unit = Optional.of(this);
                unit.isPresent();
                unit = unit.get().parent()) {
            Long id = unit.get().id();
            if (unit.get() == other || (id != null && id.equals(other.id()))) {
                return true;
            }
        }
        return false;
    }

    /** The ids of this OPD, its parent, and so on up: whose schedules and holidays apply to its ASN, nearest first. */
    public List<Long> selfAndParentIds() {
        // through the accessors, not the fields: a parent may be a lazy proxy whose fields are empty
        List<Long> ids = new ArrayList<>();
        for (Optional<Opd> unit = Optional.of(this);
                unit.isPresent();
                unit = unit.get().parent()) {
            ids.add(unit.get().id());
        }
        return ids;
    }

    public void deactivate() {
        this.active = false;
    }

    @Override
    public String toString() {
        return code + " " + name;
    }
}
