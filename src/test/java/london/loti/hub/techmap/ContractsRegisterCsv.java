package london.loti.hub.techmap;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import london.loti.hub.bench.Copy;

/**
 * A council's contracts register as councils publish it under the Transparency Code, for the import figures: the
 * council's own header names, dates written three ways ('31/03/2020', '2020-03-31', '31-Mar-20'), money with and
 * without pound signs and thousands separators ('£1,234.50', '1234.5'), yes and no as Y, Yes, N, No, descriptions
 * with commas and quotes, supplier names written differently on different rows. Every row is valid. The same rows
 * for the same size, every time.
 */
final class ContractsRegisterCsv {

    static final List<String> HEADERS = List.of("Contract Reference Number", "Contract Title",
            "Description of Goods and Services", "Department Responsible", "Supplier Name",
            "Company Registration Number", "SME (Y/N)", "VCSE", "System Name", "Manufacturer", "Contract Start Date",
            "Contract End Date", "Review Date", "Total Contract Value", "Estimated Annual Spend",
            "VAT Not Recoverable", "Procurement Route");

    private static final List<String> DEPARTMENTS = List.of("Resources", "Adults and Health",
            "Children and Young People", "Housing Services", "Planning and Building Control", "Waste and Recycling",
            "Parking Services", "Highways and Transport", "Libraries", "Environmental Health", "Customer Services",
            "Electoral Services", "HR and Payroll", "Finance", "IT and Digital", "Place");
    private static final List<String> ROUTES = List.of("G-Cloud 13", "G-Cloud 14", "Open tender", "Open",
            "Invitation to quote", "RFQ", "Direct award", "Waiver", "CCS framework RM6098", "ESPO framework 1:5",
            "Restricted tender", "");
    private static final DateTimeFormatter SLASHED = DateTimeFormatter.ofPattern("dd/MM/yyyy", Locale.UK);
    private static final DateTimeFormatter NAMED = DateTimeFormatter.ofPattern("dd-MMM-yy", Locale.UK);
    private static final LocalDate FIRST_START = LocalDate.of(2015, 4, 1);

    private ContractsRegisterCsv() {
    }

    /** Writes a register of {@code rows} contracts, with a header row, to the file. */
    static void write(Path file, int rows) throws IOException {
        Random random = Copy.random("techmap register " + rows);
        List<String> products = TechMapBenchData.products();
        List<String> suppliers = TechMapBenchData.suppliers();
        StringBuilder line = new StringBuilder(512);
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write(String.join(",", HEADERS));
            out.write("\r\n");
            for (int i = 1; i <= rows; i++) {
                line.setLength(0);
                int p = random.nextInt(products.size());
                String product = products.get(p);
                int s = random.nextInt(suppliers.size());
                String supplier = suppliers.get(s);
                int years = 1 + random.nextInt(7);
                LocalDate start = FIRST_START.plusDays(random.nextInt(365 * 10));
                LocalDate end = start.plusYears(years).minusDays(1);
                long annualPence = 100L * (2_000 + random.nextInt(900_000)) + (random.nextInt(4) == 0 ? random.nextInt(100) : 0);
                boolean withProduct = random.nextInt(8) != 0;
                cell(line, "CR/%07d".formatted(i));
                cell(line, (withProduct ? product : "Managed service") + " contract " + (1 + random.nextInt(3)));
                cell(line, "Supply, installation, support and maintenance of the " + product
                        + " system, including hosting, upgrades and \"business as usual\" support");
                cell(line, DEPARTMENTS.get(random.nextInt(DEPARTMENTS.size())));
                cell(line, random.nextInt(5) == 0 ? supplier.toUpperCase(Locale.ROOT).replace(" LTD", " LIMITED") : supplier);
                String company = TechMapBenchData.companyNumber(s);
                cell(line, company == null ? "" : random.nextBoolean() ? company : company.replaceFirst("^0+", ""));
                cell(line, List.of("Y", "N", "Yes", "No", "").get(random.nextInt(5)));
                cell(line, supplier.endsWith("Community Interest Company") ? "Y" : "N");
                cell(line, withProduct ? product : "");
                cell(line, withProduct ? TechMapBenchData.vendor(product) : "");
                cell(line, date(random, start));
                cell(line, date(random, end));
                cell(line, random.nextInt(3) == 0 ? "" : date(random, end.minusMonths(6)));
                cell(line, money(random, annualPence * years));
                cell(line, random.nextInt(6) == 0 ? "" : money(random, annualPence));
                cell(line, random.nextInt(10) == 0 ? money(random, annualPence / 20) : "0");
                cell(line, ROUTES.get(random.nextInt(ROUTES.size())));
                line.setCharAt(line.length() - 1, '\r');
                line.append('\n');
                out.append(line);
            }
        }
    }

    private static String date(Random random, LocalDate date) {
        return switch (random.nextInt(3)) {
            case 0 -> SLASHED.format(date);
            case 1 -> date.toString();
            default -> NAMED.format(date);
        };
    }

    private static String money(Random random, long pence) {
        long pounds = pence / 100;
        long rest = pence % 100;
        return switch (random.nextInt(4)) {
            case 0 -> String.format(Locale.UK, "£%,d.%02d", pounds, rest);
            case 1 -> rest == 0 ? Long.toString(pounds) : rest % 10 == 0 ? pounds + "." + rest / 10 : String.format("%d.%02d", pounds, rest);
            case 2 -> String.format(Locale.UK, "%,d.%02d", pounds, rest);
            default -> String.format(Locale.UK, "%d.%02d", pounds, rest);
        };
    }

    /** A cell and its comma; quoted (quotes doubled) when it holds a comma or a quote, as spreadsheets save it. */
    private static void cell(StringBuilder line, String value) {
        if (value.indexOf(',') >= 0 || value.indexOf('"') >= 0) {
            line.append('"').append(value.replace("\"", "\"\"")).append('"');
        } else {
            line.append(value);
        }
        line.append(',');
    }
}
