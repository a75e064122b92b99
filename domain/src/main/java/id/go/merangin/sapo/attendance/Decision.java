package id.go.merangin.sapo.attendance;

/** Whether an attempt became an attendance event, or was refused and kept only for review. */
public enum Decision {
    ACCEPTED,
    REFUSED
}
