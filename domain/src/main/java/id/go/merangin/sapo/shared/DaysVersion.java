package id.go.merangin.sapo.shared;

/**
 * The version of everything that decides what a day holds (schedules, days off, approved leave, the rule sets):
 * a number in the database that every committed {@link DaysChanged} moves on, on whichever server of a cluster it
 * was made. A server keeps what it worked out from those (see {@link KeptUntilChange}) only while the version it
 * reads is the one it kept them at, so a change made on one server is seen by the next request on every other.
 */
public interface DaysVersion {

    /** Answered to a transaction that is changing the days itself: what it works out must not be kept. */
    long DO_NOT_KEEP = -1;

    /**
     * The version committed when the caller's transaction first asked (read once per transaction), or
     * {@link #DO_NOT_KEEP} in a transaction that changes the days.
     */
    long current();
}
