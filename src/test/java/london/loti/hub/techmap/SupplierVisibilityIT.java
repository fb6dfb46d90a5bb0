package london.loti.hub.techmap;

import java.nio.charset.StandardCharsets;
import london.loti.hub.accounts.Visibility;
import london.loti.hub.members.Organisations;
import london.loti.hub.support.IntegrationTest;
import london.loti.hub.techmap.web.ContractService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * A supplier or product is named only to those who may see one of its contracts; and what people type in the
 * product and supplier searches is matched as it is, '%' and '_' included.
 */
class SupplierVisibilityIT extends IntegrationTest {

    @Autowired
    ContractService contracts;

    @Autowired
    Organisations organisations;

    @Autowired
    UserDetailsService accounts;

    @BeforeEach
    void setUp() {
        var camden = organisations.find("camden").orElseThrow();
        var editor = TechMapFixtures.editorOf(jdbc, "camden");
        contracts.save(camden, contract("VIS-1", "Quiet System Nine", "Hush Hush Ltd", Visibility.ORGANISATION), true, editor);
        contracts.save(camden, contract("VIS-2", "Members Suite", "Members Only Supply Ltd", Visibility.MEMBERS), true, editor);
        contracts.save(camden, contract("VIS-3", "Half_Half 50% Suite", "Fifty_Fifty 100% Ltd", Visibility.PUBLIC), true, editor);
    }

    @AfterEach
    void cleanUp() {
        jdbc.sql("DELETE FROM tech_contract WHERE reference LIKE 'VIS-%'").update();
        jdbc.sql("DELETE FROM tech_supplier WHERE name IN ('Hush Hush Ltd', 'Members Only Supply Ltd', 'Fifty_Fifty 100% Ltd')").update();
        jdbc.sql("DELETE FROM tech_product WHERE name IN ('Quiet System Nine', 'Members Suite', 'Half_Half 50% Suite')").update();
        jdbc.sql("""
                DELETE FROM search_document WHERE kind = 'contract'
                   AND record_id NOT IN (SELECT CAST(id AS text) FROM tech_contract)""").update();
        jdbc.sql("DELETE FROM audit_event WHERE kind = 'contract' AND summary LIKE '%VIS-%'").update();
    }

    static ContractRecord contract(String reference, String product, String supplier, Visibility visibility) {
        return new ContractRecord(reference, "Contract " + reference, "", "Housing", ServiceArea.HOUSING,
                ServiceArea.HOUSING.category(), null, product, null, supplier, null, null, null, null, null, null, null,
                null, null, null, null, "", null, "", visibility, Visibility.MEMBERS);
    }

    String body(String path, String email) throws Exception {
        var request = get(java.net.URI.create(path));
        if (email != null) {
            request.with(user(accounts.loadUserByUsername(email)));
        }
        return mvc.perform(request).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    int status(String path, String email) throws Exception {
        var request = get(java.net.URI.create(path));
        if (email != null) {
            request.with(user(accounts.loadUserByUsername(email)));
        }
        return mvc.perform(request).andReturn().getResponse().getStatus();
    }

    long supplierId(String name) {
        return jdbc.sql("SELECT id FROM tech_supplier WHERE name = :n").param("n", name).query(Long.class).single();
    }

    long productId(String name) {
        return jdbc.sql("SELECT id FROM tech_product WHERE name = :n").param("n", name).query(Long.class).single();
    }

    @Test
    void aSupplierOrProductKnownOnlyFromHiddenContractsIsNamedToNoOneWhoCannotSeeThem() throws Exception {
        long hush = supplierId("Hush Hush Ltd");
        long quiet = productId("Quiet System Nine");
        for (String outsider : new String[] {null, "editor@hackney.example", "member@hackney.example"}) {
            assertThat(body("/techmap/suppliers?q=Hush", outsider)).as("%s", outsider).doesNotContain("Hush Hush");
            assertThat(body("/api/v1/techmap/suppliers?q=Hush", outsider)).contains("\"totalItems\":0");
            assertThat(status("/techmap/suppliers/" + hush, outsider)).isEqualTo(404);
            assertThat(body("/techmap/products?q=Quiet", outsider)).doesNotContain("Quiet System");
            assertThat(body("/api/v1/techmap/products?q=Quiet", outsider)).contains("\"totalItems\":0");
            assertThat(status("/techmap/products/" + quiet, outsider)).isEqualTo(404);
            assertThat(body("/search?q=Hush", outsider)).doesNotContain("Hush Hush");
            assertThat(body("/techmap/councils/camden/contracts.csv", outsider)).doesNotContain("Hush Hush");
        }
        for (String insider : new String[] {"member@camden.example", "editor@camden.example", "priya.shah@loti.example"}) {
            assertThat(body("/techmap/suppliers?q=Hush", insider)).as(insider).contains("Hush Hush Ltd");
            assertThat(status("/techmap/suppliers/" + hush, insider)).isEqualTo(200);
            assertThat(body("/api/v1/techmap/products?q=Quiet", insider)).contains("Quiet System Nine");
        }

        long members = supplierId("Members Only Supply Ltd");
        assertThat(body("/techmap/suppliers?q=Members%20Only", null)).doesNotContain("Members Only Supply");
        assertThat(status("/techmap/suppliers/" + members, null)).isEqualTo(404);
        assertThat(body("/techmap/suppliers?q=Members%20Only", "member@hackney.example")).contains("Members Only Supply Ltd");
        assertThat(status("/techmap/suppliers/" + members, "member@hackney.example")).isEqualTo(200);
    }

    @Test
    void percentUnderscoreAndBackslashAreMatchedAsTheyAre() throws Exception {
        String admin = "priya.shah@loti.example";
        long allSuppliers = jdbc.sql("SELECT count(*) FROM tech_supplier").query(Long.class).single();
        assertThat(allSuppliers).isGreaterThan(3);
        assertThat(body("/api/v1/techmap/suppliers?q=%25", admin)).contains("\"totalItems\":1", "Fifty_Fifty 100% Ltd");
        assertThat(body("/api/v1/techmap/suppliers?q=_", admin)).contains("\"totalItems\":1", "Fifty_Fifty 100% Ltd");
        assertThat(body("/api/v1/techmap/suppliers?q=y_F", admin)).contains("\"totalItems\":1");
        assertThat(body("/api/v1/techmap/suppliers?q=Fifty%25Fifty", admin)).contains("\"totalItems\":0");
        assertThat(body("/api/v1/techmap/suppliers?q=%5C", admin)).contains("\"totalItems\":0");
        assertThat(body("/techmap/suppliers?q=%25", null)).contains("Fifty_Fifty 100% Ltd").contains("of 1 suppliers");
        assertThat(body("/api/v1/techmap/products?q=%25", admin)).contains("\"totalItems\":1", "Half_Half 50% Suite");
        assertThat(body("/api/v1/techmap/products?q=_", null)).contains("\"totalItems\":1");
        assertThat(body("/api/v1/techmap/products?q=Half%25Suite", null)).contains("\"totalItems\":0");
    }
}
