package london.loti.hub.techmap;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import london.loti.hub.bench.BenchContext;
import london.loti.hub.bench.BenchFigures;
import london.loti.hub.bench.Figure;
import london.loti.hub.bench.FigureId;
import london.loti.hub.bench.HeapWatch;
import london.loti.hub.bench.Result;
import london.loti.hub.bench.Stats;
import london.loti.hub.techmap.imports.FileFormat;
import london.loti.hub.techmap.imports.RegisterReader;
import org.postgresql.PGConnection;

/**
 * The contracts register imports (I1, I2, I4), on a messy Transparency-Code-style CSV ({@link ContractsRegisterCsv})
 * written once per run to a temporary directory.
 *
 * <p>I1's baseline is PostgreSQL {@code COPY … FROM STDIN (FORMAT csv, HEADER)} of the same file, streamed from
 * this JVM as the import streams it, into a table shaped like the file (COPY cannot read '£1,234.50' or
 * '31-Mar-20' into numbers and dates, so its cells are text) with tech_contract's five indexes on the same
 * columns: an identity primary key, a unique (organisation_id, reference), (product, end date), (supplier, end
 * date) and (end date, department). It is emptied with TRUNCATE (in its own transaction) before each round. The
 * subject is {@link ContractRegisterImport#importFile} with the mapping suggested from the headers — the real path:
 * read, check every cell, COPY into staging, resolve suppliers and products, write tech_contract (which holds the
 * bench's other contracts) — timed on the council's <em>first</em> import (it has no contracts); after each
 * round its contracts are deleted and tech_contract vacuumed, untimed. Once, the same file is imported again into
 * the council that now has it, which must change nothing; its time is printed as progress.
 */
class TechMapBenchFigures implements BenchFigures {

    private static final String BASELINE = "bench_register_copy";

    @Override
    public List<Figure> figures() {
        return List.of(
                new Figure(FigureId.I1, "ContractRegisterImport.importFile of a messy register CSV (mixed date and"
                        + " money formats) as a council's first import, against COPY (FORMAT csv) of the same file"
                        + " into a table of its columns as text with tech_contract's five indexes; rounds alternated",
                        bench -> withSearchHeld(bench, TechMapBenchFigures::imports)),
                new Figure(FigureId.I2, "the same CSV read and every cell checked (RegisterReader, no database)",
                        TechMapBenchFigures::parsing),
                new Figure(FigureId.I4, "peak heap of the whole JVM (LOTI Hub included) during a first import of"
                        + " smallImportRows and of importRows rows", bench -> withSearchHeld(bench, TechMapBenchFigures::heap)));
    }

    /**
     * Measures with the search indexing of large imports held back (it runs after an import commits, in the
     * background, and would overlap the next round); the indexing of the smaller import is timed once on its own.
     */
    private static Result withSearchHeld(BenchContext bench, Figure.Measurement measurement) throws Exception {
        ContractSearch search = bench.bean(ContractSearch.class);
        search.hold();
        try {
            return measurement.measure(bench);
        } finally {
            search.release();
            search.awaitIndexed();
        }
    }

    private static Path directory;
    private static Path small;
    private static Path large;

    /** The register files of this run, written on first use. */
    private static synchronized void files(BenchContext bench) throws IOException {
        if (large != null) {
            return;
        }
        directory = Files.createTempDirectory("loti-bench-register-");
        Runtime.getRuntime().addShutdownHook(new Thread(TechMapBenchFigures::deleteFiles));
        small = directory.resolve("register-" + bench.scale().smallImportRows() + ".csv");
        large = directory.resolve("register-" + bench.scale().importRows() + ".csv");
        long t0 = System.nanoTime();
        ContractsRegisterCsv.write(small, bench.scale().smallImportRows());
        ContractsRegisterCsv.write(large, bench.scale().importRows());
        bench.progress(String.format(Locale.UK, "wrote the register CSVs (%,d and %,d rows, %,d MB) in %.1f s",
                bench.scale().smallImportRows(), bench.scale().importRows(), Files.size(large) >> 20,
                (System.nanoTime() - t0) / 1e9));
    }

