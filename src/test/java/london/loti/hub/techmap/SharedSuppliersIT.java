package london.loti.hub.techmap;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import london.loti.hub.accounts.Role;
import london.loti.hub.accounts.Viewer;
import london.loti.hub.members.Organisation;
import london.loti.hub.members.Organisations;
import london.loti.hub.support.IntegrationTest;
import london.loti.hub.techmap.imports.RegisterImports;
import london.loti.hub.techmap.web.SupplierClaims;
import london.loti.hub.web.InvalidInputException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Suppliers are shared by every council: a council's import or API push creates the suppliers it names first, but
 * its different numbers and flags for an existing one wait as its claims until an admin accepts them.
 */
class SharedSuppliersIT extends IntegrationTest {

    private static final String IDOX = "Idox Software Ltd";

    @Autowired
    RegisterImports imports;

    @Autowired
    SupplierClaims claims;

    @Autowired
    Organisations organisations;

    @Autowired
    UserDetailsService accounts;

    Organisation camden;
    Viewer editor;
    Map<String, Object> idoxBefore;

    @BeforeEach
    void setUp() {
        camden = organisations.find("camden").orElseThrow();
        editor = TechMapFixtures.editorOf(jdbc, "camden");
        idoxBefore = idox();
        jdbc.sql("DELETE FROM tech_supplier_claim").update();
    }

    @AfterEach
    void cleanUp() {
        jdbc.sql("DELETE FROM tech_contract WHERE reference LIKE 'SUP-%'").update();
        jdbc.sql("DELETE FROM tech_supplier_claim").update();
        jdbc.sql("DELETE FROM tech_supplier WHERE name = 'Brand New Digital Ltd'").update();
        jdbc.sql("""
                UPDATE tech_supplier SET sme = :sme, voluntary = :voluntary, companies_house_number = :ch,
                       charity_number = :charity WHERE name = :name""")
                .param("sme", idoxBefore.get("sme")).param("voluntary", idoxBefore.get("voluntary"))
                .param("ch", idoxBefore.get("companies_house_number")).param("charity", idoxBefore.get("charity_number"))
                .param("name", IDOX).update();
        jdbc.sql("SELECT lo_unlink(file_oid) FROM contract_import WHERE file_oid IS NOT NULL").query(Integer.class).list();
        jdbc.sql("DELETE FROM contract_import").update();
        jdbc.sql("DELETE FROM contract_import_mapping").update();
        jdbc.sql("DELETE FROM audit_event WHERE kind IN ('contract-import', 'supplier')").update();
    }

    Map<String, Object> idox() {
        return jdbc.sql("SELECT id, sme, voluntary, companies_house_number, charity_number FROM tech_supplier WHERE name = :n")
                .param("n", IDOX).query().singleRow();
    }

    long idoxId() {
        return ((Number) idoxBefore.get("id")).longValue();
    }

    /** field → value of the council's claims about Idox. */
    Map<String, String> claimsOf(String slug) {
        return jdbc.sql("""
                SELECT field, value FROM tech_supplier_claim WHERE supplier_id = :s AND organisation_id = :o""")
                .param("s", idoxId()).param("o", TechMapFixtures.organisation(jdbc, slug))
                .query((rs, n) -> Map.entry(rs.getString(1), rs.getString(2))).list().stream()
                .collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    long upload(String csv) {
        return imports.upload(camden, "register.csv", new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), editor);
    }

    Viewer admin() {
        long account = jdbc.sql("SELECT id FROM user_account WHERE email = 'priya.shah@loti.example'").query(Long.class).single();
        return new Viewer(account, "Priya Shah", TechMapFixtures.organisation(jdbc, "london-councils"), Role.ADMIN, false);
    }

    private static final String REGISTER = """
            Reference,Title,Supplier Name,Companies House Number,SME (Y/N),VCSE (Y/N)
            SUP-1,Planning system,Idox Software Ltd,02933191,Y,Y
            SUP-2,Digital support,Brand New Digital Ltd,12345678,Y,N
            """;

    @Test
    void aCouncilsImportCreatesNewSuppliersButOnlyClaimsChangesToASharedOne() throws Exception {
        assertThat(idoxBefore).containsEntry("sme", false).containsEntry("voluntary", false)
                .containsEntry("companies_house_number", null);
        long id = upload(REGISTER);
        assertThat(imports.find(camden, id).ready()).isTrue();
        assertThat(claimsOf("camden")).as("a check claims nothing").isEmpty();
        var result = imports.commit(camden, id, editor);
        assertThat(result.committed()).isTrue();
        assertThat(result.created()).isEqualTo(2);

        assertThat(idox()).isEqualTo(idoxBefore);
        assertThat(claimsOf("camden")).containsExactlyInAnyOrderEntriesOf(Map.of("COMPANIES_HOUSE_NUMBER", "02933191",
                "SME", "true", "VOLUNTARY", "true"));
        assertThat(jdbc.sql("SELECT companies_house_number || ' ' || sme || ' ' || voluntary FROM tech_supplier WHERE name = 'Brand New Digital Ltd'")
                .query(String.class).single()).isEqualTo("12345678 true false");
        assertThat(jdbc.sql("SELECT count(*) FROM tech_supplier_claim cl JOIN tech_supplier s ON s.id = cl.supplier_id WHERE s.name = 'Brand New Digital Ltd'")
                .query(Long.class).single()).isZero();
        assertThat(mvc.perform(get("/techmap/councils/camden/imports/" + id)
                        .with(user(accounts.loadUserByUsername("editor@camden.example"))))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8))
                .as("the council is told its values wait as claims").contains("3 claims wait for review");
        String claimedAt = jdbc.sql("SELECT CAST(max(claimed_at) AS text) FROM tech_supplier_claim").query(String.class).single();

