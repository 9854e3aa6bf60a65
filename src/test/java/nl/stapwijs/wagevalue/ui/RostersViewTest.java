package nl.stapwijs.wagevalue.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import nl.stapwijs.KaribuTest;
import nl.stapwijs.wagevalue.RosterService;
import nl.stapwijs.wagevalue.TeamRoster;
import nl.stapwijs.workforce.Team;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class RostersViewTest extends KaribuTest {

    @Autowired
    RosterService rosters;

    @Test
    void a_supervisor_sees_own_teams_and_saves_a_roster_change_as_a_new_version_from_tomorrow() {
        signIn("begeleider");
        UI.getCurrent().navigate(RostersView.class);
        RostersView view = _get(RostersView.class);
        assertThat(view.team.getListDataView().getItems().map(Team::name))
                .containsExactlyInAnyOrder("Team Montage", "Team Verpakken");
        Team team = view.team.getListDataView().getItems().filter(t -> t.name().equals("Team Verpakken"))
                .findFirst().orElseThrow();
        view.team.setValue(team);
        assertThat(view.days.get(DayOfWeek.MONDAY).breaks.getValue()).isEqualTo("10:00-10:15, 12:30-13:00, 14:45-15:00");

        view.days.get(DayOfWeek.FRIDAY).end.setValue(LocalTime.of(13, 0));
        view.days.get(DayOfWeek.FRIDAY).breaks.setValue("10:00-10:15");
        view.effectiveFrom.setValue(LocalDate.now().plusDays(1));
        _click(view.save);

        TeamRoster latest = rosters.versions(team.id()).getLast();
        assertThat(latest.version()).isEqualTo(2);
        assertThat(latest.effectiveFrom()).isEqualTo(LocalDate.now().plusDays(1));
        assertThat(latest.roster().days()).filteredOn(d -> d.weekday() == DayOfWeek.FRIDAY).singleElement()
                .satisfies(d -> assertThat(d.breaks()).hasSize(1));
        assertThat(GridKt._findAll(view.history)).hasSize(2);
        assertThat(rosters.versions(team.id()).getFirst().roster().days()).filteredOn(d -> d.weekday() == DayOfWeek.FRIDAY)
                .singleElement().satisfies(d -> assertThat(d.breaks()).hasSize(3));
    }
}
