package id.go.merangin.sapo.employee;

import java.time.LocalDate;

/** What an ASN sends to register from the app: who they are, how to log in, their phone and a profile photo. */
public record Registration(
        String nip,
        LocalDate birthDate,
        String activationCode,
        String email,
        char[] password,
        String deviceId,
        String deviceModel,
        byte[] photo) {}
