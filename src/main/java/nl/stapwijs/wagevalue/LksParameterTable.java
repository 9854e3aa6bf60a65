package nl.stapwijs.wagevalue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** The effective-dated loonkostensubsidie parameters: the row in force on a date is used. */
public record LksParameterTable(List<LksParameters> rows) {

    private static final String BUNDLED = "lks-parameters.csv";

    public LksParameterTable {
        rows = rows.stream().sorted(Comparator.comparing(LksParameters::effectiveFrom)).toList();
    }

    public LksParameters inForceOn(LocalDate date) {
        LksParameters found = null;
        for (LksParameters row : rows) {
            if (!row.effectiveFrom().isAfter(date)) {
                found = row;
            }
        }
        if (found == null) {
            throw new IllegalArgumentException("No loonkostensubsidie parameters in force on " + date);
        }
        return found;
    }

    /** The table shipped with this version of Stapwijs (resource lks-parameters.csv beside this class). */
    public static LksParameterTable bundled() {
        try (InputStream in = LksParameterTable.class.getResourceAsStream(BUNDLED)) {
            if (in == null) {
                throw new IllegalStateException(BUNDLED + " is missing from the jar");
            }
            return read(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Lines of effective_from,wml_per_hour,holiday_pay,employer_cost_allowance,maximum_share,flat_rate_share; # starts a comment. */
    static LksParameterTable read(BufferedReader lines) throws IOException {
        List<LksParameters> rows = new ArrayList<>();
        for (String line = lines.readLine(); line != null; line = lines.readLine()) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split(",");
            if (f.length != 6) {
                throw new IllegalArgumentException("Expected 6 fields in '" + line + "'");
            }
            rows.add(new LksParameters(LocalDate.parse(f[0].strip()), new BigDecimal(f[1].strip()),
                    new BigDecimal(f[2].strip()), new BigDecimal(f[3].strip()), new BigDecimal(f[4].strip()),
                    new BigDecimal(f[5].strip())));
        }
        return new LksParameterTable(rows);
    }
}
