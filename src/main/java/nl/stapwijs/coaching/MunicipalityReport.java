package nl.stapwijs.coaching;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.stapwijs.workforce.Scheme;
import nl.stapwijs.workforce.Site;

/**
 * Figures per site and scheme for the municipality. An empty Optional is a group too small to
 * show (fewer than five people), or a total from which such a group could be worked out.
 */
public record MunicipalityReport(LocalDate from, LocalDate to, List<Site> sites, List<Scheme> schemes,
        Map<Long, Map<Scheme, Optional<GroupFigures>>> cells, Map<Long, Optional<GroupFigures>> siteTotals,
        Map<Scheme, Optional<GroupFigures>> schemeTotals, Optional<GroupFigures> total) {

    public static final int MINIMUM_GROUP = SmallGroups.MINIMUM;
}
