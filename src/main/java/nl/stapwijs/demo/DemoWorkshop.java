package nl.stapwijs.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.stapwijs.barcode.Ean13;
import nl.stapwijs.base.StapwijsProperties;
import nl.stapwijs.demo.DemoHistory.TaskPlan;
import nl.stapwijs.demo.DemoTask.DemoStep;
import nl.stapwijs.instruction.InstructionService;
import nl.stapwijs.instruction.NewStep;
import nl.stapwijs.instruction.TaskText;
import nl.stapwijs.production.Journal;
import nl.stapwijs.production.OrderService;
import nl.stapwijs.production.ProductBarcode;
import nl.stapwijs.production.ProductService;
import nl.stapwijs.production.ProductionEvent;
import nl.stapwijs.workforce.Role;
import nl.stapwijs.workforce.StaffService;
import nl.stapwijs.workforce.Worker;
import nl.stapwijs.workforce.WorkforceService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Seeds the demo workshop into an empty database; a database that has sites is left alone. */
public class DemoWorkshop {

    private static final Logger log = LoggerFactory.getLogger(DemoWorkshop.class);
    private static final int BATCH = 5_000;

    private final WorkforceService workforce;
    private final ProductService products;
    private final InstructionService instructions;
    private final Journal journal;
    private final StaffService staff;
    private final Clock clock;
    private final StapwijsProperties properties;
    private final DemoCoaching coaching;
    private final OrderService orders;

    public DemoWorkshop(WorkforceService workforce, ProductService products, InstructionService instructions,
            Journal journal, StaffService staff, Clock clock, StapwijsProperties properties, DemoCoaching coaching,
            OrderService orders) {
        this.workforce = workforce;
        this.staff = staff;
        this.products = products;
        this.instructions = instructions;
        this.journal = journal;
        this.clock = clock;
        this.properties = properties;
        this.coaching = coaching;
        this.orders = orders;
    }

    public void seedIfEmpty() {
        if (!workforce.sites().isEmpty()) {
            return;
        }
        Map<String, Long> sites = new HashMap<>();
        for (String code : DemoCatalog.SITE_ORDER) {
            long site = workforce.addSite(code, DemoCatalog.SITES.get(code));
            sites.put(code, site);
            workforce.addTeam(site, "Team " + DemoCatalog.SITES.get(code));
            DemoCatalog.STATIONS.get(code).forEach(station ->
                    workforce.addStation(station, DemoCatalog.SITES.get(code) + " " + station.substring(4), site));
        }
        Map<String, Long> teamOfSite = new HashMap<>();
        workforce.teams().forEach(team -> sites.forEach((code, id) -> {
            if (id == team.siteId()) {
                teamOfSite.put(code, team.id());
            }
        }));

        Map<String, List<TaskPlan>> plansOfSite = new HashMap<>();
        for (DemoTask task : DemoCatalog.TASKS) {
            plansOfSite.computeIfAbsent(task.site(), s -> new ArrayList<>()).add(seed(task, sites.get(task.site())));
        }

        Map<String, Long> workerIds = new HashMap<>();
        Map<String, List<TaskPlan>> plans = new HashMap<>();
        for (DemoWorker w : DemoCatalog.WORKERS) {
            long id = workforce.addWorker(new Worker(0, w.badge(), w.firstName(), w.lastName(), teamOfSite.get(w.site()),
                    w.language(), "openmoji:" + w.avatar(), w.scheme(), w.contractHours(), true, true));
            workerIds.put(w.badge(), id);
            List<TaskPlan> sitePlans = new ArrayList<>(plansOfSite.get(w.site()));
            // Alternate who usually does which task, so both tasks of a site have history.
            if (DemoCatalog.WORKERS.indexOf(w) % 2 == 1 && sitePlans.size() > 1) {
                sitePlans.add(sitePlans.remove(0));
            }
            plans.put(w.badge(), sitePlans);
        }

        seedAccounts(teamOfSite, workerIds);

        LocalDate today = LocalDate.now(clock.withZone(properties.zone()));
        List<ProductionEvent> history = new DemoHistory(properties.demo().seed(), properties.zone())
                .generate(today, properties.demo().historyDays(), DemoCatalog.WORKERS, workerIds, plans);
        history = new DemoOrders(orders, instructions, staff, properties.zone()).seed(history, today);
        for (int from = 0; from < history.size(); from += BATCH) {
            journal.store(history.subList(from, Math.min(history.size(), from + BATCH)));
        }
        coaching.seed(workerIds);
        log.info("Demo workshop seeded: {} sites, {} workers, {} tasks, {} journal events over {} days",
                sites.size(), workerIds.size(), DemoCatalog.TASKS.size(), history.size(), properties.demo().historyDays());
    }

    /** One account per role; the passwords are in the README and are for the demo only. */
    private void seedAccounts(Map<String, Long> teamOfSite, Map<String, Long> workerIds) {
        staff.create("beheer", "Anouk (beheer)", "stapwijs-beheer", Role.ADMIN);
        long supervisor = staff.create("begeleider", "Ruud (werkbegeleider)", "stapwijs-begeleider", Role.SUPERVISOR);
        staff.addTeam(supervisor, teamOfSite.get("MON"));
        staff.addTeam(supervisor, teamOfSite.get("VER"));
        long coach = staff.create("coach", "Noor (jobcoach)", "stapwijs-coach", Role.COACH);
        for (String badge : List.of("P-1001", "P-1003", "P-1005", "P-1008")) {
            staff.addToCaseload(coach, workerIds.get(badge));
        }
        long assessor = staff.create("beoordelaar", "Wim (loonwaardedeskundige)", "stapwijs-beoordelaar", Role.ASSESSOR);
        LocalDate today = LocalDate.now(clock.withZone(properties.zone()));
        staff.grant(assessor, workerIds.get("P-1008"), today.minusMonths(3), today,
                clock.instant().plus(java.time.Duration.ofDays(30)), "demo");
        staff.create("gemeente", "Gemeente (beleid)", "stapwijs-gemeente", Role.MUNICIPALITY);
    }

    private TaskPlan seed(DemoTask task, long siteId) {
        String code = "EAN_13".equals(task.symbology()) ? Ean13.withCheckDigit(task.barcode()) : task.barcode();
        long product = products.addProduct(task.product(), "openmoji:" + task.productPictogram(), 1,
                List.of(new ProductBarcode(code, 0, task.symbology())));
        List<TaskText> texts = new ArrayList<>();
        task.name().byLanguage().forEach((language, name) -> texts.add(new TaskText(0, language, name,
                task.unitOne().byLanguage().get(language), task.unitMany().byLanguage().get(language))));
        long taskId = instructions.createTask(task.code(), siteId, product, "openmoji:" + task.pictogram(), texts);
        List<NewStep> steps = task.steps().stream().map(DemoWorkshop::step).toList();
        long version = instructions.publish(taskId, steps);
        DemoCatalog.STATIONS.get(task.site()).forEach(station -> instructions.assignToStation(station, taskId));
        return new TaskPlan(taskId, version, steps.size(), task.normSeconds());
    }

    private static NewStep step(DemoStep step) {
        return new NewStep("openmoji:" + step.picture(), "openmoji:" + step.pictogram(),
                step.safety() == null ? null : "openmoji:" + step.safety(), step.text().byLanguage());
    }
}
