package nl.stapwijs.production;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import nl.stapwijs.base.StapwijsProperties;
import nl.stapwijs.base.db.Database;
import nl.stapwijs.instruction.InstructionService;
import nl.stapwijs.instruction.LocalizedTask;
import nl.stapwijs.instruction.Task;
import nl.stapwijs.workforce.Station;
import nl.stapwijs.workforce.Team;
import nl.stapwijs.workforce.Viewer;
import nl.stapwijs.workforce.WorkforceService;
import org.springframework.stereotype.Service;

/**
 * Customer orders: supervisors plan them, stations work on them by scanning the order sheet,
 * and their progress and forecast are read from the journal. A supervisor sees and plans the
 * orders of their own teams and of the stations at those teams' sites.
 */
@Service
public class OrderService {

    private final Database database;
    private final InstructionService instructions;
    private final WorkforceService workforce;
    private final ProductService products;
    private final Clock clock;
    private final WorkingHours hours;

    public OrderService(Database database, InstructionService instructions, WorkforceService workforce,
            ProductService products, Clock clock, StapwijsProperties properties) {
        this.database = database;
        this.instructions = instructions;
        this.workforce = workforce;
        this.products = products;
        this.clock = clock;
        this.hours = WorkingHours.weekdays(properties.zone());
    }

    public WorkingHours workingHours() {
        return hours;
    }

    /** Every order the viewer may see, open and closed, by due date. */
    public List<OrderOverview> orders(Viewer viewer) {
        OrderScope scope = scope();
        List<CustomerOrder> visible = all().stream().filter(o -> scope.maySee(viewer, o)).toList();
        return overviews(visible);
    }

    public Optional<OrderOverview> overview(Viewer viewer, long orderId) {
        return order(orderId).filter(o -> scope().maySee(viewer, o)).map(o -> overviews(List.of(o)).get(0));
    }

    public Optional<CustomerOrder> order(long orderId) {
        OrderRepository repository = repository();
        return repository.order(orderId).map(row -> order(row, repository.tasksOf(row.id()), repository.teamsOf(row.id()),
                repository.stationsOf(row.id())));
    }

    /** Adds an order with the next free code ({@code ORD-1001}, ...). */
    public CustomerOrder create(Viewer viewer, OrderDraft draft) {
        check(viewer, draft);
        long id = database.write(tx -> {
            OrderRepository repository = tx.attach(OrderRepository.class);
            // A unique stand-in until the id is known: the code is made from the id.
            long made = repository.insert("NEW-" + java.util.UUID.randomUUID(), draft.customer().strip(),
                    blankToNull(draft.reference()), draft.productId(), draft.quantity(), draft.dueDate().toString(),
                    blankToNull(draft.note()), viewer.username(), clock.millis());
            repository.setCode(made, ProductService.ORDER_PREFIX + (1000 + made));
            link(repository, made, draft);
            return made;
        });
        return order(id).orElseThrow();
    }

    public void update(Viewer viewer, long orderId, OrderDraft draft) {
        CustomerOrder existing = order(orderId).filter(o -> scope().maySee(viewer, o))
                .orElseThrow(() -> new Refused("staff.orders.refused.gone"));
        check(viewer, draft);
        database.writeVoid(tx -> {
            OrderRepository repository = tx.attach(OrderRepository.class);
            repository.update(existing.id(), draft.customer().strip(), blankToNull(draft.reference()), draft.productId(),
                    draft.quantity(), draft.dueDate().toString(), blankToNull(draft.note()));
            repository.clearTasks(existing.id());
            repository.clearTeams(existing.id());
            repository.clearStations(existing.id());
            link(repository, existing.id(), draft);
        });
    }

    /** Closed orders are no longer offered to stations; their journal and figures stay. */
    public void setStatus(Viewer viewer, long orderId, OrderStatus status) {
        CustomerOrder existing = order(orderId).filter(o -> scope().maySee(viewer, o))
                .orElseThrow(() -> new Refused("staff.orders.refused.gone"));
        database.writeVoid(tx -> tx.attach(OrderRepository.class).setStatus(existing.id(), status.name()));
    }

    /** What a scanned order sheet means at a station, from the orders this process holds. */
    public OrderAtStation atStation(String code, Station station) {
        Optional<CustomerOrder> found = repository().orderByCode(code).flatMap(row -> order(row.id()));
        if (found.isEmpty()) {
            return new OrderAtStation.Unknown();
        }
        CustomerOrder order = found.get();
        if (!order.isOpen()) {
            return new OrderAtStation.Closed(order);
        }
        List<Long> here = tasksHere(order, station);
        return here.isEmpty() ? new OrderAtStation.Elsewhere(order) : new OrderAtStation.Startable(order, here);
    }

