package london.loti.hub.techmap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;

import java.time.LocalDate;
import java.util.List;
import london.loti.hub.accounts.Role;
import london.loti.hub.accounts.Viewer;
import london.loti.hub.search.Search;
import london.loti.hub.support.IntegrationTest;
import london.loti.hub.web.Paging;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.support.TransactionTemplate;

/** Contracts in search: found by their words with their own visibility, never with a value. */
class ContractSearchIT extends IntegrationTest {

    @Autowired
    ContractRegisterImport imports;
    @Autowired
    Search search;
    @Autowired
    ContractSearch contractSearch;
    @Autowired
    TransactionTemplate transaction;
    @Autowired
    ApplicationEventPublisher events;

    @Test
    void anImportedContractIsFoundAndItsValueIsNot() throws Exception {
        TechMapFixtures.importRegister(imports, jdbc, "sutton", "SRCH", LocalDate.now(clock).plusMonths(6));
        var hits = find("Bartec Collective", Viewer.VISITOR);
        assertThat(hits).anySatisfy(hit -> {
            assertThat(hit.kind()).isEqualTo(ContractSearch.KIND);
            assertThat(hit.organisationName()).isEqualTo("Sutton");
            assertThat(hit.url()).matches("/techmap/contracts/\\d+");
            assertThat(hit.snippet().text()).contains("Bartec").doesNotContain("£", "120000", "40000");
        });
        mvc.perform(get("/search").param("q", "Bartec Collective").param("kind", ContractSearch.KIND))
                .andExpect(content().string(containsString("/techmap/contracts/")));
    }

    @Test
    void aContractForMembersIsHiddenFromVisitorsOnceChanged() throws Exception {
        long merton = TechMapFixtures.importRegister(imports, jdbc, "merton", "MEMB", LocalDate.now(clock).plusMonths(6));
        transaction.executeWithoutResult(status -> {
            jdbc.sql("UPDATE tech_contract SET visibility = 'MEMBERS', title = 'Quillrunner permits' WHERE organisation_id = :o AND reference = 'MEMB-003'")
                    .param("o", merton).update();
            events.publishEvent(new ContractsChanged(merton, "FORM", 0, 1));
        });
        assertThat(find("Quillrunner", Viewer.VISITOR)).isEmpty();
        Viewer member = new Viewer(1L, "A member", TechMapFixtures.organisation(jdbc, "camden"), Role.MEMBER, false);
        assertThat(find("Quillrunner", member)).extracting(Search.Hit::title).containsExactly("Quillrunner permits");
    }

    @Test
    void aLargeChangeIsIndexedAfterItCommits() throws Exception {
        long kingston = TechMapFixtures.importRegister(imports, jdbc, "kingston-upon-thames", "BULK", LocalDate.now(clock).plusMonths(6));
        transaction.executeWithoutResult(status -> {
            jdbc.sql("UPDATE tech_contract SET title = 'Zephyrwick rounds' WHERE organisation_id = :o AND reference = 'BULK-004'")
                    .param("o", kingston).update();
            events.publishEvent(new ContractsChanged(kingston, "CSV", ContractSearch.INDEX_AT_ONCE + 1, 0));
        });
        contractSearch.awaitIndexed();
        assertThat(find("Zephyrwick", Viewer.VISITOR)).extracting(Search.Hit::title).containsExactly("Zephyrwick rounds");
        assertThat(find("Bartec Collective", Viewer.VISITOR)).extracting(Search.Hit::organisationName).contains("Kingston upon Thames");
    }


    private List<Search.Hit> find(String text, Viewer viewer) {
        return search.search(new Search.Query(text, ContractSearch.KIND, null, null, null), viewer, new Paging(1, 50))
                .hits().items();
    }
}
