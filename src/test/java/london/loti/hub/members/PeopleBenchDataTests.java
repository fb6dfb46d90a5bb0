package london.loti.hub.members;

import java.util.List;
import java.util.stream.LongStream;
import london.loti.hub.bench.Scale;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PeopleBenchDataTests {

    private final List<PeopleBenchData.Organisation> organisations = LongStream.rangeClosed(1, 60)
            .mapToObj(id -> new PeopleBenchData.Organisation(id, "org-" + id)).toList();
    private final List<PeopleBenchData.Account> accounts = List.of(
            new PeopleBenchData.Account(1, "editor@org-1.example", "Amara Brennan", 1),
            new PeopleBenchData.Account(2, "member@org-1.example", "Ben Evans", 1));

    @Test
    void theSameInputsGenerateTheSamePeopleEveryTime() {
        assertThat(PeopleBenchData.rows(Scale.TINY, organisations, accounts))
                .containsExactlyElementsOf(PeopleBenchData.rows(Scale.TINY, organisations, accounts));
    }

    @Test
    void everyAccountIsAPersonAndTheRestMakeUpTheScalesNumber() {
        List<Object[]> rows = PeopleBenchData.rows(Scale.TINY, organisations, accounts);

        assertThat(rows).hasSize(Scale.TINY.people());
        assertThat(rows.get(1)).containsExactly(1L, "Ben Evans", "", "member@org-1.example", null, 2L, rows.get(1)[6]);
        assertThat(rows.stream().skip(2).filter(r -> r[5] != null)).isEmpty();
        assertThat(rows.stream().map(r -> (Long) r[0]).distinct().count()).as("organisations with people").isGreaterThan(30);
    }
}
