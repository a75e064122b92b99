package id.go.merangin.sapo.shared;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** Dates and times as every screen shows them: dd/MM/yyyy, 24-hour clock, WIB. */
@Named("fmt")
@ApplicationScoped
public class Formats {

    public static final ZoneId WIB = ZoneId.of("Asia/Jakarta");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm:ss")
            .withZone(WIB);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss").withZone(WIB);

    public String date(LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }

    public String dateTime(Instant moment) {
        return moment == null ? "" : DATE_TIME.format(moment);
    }

    public String time(Instant moment) {
        return moment == null ? "" : TIME.format(moment);
    }

    /** Metres, rounded, as "42 m". */
    public String metres(Double metres) {
        return metres == null ? "" : Math.round(metres) + " m";
    }
}
