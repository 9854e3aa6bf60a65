package nl.stapwijs.privacy;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import nl.stapwijs.base.StapwijsProperties;
import nl.stapwijs.base.settings.Settings;
import nl.stapwijs.production.Journal;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Keeps journal detail only as long as the company decided (a setting, default 24 months);
 * older detail becomes daily totals. Runs every night, and when an admin asks.
 */
@Component
public class Retention {

    private static final Logger log = LoggerFactory.getLogger(Retention.class);

    private final Journal journal;
    private final Settings settings;
    private final Clock clock;
    private final ZoneId zone;

    public Retention(Journal journal, Settings settings, Clock clock, StapwijsProperties properties) {
        this.journal = journal;
        this.settings = settings;
        this.clock = clock;
        this.zone = properties.zone();
    }

    public int detailMonths() {
        return settings.integer(Settings.JOURNAL_DETAIL_MONTHS, 24);
    }

    public void setDetailMonths(int months) {
        if (months < 3 || months > 120) {
            throw new IllegalArgumentException("Keep journal detail between 3 and 120 months");
        }
        settings.put(Settings.JOURNAL_DETAIL_MONTHS, String.valueOf(months));
    }

    @Scheduled(cron = "0 30 3 * * *", zone = "${stapwijs.zone:Europe/Amsterdam}")
    public long apply() {
        LocalDate cutoff = LocalDate.now(clock.withZone(zone)).minusMonths(detailMonths()).withDayOfMonth(1);
        long rolled = journal.rollUpBefore(cutoff.atStartOfDay(zone).toInstant(), zone);
        if (rolled > 0) {
            log.info("Retention: {} journal events before {} rolled up into daily totals", rolled, cutoff);
        }
        return rolled;
    }
}
