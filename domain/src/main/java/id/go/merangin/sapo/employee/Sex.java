package id.go.merangin.sapo.employee;

/** The sex of an ASN as the 15th digit of the NIP records it: {@code 1} male, {@code 2} female. */
public enum Sex {
    MALE,
    FEMALE
}
