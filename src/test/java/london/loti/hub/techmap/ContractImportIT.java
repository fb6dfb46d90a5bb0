package london.loti.hub.techmap;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import london.loti.hub.accounts.Viewer;
import london.loti.hub.members.Organisation;
import london.loti.hub.members.Organisations;
import london.loti.hub.support.IntegrationTest;
import london.loti.hub.techmap.imports.RegisterImports;
import london.loti.hub.web.InvalidInputException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Importing registers: checked, all or nothing, idempotent; every kind of bad file refused with nothing written. */
class ContractImportIT extends IntegrationTest {

    @Autowired
    RegisterImports imports;

    @Autowired
    ContractRegisterImport registerImport;

    @Autowired
    Organisations organisations;

    Organisation camden;
    Viewer editor;
    long before;

    @BeforeEach
    void setUp() {
        camden = organisations.find("camden").orElseThrow();
        editor = TechMapFixtures.editorOf(jdbc, "camden");
        before = camdenContracts();
    }

    @AfterEach
    void cleanUp() {
        jdbc.sql("DELETE FROM tech_contract WHERE reference LIKE 'IMP-%' OR reference LIKE 'BIG-%'").update();
        jdbc.sql("SELECT lo_unlink(file_oid) FROM contract_import WHERE file_oid IS NOT NULL").query(Integer.class).list();
        jdbc.sql("DELETE FROM contract_import").update();
        jdbc.sql("DELETE FROM contract_import_mapping").update();
        jdbc.sql("DELETE FROM audit_event WHERE kind = 'contract-import'").update();
        jdbc.sql("DELETE FROM tech_supplier_claim").update();
    }

    long camdenContracts() {
        return jdbc.sql("SELECT count(*) FROM tech_contract WHERE organisation_id = :o").param("o", camden.id())
                .query(Long.class).single();
    }

    long upload(String name, byte[] content) {
        return imports.upload(camden, name, new ByteArrayInputStream(content), editor);
    }

