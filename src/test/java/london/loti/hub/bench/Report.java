package london.loti.hub.bench;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/** The figures as the bench prints them: each with its numbers, its ratio, its goal and whether it is met. */
final class Report {

    /** One measured line, or one that could not be measured (result null, and why). */
    record Line(FigureId id, String what, Result result, Goal.Verdict verdict, String failure) {

        static Line measured(Figure figure, Result result) {
            return new Line(figure.id(), figure.what(), result, figure.id().goal().judge(result), null);
        }

        static Line failed(Figure figure, Exception e) {
            return new Line(figure.id(), figure.what(), null,
                    Goal.Verdict.notMet("the measurement failed"), e.getClass().getSimpleName() + ": " + e.getMessage());
        }

        static Line notAvailable(FigureId id) {
            return new Line(id, null, null,
                    new Goal.Verdict(Goal.Outcome.NOT_AVAILABLE, "module not built: " + id.module()), null);
        }
    }

    private final List<Line> lines = new ArrayList<>();

    void add(Line line) {
        lines.add(line);
    }

    List<Line> lines() {
        return lines;
    }

    void print(PrintStream out) {
        for (Line line : lines) {
            out.println();
            out.println(line.id() + "  " + line.id().what());
            if (line.what() != null) {
                out.println("    " + line.what());
            }
            if (line.failure() != null) {
                out.println("    failed    " + line.failure());
            } else if (line.result() != null) {
                printResult(out, line.result());
            }
            out.println("    goal      " + line.id().goal().text() + verdict(line.verdict()));
        }
        out.println();
        out.println(summary());
    }

    String summary() {
        Map<Goal.Outcome, List<String>> by = lines.stream().collect(Collectors.groupingBy(l -> l.verdict().outcome(),
                Collectors.mapping(l -> l.id().name(), Collectors.toList())));
        List<String> parts = new ArrayList<>();
        parts.add(count(by, Goal.Outcome.MET, "met", false));
        parts.add(count(by, Goal.Outcome.NOT_MET, "not met", true));
        parts.add(count(by, Goal.Outcome.NOT_AVAILABLE, "not yet available", true));
        parts.add(count(by, Goal.Outcome.NO_GOAL, "without a goal", true));
        return "Summary: " + String.join(", ", parts) + ".";
    }

    private static String count(Map<Goal.Outcome, List<String>> by, Goal.Outcome outcome, String label, boolean name) {
        List<String> ids = by.getOrDefault(outcome, List.of()).stream().distinct().toList();
        long n = by.getOrDefault(outcome, List.of()).size();
        return n + " " + label + (name && n > 0 ? " (" + String.join(", ", ids) + ")" : "");
    }

    private static String verdict(Goal.Verdict verdict) {
        return switch (verdict.outcome()) {
            case MET -> ": met";
            case NOT_MET -> ": NOT MET, " + verdict.reason();
            case NO_GOAL -> "";
            case NOT_AVAILABLE -> ": not yet available, " + verdict.reason();
        };
    }

    private static void printResult(PrintStream out, Result result) {
        if (result instanceof Result.Timed timed) {
            out.println("    subject   " + stats(timed.subject()));
            if (timed.subjectStatements() >= 0) {
                out.println("    sql       " + timed.subjectStatements() + " statements a call (one call counted)");
            }
            if (timed.baseline() != null) {
                out.println("    baseline  " + stats(timed.baseline()) + "   " + timed.baselineName()
                        + ", alternated round by round");
                out.println("    ratio     " + Goal.number(timed.ratio()) + " × the baseline's throughput");
            }
            if (timed.errors() > 0) {
                String first = timed.subject().firstError() != null ? timed.subject().firstError() : timed.baseline().firstError();
                out.println("    errors    " + timed.errors() + " calls failed, the first: " + first);
            }
        } else if (result instanceof Result.Counted counted) {
            out.println("    measured  %d %s with %s, %d with %s".formatted(counted.small(), counted.unit(),
                    counted.smallLabel(), counted.large(), counted.largeLabel()));
        } else if (result instanceof Result.PeakHeap heap) {
            out.println("    measured  %s MB with %s, %s MB with %s".formatted(Goal.number(heap.smallBytes() >> 20),
                    heap.smallLabel(), Goal.number(heap.largeBytes() >> 20), heap.largeLabel()));
        }
    }

    static String stats(Stats stats) {
        String rate = String.format(Locale.UK, "%,9.0f %s", stats.perSecond(), stats.unit());
        if (!stats.hasPercentiles()) {
            return rate;
        }
        return String.format(Locale.UK, "p50 %8s ms   p95 %8s ms   %s   (%,d calls)", millis(stats.p50Millis()),
                millis(stats.p95Millis()), rate, stats.count());
    }

    private static String millis(double value) {
        return String.format(Locale.UK, value < 10 ? "%.2f" : "%.1f", value);
    }
}