        assertThat(imports.commit(camden, upload(REGISTER), editor).unchanged()).isEqualTo(2);
        assertThat(claimsOf("camden")).hasSize(3);
        assertThat(jdbc.sql("SELECT CAST(max(claimed_at) AS text) FROM tech_supplier_claim").query(String.class).single())
                .as("the same claims again are not claimed anew").isEqualTo(claimedAt);

        imports.commit(camden, upload(REGISTER.replace(",Y,Y", ",N,Y")), editor);
        assertThat(claimsOf("camden")).as("agreeing with the supplier withdraws the claim")
                .containsOnlyKeys("COMPANIES_HOUSE_NUMBER", "VOLUNTARY");
    }

    @Test
    void anAdminAcceptsAClaimWhichChangesTheSupplierAndIsAuditedOrDismissesOne() throws Exception {
        imports.commit(camden, upload(REGISTER), editor);
        long sme = claimId("SME");
        assertThatThrownBy(() -> claims.accept(sme, editor)).isInstanceOf(AccessDeniedException.class);
        mvc.perform(post("/admin/supplier-claims/" + sme + "/accept").with(csrf())
                .with(user(accounts.loadUserByUsername("editor@camden.example")))).andExpect(status().isForbidden());
        assertThat(idox()).isEqualTo(idoxBefore);

        var admin = user(accounts.loadUserByUsername("priya.shah@loti.example"));
        String page = mvc.perform(get("/admin/supplier-claims").with(admin)).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains(IDOX, "Camden", "02933191", "Small or medium enterprise");
        assertThat(mvc.perform(get("/techmap/suppliers/" + idoxId()).with(admin)).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8)).contains("3 claims to review");

        mvc.perform(post("/admin/supplier-claims/" + sme + "/accept").with(csrf()).with(admin).param("supplier", ""))
                .andExpect(status().is3xxRedirection());
        assertThat(idox()).containsEntry("sme", true).containsEntry("voluntary", false).containsEntry("companies_house_number", null);
        assertThat(claimsOf("camden")).containsOnlyKeys("COMPANIES_HOUSE_NUMBER", "VOLUNTARY");
        assertThat(jdbc.sql("SELECT summary FROM audit_event WHERE kind = 'supplier' AND action = 'claim-accepted'")
                .query(String.class).single()).contains("Camden", "Small or medium enterprise", IDOX, "Yes (was No)");

        claims.dismiss(claimId("VOLUNTARY"), admin());
        assertThat(idox()).containsEntry("voluntary", false);
        assertThat(claimsOf("camden")).containsOnlyKeys("COMPANIES_HOUSE_NUMBER");
        assertThat(jdbc.sql("SELECT count(*) FROM audit_event WHERE kind = 'supplier' AND action = 'claim-dismissed'")
                .query(Long.class).single()).isEqualTo(1);
        mvc.perform(post("/admin/supplier-claims/" + sme + "/accept").with(csrf()).with(admin)).andExpect(status().isNotFound());
    }

    @Test
    void anApiPushLikewiseLeavesTheSharedSupplierAndRecordsAClaim() throws Exception {
        String batch = """
                {"contracts": [{"reference": "SUP-API-1", "title": "Planning system", "serviceArea": "PLANNING",
                  "supplier": "Idox Software Ltd", "supplierCompaniesHouseNumber": "SC123456", "supplierSme": true,
                  "supplierVoluntary": false}]}""";
        mvc.perform(put("/api/v1/techmap/councils/hackney/contracts").with(csrf())
                        .with(user(accounts.loadUserByUsername("editor@hackney.example")))
                        .contentType(MediaType.APPLICATION_JSON).content(batch))
                .andExpect(status().isOk());
        assertThat(idox()).isEqualTo(idoxBefore);
        assertThat(claimsOf("hackney")).containsExactlyInAnyOrderEntriesOf(Map.of("COMPANIES_HOUSE_NUMBER", "SC123456",
                "SME", "true"));
        assertThat(jdbc.sql("SELECT source FROM tech_supplier_claim WHERE field = 'SME'").query(String.class).single())
                .isEqualTo("API");
    }

    @Test
    void aFileWithABadRowImportsNothingAndClaimsNothing() {
        long id = upload(REGISTER + "SUP-3,Broken,Idox Software Ltd,not a number,Y,Y\n");
        assertThat(imports.find(camden, id).errorCount()).isEqualTo(1);
        assertThatThrownBy(() -> imports.commit(camden, id, editor)).isInstanceOf(InvalidInputException.class);
        assertThat(claimsOf("camden")).isEmpty();
        assertThat(jdbc.sql("SELECT count(*) FROM tech_supplier WHERE name = 'Brand New Digital Ltd'").query(Long.class).single()).isZero();
        assertThat(jdbc.sql("SELECT count(*) FROM tech_contract WHERE reference LIKE 'SUP-%'").query(Long.class).single()).isZero();
    }

    long claimId(String field) {
        return jdbc.sql("SELECT id FROM tech_supplier_claim WHERE supplier_id = :s AND field = :f")
                .param("s", idoxId()).param("f", field).query(Long.class).single();
    }
}