    @Test
    void aMessyRegisterIsCheckedItsBadRowsReportedThenTheCorrectedFileImportsOnceOnly() {
        LocalDate soon = LocalDate.now(clock).plusMonths(5);
        long first = upload("register.csv", TechMapFixtures.messyCsv("IMP", true, soon).getBytes(StandardCharsets.UTF_8));
        var checked = imports.find(camden, first);
        assertThat(checked.rowsTotal()).isEqualTo(5);
        assertThat(checked.errorCount()).isEqualTo(2);
        assertThat(checked.errors()).extracting(e -> e.line() + " | " + e.column() + " | " + e.message()).containsExactly(
                "4 | Contract End Date | '31/02/2020' is not a real date",
                "6 | Total Contract Value (£) | '£-5' is negative: a value must be £0 or more");
        assertThat(checked.mapping()).containsEntry("reference", "Contract Ref No.").containsEntry("supplier", "Vendor")
                .containsEntry("endDate", "Contract End Date").containsEntry("totalValue", "Total Contract Value (£)");
        assertThat(checked.preview()).hasSize(5);
        assertThatThrownBy(() -> imports.commit(camden, first, editor)).isInstanceOf(InvalidInputException.class);
        assertThat(camdenContracts()).isEqualTo(before);

        long corrected = upload("register.csv", TechMapFixtures.messyCsv("IMP", false, soon).getBytes(StandardCharsets.UTF_8));
        var ready = imports.find(camden, corrected);
        assertThat(ready.ready()).isTrue();
        assertThat(ready.createdCount()).isEqualTo(5);
        var result = imports.commit(camden, corrected, editor);
        assertThat(result.committed()).isTrue();
        assertThat(result.created()).isEqualTo(5);
        assertThat(camdenContracts()).isEqualTo(before + 5);

        var row = jdbc.sql("""
                SELECT c.total_value_pence, c.annual_value_pence, c.end_date, c.service_area, c.procurement_route,
                       c.framework, c.value_visibility, p.name AS product, s.name AS supplier, s.sme
                  FROM tech_contract c JOIN tech_product p ON p.id = c.product_id JOIN tech_supplier s ON s.id = c.supplier_id
                 WHERE c.organisation_id = :o AND c.reference = 'IMP-001'""").param("o", camden.id()).query().singleRow();
        assertThat(row).containsEntry("total_value_pence", 123_450_000L).containsEntry("annual_value_pence", 24_690_000L)
                .containsEntry("end_date", java.sql.Date.valueOf(soon)).containsEntry("procurement_route", "FRAMEWORK")
                .containsEntry("framework", "G-Cloud 12").containsEntry("value_visibility", "MEMBERS")
                .containsEntry("product", "Uniform").containsEntry("supplier", "Idox Software Ltd")
                .as("the shared supplier keeps its flag; Camden's 'Y' waits as its claim").containsEntry("sme", false);
        assertThat(jdbc.sql("""
                SELECT cl.value FROM tech_supplier_claim cl JOIN tech_supplier s ON s.id = cl.supplier_id
                 WHERE s.name = 'Idox Software Ltd' AND cl.organisation_id = :o AND cl.field = 'SME'""")
                .param("o", camden.id()).query(String.class).single()).isEqualTo("true");
        assertThat(jdbc.sql("SELECT end_date FROM tech_contract WHERE organisation_id = :o AND reference = 'IMP-004'")
                .param("o", camden.id()).query(LocalDate.class).single()).isEqualTo(LocalDate.of(2026, 12, 31));
        assertThat(jdbc.sql("SELECT count(*) FROM audit_event WHERE kind = 'contract-import' AND record_id = :id")
                .param("id", String.valueOf(corrected)).query(Long.class).single()).isEqualTo(1);
        assertThat(imports.savedMapping(camden.id())).containsEntry("supplier", "Vendor");

        String timestamps = jdbc.sql("SELECT CAST(max(updated_at) AS text) FROM tech_contract WHERE reference LIKE 'IMP-%'").query(String.class).single();
        long again = upload("register again.csv", TechMapFixtures.messyCsv("IMP", false, soon).getBytes(StandardCharsets.UTF_8));
        assertThat(imports.find(camden, again).unchangedCount()).isEqualTo(5);
        var repeat = imports.commit(camden, again, editor);
        assertThat(repeat.created()).isZero();
        assertThat(repeat.updated()).isZero();
        assertThat(repeat.unchanged()).isEqualTo(5);
        assertThat(camdenContracts()).isEqualTo(before + 5);
        assertThat(jdbc.sql("SELECT CAST(max(updated_at) AS text) FROM tech_contract WHERE reference LIKE 'IMP-%'").query(String.class).single())
                .isEqualTo(timestamps);
        assertThatThrownBy(() -> imports.commit(camden, again, editor)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("already been imported");
    }

    @Test
    void aChangedRowIsUpdatedAndColumnsTheFileDoesNotHaveAreKept() {
        String csv = "Reference,Title,Supplier Name,Annual Value\nIMP-100,Old title,Jadu Ltd,100\n";
        imports.commit(camden, upload("a.csv", csv.getBytes(StandardCharsets.UTF_8)), editor);
        jdbc.sql("UPDATE tech_contract SET satisfaction = 4 WHERE reference = 'IMP-100'").update();
        var result = imports.commit(camden, upload("b.csv", csv.replace("Old title", "New title").getBytes(StandardCharsets.UTF_8)), editor);
        assertThat(result.updated()).isEqualTo(1);
        assertThat(jdbc.sql("SELECT title || ' ' || satisfaction FROM tech_contract WHERE reference = 'IMP-100'")
                .query(String.class).single()).isEqualTo("New title 4");
    }

    @Test
    void theColumnsCanBeChosenAndTheFileIsCheckedAgain() {
        String csv = "Ref,Name,Payee\nIMP-200,Street lighting system,Yotta Ltd\n";
        long id = upload("c.csv", csv.getBytes(StandardCharsets.UTF_8));
        var stored = imports.find(camden, id);
        assertThat(stored.ready()).isFalse();
        assertThat(stored.errorCount()).isEqualTo(2);
        assertThatThrownBy(() -> imports.recheck(camden, id, Map.of("reference", "Ref", "title", "Nope"), editor))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors().all()).containsOnlyKeys("title", "supplier"));
        imports.recheck(camden, id, Map.of("reference", "Ref", "title", "Name", "supplier", "Payee"), editor);
        assertThat(imports.find(camden, id).ready()).isTrue();
        assertThat(imports.commit(camden, id, editor).created()).isEqualTo(1);
    }

    @Test
    void aReferenceTwiceInOneFileIsAnErrorOnItsSecondLine() {
        String csv = "Reference,Title,Supplier\nIMP-300,One,Jadu Ltd\nIMP-301,Two,Jadu Ltd\nIMP-300,Three,Jadu Ltd\n";
        var stored = imports.find(camden, upload("d.csv", csv.getBytes(StandardCharsets.UTF_8)));
        assertThat(stored.errors()).extracting(e -> e.line() + " " + e.message())
                .containsExactly("4 The contract reference 'IMP-300' is also on line 2: each contract must be on one row");
        assertThat(camdenContracts()).isEqualTo(before);
    }

    @Test
    void aBinaryFileNamedCsvIsRefusedAtUpload() {
        byte[] binary = new byte[4096];
        new java.util.Random(5).nextBytes(binary);
        binary[10] = 0;
        assertThatThrownBy(() -> upload("register.csv", binary)).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.errors().get("file")).contains("not a CSV file", "binary data"));
        assertThat(jdbc.sql("SELECT count(*) FROM contract_import").query(Long.class).single()).isZero();
        assertThat(camdenContracts()).isEqualTo(before);
    }

    @Test
    void aQuoteLeftOpenIsReportedWithItsLineAndNothingCommits() {
        String csv = "Reference,Title,Supplier\nIMP-400,One,Jadu Ltd\nIMP-401,\"Two,Jadu Ltd\nIMP-402,Three,Jadu Ltd\n";
        long id = upload("quote.csv", csv.getBytes(StandardCharsets.UTF_8));
        var stored = imports.find(camden, id);
        assertThat(stored.fileProblem()).contains("A quote (\") opened on line 3 is not closed");
        assertThatThrownBy(() -> imports.commit(camden, id, editor)).isInstanceOf(InvalidInputException.class);
        assertThat(camdenContracts()).isEqualTo(before);
    }

    @Test
    void aWorkbookIsReadWithItsDateCellsAsDates() {
        var result = imports.commit(camden, upload("register.xlsx", TechMapFixtures.workbook("IMP")), editor);
        assertThat(result.created()).isEqualTo(3);
        var row = jdbc.sql("SELECT start_date, end_date, total_value_pence FROM tech_contract WHERE reference = 'IMP-X2'").query().singleRow();
        assertThat(row).containsEntry("start_date", java.sql.Date.valueOf("2021-04-02"))
                .containsEntry("end_date", java.sql.Date.valueOf("2026-03-30")).containsEntry("total_value_pence", 2_469_100L);
    }

    @Test
    void aWorkbookThatUnpacksFarBeyondItsSizeIsRefused() {
        byte[] bomb = TechMapFixtures.zipBomb("IMP");
        assertThat(bomb.length).isLessThan(1_000_000);
        long id = upload("bomb.xlsx", bomb);
        assertThat(imports.find(camden, id).fileProblem()).contains("unpacks to far more than its own size");
        assertThatThrownBy(() -> imports.commit(camden, id, editor)).isInstanceOf(InvalidInputException.class);
        assertThat(camdenContracts()).isEqualTo(before);
    }

    @Test
    void anEditorOfAnotherCouncilCannotImportForThisOne() {
        Viewer hackney = TechMapFixtures.editorOf(jdbc, "hackney");
        assertThatThrownBy(() -> imports.upload(camden, "x.csv", new ByteArrayInputStream("a".getBytes()), hackney))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aLargeFileOnAPathImportsThroughCopyAndAgainChangesNothing() throws Exception {
        Path file = Files.createTempFile("big-register", ".csv");
        try {
            try (var out = Files.newBufferedWriter(file)) {
                out.write("Reference,Title,Supplier Name,Department,Start Date,End Date,Total Value,Annual Value\n");
                for (int i = 0; i < 50_000; i++) {
                    out.write("BIG-" + i + ",Contract " + i + ",Supplier " + (i % 400) + " Ltd,Housing,01/04/2020,31/03/2027,\"£"
                            + String.format("%,d", 1000 + i) + ".50\"," + (100 + i) + "\n");
                }
            }
            var mapping = ColumnMapping.suggest(java.util.List.of("Reference", "Title", "Supplier Name", "Department",
                    "Start Date", "End Date", "Total Value", "Annual Value"));
            var result = registerImport.importFile(file, camden.id(), mapping);
            assertThat(result.ok()).isTrue();
            assertThat(result.created()).isEqualTo(50_000);
            assertThat(jdbc.sql("SELECT total_value_pence FROM tech_contract WHERE reference = 'BIG-49999'")
                    .query(Long.class).single()).isEqualTo(5_099_950L);
            var again = registerImport.importFile(file, camden.id(), null);
            assertThat(again.unchanged()).isEqualTo(50_000);
            assertThat(again.created() + again.updated()).isZero();
        } finally {
            Files.deleteIfExists(file);
            jdbc.sql("DELETE FROM tech_contract WHERE reference LIKE 'BIG-%'").update();
            jdbc.sql("DELETE FROM tech_supplier s WHERE s.name LIKE 'Supplier % Ltd' AND NOT EXISTS (SELECT 1 FROM tech_contract c WHERE c.supplier_id = s.id)").update();
        }
    }
}
