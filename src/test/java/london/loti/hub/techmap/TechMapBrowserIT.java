package london.loti.hub.techmap;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import london.loti.hub.support.Browser;
import london.loti.hub.support.IntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/** The technology map as a council officer uses it, in Chromium, with every page checked by axe-core. */
class TechMapBrowserIT extends IntegrationTest {

    @LocalServerPort
    int port;

    @org.springframework.beans.factory.annotation.Autowired
    ContractRegisterImport imports;

    Browser browser;
    Path messy;
    Path corrected;

    @BeforeEach
    void start() throws Exception {
        browser = new Browser(port);
        LocalDate soon = LocalDate.now(clock).plusMonths(4);
        messy = Files.createTempFile("camden-contracts-register", ".csv");
        corrected = Files.createTempFile("camden-contracts-register-corrected", ".csv");
        Files.writeString(messy, TechMapFixtures.messyCsv("BRW", true, soon), StandardCharsets.UTF_8);
        Files.writeString(corrected, TechMapFixtures.messyCsv("BRW", false, soon), StandardCharsets.UTF_8);
    }

    @AfterEach
    void stop() throws Exception {
        browser.close();
        Files.deleteIfExists(messy);
        Files.deleteIfExists(corrected);
        jdbc.sql("DELETE FROM tech_contract WHERE reference LIKE 'BRW-%'").update();
        jdbc.sql("SELECT lo_unlink(file_oid) FROM contract_import WHERE file_oid IS NOT NULL").query(Integer.class).list();
        jdbc.sql("DELETE FROM contract_import").update();
        jdbc.sql("DELETE FROM contract_import_mapping").update();
        jdbc.sql("DELETE FROM audit_event WHERE kind = 'contract-import'").update();
    }

    private void upload(Path file) {
        browser.driver().findElement(By.id("file")).sendKeys(file.toAbsolutePath().toString());
        browser.press("Upload and check");
    }

    @Test
    void aCouncilImportsItsMessyRegisterPutsItRightAndSeesItsRenewalsAndAJointOpportunity() {
        browser.open("/sign-in").type("email", "editor@camden.example").type("password", demoPassword()).press("Sign in");
        browser.open("/techmap/councils/camden").follow("Import contracts register");
        assertThat(browser.heading()).isEqualTo("Import your contracts register");

        browser.press("Upload and check");
        assertThat(browser.title()).startsWith("Error: ");
        assertThat(browser.errorSummary()).containsExactly("Select a contracts register file");

        upload(messy);
        assertThat(browser.text()).contains("5 rows read", "2 problems must be put right before anything is imported");
        String errors = browser.driver().findElement(By.id("row-errors")).getText();
        assertThat(errors).contains("4 Contract End Date 31/02/2020 '31/02/2020' is not a real date",
                "6 Total Contract Value (£) £-5 '£-5' is negative: a value must be £0 or more");
        assertThat(browser.driver().findElement(By.id("preview")).getText()).contains("BRW-001", "Idox Software Ltd");
        assertThat(browser.driver().findElements(By.xpath("//button[starts-with(normalize-space(.), 'Import ')]"))).isEmpty();

        browser.follow("Upload another file");
        upload(corrected);
        assertThat(browser.text()).contains("5 rows read and every one is correct", "Importing will add 5 new contracts");
        browser.press("Import 5 contracts");
        assertThat(browser.text()).contains("Imported 5 contracts", "5 new, 0 changed, 0 unchanged.");

        browser.follow("Upload another file");
        upload(corrected);
        assertThat(browser.text()).contains("leave 5 unchanged");
        browser.press("Import 5 contracts");
        assertThat(browser.text()).contains("0 new, 0 changed, 5 unchanged.");

        browser.open("/techmap/renewals?council=camden&months=6");
        assertThat(browser.text()).contains("Planning and building control system");
        browser.select("months", "3 months").press("Show renewals");
        assertThat(browser.text()).doesNotContain("Planning and building control system");

        browser.open("/techmap/products?q=Uniform").follow("Uniform").follow("joint procurement opportunities");
        assertThat(browser.heading()).isEqualTo("Joint procurement opportunities");
        assertThat(browser.text()).contains("Uniform:", "Camden", "Planning and building control system", "Combined annual value");
    }

