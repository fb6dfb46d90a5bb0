package london.loti.hub.bench;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/** A figure's goal, in words and as a rule that judges a {@link Result}. */
public interface Goal {

    /** How a figure came out. */
    enum Outcome {
        MET("met"), NOT_MET("NOT MET"), NO_GOAL("no goal"), NOT_AVAILABLE("not yet available");

        private final String label;

        Outcome(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    record Verdict(Outcome outcome, String reason) {
        static Verdict met() {
            return new Verdict(Outcome.MET, "");
        }

        static Verdict notMet(String reason) {
            return new Verdict(Outcome.NOT_MET, reason);
        }
    }

    String text();

    Verdict judge(Result result);

    /** A figure with no goal of its own, such as the baseline W1, or a figure reported to explain another. */
    static Goal none(String why) {
        return of(why, Result.class, r -> new Verdict(Outcome.NO_GOAL, ""));
    }

    /** The subject's throughput at least {@code share} of the baseline's. */
    static Goal throughputAtLeast(double share, String baseline) {
        return of("≥ %s × %s throughput".formatted(number(share), baseline), Result.Timed.class,
                r -> r.ratio() >= share ? Verdict.met()
                        : Verdict.notMet("throughput is %s × %s".formatted(number(r.ratio()), baseline)));
    }

    /** The subject's 95th percentile latency at most {@code millis}. */
    static Goal p95AtMost(double millis) {
        return of("p95 ≤ %s ms".formatted(number(millis)), Result.Timed.class,
                r -> r.subject().p95Millis() <= millis ? Verdict.met()
                        : Verdict.notMet("p95 is %s ms".formatted(number(r.subject().p95Millis()))));
    }

    /** The subject's 95th percentile at most {@code share} of the baseline's median. */
    static Goal p95AtMostOfBaselineP50(double share, String baseline) {
        return of("p95 ≤ %s × %s p50".formatted(number(share), baseline), Result.Timed.class, r -> {
            double limit = share * r.baseline().p50Millis();
            return r.subject().p95Millis() <= limit ? Verdict.met()
                    : Verdict.notMet("p95 %s ms > %s ms".formatted(number(r.subject().p95Millis()), number(limit)));
        });
    }

    /** The same count at both sizes, and at most {@code max}. */
    static Goal sameCountAtMost(long max, String unit) {
        return of("the same at both sizes, and at most %d %s".formatted(max, unit), Result.Counted.class, r -> {
            if (r.small() != r.large()) {
                return Verdict.notMet("%d %s with %s, %d with %s".formatted(r.small(), unit, r.smallLabel(),
                        r.large(), r.largeLabel()));
            }
            return r.large() <= max ? Verdict.met() : Verdict.notMet("%d %s".formatted(r.large(), unit));
        });
    }

    /** The large run's peak heap at most {@code maxBytes}, and at most {@code growth} × the small run's. */
    static Goal peakHeapAtMost(long maxBytes, double growth) {
        return of("≤ %d MB, and ≤ %s × the smaller import's".formatted(maxBytes >> 20, number(growth)),
                Result.PeakHeap.class, r -> {
                    if (r.largeBytes() > maxBytes) {
                        return Verdict.notMet("%d MB".formatted(r.largeBytes() >> 20));
                    }
                    double ratio = (double) r.largeBytes() / r.smallBytes();
                    return ratio <= growth ? Verdict.met()
                            : Verdict.notMet("%s × the smaller import's".formatted(number(ratio)));
                });
    }

    /** Every one of the goals; the first that fails says why. */
    static Goal all(Goal... goals) {
        List<Goal> parts = Arrays.asList(goals);
        String text = String.join(" and ", parts.stream().map(Goal::text).toList());
        return new Goal() {
            @Override
            public String text() {
                return text;
            }

            @Override
            public Verdict judge(Result result) {
                for (Goal part : parts) {
                    Verdict verdict = part.judge(result);
                    if (verdict.outcome() != Outcome.MET) {
                        return verdict;
                    }
                }
                return Verdict.met();
            }
        };
    }

    /** A goal judging one kind of result; a result of another kind, or with failed calls, is not met. */
    static <R extends Result> Goal of(String text, Class<R> type, Function<R, Verdict> rule) {
        return new Goal() {
            @Override
            public String text() {
                return text;
            }

            @Override
            public Verdict judge(Result result) {
                if (result instanceof Result.Timed timed && timed.errors() > 0) {
                    long calls = timed.subject().count() + (timed.baseline() == null ? 0 : timed.baseline().count());
                    return Verdict.notMet("%d of %d calls failed".formatted(timed.errors(), calls));
                }
                if (!type.isInstance(result)) {
                    return Verdict.notMet("measured a " + result.getClass().getSimpleName() + ", not a " + type.getSimpleName());
                }
                return rule.apply(type.cast(result));
            }
        };
    }

    /** 0.25, 1.5, 100: no trailing zeros. */
    static String number(double value) {
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return String.format(Locale.UK, "%,d", (long) value);
        }
        return String.format(Locale.UK, Math.abs(value) >= 10 ? "%,.1f" : "%.2f", value);
    }
}
