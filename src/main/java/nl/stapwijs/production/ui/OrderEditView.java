package nl.stapwijs.production.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import nl.stapwijs.base.ui.Downloads;
import nl.stapwijs.instruction.InstructionService;
import nl.stapwijs.instruction.LocalizedTask;
import nl.stapwijs.instruction.Task;
import nl.stapwijs.production.CustomerOrder;
import nl.stapwijs.production.OrderDraft;
import nl.stapwijs.production.OrderOverview;
import nl.stapwijs.production.OrderService;
import nl.stapwijs.production.OrderSheets;
import nl.stapwijs.production.OrderStatus;
import nl.stapwijs.production.Product;
import nl.stapwijs.production.ProductService;
import nl.stapwijs.production.Refused;
import nl.stapwijs.workforce.CurrentViewer;
import nl.stapwijs.workforce.Role;
import nl.stapwijs.workforce.Station;
import nl.stapwijs.workforce.Team;
import nl.stapwijs.workforce.Viewer;
import nl.stapwijs.workforce.WorkforceService;

/** A new customer order, or a change to one; its sheet to print; closing it when delivered. */
@Route("orders/edit/:id?")
@PageTitle("Order — Stapwijs")
@RolesAllowed({Role.ADMIN_NAME, Role.SUPERVISOR_NAME})
public class OrderEditView extends Div implements BeforeEnterObserver {

    final TextField customer = new TextField();
    final TextField reference = new TextField();
    final ComboBox<Product> product = new ComboBox<>();
    final IntegerField quantity = new IntegerField();
    final DatePicker due = new DatePicker();
    final MultiSelectComboBox<Task> tasks = new MultiSelectComboBox<>();
    final MultiSelectComboBox<Team> teams = new MultiSelectComboBox<>();
    final MultiSelectComboBox<Station> stations = new MultiSelectComboBox<>();
    final TextArea note = new TextArea();
    final Button save = new Button();
    final Button close = new Button();
    private final H2 title = new H2();
    private final Paragraph progress = new Paragraph();
    private final Div links = new Div();
    private final OrderService orders;
    private final OrderSheets sheets;
    private final Viewer viewer;
    private CustomerOrder editing;

    public OrderEditView(OrderService orders, OrderSheets sheets, ProductService products, InstructionService instructions,
            WorkforceService workforce, CurrentViewer current) {
        this.orders = orders;
        this.sheets = sheets;
        this.viewer = current.require();
        addClassNames("admin-page", "order-edit-page");
        customer.setLabel(getTranslation("staff.orders.customer"));
        customer.setRequired(true);
        reference.setLabel(getTranslation("staff.orders.reference"));
        product.setLabel(getTranslation("staff.orders.product"));
        product.setItems(products.products());
        product.setItemLabelGenerator(p -> p.name() + " (" + getTranslation("staff.sheet.perScan", p.perScan()) + ")");
        quantity.setLabel(getTranslation("staff.orders.quantity"));
        quantity.setMin(1);
        due.setLabel(getTranslation("staff.orders.due"));
        tasks.setLabel(getTranslation("staff.orders.tasks"));
        Set<Long> sites = workforce.teams().stream().filter(t -> viewer.maySeeTeam(t.id())).map(Team::siteId)
                .collect(Collectors.toSet());
        boolean admin = viewer.is(Role.ADMIN);
        tasks.setItems(instructions.tasks().stream().filter(t -> admin || sites.contains(t.siteId())).toList());
        tasks.setItemLabelGenerator(t -> instructions.task(t.id(), "nl").map(LocalizedTask::name).orElse(t.code()));
        teams.setLabel(getTranslation("staff.orders.teams"));
        teams.setItems(workforce.teams().stream().filter(t -> viewer.maySeeTeam(t.id())).toList());
        teams.setItemLabelGenerator(Team::name);
        stations.setLabel(getTranslation("staff.orders.stations"));
        stations.setItems(workforce.stations().stream().filter(s -> admin || sites.contains(s.siteId())).toList());
        stations.setItemLabelGenerator(Station::name);
        note.setLabel(getTranslation("staff.orders.note"));
        // Stable ids: the fields can be found without knowing the language of their labels.
        customer.setId("order-customer");
        product.setId("order-product");
        quantity.setId("order-quantity");
        due.setId("order-due");
        tasks.setId("order-tasks");
        FormLayout form = new FormLayout(customer, reference, product, quantity, due, tasks, teams, stations, note);
        form.setColspan(note, 2);
        save.setText(getTranslation("staff.orders.save"));
        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.addClassName("order-save");
        save.addClickListener(click -> save());
        close.addClickListener(click -> toggleClosed());
        Button back = new Button(getTranslation("staff.orders.back"), click -> UI.getCurrent().navigate(OrdersView.class));
        back.addThemeVariants(ButtonVariant.TERTIARY);
        links.addClassName("order-links");
        add(title, progress, form, new HorizontalLayout(save, close, back), links);
    }

