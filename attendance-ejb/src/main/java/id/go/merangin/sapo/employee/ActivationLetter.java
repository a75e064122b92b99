package id.go.merangin.sapo.employee;

import java.time.Instant;

/** What the admin OPD hands an ASN so that they can register: who they are, their code, and until when it works. */
public record ActivationLetter(String nip, String name, String opdName, String code, Instant expiresAt) {}
