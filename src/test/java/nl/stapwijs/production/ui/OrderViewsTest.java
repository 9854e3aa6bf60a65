package nl.stapwijs.production.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import nl.stapwijs.KaribuTest;
import nl.stapwijs.instruction.InstructionService;
import nl.stapwijs.instruction.Task;
import nl.stapwijs.production.CustomerOrder;
import nl.stapwijs.production.OrderDraft;
import nl.stapwijs.production.OrderOverview;
import nl.stapwijs.production.OrderService;
import nl.stapwijs.production.Product;
import nl.stapwijs.production.ProductService;
import nl.stapwijs.workforce.StaffService;
import nl.stapwijs.workforce.Team;
import nl.stapwijs.workforce.WorkforceService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class OrderViewsTest extends KaribuTest {

    @Autowired
    OrderService orders;
    @Autowired
    ProductService products;
    @Autowired
    InstructionService instructions;
    @Autowired
    WorkforceService workforce;
    @Autowired
    StaffService staff;

    @Test
    void a_supervisor_plans_an_order_for_their_team_and_finds_it_in_the_list_with_its_progress() {
        signIn("begeleider");
        UI.getCurrent().navigate(OrderEditView.class);
        OrderEditView editor = _get(OrderEditView.class);
        editor.customer.setValue("Kartonnage West");
        editor.reference.setValue("PO 4711");
        editor.product.setValue(product("Doos 40x30"));
        editor.quantity.setValue(300);
        editor.due.setValue(LocalDate.now().plusDays(10));
        editor.tasks.setValue(Set.of(task("VOUWEN")));
        editor.teams.setValue(Set.of(team("Team Verpakken")));

        _click(editor.save);

        CustomerOrder made = orders.orders(staff.viewer("begeleider").orElseThrow()).stream().map(OrderOverview::order)
                .filter(o -> o.customer().equals("Kartonnage West")).findFirst().orElseThrow();
        NotificationsKt.expectNotifications("Order " + made.code() + " is aangemaakt.");
        assertThat(made.quantity()).isEqualTo(300);
        assertThat(made.reference()).isEqualTo("PO 4711");
        assertThat(made.teamIds()).containsExactly(team("Team Verpakken").id());
        assertThat(made.createdBy()).isEqualTo("begeleider");

        UI.getCurrent().navigate(OrdersView.class);
        OrdersView list = _get(OrdersView.class);
        assertThat(GridKt._findAll(list.grid)).extracting(o -> o.order().code()).contains(made.code());
    }

    @Test
    void an_incomplete_order_is_refused_calmly_and_nothing_is_stored() {
        signIn("begeleider");
        int before = orders.orders(staff.viewer("beheer").orElseThrow()).size();
        UI.getCurrent().navigate(OrderEditView.class);
        OrderEditView editor = _get(OrderEditView.class);
        editor.customer.setValue("Zonder product");
        editor.quantity.setValue(10);
        editor.due.setValue(LocalDate.now().plusDays(3));

        _click(editor.save);

        NotificationsKt.expectNotifications("Kies een product.");
        assertThat(orders.orders(staff.viewer("beheer").orElseThrow())).hasSize(before);
    }

    @Test
    void a_supervisor_does_not_see_the_orders_of_another_site_and_can_close_their_own() {
        var admin = staff.viewer("beheer").orElseThrow();
        CustomerOrder green = orders.create(admin, new OrderDraft("Gemeente Breda", null, product("Zak bladafval").id(), 80,
                LocalDate.now().plusDays(5), null, List.of(task("BLAD").id()), List.of(), List.of()));
        CustomerOrder boxes = orders.create(admin, new OrderDraft("Doosjes BV", null, product("Doos 40x30").id(), 80,
                LocalDate.now().plusDays(5), null, List.of(task("VOUWEN").id()), List.of(), List.of()));
        signIn("begeleider");
        UI.getCurrent().navigate(OrdersView.class);
        List<String> shown = GridKt._findAll(_get(OrdersView.class).grid).stream().map(o -> o.order().code()).toList();
        assertThat(shown).contains(boxes.code()).doesNotContain(green.code());

        UI.getCurrent().navigate(OrderEditView.class, OrderEditView.of(boxes.id()));
        OrderEditView editor = _get(OrderEditView.class);
        assertThat(editor.customer.getValue()).isEqualTo("Doosjes BV");
        _click(editor.close);

        assertThat(orders.order(boxes.id()).orElseThrow().isOpen()).isFalse();
        UI.getCurrent().navigate(OrdersView.class);
        assertThat(GridKt._findAll(_get(OrdersView.class).grid)).extracting(o -> o.order().code()).doesNotContain(boxes.code());
    }

    private Product product(String name) {
        return products.products().stream().filter(p -> p.name().equals(name)).findFirst().orElseThrow();
    }

    private Task task(String code) {
        return instructions.tasks().stream().filter(t -> t.code().equals(code)).findFirst().orElseThrow();
    }

    private Team team(String name) {
        return workforce.teams().stream().filter(t -> t.name().equals(name)).findFirst().orElseThrow();
    }
}
