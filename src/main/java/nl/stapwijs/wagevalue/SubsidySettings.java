package nl.stapwijs.wagevalue;

import java.math.BigDecimal;
import java.time.LocalDate;
import nl.stapwijs.base.settings.Settings;
import nl.stapwijs.workforce.Scheme;
import nl.stapwijs.workforce.Worker;
import org.springframework.stereotype.Component;

/**
 * What a loonkostensubsidie estimate needs beyond the measurement: the paying municipality's
 * conventions (company settings, defaults a calendar month, cents per period, no flat rate) and
 * the worker's contract. Stapwijs keeps no employment start date, so the first-six-months flat
 * rate is only applied where the settings name the date from which the worker is employed.
 */
@Component
public class SubsidySettings {

    static final String NAME = "lks.municipality";
    static final String PERIOD = "lks.period";
    static final String ROUNDING = "lks.rounding";
    static final String FLAT_RATE = "lks.flat-rate-first-six-months";

    private final Settings settings;

    public SubsidySettings(Settings settings) {
        this.settings = settings;
    }

    /** Only workers on a subsidised scheme get an estimate (loonkostensubsidie, beschut werk). */
    public boolean applies(Worker worker) {
        return worker.scheme() == Scheme.LKS || worker.scheme() == Scheme.BESCHUT;
    }

    public Municipality municipality() {
        return new Municipality(settings.text(NAME, "gemeente"),
                SubsidyPeriod.valueOf(settings.text(PERIOD, SubsidyPeriod.MONTH.name())),
                SubsidyRounding.valueOf(settings.text(ROUNDING, SubsidyRounding.CENT_PER_PERIOD.name())),
                Boolean.parseBoolean(settings.text(FLAT_RATE, "false")));
    }

    public Employment employment(Worker worker) {
        String started = settings.text("lks.started." + worker.id(), LocalDate.of(2000, 1, 1).toString());
        return new Employment(BigDecimal.valueOf(worker.contractHours()), LocalDate.parse(started), null);
    }

    public JournalSlice.LksSettings forSlice(Worker worker) {
        return new JournalSlice.LksSettings(employment(worker), municipality(), LksParameterTable.bundled().rows());
    }
}
