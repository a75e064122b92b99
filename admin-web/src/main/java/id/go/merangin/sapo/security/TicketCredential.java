package id.go.merangin.sapo.security;

import jakarta.security.enterprise.credential.Credential;

/** What the login page hands to Jakarta Security once the officer passed every step: a {@link LoginTickets} ticket. */
record TicketCredential(String ticket) implements Credential {}