    private static Result imports(BenchContext bench) throws Exception {
        files(bench);
        long council = council(bench);
        ContractRegisterImport importer = bench.bean(ContractRegisterImport.class);
        createBaseline(bench, council);
        try {
            bench.progress("warming up: COPY and import of " + small.getFileName());
            copy(bench, small);
            importAndRemove(bench, importer, council, small, bench.scale().smallImportRows());
            int rows = bench.scale().importRows();
            long copyNanos = 0;
            long importNanos = 0;
            int rounds = bench.scale().timing().rounds();
            for (int round = 1; round <= rounds; round++) {
                long c = copy(bench, large);
                copyNanos += c;
                long t0 = System.nanoTime();
                ImportResult result = importer.importFile(large, council, null);
                long i = System.nanoTime() - t0;
                importNanos += i;
                expect(result, rows, rows, 0);
                bench.progress(String.format(Locale.UK, "I1 round %d of %d: COPY %,.0f rows/s, first import %,.0f"
                        + " rows/s (%d new)", round, rounds, rows * 1e9 / c, rows * 1e9 / i, result.created()));
                if (round == 1) {
                    long t1 = System.nanoTime();
                    ImportResult again = importer.importFile(large, council, null);
                    long a = System.nanoTime() - t1;
                    expect(again, rows, 0, 0);
                    bench.progress(String.format(Locale.UK, "I1 the same file imported again (not in the figure):"
                            + " %d new, %d changed, %,d unchanged in %.1f s, %,.0f rows/s", again.created(),
                            again.updated(), again.unchanged(), a / 1e9, rows * 1e9 / a));
                }
                remove(bench, council);
            }
            return new Result.Timed(Stats.ofBatch((long) rows * rounds, importNanos, "rows/s"),
                    Stats.ofBatch((long) rows * rounds, copyNanos, "rows/s"), "COPY of the same file");
        } finally {
            bench.jdbc().sql("DROP TABLE IF EXISTS " + BASELINE).update();
        }
    }

    private static Result parsing(BenchContext bench) throws Exception {
        files(bench);
        parse(small);
        int rounds = bench.scale().timing().rounds();
        long nanos = 0;
        for (int round = 1; round <= rounds; round++) {
            long t0 = System.nanoTime();
            int rows = parse(large);
            nanos += System.nanoTime() - t0;
            if (rows != bench.scale().importRows()) {
                throw new IllegalStateException("Read " + rows + " good rows of " + bench.scale().importRows());
            }
        }
        return Result.Timed.alone(Stats.ofBatch((long) bench.scale().importRows() * rounds, nanos, "rows/s"));
    }

    private static Result heap(BenchContext bench) throws Exception {
        files(bench);
        long council = council(bench);
        ContractRegisterImport importer = bench.bean(ContractRegisterImport.class);
        int smallRows = bench.scale().smallImportRows();
        int largeRows = bench.scale().importRows();
        long smallPeak = HeapWatch.peakBytes(() -> expect(importer.importFile(small, council, null), smallRows, smallRows, 0));
        long t0 = System.nanoTime();
        bench.bean(ContractSearch.class).indexNow(council);
        bench.progress(String.format(Locale.UK, "I4 search indexed the %,d imported contracts in %.1f s (after the"
                + " import commits, in the background: not in any figure)", smallRows, (System.nanoTime() - t0) / 1e9));
        remove(bench, council);
        long largePeak = HeapWatch.peakBytes(() -> expect(importer.importFile(large, council, null), largeRows, largeRows, 0));
        remove(bench, council);
        return new Result.PeakHeap(String.format(Locale.UK, "%,d rows", smallRows), smallPeak,
                String.format(Locale.UK, "%,d rows", largeRows), largePeak);
    }

    /** The council without contracts that the bench data leaves for imports; anything a broken run left is removed. */
    private static long council(BenchContext bench) {
        long council = bench.jdbc().sql(TechMapBenchData.IMPORT_COUNCIL).query(Long.class).single();
        if (bench.jdbc().sql("SELECT count(*) FROM tech_contract WHERE organisation_id = :id").param("id", council)
                .query(Long.class).single() > 0) {
            remove(bench, council);
        }
        return council;
    }

