package nl.stapwijs.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.ToLongFunction;

/** The start-up benchmark's figures as Markdown tables: medians with their spread, and the ratios to the empty app. */
final class StartupReport {

    static final double TIME_GOAL = 1.3;
    static final double MEMORY_GOAL = 1.5;

    /** One start: wall time and the process's CPU time until ready, and its RSS a few seconds later. */
    record Sample(String variant, String app, boolean cached, long wallMillis, long cpuMillis, long rssKb) {
    }

    static String markdown(List<Sample> samples, List<String> variants, String emptyApp, int runs) {
        StringBuilder out = new StringBuilder();
        Set<String> apps = new LinkedHashSet<>();
        samples.forEach(s -> apps.add(s.app()));
        List<String> verdicts = new ArrayList<>();
        for (String variant : variants) {
            out.append("### ").append(variant).append(" (").append(runs).append(" runs)\n\n");
            out.append("| app | start-up cache | time to ready | CPU time to ready | RSS after start | time × empty | RSS × empty |\n");
            out.append("|---|---|---|---|---|---|---|\n");
            for (boolean cached : List.of(false, true)) {
                List<Sample> base = of(samples, variant, emptyApp, cached);
                for (String app : apps) {
                    List<Sample> these = of(samples, variant, app, cached);
                    if (these.isEmpty()) {
                        continue;
                    }
                    double time = median(these, Sample::wallMillis) / median(base, Sample::wallMillis);
                    double rss = median(these, Sample::rssKb) / median(base, Sample::rssKb);
                    out.append(String.format(Locale.ROOT, "| %s | %s | %s s | %s s | %s MB | %.2f | %.2f |%n", app,
                            cached ? "AOT cache" : "none", spread(these, Sample::wallMillis, 1000.0),
                            spread(these, Sample::cpuMillis, 1000.0), spread(these, Sample::rssKb, 1024.0), time, rss));
                    if (!app.equals(emptyApp) && !app.contains("first start")) {
                        verdicts.add(String.format(Locale.ROOT, "- %s, %s, %s: time %.2f× (%s), memory %.2f× (%s)", app, variant,
                                cached ? "AOT cache" : "no cache", time, time <= TIME_GOAL ? "met" : "missed",
                                rss, rss <= MEMORY_GOAL ? "met" : "missed"));
                    }
                }
            }
            out.append('\n');
        }
        out.append(String.format(Locale.ROOT, "Goal: time to ready ≤ %.1f× and RSS ≤ %.1f× the empty app's, same JVM, flags and cache.%n",
                TIME_GOAL, MEMORY_GOAL));
        verdicts.forEach(v -> out.append(v).append('\n'));
        out.append("\nMedian (min – max). Time to ready: from starting java until /health/ready answers 200. CPU time: user + system of\n"
                + "the process until then (less sensitive to a busy machine than the wall time). RSS: VmRSS 5 s after ready.\n");
        return out.toString();
    }

    private static List<Sample> of(List<Sample> samples, String variant, String app, boolean cached) {
        return samples.stream().filter(s -> s.variant().equals(variant) && s.app().equals(app) && s.cached() == cached).toList();
    }

    private static double median(List<Sample> samples, ToLongFunction<Sample> value) {
        long[] values = samples.stream().mapToLong(value).sorted().toArray();
        int n = values.length;
        return n % 2 == 1 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2.0;
    }

    private static String spread(List<Sample> samples, ToLongFunction<Sample> value, double unit) {
        long[] values = samples.stream().mapToLong(value).toArray();
        Arrays.sort(values);
        String format = unit == 1024.0 ? "%.0f (%.0f – %.0f)" : "%.1f (%.1f – %.1f)";
        return String.format(Locale.ROOT, format, median(samples, value) / unit, values[0] / unit, values[values.length - 1] / unit);
    }

    private StartupReport() {
    }
}
