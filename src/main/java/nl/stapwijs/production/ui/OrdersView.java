package nl.stapwijs.production.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.format.DateTimeFormatter;
import java.util.List;
import nl.stapwijs.base.export.Csv;
import nl.stapwijs.base.export.Xlsx;
import nl.stapwijs.base.ui.Downloads;
import nl.stapwijs.production.OrderExport;
import nl.stapwijs.production.OrderForecast;
import nl.stapwijs.production.OrderOverview;
import nl.stapwijs.production.OrderService;
import nl.stapwijs.production.Words;
import nl.stapwijs.workforce.CurrentViewer;
import nl.stapwijs.workforce.Role;
import nl.stapwijs.workforce.Viewer;

/**
 * Customer orders with their progress and forecast, the late ones marked; a supervisor sees
 * the orders of their own teams and sites. Click an order to change it or print its sheet.
 */
@Route("orders")
@PageTitle("Orders — Stapwijs")
@RolesAllowed({Role.ADMIN_NAME, Role.SUPERVISOR_NAME})
public class OrdersView extends Div {

    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d-M-yyyy");

    final Grid<OrderOverview> grid = new Grid<>();
    final Checkbox closedToo = new Checkbox();
    private final OrderService orders;
    private final Viewer viewer;

    public OrdersView(OrderService orders, CurrentViewer current) {
        this.orders = orders;
        this.viewer = current.require();
        addClassNames("admin-page", "orders-page");
        Words words = this::getTranslation;
        Button add = new Button(getTranslation("staff.orders.new"),
                click -> UI.getCurrent().navigate(OrderEditView.class));
        add.addThemeVariants(ButtonVariant.PRIMARY);
        add.addClassName("orders-new");
        closedToo.setLabel(getTranslation("staff.orders.closedToo"));
        closedToo.addValueChangeListener(change -> refresh());
        HorizontalLayout bar = new HorizontalLayout(add, closedToo,
                Downloads.link(getTranslation("staff.export.csv"), "orders.csv", "text/csv",
                        () -> Csv.write(OrderExport.table(orders.orders(viewer), words))),
                Downloads.link(getTranslation("staff.export.xlsx"), "orders.xlsx",
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                        () -> Xlsx.write(OrderExport.table(orders.orders(viewer), words))));
        bar.setAlignItems(HorizontalLayout.Alignment.BASELINE);

        grid.addColumn(o -> o.order().code()).setHeader(getTranslation("staff.orders.code")).setAutoWidth(true);
        // Customer and product share a column, so that on a tablet (768 px) every column, the
        // expected date with its late warning above all, fits without scrolling sideways.
        grid.addComponentColumn(this::item).setHeader(getTranslation("staff.orders.customerProduct")).setWidth("10em")
                .setFlexGrow(1);
        grid.addComponentColumn(this::progress).setHeader(getTranslation("staff.orders.progress")).setWidth("11em")
                .setFlexGrow(0);
        grid.addColumn(o -> DAY.format(o.order().dueDate())).setHeader(getTranslation("staff.orders.due")).setAutoWidth(true);
        grid.addComponentColumn(this::forecast).setHeader(getTranslation("staff.orders.expected")).setWidth("10em")
                .setFlexGrow(1);
        grid.setAllRowsVisible(true);
        grid.addItemClickListener(click -> UI.getCurrent().navigate(OrderEditView.class, OrderEditView.of(click.getItem().order().id())));
        grid.setPartNameGenerator(o -> o.forecast().late() ? "late" : null);
        add(new H2(getTranslation("staff.nav.orders")), new Paragraph(getTranslation("staff.orders.intro")), bar, grid);
        refresh();
    }

    List<OrderOverview> shown() {
        return orders.orders(viewer).stream().filter(o -> closedToo.getValue() || o.order().isOpen()).toList();
    }

    private void refresh() {
        grid.setItems(shown());
    }

    private Component item(OrderOverview o) {
        Span customer = new Span(o.order().customer());
        Span product = new Span(o.product().name());
        product.addClassName("orders-product");
        Div cell = new Div(customer, product);
        cell.addClassName("orders-item");
        cell.getElement().setAttribute("title", o.order().customer() + " — " + o.product().name());
        return cell;
    }

    private Component progress(OrderOverview o) {
        ProgressBar bar = new ProgressBar(0, 1, Math.min(1, o.forecast().made() / (double) o.order().quantity()));
        Span text = new Span(getTranslation("staff.orders.madeOf", o.forecast().made(), o.order().quantity(),
                o.product().unit()));
        text.addClassName("orders-made");
        Div cell = new Div(bar, text);
        cell.addClassName("orders-progress");
        return cell;
    }

    private Component forecast(OrderOverview o) {
        OrderForecast f = o.forecast();
        String text = switch (f.status()) {
            case DONE -> getTranslation("staff.orders.doneOn", DAY.format(f.expected()));
            case FORECAST -> DAY.format(f.expected());
            default -> getTranslation("staff.orders.forecast." + f.status().name());
        };
        Span span = new Span(text);
        span.addClassName("orders-forecast");
        if (f.late()) {
            span.setText(text + ", " + getTranslation("staff.orders.lateWarning"));
            span.addClassName("late");
            span.getElement().setAttribute("role", "alert");
        }
        if (!o.order().isOpen()) {
            span.setText(span.getText() + " (" + getTranslation("staff.orders.status.CLOSED") + ")");
        }
        return span;
    }
}
