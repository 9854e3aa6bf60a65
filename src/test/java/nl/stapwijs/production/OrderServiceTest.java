package nl.stapwijs.production;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import nl.stapwijs.station.Mode;
import nl.stapwijs.station.StationFixture;
import nl.stapwijs.station.StationRuntime;
import nl.stapwijs.workforce.Viewer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OrderServiceTest {

    @TempDir
    Path dir;

    StationFixture fixture;
    OrderService orders;
    Viewer admin;
    Viewer supervisor;

    @BeforeEach
    void open() {
        fixture = new StationFixture(dir);
        orders = fixture.orders;
        admin = fixture.staff.viewer("beheer").orElseThrow();
        supervisor = fixture.staff.viewer("begeleider").orElseThrow();
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    @Test
    void an_order_gets_the_next_code_and_keeps_what_was_planned() {
        CustomerOrder first = orders.create(admin, draft("Doos 40x30", List.of("VOUWEN"), List.of(team("Verpakken")), 500));
        CustomerOrder second = orders.create(admin, draft("Doos 40x30", List.of("VOUWEN"), List.of(), 200));

        assertThat(first.code()).isEqualTo("ORD-1001");
        assertThat(second.code()).isEqualTo("ORD-1002");
        assertThat(first.customer()).isEqualTo("Kartonnage Oost");
        assertThat(first.teamIds()).containsExactly(team("Verpakken"));
        assertThat(first.status()).isEqualTo(OrderStatus.OPEN);
        assertThat(first.createdBy()).isEqualTo("beheer");
    }

    @Test
    void a_supervisor_sees_and_plans_only_the_orders_of_their_own_teams() {
        CustomerOrder groen = orders.create(admin, draft("Zak bladafval", List.of("BLAD"), List.of(team("Groen")), 100));
        CustomerOrder verpakken = orders.create(supervisor, draft("Doos 40x30", List.of("VOUWEN"), List.of(team("Verpakken")), 100));
        CustomerOrder unassignedGroen = orders.create(admin, draft("Zak bladafval", List.of("BLAD"), List.of(), 100));

        assertThat(orders.orders(supervisor)).extracting(o -> o.order().id()).containsExactly(verpakken.id());
        assertThat(orders.orders(admin)).hasSize(3);
        assertThat(orders.overview(supervisor, groen.id())).isEmpty();
        assertThat(orders.overview(supervisor, unassignedGroen.id())).isEmpty();
        assertThatThrownBy(() -> orders.create(supervisor, draft("Zak bladafval", List.of("BLAD"), List.of(), 10)))
                .isInstanceOfSatisfying(Refused.class, r -> assertThat(r.key()).isEqualTo("staff.orders.refused.scope"));
        assertThatThrownBy(() -> orders.setStatus(supervisor, groen.id(), OrderStatus.CLOSED)).isInstanceOf(Refused.class);
    }

    @Test
    void an_order_is_refused_without_a_task_that_makes_its_product_and_without_the_basics() {
        assertThatThrownBy(() -> orders.create(admin, draft("Doos 40x30", List.of("ZAKJES"), List.of(), 10)))
                .isInstanceOfSatisfying(Refused.class, r -> assertThat(r.key()).isEqualTo("staff.orders.refused.finishing"));
        assertThatThrownBy(() -> orders.create(admin, draft("Doos 40x30", List.of(), List.of(), 10)))
                .isInstanceOfSatisfying(Refused.class, r -> assertThat(r.key()).isEqualTo("staff.orders.refused.tasks"));
        assertThatThrownBy(() -> orders.create(admin, draft("Doos 40x30", List.of("VOUWEN"), List.of(), 0)))
                .isInstanceOfSatisfying(Refused.class, r -> assertThat(r.key()).isEqualTo("staff.orders.refused.quantity"));
        assertThat(orders.orders(admin)).isEmpty();
    }

    @Test
    void progress_is_the_journals_good_units_of_the_task_that_makes_the_product() {
        CustomerOrder order = orders.create(admin, draft("Doos 40x30", List.of("VOUWEN", "ZAKJES"), List.of(), 10));
        StationRuntime station = working("VER-1", "P-1005", order, "VOUWEN");
        station.scan(fixture.productCode("VOUWEN"));
        station.scan(fixture.productCode("VOUWEN"));
        station.reject(RejectReason.DIRTY);
        StationRuntime bags = working("VER-2", "P-1006", order, "ZAKJES");
        bags.scan(fixture.productCode("ZAKJES"));
        StationRuntime without = fixture.station("VER-3");
        without.scan("P-1007");
        without.chooseTask(fixture.taskId("VOUWEN"));
        without.scan(fixture.productCode("VOUWEN"));

        OrderOverview overview = orders.overview(admin, order.id()).orElseThrow();

        assertThat(overview.forecast().made()).isEqualTo(2);
        assertThat(overview.forecast().remaining()).isEqualTo(8);
        assertThat(overview.rejects()).isEqualTo(1);
        assertThat(overview.perTask()).containsEntry(fixture.taskId("VOUWEN"), 2L).containsEntry(fixture.taskId("ZAKJES"), 1L);
        assertThat(overview.startedAt()).isNotNull();
        assertThat(overview.forecast().status()).isEqualTo(OrderForecast.Status.MEASURING);
    }

    @Test
    void an_order_whose_quantity_is_made_is_done() {
        CustomerOrder order = orders.create(admin, draft("Doos 40x30", List.of("VOUWEN"), List.of(), 3));
        StationRuntime station = working("VER-1", "P-1005", order, "VOUWEN");
        for (int i = 0; i < 4; i++) {
            station.scan(fixture.productCode("VOUWEN"));
        }

        OrderForecast forecast = orders.overview(admin, order.id()).orElseThrow().forecast();

        assertThat(forecast.status()).isEqualTo(OrderForecast.Status.DONE);
        assertThat(forecast.made()).isEqualTo(4);
        assertThat(forecast.expected()).isEqualTo(LocalDate.of(2026, 11, 17));
        assertThat(forecast.late()).isFalse();
    }

    private StationRuntime working(String code, String badge, CustomerOrder order, String task) {
        StationRuntime station = fixture.station(code);
        station.scan(badge);
        station.scan(order.code());
        if (station.state().mode() == Mode.CHOOSE_TASK) {
            station.chooseTask(fixture.taskId(task));
        }
        while (station.state().mode() == Mode.STEPS) {
            station.next();
        }
        return station;
    }

    private OrderDraft draft(String product, List<String> tasks, List<Long> teams, int quantity) {
        long productId = fixture.products.products().stream().filter(p -> p.name().equals(product)).findFirst()
                .orElseThrow().id();
        return new OrderDraft("Kartonnage Oost", "PO-77", productId, quantity, LocalDate.of(2026, 11, 27), null,
                tasks.stream().map(fixture::taskId).toList(), teams, List.of());
    }

    private long team(String site) {
        return fixture.workforce.teams().stream().filter(t -> t.name().equals("Team " + site)).findFirst().orElseThrow().id();
    }
}
