package id.go.merangin.sapo.audit;

import id.go.merangin.sapo.shared.Formats;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * An audit line in an officer's words: the action's label, who did it (name, login and role), the record it was
 * done to (an ASN's name and NIP, an OPD's name, a month by name) and its facts, each labelled, with dates as
 * dd/MM/yyyy, moments in WIB and percentages in the officer's language. Lines written before details were
 * structured are shown as written, with their ISO dates rewritten.
 */
public final class AuditText {

    private static final Pattern ISO_MOMENT =
            Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2}(\\.\\d{1,9})?)?(Z|[+-]\\d{2}:\\d{2})");
    private static final Pattern ISO_DATE = Pattern.compile("\\b\\d{4}-\\d{2}-\\d{2}\\b");
    private static final Pattern MONTH = Pattern.compile("\\d{4}-\\d{2}");
    private static final Pattern LEGACY_MONTH = Pattern.compile("\\b\\d{4}-(0[1-9]|1[0-2])\\b");
    private static final Pattern CLOCK = Pattern.compile("(\\d{2}:\\d{2})(:\\d{2}(\\.\\d+)?)?");
    private static final Pattern PERCENT = Pattern.compile("(-?\\d+(\\.\\d+)?) %");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    /** Facts whose value is a code that the bundle names, by the prefix of those names. */
    private static final Map<String, String> CODES = Map.of(
            "status",
            "account.status.",
            "role",
            "role.",
            "holidayType",
            "holiday.type.",
            "leaveType",
            "leave.type.",
            "eventType",
            "event.type.",
            "shape",
            "audit.shape.");

    private static final Set<String> COUNTS = Set.of(
            "wrongPasswords",
            "created",
            "changed",
            "unchanged",
            "refused",
            "tokensRevoked",
            "vertices",
            "recoveryCodes");

    private final ResourceBundle messages;
    private final Locale locale;

    public AuditText(ResourceBundle messages, Locale locale) {
        this.messages = messages;
        this.locale = locale;
    }

    /** The action's label ("Bulan dikunci"); an action without one as its code. */
    public String action(String code) {
        return label("audit.action." + code, code);
    }

    /** "Dwi Lestari (198703112011012001) · ASN"; "Sistem" for what timers and start-up did. */
    public String actor(AuditEntryView entry) {
        if ("system".equals(entry.actor())) {
            return messages.getString("audit.system");
        }
        String roles = entry.actorRoles().stream()
                .map(role -> label("role." + role, role))
                .collect(Collectors.joining(", "));
        String who = entry.actorName() == null ? entry.actor() : entry.actorName() + " (" + entry.actor() + ")";
        return roles.isEmpty() ? who : who + " · " + roles;
    }

    /** "ASN: Dwi Lestari · NIP 198703112011012001", "OPD: Dinas …", "Bulan: Maret 2026"; "Akun #48" if gone. */
    public String target(AuditEntryView entry) {
        String kind = label("audit.type." + entry.entityType(), entry.entityType());
        if ("Month".equals(entry.entityType())) {
            return kind + ": " + Formats.month(entry.entityId(), locale);
        }
        if ("RuleSet".equals(entry.entityType()) || "DeductionRules".equals(entry.entityType())) {
            return kind + ": " + entry.entityId();
        }
        if (entry.targetName() == null) {
            return entry.entityId() == null ? kind : kind + " #" + entry.entityId();
        }
        String code = entry.targetCode() == null ? "" : " · " + codeOf(entry.targetCode());
        return kind + ": " + entry.targetName() + code;
    }

    /** "Tanggal: 17/08/2026; Nama: HUT RI": each fact labelled; an old line's text with its dates rewritten. */
    public String detail(AuditEntryView entry) {
        return entry.details().stream().map(this::fact).collect(Collectors.joining("; "));
    }

    private String fact(AuditDetail.Field field) {
        if (field.name() == null) {
            return rewriteDates(field.value());
        }
        return label("audit.field." + field.name(), field.name()) + ": " + value(field.name(), field.value());
    }

    private String value(String name, String value) {
        if (CODES.containsKey(name)) {
            return label(CODES.get(name) + value, value);
        }
        if ("true".equals(value) || "false".equals(value)) {
            return messages.getString("true".equals(value) ? "common.yes" : "common.no");
        }
        if ("radiusM".equals(name)) {
            return Formats.metres(Double.valueOf(value), locale);
        }
        if (COUNTS.contains(name) && value.matches("\\d{1,15}")) {
            return Formats.count(Long.valueOf(value), locale);
        }
        Matcher percent = PERCENT.matcher(value);
        if (percent.matches()) {
            return Formats.percent(new java.math.BigDecimal(percent.group(1)), locale);
        }
        if (MONTH.matcher(value).matches()) {
            return Formats.month(value, locale);
        }
        Matcher clock = CLOCK.matcher(value);
        if (clock.matches()) {
            return clock.group(1);
        }
        return rewriteDates(value);
    }

    /** ISO moments as "02/03/2026 07:25 WIB", dates as "02/03/2026", months by name, wherever they stand. */
    private String rewriteDates(String text) {
        String moments = ISO_MOMENT.matcher(text).replaceAll(match -> {
            try {
                return Matcher.quoteReplacement(Formats.dateTimeWib(
                        java.time.OffsetDateTime.parse(match.group()).toInstant()));
            } catch (DateTimeParseException e) {
                return Matcher.quoteReplacement(match.group());
            }
        });
        String dates = ISO_DATE.matcher(moments).replaceAll(match -> {
            try {
                return DATE.format(LocalDate.parse(match.group()));
            } catch (DateTimeParseException e) {
                return match.group();
            }
        });
        return LEGACY_MONTH
                .matcher(dates)
                .replaceAll(match -> Matcher.quoteReplacement(Formats.month(match.group(), locale)));
    }

    private String codeOf(String code) {
        return code.matches("\\d{18}") ? "NIP " + code : code;
    }

    private String label(String key, String otherwise) {
        return messages.containsKey(key) ? messages.getString(key) : otherwise;
    }

    /** The texts of one line, for the table. */
    public record Line(
            long id,
            Instant occurredAt,
            String action,
            String actor,
            String target,
            String detail,
            String sourceAddress)
            implements java.io.Serializable {}

    public Line line(AuditEntryView entry) {
        return new Line(
                entry.id(),
                entry.occurredAt(),
                action(entry.action()),
                actor(entry),
                target(entry),
                detail(entry),
                entry.sourceAddress());
    }

    /** An action the filter offers. */
    public record Action(String code, String label) implements java.io.Serializable {}

    /** The actions that have a label, by label, for the filter ("audit.action.any" is the filter's own word). */
    public List<Action> actions() {
        return messages.keySet().stream()
                .filter(key -> key.startsWith("audit.action.") && !key.equals("audit.action.any"))
                .map(key -> new Action(key.substring("audit.action.".length()), messages.getString(key)))
                .sorted(java.util.Comparator.comparing(Action::label))
                .toList();
    }
}