    private static void createBaseline(BenchContext bench, long council) {
        bench.jdbc().sql("DROP TABLE IF EXISTS " + BASELINE).update();
        bench.jdbc().sql("""
                CREATE TABLE %s (
                    id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
                    organisation_id BIGINT NOT NULL DEFAULT %d,
                    reference TEXT NOT NULL, title TEXT NOT NULL, description TEXT, department TEXT, supplier TEXT,
                    company_number TEXT, sme TEXT, vcse TEXT, product TEXT, vendor TEXT, start_date TEXT,
                    end_date TEXT, review_date TEXT, total_value TEXT, annual_value TEXT, vat TEXT,
                    procurement_route TEXT,
                    created_at TIMESTAMPTZ NOT NULL DEFAULT now(),
                    updated_at TIMESTAMPTZ NOT NULL DEFAULT now(),
                    UNIQUE (organisation_id, reference))""".formatted(BASELINE, council)).update();
        bench.jdbc().sql("CREATE INDEX ON " + BASELINE + " (product, end_date)").update();
        bench.jdbc().sql("CREATE INDEX ON " + BASELINE + " (supplier, end_date)").update();
        bench.jdbc().sql("CREATE INDEX ON " + BASELINE + " (end_date, department)").update();
    }

    /** TRUNCATE (committed on its own), then COPY of the file, timed. */
    private static long copy(BenchContext bench, Path file) throws Exception {
        bench.jdbc().sql("TRUNCATE " + BASELINE).update();
        try (Connection connection = bench.dataSource().getConnection(); InputStream in = Files.newInputStream(file)) {
            long t0 = System.nanoTime();
            connection.unwrap(PGConnection.class).getCopyAPI().copyIn("COPY " + BASELINE + " (reference, title,"
                    + " description, department, supplier, company_number, sme, vcse, product, vendor, start_date,"
                    + " end_date, review_date, total_value, annual_value, vat, procurement_route)"
                    + " FROM STDIN (FORMAT csv, HEADER true)", in, 1 << 16);
            return System.nanoTime() - t0;
        }
    }

    private static void importAndRemove(BenchContext bench, ContractRegisterImport importer, long council, Path file,
            int rows) {
        expect(importer.importFile(file, council, null), rows, rows, 0);
        remove(bench, council);
    }

    private static void expect(ImportResult result, int rows, int created, int updated) {
        if (!result.committed() || result.rows() != rows || result.created() != created || result.updated() != updated) {
            throw new IllegalStateException("The import did not do what it should: " + result.rows() + " rows, "
                    + result.created() + " new, " + result.updated() + " changed, committed " + result.committed()
                    + ", " + result.errorCount() + " errors " + result.errors().stream().limit(3).toList()
                    + (result.fileProblem() == null ? "" : ", " + result.fileProblem()));
        }
    }

    /** Deletes the council's contracts and vacuums, so that the next round imports into the same table again. */
    private static void remove(BenchContext bench, long council) {
        bench.jdbc().sql("DELETE FROM tech_contract WHERE organisation_id = :id").param("id", council).update();
        bench.jdbc().sql("DELETE FROM search_document WHERE kind = 'contract' AND organisation_id = :id")
                .param("id", council).update();
        bench.jdbc().sql("VACUUM (ANALYZE) tech_contract").update();
    }

    private static int parse(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            var read = RegisterReader.read(FileFormat.CSV, new java.io.BufferedInputStream(in, 1 << 16), null, null,
                    Map.of(), null);
            if (!read.ok()) {
                throw new IllegalStateException("The register has errors: " + read.errors().stream().limit(3).toList());
            }
            return read.rows();
        }
    }

    private static void deleteFiles() {
        if (directory == null) {
            return;
        }
        try (Stream<Path> all = Files.walk(directory)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            // a temporary directory
        }
    }
}