    /** Opens an order to change, by id. */
    static RouteParameters of(long orderId) {
        return new RouteParameters("id", String.valueOf(orderId));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Long id = event.getRouteParameters().getLong("id").orElse(null);
        editing = id == null ? null : orders.overview(viewer, id).map(OrderOverview::order).orElse(null);
        show();
    }

    private void show() {
        links.removeAll();
        close.setVisible(editing != null);
        if (editing == null) {
            title.setText(getTranslation("staff.orders.new"));
            progress.setText(getTranslation("staff.orders.newIntro"));
            return;
        }
        title.setText(getTranslation("staff.orders.title", editing.code(), editing.customer()));
        orders.overview(viewer, editing.id()).ifPresent(o -> progress.setText(getTranslation("staff.orders.madeOf",
                o.forecast().made(), editing.quantity(), o.product().unit())));
        customer.setValue(editing.customer());
        reference.setValue(editing.reference() == null ? "" : editing.reference());
        product.getListDataView().getItems().filter(p -> p.id() == editing.productId()).findFirst().ifPresent(product::setValue);
        quantity.setValue(editing.quantity());
        due.setValue(editing.dueDate());
        tasks.setValue(selected(tasks, t -> editing.taskIds().contains(t.id())));
        teams.setValue(selected(teams, t -> editing.teamIds().contains(t.id())));
        stations.setValue(selected(stations, s -> editing.stationIds().contains(s.id())));
        note.setValue(editing.note() == null ? "" : editing.note());
        close.setText(getTranslation(editing.isOpen() ? "staff.orders.close" : "staff.orders.reopen"));
        String base = "order-" + editing.code();
        long id = editing.id();
        links.add(Downloads.link(getTranslation("staff.orders.printSheet"), base + ".pdf", "application/pdf",
                () -> sheets.sheet(viewer, id, this::getTranslation, getLocale())));
    }

    private static <T> Set<T> selected(MultiSelectComboBox<T> box, java.util.function.Predicate<T> wanted) {
        return box.getListDataView().getItems().filter(wanted).collect(Collectors.toSet());
    }

    private OrderDraft draft() {
        return new OrderDraft(customer.getValue(), reference.getValue(), product.getValue() == null ? null : product.getValue().id(),
                quantity.getValue() == null ? 0 : quantity.getValue(), due.getValue(), note.getValue(),
                ids(tasks.getValue().stream().map(Task::id)), ids(teams.getValue().stream().map(Team::id)),
                ids(stations.getValue().stream().map(Station::id)));
    }

    private static List<Long> ids(java.util.stream.Stream<Long> ids) {
        return ids.sorted().toList();
    }

    private void save() {
        try {
            if (editing == null) {
                editing = orders.create(viewer, draft());
                Notification.show(getTranslation("staff.orders.created", editing.code()));
                UI.getCurrent().navigate(OrderEditView.class, of(editing.id()));
            } else {
                orders.update(viewer, editing.id(), draft());
                editing = orders.order(editing.id()).orElseThrow();
                Notification.show(getTranslation("staff.orders.saved"));
                show();
            }
        } catch (Refused refused) {
            Notification.show(getTranslation(refused.key(), refused.arguments()));
        }
    }

    private void toggleClosed() {
        orders.setStatus(viewer, editing.id(), editing.isOpen() ? OrderStatus.CLOSED : OrderStatus.OPEN);
        editing = orders.order(editing.id()).orElseThrow();
        Notification.show(getTranslation(editing.isOpen() ? "staff.orders.reopened" : "staff.orders.closed"));
        show();
    }
}
