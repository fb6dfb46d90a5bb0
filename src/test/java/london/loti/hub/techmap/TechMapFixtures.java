package london.loti.hub.techmap;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import london.loti.hub.accounts.Role;
import london.loti.hub.accounts.Viewer;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Registers and viewers the technology map's tests share. */
final class TechMapFixtures {

    private TechMapFixtures() {
    }

    static long organisation(JdbcClient jdbc, String slug) {
        return jdbc.sql("SELECT id FROM organisation WHERE slug = :slug").param("slug", slug).query(Long.class).single();
    }

    /** Imports {@link #messyCsv} (without mistakes) for the council, through the real import path. */
    static long importRegister(ContractRegisterImport imports, JdbcClient jdbc, String slug, String prefix,
            LocalDate soon) throws IOException {
        long council = organisation(jdbc, slug);
        Path file = Files.createTempFile("register", ".csv");
        try {
            Files.writeString(file, messyCsv(prefix, false, soon));
            if (!imports.importFile(file, council, null).committed()) {
                throw new IllegalStateException("The register of " + slug + " was not imported");
            }
        } finally {
            Files.delete(file);
        }
        return council;
    }

    static Viewer editorOf(JdbcClient jdbc, String slug) {
        long account = jdbc.sql("SELECT id FROM user_account WHERE email = :e").param("e", "editor@" + slug + ".example")
                .query(Long.class).single();
        return new Viewer(account, "Editor of " + slug, organisation(jdbc, slug), Role.EDITOR, false);
    }

    /**
     * A Transparency Code register as a council publishes it: its own column names, dates and money written three
     * ways each. With {@code mistakes}, line 4 has 31/02/2020 and line 6 a value of '£-5'.
     */
    static String messyCsv(String prefix, boolean mistakes, LocalDate soon) {
        String soonDate = soon.getDayOfMonth() + "/" + String.format("%02d", soon.getMonthValue()) + "/" + soon.getYear();
        return "Contract Ref No.,Title of Contract,Directorate,Vendor,Product,Contract Start,Contract End Date,"
                + "Total Contract Value (£),Estimated Annual Spend,SME?,Procurement Process\r\n"
                + prefix + "-001,Planning and building control system,Place,Idox Software Ltd,Uniform,01/04/2020," + soonDate
                + ",\"£1,234,500.00\",£246900,Y,G-Cloud 12\r\n"
                + prefix + "-002,Libraries management system,Culture and Libraries,Civica UK Ltd,Spydus,2021-04-01,2026-03-31,98000,19600,N,Open tender\r\n"
                + prefix + "-003,Parking permits,Parking Services,Chipside Ltd,MiPermit,01-Apr-21,"
                + (mistakes ? "31/02/2020" : "28/02/2027") + ",\"£60,000\",\"£10,000.50\",Yes,RFQ\r\n"
                + prefix + "-004,\"Waste collection rounds, routing and crews\",Environment,Bartec Municipal Technologies Ltd,Bartec Collective,2022-01-01,31-Dec-26,120000.5,40000,Y,Direct award\r\n"
                + prefix + "-005,Revenues and benefits,Resources,Capita Business Services Ltd,Academy Revenues and Benefits,1/4/2019,31/03/2027,"
                + (mistakes ? "£-5" : "\"£2,100,000\"") + ",£300000,N,Framework RM3821\r\n";
    }

    static byte[] workbook(String prefix) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); var out = new ByteArrayOutputStream()) {
            var sheet = workbook.createSheet("Contracts register");
            CellStyle dateStyle = workbook.createCellStyle();
            dateStyle.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("dd/mm/yyyy"));
            var header = sheet.createRow(0);
            String[] names = {"Reference", "Contract Title", "Supplier Name", "Start Date", "End Date", "Value"};
            for (int i = 0; i < names.length; i++) {
                header.createCell(i).setCellValue(names[i]);
            }
            for (int r = 1; r <= 3; r++) {
                var row = sheet.createRow(r);
                row.createCell(0).setCellValue(prefix + "-X" + r);
                row.createCell(1).setCellValue("Workbook contract " + r);
                row.createCell(2).setCellValue("Jadu Ltd");
                var start = row.createCell(3);
                start.setCellValue(LocalDate.of(2021, 4, r));
                start.setCellStyle(dateStyle);
                var end = row.createCell(4);
                end.setCellValue(LocalDate.of(2026, 3, 30 + (r % 2)));
                end.setCellStyle(dateStyle);
                row.createCell(5).setCellValue(12345.5 * r);
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A real workbook whose worksheet is padded with megabytes of spaces: it packs small and unpacks huge. */
    static byte[] zipBomb(String prefix) {
        try (var in = new ZipInputStream(new java.io.ByteArrayInputStream(workbook(prefix)));
                var bytes = new ByteArrayOutputStream(); var out = new ZipOutputStream(bytes)) {
            ZipEntry entry;
            while ((entry = in.getNextEntry()) != null) {
                byte[] content = in.readAllBytes();
                out.putNextEntry(new ZipEntry(entry.getName()));
                if (entry.getName().equals("xl/worksheets/sheet1.xml")) {
                    String xml = new String(content, StandardCharsets.UTF_8);
                    int at = xml.indexOf("<sheetData>");
                    out.write(xml.substring(0, at).getBytes(StandardCharsets.UTF_8));
                    byte[] spaces = new byte[1 << 20];
                    java.util.Arrays.fill(spaces, (byte) ' ');
                    for (int i = 0; i < 40; i++) {
                        out.write(spaces);
                    }
                    out.write(xml.substring(at).getBytes(StandardCharsets.UTF_8));
                } else {
                    out.write(content);
                }
                out.closeEntry();
            }
            out.finish();
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
