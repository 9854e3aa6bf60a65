package nl.stapwijs.demo;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import nl.stapwijs.instruction.InstructionService;
import nl.stapwijs.instruction.Task;
import nl.stapwijs.production.CustomerOrder;
import nl.stapwijs.production.EventKind;
import nl.stapwijs.production.OrderDraft;
import nl.stapwijs.production.OrderService;
import nl.stapwijs.production.ProductionEvent;
import nl.stapwijs.workforce.StaffService;
import nl.stapwijs.workforce.Viewer;

/**
 * Customer orders for the demo, tied to the generated history so their progress is real: one
 * well on time, one whose forecast passes its due date, one done, and one not started yet. The
 * history's work on a task from an order's start day on is the work for that order.
 */
final class DemoOrders {

    private final OrderService orders;
    private final InstructionService instructions;
    private final StaffService staff;
    private final ZoneId zone;

    DemoOrders(OrderService orders, InstructionService instructions, StaffService staff, ZoneId zone) {
        this.orders = orders;
        this.instructions = instructions;
        this.staff = staff;
        this.zone = zone;
    }

    /** Adds the orders and returns the history with each order's events marked; no history, no orders. */
    List<ProductionEvent> seed(List<ProductionEvent> history, LocalDate today) {
        if (history.isEmpty()) {
            return history;
        }
        Viewer admin = staff.viewer("beheer").orElseThrow();
        Map<String, Task> tasks = instructions.tasks().stream().collect(Collectors.toMap(Task::code, t -> t));
        List<ProductionEvent> marked = new ArrayList<>(history);
        // Done: bags of screws for a DIY chain, made in full before their due date.
        Window screws = new Window(tasks.get("ZAKJES"), today.minusDays(24), today.minusDays(13));
        long bags = screws.made(history, zone);
        if (bags > 0) {
            mark(marked, screws, order(admin, "Bouwmarkt Zuid", "BZ-2026-114", screws.task(), bags,
                    today.minusDays(10), null));
        }
        // The green team's contract: leaf clearing for the municipality, going on.
        Window leaves = new Window(tasks.get("BLAD"), today.minusDays(9), today);
        mark(marked, leaves, order(admin, "Gemeente Oosterhout", "GR-2026-115", leaves.task(),
                leaves.made(history, zone) * 2 + 40, today.plusDays(20), "Bladruimen parken oost"));
        // On time: boxes at the pace of the last days, due with days to spare.
        Window boxes = new Window(tasks.get("VOUWEN"), today.minusDays(9), today);
        long perDay = Math.max(1, boxes.made(history, zone) / 7);
        mark(marked, boxes, order(admin, "Kartonnage Oost", "PO 88213", boxes.task(), boxes.made(history, zone) + perDay * 4,
                today.plusDays(14), null));
        // Late: far more lamps than the pace makes before the due date.
        Window lamps = new Window(tasks.get("LAMP"), today.minusDays(6), today);
        long lampsPerDay = Math.max(1, lamps.made(history, zone) / 5);
        mark(marked, lamps, order(admin, "Lumen Verlichting", "LV-5521", lamps.task(), lamps.made(history, zone) + lampsPerDay * 25,
                today.plusDays(6), "Klant belt bij vertraging"));
        // Not started: planned for the Montage team.
        order(admin, "Elektro Noord", null, tasks.get("STEKKER"), 600, today.plusDays(21), null);
        return marked;
    }

    private CustomerOrder order(Viewer admin, String customer, String reference, Task task, long quantity, LocalDate due,
            String note) {
        return orders.create(admin, new OrderDraft(customer, reference, task.productId(), (int) quantity, due, note,
                List.of(task.id()), List.of(), List.of()));
    }

    private void mark(List<ProductionEvent> events, Window window, CustomerOrder order) {
        Predicate<ProductionEvent> inside = window.matches(zone);
        events.replaceAll(e -> inside.test(e) ? e.withOrder(order.id()) : e);
    }

    /** One task's work on the days from and to (both included). */
    private record Window(Task task, LocalDate from, LocalDate to) {

        Predicate<ProductionEvent> matches(ZoneId zone) {
            return e -> e.taskId() != null && e.taskId() == task.id()
                    && !e.occurredAt().atZone(zone).toLocalDate().isBefore(from)
                    && !e.occurredAt().atZone(zone).toLocalDate().isAfter(to);
        }

        long made(List<ProductionEvent> history, ZoneId zone) {
            return history.stream().filter(e -> e.kind() == EventKind.UNIT).filter(matches(zone))
                    .mapToLong(ProductionEvent::quantity).sum();
        }
    }
}
