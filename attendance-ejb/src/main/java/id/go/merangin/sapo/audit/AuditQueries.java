package id.go.merangin.sapo.audit;

import id.go.merangin.sapo.organization.Opd;
import id.go.merangin.sapo.platform.Paging;
import id.go.merangin.sapo.shared.InvalidInputException;
import id.go.merangin.sapo.shared.ProblemCode;
import id.go.merangin.sapo.shared.SearchText;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Reading the audit log, BKPSDMD's alone: one page at a time, newest first, filtered by who, what and when. The
 * page is cut in the database; only its actors and records are then looked up (one query per kind of record), so
 * that the screen can name them. The role is checked here, whatever screen asks.
 */
@Stateless
@RolesAllowed("BKPSDMD")
public class AuditQueries {

    /** The name and the identifying code of a record, as an officer knows it. */
    private record Named(String name, String code) {}

    private record Actor(String name, List<String> roles) {}

    @PersistenceContext
    EntityManager em;

    public List<AuditEntryView> page(int first, int size, AuditFilter filter) {
        TypedQuery<AuditEntry> query = em.createQuery(
                "select a from AuditEntry a" + where(filter) + " order by a.occurredAt desc, a.id desc",
                AuditEntry.class);
        bind(query, filter);
        List<AuditEntry> entries = Paging.page(query, first, size).getResultList();
        Map<String, Actor> actors = actors(entries);
        Map<String, Map<String, Named>> targets = targets(entries);
        return entries.stream().map(entry -> view(entry, actors, targets)).toList();
    }

    public long count(AuditFilter filter) {
        TypedQuery<Long> query = em.createQuery("select count(a) from AuditEntry a" + where(filter), Long.class);
        bind(query, filter);
        return query.getSingleResult();
    }

    private static AuditEntryView view(
            AuditEntry entry, Map<String, Actor> actors, Map<String, Map<String, Named>> targets) {
        Actor actor = actors.get(entry.actor());
        Named target = entry.entityId()
                .map(id -> targets.getOrDefault(entry.entityType(), Map.of()).get(id))
                .orElse(null);
        return new AuditEntryView(
                entry.id(),
                entry.occurredAt(),
                entry.actor(),
                actor == null ? null : actor.name(),
                actor == null ? List.of() : actor.roles(),
                entry.action(),
                entry.entityType(),
                entry.entityId().orElse(null),
                target == null ? null : target.name(),
                target == null ? null : target.code(),
                AuditDetail.parse(entry.detail().orElse(null)),
                entry.sourceAddress().orElse(null));
    }

    /** The name and roles of each account that acted on the page: the ASN's name where the account is an ASN's. */
    private Map<String, Actor> actors(List<AuditEntry> entries) {
        Set<String> usernames = entries.stream().map(AuditEntry::actor).collect(Collectors.toSet());
        Map<String, Actor> actors = new HashMap<>();
        if (usernames.isEmpty()) {
            return actors;
        }
        List<Object[]> rows = em.createQuery(
                        "select acc.username, coalesce(e.name, acc.displayName), r"
                                + " from Account acc left join acc.employee e left join acc.roles r"
                                + " where acc.username in :usernames",
                        Object[].class)
                .setParameter("usernames", usernames)
                .getResultList();
        Map<String, Set<String>> roles = new HashMap<>();
        Map<String, String> names = new HashMap<>();
        for (Object[] row : rows) {
            names.put((String) row[0], (String) row[1]);
            Set<String> of = roles.computeIfAbsent((String) row[0], name -> new TreeSet<>());
            if (row[2] != null) {
                of.add(row[2].toString());
            }
        }
        names.forEach((username, name) -> actors.put(username, new Actor(name, List.copyOf(roles.get(username)))));
        return actors;
    }

    /** For each kind of record on the page, the name and code of each record by its id. */
    private Map<String, Map<String, Named>> targets(List<AuditEntry> entries) {
        Map<String, Set<Long>> ids = new HashMap<>();
        Map<String, Map<String, Named>> targets = new HashMap<>();
        for (AuditEntry entry : entries) {
            entry.entityId()
                    .filter(id -> id.matches("\\d{1,18}"))
                    .ifPresent(id -> ids.computeIfAbsent(entry.entityType(), type -> new TreeSet<>())
                            .add(Long.valueOf(id)));
        }
        ids.forEach((type, of) -> {
            String jpql = switch (type) {
                case "Account" ->
                    "select x.id, coalesce(e.name, x.displayName), coalesce(e.nip, x.username)"
                            + " from Account x left join x.employee e where x.id in :ids";
                case "Employee" -> "select x.id, x.name, x.nip from Employee x where x.id in :ids";
                case "Opd" -> "select x.id, x.name, x.code from Opd x where x.id in :ids";
                case "LeaveRequest", "ProblemReport", "AttendanceEvent" ->
                    "select x.id, e.name, e.nip from " + type + " x join x.employee e where x.id in :ids";
                case "OfficeLocation" ->
                    "select x.id, x.name, o.name from OfficeLocation x join x.opd o" + " where x.id in :ids";
                case "WorkSchedule" ->
                    "select x.id, x.name, cast(null as String) from WorkSchedule x" + " where x.id in :ids";
                case "Holiday" -> "select x.id, x.name, cast(null as String) from Holiday x where x.id in :ids";
                default -> null;
            };
            if (jpql != null) {
                Map<String, Named> named = new HashMap<>();
                for (Object[] row : em.createQuery(jpql, Object[].class)
                        .setParameter("ids", of)
                        .getResultList()) {
                    named.put(row[0].toString(), new Named((String) row[1], (String) row[2]));
                }
                targets.put(type, named);
            }
        });
        return targets;
    }

    private static String where(AuditFilter filter) {
        if (!filter.isValid()) {
            throw new InvalidInputException(
                    ProblemCode.INVALID_AUDIT_PERIOD,
                    "the log is read from " + filter.from() + " until " + filter.until() + ", which runs backwards");
        }
        StringBuilder where = new StringBuilder(" where 1 = 1");
        if (SearchText.present(filter.actor())) {
            where.append(" and (lower(a.actor) like :actor escape '\\' or a.actor in (select acc.username"
                    + " from Account acc left join acc.employee e"
                    + " where lower(coalesce(e.name, acc.displayName)) like :actor escape '\\'))");
        }
        if (SearchText.present(filter.action())) {
            where.append(" and a.action = :action");
        }
        if (filter.from() != null) {
            where.append(" and a.occurredAt >= :from");
        }
        if (filter.until() != null) {
            where.append(" and a.occurredAt < :until");
        }
        return where.toString();
    }

    private static void bind(TypedQuery<?> query, AuditFilter filter) {
        if (SearchText.present(filter.actor())) {
            query.setParameter("actor", SearchText.containing(filter.actor()));
        }
        if (SearchText.present(filter.action())) {
            query.setParameter("action", filter.action().strip().toUpperCase(Locale.ROOT));
        }
        if (filter.from() != null) {
            query.setParameter("from", startOf(filter.from()));
        }
        if (filter.until() != null) {
            query.setParameter("until", startOf(filter.until().plusDays(1)));
        }
    }

    /** Midnight of a day in the regency's zone, where the officer's days begin. */
    private static Instant startOf(LocalDate day) {
        return day.atStartOfDay(Opd.DEFAULT_ZONE).toInstant();
    }
}
