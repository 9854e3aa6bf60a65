package nl.stapwijs.production.ui;

import nl.stapwijs.workforce.Role;
import jakarta.annotation.security.RolesAllowed;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.stapwijs.base.StapwijsProperties;
import nl.stapwijs.base.Subscription;
import nl.stapwijs.instruction.InstructionService;
import nl.stapwijs.instruction.LocalizedTask;
import nl.stapwijs.production.CustomerOrder;
import nl.stapwijs.production.DowntimeReason;
import nl.stapwijs.production.FloorCard;
import nl.stapwijs.production.FloorService;
import nl.stapwijs.production.LiveFloor;
import nl.stapwijs.production.NormPace;
import nl.stapwijs.production.OrderService;
import nl.stapwijs.workforce.CurrentViewer;
import nl.stapwijs.workforce.Site;
import nl.stapwijs.workforce.Viewer;
import nl.stapwijs.workforce.Station;
import nl.stapwijs.workforce.Worker;
import nl.stapwijs.workforce.WorkforceService;

/** The live floor: a card per station, pushed from the journal within moments of each scan. */
@Route("floor")
@RolesAllowed({Role.ADMIN_NAME, Role.SUPERVISOR_NAME})
@PageTitle("Werkvloer — Stapwijs")
public class FloorView extends Div {

    /** How long changes gather before one push carries them; well under the one second the floor promises. */
    private static final long PUSH_DELAY_MS = 200;
    private static final java.util.concurrent.ScheduledExecutorService PUSHES =
            java.util.concurrent.Executors.newSingleThreadScheduledExecutor(r -> {
                Thread thread = new Thread(r, "floor-push");
                thread.setDaemon(true);
                return thread;
            });

    private final LiveFloor floor;
    private final FloorService floorService;
    private final Map<String, StationCard> cards = new HashMap<>();
    private final Map<String, FloorCard> pending = new ConcurrentHashMap<>();
    private final AtomicBoolean flushQueued = new AtomicBoolean();
    private Subscription subscription;

    public FloorView(LiveFloor floor, FloorService floorService, WorkforceService workforce,
            InstructionService instructions, OrderService orders, NormPace norms, java.time.Clock clock,
            StapwijsProperties properties, CurrentViewer current) {
        this.floor = floor;
        this.floorService = floorService;
        addClassName("floor");
        add(new H2(getTranslation("staff.floor.title")));

        Map<Long, Worker> workers = workforce.activeWorkers().stream().collect(Collectors.toMap(Worker::id, w -> w));
        Map<Long, LocalizedTask> tasks = new ConcurrentHashMap<>();
        Function<Long, LocalizedTask> taskName = id -> tasks.computeIfAbsent(id,
                key -> instructions.task(key, "nl").orElse(null));
        Function<Long, Worker> workerName = id -> workers.computeIfAbsent(id,
                key -> workforce.worker(key).orElse(null));
        Map<Long, CustomerOrder> knownOrders = new ConcurrentHashMap<>();
        Function<Long, CustomerOrder> orderOf = id -> knownOrders.computeIfAbsent(id, key -> orders.order(key).orElse(null));

        // A supervisor sees the sites of their own teams only; an admin sees every site.
        Viewer viewer = current.require();
        java.util.Set<Long> sites = workforce.teams().stream().filter(team -> viewer.maySeeTeam(team.id()))
                .map(nl.stapwijs.workforce.Team::siteId).collect(Collectors.toSet());
        Map<Long, List<Station>> bySite = workforce.stations().stream().collect(Collectors.groupingBy(Station::siteId));
        for (Site site : workforce.sites().stream().filter(s -> sites.contains(s.id())).toList()) {
            Div section = new Div();
            section.addClassName("floor-site");
            section.add(new H3(site.name()));
            Div grid = new Div();
            grid.addClassName("floor-grid");
            for (Station station : bySite.getOrDefault(site.id(), List.of())) {
                StationCard card = new StationCard(station, workerName, taskName, orderOf, properties.zone(),
                        new StationCard.FloorActions() {
                            @Override
                            public void helpGiven() {
                                floorService.helpGiven(station.code());
                            }

                            @Override
                            public void startDowntime(DowntimeReason reason) {
                                floorService.startDowntime(station.code(), reason);
                            }

                            @Override
                            public void endDowntime() {
                                floorService.endDowntime(station.code());
                            }

                            @Override
                            public void showPace(PaceBar bar, FloorCard card) {
                                bar.show(card, norms, clock.instant());
                            }
                        });
                cards.put(station.code(), card);
                grid.add(card);
            }
            section.add(grid);
            add(section);
        }
    }

    @Override
    protected void onAttach(AttachEvent attach) {
        cards.forEach((code, card) -> card.show(floor.card(code)));
        UI ui = attach.getUI();
        subscription = floor.subscribe(card -> {
            if (!cards.containsKey(card.station())) {
                return;
            }
            pending.put(card.station(), card);
            // Many scans arrive every second on a busy floor: gather them for a moment and send
            // one push with all changed cards, well within the second a supervisor may wait.
            if (flushQueued.compareAndSet(false, true)) {
                PUSHES.schedule(() -> ui.access(this::flush), PUSH_DELAY_MS, java.util.concurrent.TimeUnit.MILLISECONDS);
            }
        });
    }

    @Override
    protected void onDetach(DetachEvent detach) {
        subscription.cancel();
    }

    private void flush() {
        flushQueued.set(false);
        for (String station : List.copyOf(pending.keySet())) {
            FloorCard card = pending.remove(station);
            StationCard view = cards.get(station);
            if (card != null && view != null) {
                view.show(card);
            }
        }
    }
}
