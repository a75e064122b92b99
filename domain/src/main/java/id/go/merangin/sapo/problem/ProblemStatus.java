package id.go.merangin.sapo.problem;

/** Where a problem report stands: waiting for the admin, answered, or closed. */
public enum ProblemStatus {
    OPEN,
    ANSWERED,
    CLOSED
}
