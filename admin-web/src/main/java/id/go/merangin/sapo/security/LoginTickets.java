package id.go.merangin.sapo.security;

import jakarta.enterprise.context.ApplicationScoped;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The hand-over between SAPO's login steps and Jakarta Security: once an officer passed every step (password, and
 * the second factor where one is needed), the login page gets a ticket naming the account, and hands it to
 * Jakarta Security in the same request as the credential; {@link AccountIdentityStore} redeems it once. A ticket
 * lives a few seconds and only in this server's memory: there is no other way to be logged in.
 */
@ApplicationScoped
public class LoginTickets {

    private static final Duration LIFETIME = Duration.ofSeconds(30);
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Map<String, Ticket> tickets = new ConcurrentHashMap<>();

    private record Ticket(long accountId, Instant expires) {}

    /** A ticket for the account that passed every step. */
    String issue(long accountId) {
        Instant now = Instant.now();
        tickets.values().removeIf(ticket -> ticket.expires().isBefore(now));
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String ticket = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        tickets.put(ticket, new Ticket(accountId, now.plus(LIFETIME)));
        return ticket;
    }

    /** The account of a ticket not redeemed before and not expired; the ticket is gone afterwards. */
    Optional<Long> redeem(String ticket) {
        Ticket found = ticket == null ? null : tickets.remove(ticket);
        return found == null || found.expires().isBefore(Instant.now())
                ? Optional.empty()
                : Optional.of(found.accountId());
    }
}