    /**
     * The order a station goes on with when a task starts without a sheet being scanned: the
     * order of its latest session on that task, while that order is open and still for it.
     * The order sheet stays at the station; nobody needs to scan it again every morning.
     */
    public Optional<CustomerOrder> continuing(Station station, long taskId) {
        long last = repository().lastOrderAt(station.code(), taskId).orElse(0L);
        if (last == 0) {
            return Optional.empty();
        }
        return order(last).filter(CustomerOrder::isOpen).filter(o -> tasksHere(o, station).contains(taskId));
    }

    private List<Long> tasksHere(CustomerOrder order, Station station) {
        boolean assignedHere = !order.isAssigned() || order.stationIds().contains(station.id())
                || workforce.teams().stream().anyMatch(t -> order.teamIds().contains(t.id()) && t.siteId() == station.siteId());
        if (!assignedHere) {
            return List.of();
        }
        Set<Long> offered = instructions.tasksOfStation(station.code(), "nl").stream().map(LocalizedTask::id)
                .collect(Collectors.toSet());
        return order.taskIds().stream().filter(offered::contains).toList();
    }

    private List<OrderOverview> overviews(List<CustomerOrder> orders) {
        if (orders.isEmpty()) {
            return List.of();
        }
        List<Long> ids = orders.stream().map(CustomerOrder::id).toList();
        OrderRepository repository = repository();
        return new OrderProgress(instructions.tasks(), products.products(), hours, clock.instant())
                .overviews(orders, repository.output(ids), repository.firstEvents(ids));
    }

    private List<CustomerOrder> all() {
        OrderRepository repository = repository();
        Map<Long, List<Long>> tasks = grouped(repository.allTasks());
        Map<Long, List<Long>> teams = grouped(repository.allTeams());
        Map<Long, List<Long>> stations = grouped(repository.allStations());
        return repository.orders().stream().map(row -> order(row, tasks.getOrDefault(row.id(), List.of()),
                teams.getOrDefault(row.id(), List.of()), stations.getOrDefault(row.id(), List.of()))).toList();
    }

    private void check(Viewer viewer, OrderDraft draft) {
        if (draft.customer() == null || draft.customer().isBlank()) {
            throw new Refused("staff.orders.refused.customer");
        }
        Product product = draft.productId() == null ? null : products.product(draft.productId()).orElse(null);
        if (product == null) {
            throw new Refused("staff.orders.refused.product");
        }
        if (draft.quantity() < 1 || draft.quantity() > 100_000_000) {
            throw new Refused("staff.orders.refused.quantity");
        }
        if (draft.dueDate() == null) {
            throw new Refused("staff.orders.refused.due");
        }
        Map<Long, Task> tasks = instructions.tasks().stream().collect(Collectors.toMap(Task::id, t -> t));
        if (draft.taskIds().isEmpty() || !tasks.keySet().containsAll(draft.taskIds())) {
            throw new Refused("staff.orders.refused.tasks");
        }
        if (draft.taskIds().stream().map(tasks::get).noneMatch(t -> t.productId() != null && t.productId() == product.id())) {
            throw new Refused("staff.orders.refused.finishing", product.name());
        }
        OrderScope scope = scope();
        if (!viewer.is(nl.stapwijs.workforce.Role.ADMIN)) {
            Set<Long> sites = scope.sitesOf(viewer);
            boolean ownTasks = draft.taskIds().stream().allMatch(t -> sites.contains(tasks.get(t).siteId()));
            boolean ownTeams = viewer.teams().containsAll(draft.teamIds());
            boolean ownStations = draft.stationIds().stream().allMatch(s -> sites.contains(scope.stationSites().get(s)));
            if (!ownTasks || !ownTeams || !ownStations) {
                throw new Refused("staff.orders.refused.scope");
            }
        }
    }

    private static void link(OrderRepository repository, long orderId, OrderDraft draft) {
        draft.taskIds().stream().distinct().forEach(t -> repository.addTask(orderId, t));
        draft.teamIds().stream().distinct().forEach(t -> repository.addTeam(orderId, t));
        draft.stationIds().stream().distinct().forEach(s -> repository.addStation(orderId, s));
    }

    private OrderScope scope() {
        return OrderScope.of(workforce.teams(), workforce.stations(), instructions.tasks());
    }

    private static Map<Long, List<Long>> grouped(List<OrderLink> links) {
        Map<Long, List<Long>> grouped = new HashMap<>();
        links.forEach(l -> grouped.computeIfAbsent(l.orderId(), k -> new ArrayList<>()).add(l.targetId()));
        return grouped;
    }

    private static CustomerOrder order(OrderRow row, List<Long> tasks, List<Long> teams, List<Long> stations) {
        return new CustomerOrder(row.id(), row.code(), row.customer(), row.reference(), row.productId(), row.quantity(),
                java.time.LocalDate.parse(row.dueDate()), OrderStatus.valueOf(row.status()), row.note(), row.createdBy(),
                Instant.ofEpochMilli(row.createdAt()), tasks, teams, stations);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private OrderRepository repository() {
        return database.onReader(OrderRepository.class);
    }
}
