package nl.stapwijs.production;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import nl.stapwijs.instruction.Task;
import nl.stapwijs.workforce.Role;
import nl.stapwijs.workforce.Station;
import nl.stapwijs.workforce.Team;
import nl.stapwijs.workforce.Viewer;

/**
 * Who may see an order: an admin every one; a supervisor those assigned to their own teams or
 * to stations at those teams' sites, and unassigned ones made by tasks at those sites.
 */
record OrderScope(Map<Long, Long> teamSites, Map<Long, Long> stationSites, Map<Long, Long> taskSites) {

    static OrderScope of(List<Team> teams, List<Station> stations, List<Task> tasks) {
        return new OrderScope(teams.stream().collect(Collectors.toMap(Team::id, Team::siteId)),
                stations.stream().collect(Collectors.toMap(Station::id, Station::siteId)),
                tasks.stream().collect(Collectors.toMap(Task::id, Task::siteId)));
    }

    Set<Long> sitesOf(Viewer viewer) {
        return viewer.teams().stream().map(teamSites::get).filter(Objects::nonNull).collect(Collectors.toSet());
    }

    boolean maySee(Viewer viewer, CustomerOrder order) {
        if (viewer.is(Role.ADMIN)) {
            return true;
        }
        if (!viewer.is(Role.SUPERVISOR)) {
            return false;
        }
        Set<Long> sites = sitesOf(viewer);
        if (order.isAssigned()) {
            return order.teamIds().stream().anyMatch(viewer.teams()::contains)
                    || order.stationIds().stream().anyMatch(s -> sites.contains(stationSites.get(s)));
        }
        return order.taskIds().stream().anyMatch(t -> sites.contains(taskSites.get(t)));
    }
}