    @Test
    void aVisitorReadsACouncilsPageAndAChartPageWithoutSeeingValues() {
        browser.open("/techmap");
        assertThat(browser.heading()).isEqualTo("The London technology map");
        browser.follow("By council").follow("Camden");
        assertThat(browser.heading()).isEqualTo("Camden");
        assertThat(browser.text()).contains("Revenues and benefits", "Sign in to see contract values").doesNotContain("Import contracts register");
        browser.select("area", "Parking").press("Filter");
        assertThat(browser.driver().findElements(By.tagName("caption"))).extracting(e -> e.getText()).containsExactly("Parking");
        browser.open("/techmap/concentration");
        assertThat(browser.text()).contains("Concentration in each service area", "Herfindahl–Hirschman index by service area");
        assertThat(browser.driver().findElements(By.cssSelector("canvas[data-chart]"))).hasSize(1);
        browser.open("/techmap/satisfaction");
        browser.open("/techmap/skills").select("family", "Data").press("Show");
        assertThat(browser.text()).contains("Data: each council's level", "Data engineering");
        browser.follow("Find peer training matches");
        assertThat(browser.heading()).isEqualTo("Peer training matches");
    }

    @Test
    void anAdminAcceptsACouncilsClaimAboutASharedSupplier() throws Exception {
        var idox = jdbc.sql("SELECT id, sme FROM tech_supplier WHERE name = 'Idox Software Ltd'").query().singleRow();
        jdbc.sql("DELETE FROM tech_supplier_claim").update();
        try {
            TechMapFixtures.importRegister(imports, jdbc, "camden", "BRW", LocalDate.now(clock).plusMonths(4));
            browser.open("/sign-in").type("email", "priya.shah@loti.example").type("password", demoPassword()).press("Sign in");
            browser.open("/admin").follow("Claims about suppliers");
            assertThat(browser.heading()).isEqualTo("Claims about suppliers");
            assertThat(browser.text()).contains("Idox Software Ltd", "Small or medium enterprise", "Camden");
            browser.click("form[action='/admin/supplier-claims/" + claim((Number) idox.get("id")) + "/accept'] button");
            assertThat(browser.text()).contains("Claim accepted");
            assertThat(jdbc.sql("SELECT sme FROM tech_supplier WHERE name = 'Idox Software Ltd'").query(Boolean.class).single())
                    .isTrue();
        } finally {
            jdbc.sql("UPDATE tech_supplier SET sme = :sme WHERE id = :id").param("sme", idox.get("sme"))
                    .param("id", idox.get("id")).update();
            jdbc.sql("DELETE FROM tech_supplier_claim").update();
            jdbc.sql("DELETE FROM audit_event WHERE kind = 'supplier'").update();
        }
    }

    private long claim(Number supplierId) {
        return jdbc.sql("SELECT id FROM tech_supplier_claim WHERE supplier_id = :s AND field = 'SME'")
                .param("s", supplierId.longValue()).query(Long.class).single();
    }

    @Test
    void anEditorRatesTheirCouncilsSkills() {
        long camden = TechMapFixtures.organisation(jdbc, "camden");
        String before = jdbc.sql("SELECT level FROM council_skill WHERE organisation_id = :o AND skill = 'DATA_SCIENCE'")
                .param("o", camden).query(String.class).optional().orElse(null);
        try {
            ratesSkills();
        } finally {
            jdbc.sql("DELETE FROM council_skill WHERE organisation_id = :o AND skill = 'DATA_SCIENCE'").param("o", camden).update();
            if (before != null) {
                jdbc.sql("INSERT INTO council_skill (organisation_id, skill, level) VALUES (:o, 'DATA_SCIENCE', :l)")
                        .param("o", camden).param("l", before).update();
            }
            jdbc.sql("DELETE FROM audit_event WHERE kind = 'council-skills'").update();
        }
    }

    private void ratesSkills() {
        browser.open("/sign-in").type("email", "editor@camden.example").type("password", demoPassword()).press("Sign in");
        browser.open("/techmap/councils/camden/skills").select("DATA_SCIENCE", "Expert").press("Save skills");
        assertThat(browser.text()).contains("Skills saved");
        browser.open("/techmap/skills/matches?skill=DATA_SCIENCE");
        assertThat(browser.text()).contains("Data science");
        browser.open("/techmap/councils/camden/contracts/new").press("Add contract");
        assertThat(browser.errorSummary()).contains("Enter the contract reference", "Enter the title", "Select the service area");
    }
}
