package london.loti.hub.techmap.web;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * An iCalendar (RFC 5545) feed written by hand: CRLF line ends, lines folded at 75 octets without splitting a
 * UTF-8 character, and text escaped. Thirty lines do not need a library.
 */
public final class ICalendar {

    private static final DateTimeFormatter DATE = DateTimeFormatter.BASIC_ISO_DATE;
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'");

    private final StringBuilder out = new StringBuilder();

    public ICalendar(String name) {
        line("BEGIN:VCALENDAR");
        line("VERSION:2.0");
        line("PRODID:-//London Office of Technology and Innovation//LOTI Hub//EN");
        line("CALSCALE:GREGORIAN");
        line("METHOD:PUBLISH");
        line("X-WR-CALNAME:" + text(name));
    }

    /** An all-day event. */
    public ICalendar event(String uid, OffsetDateTime stamp, LocalDate day, String summary, String description, String url) {
        line("BEGIN:VEVENT");
        line("UID:" + text(uid));
        line("DTSTAMP:" + STAMP.format(stamp.withOffsetSameInstant(ZoneOffset.UTC)));
        line("DTSTART;VALUE=DATE:" + DATE.format(day));
        line("DTEND;VALUE=DATE:" + DATE.format(day.plusDays(1)));
        line("SUMMARY:" + text(summary));
        if (description != null && !description.isBlank()) {
            line("DESCRIPTION:" + text(description));
        }
        if (url != null) {
            line("URL:" + url);
        }
        line("TRANSP:TRANSPARENT");
        line("END:VEVENT");
        return this;
    }

    public String end() {
        line("END:VCALENDAR");
        return out.toString();
    }

    /** Escapes a TEXT value: backslash, semicolon, comma and line breaks. */
    static String text(String value) {
        return value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
                .replace("\r\n", "\\n").replace("\n", "\\n").replace("\r", "\\n");
    }

    /** Writes a content line, folded so that no line is longer than 75 octets. */
    private void line(String content) {
        out.append(fold(content)).append("\r\n");
    }

    static String fold(String content) {
        StringBuilder folded = new StringBuilder();
        int octets = 0;
        int limit = 75;
        for (int i = 0; i < content.length(); ) {
            int codePoint = content.codePointAt(i);
            String character = new String(Character.toChars(codePoint));
            int size = character.getBytes(StandardCharsets.UTF_8).length;
            if (octets + size > limit) {
                folded.append("\r\n ");
                octets = 1;
            }
            folded.append(character);
            octets += size;
            i += Character.charCount(codePoint);
        }
        return folded.toString();
    }
}
