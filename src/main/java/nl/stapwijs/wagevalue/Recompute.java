package nl.stapwijs.wagevalue;

import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;

/**
 * Recomputes a wage value from a journal slice and prints the full calculation as JSON:
 * <pre>
 * java -cp stapwijs.jar -Dloader.main=nl.stapwijs.wagevalue.Recompute \
 *      org.springframework.boot.loader.launch.PropertiesLauncher slice.json [--from D] [--to D]
 * </pre>
 * {@code --from} and {@code --to} (exclusive) take a date in the roster's zone or an instant and
 * default to the slice's own period. Needs no database and no running Stapwijs.
 */
public final class Recompute {

    private static final String USAGE = "usage: Recompute <slice.json> [--from yyyy-mm-dd|instant] [--to yyyy-mm-dd|instant]";
    private static final BigDecimal MILLIS_PER_WEEK = BigDecimal.valueOf(Duration.ofDays(7).toMillis());
    private static final BigDecimal MILLIS_PER_HOUR = BigDecimal.valueOf(Duration.ofHours(1).toMillis());

    private Recompute() {
    }

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    static int run(String[] args, PrintStream out, PrintStream err) {
        if (args.length == 0 || args.length % 2 == 0) {
            err.println(USAGE);
            return 2;
        }
        JournalSlice slice;
        try {
            slice = SliceFile.read(Path.of(args[0]));
        } catch (IllegalArgumentException e) {
            err.println(e.getMessage());
            return 2;
        }
        ZoneId zone = slice.roster().zone();
        Instant from = slice.from();
        Instant to = slice.to();
        try {
            for (int i = 1; i < args.length; i += 2) {
                switch (args[i]) {
                    case "--from" -> from = moment(args[i + 1], zone);
                    case "--to" -> to = moment(args[i + 1], zone);
                    default -> throw new IllegalArgumentException("unknown option " + args[i]);
                }
            }
        } catch (IllegalArgumentException | DateTimeParseException e) {
            err.println(e.getMessage());
            err.println(USAGE);
            return 2;
        }
        // One line feed on every platform, so the printed text has the fingerprint the pack names.
        out.print(calculation(slice, from, to) + "\n");
        out.flush();
        return 0;
    }

    /** SHA-256 (hex) of a calculation as the command prints it: {@code ... | sha256sum} shows the same. */
    public static String fingerprint(String calculation) {
        try {
            byte[] digest = java.security.MessageDigest.getInstance("SHA-256")
                    .digest((calculation + "\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
            return java.util.HexFormat.of().formatHex(digest);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java has SHA-256", e);
        }
    }

    /** The full calculation of a slice over a period as JSON text: what the command prints. */
    public static String calculation(JournalSlice slice, Instant from, Instant to) {
        Measurement measurement = new WageValueCalculator(new Norms(slice.norms()), slice.rosterTimeline())
                .measure(slice.workerId(), from, to, slice.events());
        return SliceFile.JSON.writeValueAsString(MeasurementJson.of(measurement, estimate(slice, measurement)));
    }

    /** The subsidy estimate with the parameters of the period's last day, if the slice asks for one. */
    static LksEstimate estimate(JournalSlice slice, Measurement m) {
        if (slice.lks() == null || m.wageValuePercent() == null) {
            return null;
        }
        LocalDate lastDay = LocalDate.ofInstant(m.to().minusMillis(1), m.zone());
        BigDecimal weeks = BigDecimal.valueOf(Duration.between(m.from(), m.to()).toMillis())
                .divide(MILLIS_PER_WEEK, WageValueFormula.PRECISION);
        TimeSpent total = m.total();
        BigDecimal workedHours = BigDecimal.valueOf(total.signedIn().minus(total.rosteredBreaks()).toMillis())
                .divide(MILLIS_PER_HOUR, WageValueFormula.PRECISION);
        return new LksEstimator(new LksParameterTable(slice.lks().parameters())).estimate(m.wageValuePercent(),
                lastDay, slice.lks().employment(), workedHours.divide(weeks, WageValueFormula.PRECISION),
                slice.lks().municipality());
    }

    private static Instant moment(String text, ZoneId zone) {
        return text.contains("T") ? Instant.parse(text) : LocalDate.parse(text).atStartOfDay(zone).toInstant();
    }
}
