package london.loti.hub.web;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Dates and times as GOV.UK writes them, in London time. */
public final class Formats {

    public static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("d MMMM yyyy 'at' h:mma", Locale.UK);

    private Formats() {
    }

    public static String date(LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }

    public static String dateTime(OffsetDateTime time) {
        return time == null ? "" : DATE_TIME.format(time.atZoneSameInstant(LONDON)).replace("AM", "am").replace("PM", "pm");
    }
}
