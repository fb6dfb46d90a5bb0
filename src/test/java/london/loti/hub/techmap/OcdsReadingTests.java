package london.loti.hub.techmap;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import london.loti.hub.techmap.imports.OcdsReleases;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/** An OCDS release's amounts and dates are range-checked like a register's cells: a row's error, never a 500. */
class OcdsReadingTests {

    private static OcdsReleases.Read read(String amount, String startDate) {
        String json = """
                {"releases": [{"id": "r1", "date": "2020-01-01T00:00:00Z",
                  "awards": [{"id": "a1", "title": "Housing system", "suppliers": [{"name": "Acme"}],
                              "value": {"amount": %s, "currency": "GBP"},
                              "contractPeriod": {"startDate": "%s"}}]}]}
                """.formatted(amount, startDate);
        return OcdsReleases.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), JsonMapper.builder().build(), null, "Camden");
    }

    @Test
    void aPlausibleReleaseIsRead() {
        assertThat(read("1200.5", "2020-04-01T00:00:00Z").records()).singleElement()
                .satisfies(record -> assertThat(record.totalValue()).isEqualTo(120_050L));
    }

    @Test
    void hugeAmountsAndImpossibleYearsAreRowErrors() {
        assertThat(read("99999999999999999999999", "2020-04-01T00:00:00Z").errors())
                .anySatisfy(e -> assertThat(e.message()).isEqualTo("The amount must be £1 trillion or less"));
        for (String date : new String[] {"0000-01-01T00:00:00Z", "-0001-01-01", "+99999-01-01T00:00:00Z"}) {
            assertThat(read("1", date).errors()).as(date)
                    .anySatisfy(e -> assertThat(e.message()).contains("is not a date"));
        }
    }
}
