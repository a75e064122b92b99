package id.go.merangin.sapo.audit;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/**
 * One line of the audit log as the screens show it: the actor's login with the name and roles of the account behind
 * it, the record acted on with the name (and NIP, login or code) it has now, and the detail as named facts, for the
 * screen to write in the officer's language.
 *
 * @param actorName the account's display name or the ASN's name; {@code null} for "system" or an unknown login
 * @param actorRoles the account's roles (ASN, ADMIN_OPD, …), empty where unknown
 * @param targetName the record's name now (an ASN, an OPD, a location, a rules version); {@code null} if unknown
 * @param targetCode what identifies it to an officer: an ASN's NIP, an officer's login, an OPD's code
 */
public record AuditEntryView(
        long id,
        Instant occurredAt,
        String actor,
        String actorName,
        List<String> actorRoles,
        String action,
        String entityType,
        String entityId,
        String targetName,
        String targetCode,
        List<AuditDetail.Field> details,
        String sourceAddress)
        implements Serializable {}
