package id.go.merangin.sapo.employee.roster;

/** One row of an uploaded file as its format reads it: the line Excel would show and its cells by position. */
interface SourceRow {

    int line();

    /** How many cells the row may have; {@link #cell(int)} beyond it answers {@link RosterCell#BLANK}. */
    int width();

    RosterCell cell(int column);
}
