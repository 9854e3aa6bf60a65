package nl.stapwijs.station;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import nl.stapwijs.production.CustomerOrder;
import nl.stapwijs.production.EventKind;
import nl.stapwijs.production.OrderDraft;
import nl.stapwijs.production.OrderStatus;
import nl.stapwijs.production.ProductionEvent;
import nl.stapwijs.workforce.Viewer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Working on a customer order at a station: scanning its sheet, and every event after it. */
class StationRuntimeOrderTest {

    @TempDir
    Path dir;

    StationFixture fixture;
    StationRuntime station;
    Viewer admin;

    @BeforeEach
    void open() {
        fixture = new StationFixture(dir);
        station = fixture.station("VER-1");
        admin = fixture.staff.viewer("beheer").orElseThrow();
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    @Test
    void scanning_an_order_sheet_starts_its_task_and_every_event_of_that_session_carries_the_order() {
        CustomerOrder order = order(List.of("VOUWEN"), List.of(), List.of());
        station.scan("P-1005");

        Outcome outcome = station.scan(order.code());
        finishSteps();
        station.scan(fixture.productCode("VOUWEN"));
        station.help();

        assertThat(outcome).isInstanceOf(Outcome.OrderStarted.class);
        assertThat(station.state().task().task().code()).isEqualTo("VOUWEN");
        assertThat(station.state().order().id()).isEqualTo(order.id());
        List<ProductionEvent> session = afterLast(EventKind.SESSION_STARTED);
        assertThat(session.get(0).taskId()).isEqualTo(fixture.taskId("VOUWEN"));
        assertThat(session).extracting(ProductionEvent::kind).contains(EventKind.STEP_SHOWN, EventKind.UNIT,
                EventKind.HELP_REQUESTED);
        assertThat(session).allSatisfy(e -> assertThat(e.orderId()).isEqualTo(order.id()));
        assertThat(fixture.floor.card("VER-1").orderId()).isEqualTo(order.id());
    }

    @Test
    void an_order_sheet_scanned_while_working_on_its_task_keeps_the_count_and_skips_the_steps() {
        CustomerOrder order = order(List.of("VOUWEN"), List.of(), List.of());
        station.scan("P-1005");
        station.chooseTask(fixture.taskId("VOUWEN"));
        finishSteps();
        station.scan(fixture.productCode("VOUWEN"));

        station.scan(order.code());
        station.scan(fixture.productCode("VOUWEN"));

        assertThat(station.state().mode()).isEqualTo(Mode.PRODUCTION);
        assertThat(station.state().unitsToday()).isEqualTo(2);
        assertThat(afterLast(EventKind.SESSION_STARTED)).extracting(ProductionEvent::kind)
                .containsExactly(EventKind.SESSION_STARTED, EventKind.UNIT);
        assertThat(units()).extracting(ProductionEvent::orderId).containsExactly(null, order.id());
    }

    @Test
    void an_order_of_several_tasks_here_lets_the_worker_pick_one_of_them() {
        CustomerOrder order = order(List.of("VOUWEN", "ZAKJES"), List.of(), List.of());
        station.scan("P-1005");

        station.scan(order.code());
        assertThat(station.state().mode()).isEqualTo(Mode.CHOOSE_TASK);
        station.chooseTask(fixture.taskId("ZAKJES"));

        assertThat(station.state().order().id()).isEqualTo(order.id());
        assertThat(afterLast(EventKind.SESSION_STARTED).get(0).orderId()).isEqualTo(order.id());
    }

    @Test
    void an_order_for_another_station_or_a_closed_one_is_refused_calmly_and_starts_nothing() {
        long otherStation = fixture.workforce.station("VER-2").orElseThrow().id();
        CustomerOrder elsewhere = order(List.of("VOUWEN"), List.of(), List.of(otherStation));
        CustomerOrder closed = order(List.of("VOUWEN"), List.of(), List.of());
        fixture.orders.setStatus(admin, closed.id(), OrderStatus.CLOSED);
        station.scan("P-1005");

        Outcome other = station.scan(elsewhere.code());
        Outcome done = station.scan(closed.code());
        Outcome unknown = station.scan("ORD-999999");

        assertThat(List.of(other, done, unknown)).extracting(o -> ((Outcome.Refused) o).refusal())
                .containsExactly(Refusal.ORDER_ELSEWHERE, Refusal.ORDER_CLOSED, Refusal.UNKNOWN_CODE);
        assertThat(station.state().mode()).isEqualTo(Mode.CHOOSE_TASK);
        assertThat(station.state().order()).isNull();
        assertThat(fixture.station("VER-2").scan("P-1006")).isInstanceOf(Outcome.SignedIn.class);
        assertThat(fixture.station("VER-2").scan(elsewhere.code())).isInstanceOf(Outcome.OrderStarted.class);
    }

    @Test
    void an_order_sheet_before_signing_in_asks_for_the_badge_first() {
        CustomerOrder order = order(List.of("VOUWEN"), List.of(), List.of());

        Outcome outcome = station.scan(order.code());

        assertThat(outcome).isInstanceOfSatisfying(Outcome.Refused.class,
                refused -> assertThat(refused.refusal()).isEqualTo(Refusal.NOT_SIGNED_IN));
    }

    @Test
    void the_station_goes_on_with_its_order_the_next_time_the_task_starts_until_the_order_is_closed() {
        CustomerOrder order = order(List.of("VOUWEN"), List.of(), List.of());
        station.scan("P-1005");
        station.scan(order.code());
        station.signOut();
        station.finish();

        station.scan("P-1007");
        station.chooseTask(fixture.taskId("VOUWEN"));
        assertThat(station.state().order().id()).isEqualTo(order.id());
        station.signOut();
        station.finish();
        fixture.orders.setStatus(admin, order.id(), OrderStatus.CLOSED);
        station.scan("P-1005");
        station.chooseTask(fixture.taskId("VOUWEN"));

        assertThat(station.state().order()).isNull();
    }

    @Test
    void a_restarted_station_is_on_the_same_order() {
        CustomerOrder order = order(List.of("VOUWEN"), List.of(), List.of());
        station.scan("P-1005");
        station.scan(order.code());
        finishSteps();

        StationRuntime again = fixture.restarted().runtime("VER-1").orElseThrow();
        again.scan(fixture.productCode("VOUWEN"));

        assertThat(again.state().order().id()).isEqualTo(order.id());
        assertThat(units()).extracting(ProductionEvent::orderId).containsExactly(order.id());
    }

    private CustomerOrder order(List<String> tasks, List<Long> teams, List<Long> stations) {
        long box = fixture.products.products().stream().filter(p -> p.name().equals("Doos 40x30")).findFirst()
                .orElseThrow().id();
        return fixture.orders.create(admin, new OrderDraft("Kartonnage Oost", "PO-77", box, 500,
                LocalDate.of(2026, 11, 27), null, tasks.stream().map(fixture::taskId).toList(), teams, stations));
    }

    private void finishSteps() {
        while (station.state().mode() == Mode.STEPS) {
            station.next();
        }
    }

    private List<ProductionEvent> units() {
        return fixture.journalOf("VER-1").stream().filter(e -> e.kind() == EventKind.UNIT).toList();
    }

    /** The events from the latest SESSION_STARTED on. */
    private List<ProductionEvent> afterLast(EventKind kind) {
        List<ProductionEvent> all = fixture.journalOf("VER-1");
        int last = 0;
        for (int i = 0; i < all.size(); i++) {
            if (all.get(i).kind() == kind) {
                last = i;
            }
        }
        return all.subList(last, all.size());
    }
}
