package london.loti.hub.techmap;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import london.loti.hub.techmap.web.ICalendar;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ICalendarTests {

    private final OffsetDateTime stamp = OffsetDateTime.of(2026, 3, 1, 10, 0, 0, 0, ZoneOffset.ofHours(1));

    @Test
    void linesEndWithCrlfAndAnAllDayEventSpansOneDay() {
        String feed = new ICalendar("Camden renewals").event("c-1@loti-hub", stamp, LocalDate.of(2027, 3, 31),
                "Camden: Uniform ends", null, "https://hub.example/techmap/contracts/1").end();
        assertThat(feed).startsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n").endsWith("END:VCALENDAR\r\n");
        assertThat(feed.replace("\r\n", "")).doesNotContain("\n", "\r");
        assertThat(feed).contains("DTSTART;VALUE=DATE:20270331\r\n", "DTEND;VALUE=DATE:20270401\r\n",
                "DTSTAMP:20260301T090000Z\r\n");
    }

    @Test
    void textIsEscaped() {
        String feed = new ICalendar("x").event("u", stamp, LocalDate.of(2027, 1, 1), "Revenues, benefits; and\\more",
                "line one\nline two", null).end();
        assertThat(feed).contains("SUMMARY:Revenues\\, benefits\\; and\\\\more\r\n", "DESCRIPTION:line one\\nline two\r\n");
    }

    @Test
    void longLinesAreFoldedAtSeventyFiveOctetsWithoutSplittingACharacter() {
        String summary = "Hammersmith and Fulham: “Liquidlogic Children’s Social Care System” — renewal of the contract £";
        String feed = new ICalendar("x").event("u", stamp, LocalDate.of(2027, 1, 1), summary + summary, null, null).end();
        for (String line : feed.split("\r\n")) {
            assertThat(line.getBytes(StandardCharsets.UTF_8).length).as(line).isLessThanOrEqualTo(75);
        }
        String unfolded = feed.replace("\r\n ", "");
        assertThat(unfolded).contains("SUMMARY:" + ICalendarText.escape(summary + summary));
    }

    /** The same escaping, written out for the test. */
    static final class ICalendarText {
        static String escape(String text) {
            return text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,");
        }
    }
}
