package london.loti.hub.techmap;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.stream.Collectors;
import london.loti.hub.accounts.Viewer;
import london.loti.hub.members.Organisation;
import london.loti.hub.members.Organisations;
import london.loti.hub.support.Browserless;
import london.loti.hub.support.IntegrationTest;
import london.loti.hub.techmap.imports.RegisterImports;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/** A council's contracts.csv never runs as a formula in a spreadsheet, and still imports back as it was. */
class ContractsCsvIT extends IntegrationTest {

    @LocalServerPort
    int port;

    @Autowired
    RegisterImports imports;

    @Autowired
    Organisations organisations;

    @AfterEach
    void cleanUp() {
        jdbc.sql("DELETE FROM tech_contract WHERE reference LIKE 'CSV-%'").update();
        jdbc.sql("SELECT lo_unlink(file_oid) FROM contract_import WHERE file_oid IS NOT NULL").query(Integer.class).list();
        jdbc.sql("DELETE FROM contract_import").update();
        jdbc.sql("DELETE FROM contract_import_mapping").update();
        jdbc.sql("DELETE FROM audit_event WHERE kind = 'contract-import'").update();
    }

    @Test
    void cellsThatWouldRunAsFormulasAreNeutralisedAndImportBackUnchanged() {
        Organisation camden = organisations.find("camden").orElseThrow();
        Viewer editor = TechMapFixtures.editorOf(jdbc, "camden");
        String title = "=HYPERLINK(\"http://evil.example\",\"Open\")";
        String register = "Reference,Title,Description,Department,Supplier Name,Notes\r\n"
                + "CSV-1,\"=HYPERLINK(\"\"http://evil.example\"\",\"\"Open\"\")\",@SUM(1+1),Housing,Jadu Ltd,-2+3+cmd|' /C calc'!A0\r\n"
                + "CSV-2,+44 repairs line,'=SUM(A1),Housing,Jadu Ltd,''=twice\r\n";
        assertThat(imports.commit(camden, upload(camden, editor, register), editor).created()).isEqualTo(2);
        assertThat(jdbc.sql("SELECT title FROM tech_contract WHERE reference = 'CSV-1'").query(String.class).single())
                .isEqualTo(title);

        String export = new Browserless(port).get("/techmap/councils/camden/contracts.csv").body();
        String ours = export.lines().filter(l -> l.startsWith("CSV-")).collect(Collectors.joining("\r\n"));
        assertThat(ours).contains("\"'=HYPERLINK(", ",'@SUM(1+1),", ",'-2+3+cmd|", "CSV-2,'+44 repairs line,'=SUM(A1),",
                ",''=twice");
        assertThat(ours.lines().flatMap(l -> java.util.Arrays.stream(l.split(",")))
                .filter(cell -> !cell.isEmpty() && "=+-@".indexOf(cell.replace("\"", "").charAt(0)) >= 0)).isEmpty();

        String header = export.lines().findFirst().orElseThrow();
        var again = imports.find(camden, upload(camden, editor, header + "\r\n" + ours + "\r\n"));
        assertThat(again.errors()).isEmpty();
        assertThat(again.unchangedCount()).isEqualTo(2);
        assertThat(jdbc.sql("SELECT title || '|' || description || '|' || notes FROM tech_contract WHERE reference = 'CSV-2'")
                .query(String.class).single()).isEqualTo("+44 repairs line|=SUM(A1)|'=twice");
    }

    long upload(Organisation council, Viewer editor, String csv) {
        return imports.upload(council, "register.csv", new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), editor);
    }
}
