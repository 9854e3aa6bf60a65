package nl.stapwijs.production;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import nl.stapwijs.instruction.Task;

/** Turns the journal's hourly rows of some orders into their progress, per-task output and forecast. */
final class OrderProgress {

    private final Map<Long, Task> tasks;
    private final Map<Long, Product> products;
    private final WorkingHours hours;
    private final Instant now;

    OrderProgress(List<Task> tasks, List<Product> products, WorkingHours hours, Instant now) {
        this.tasks = tasks.stream().collect(Collectors.toMap(Task::id, t -> t));
        this.products = products.stream().collect(Collectors.toMap(Product::id, p -> p));
        this.hours = hours;
        this.now = now;
    }

    List<OrderOverview> overviews(List<CustomerOrder> orders, List<OrderHourRow> rows, List<OrderLink> firstEvents) {
        Map<Long, List<OrderHourRow>> byOrder = rows.stream().collect(Collectors.groupingBy(OrderHourRow::orderId));
        Map<Long, Instant> started = firstEvents.stream()
                .collect(Collectors.toMap(OrderLink::orderId, l -> Instant.ofEpochMilli(l.targetId())));
        List<OrderOverview> overviews = new ArrayList<>();
        for (CustomerOrder order : orders) {
            overviews.add(overview(order, byOrder.getOrDefault(order.id(), List.of()), started.get(order.id())));
        }
        return overviews;
    }

    private OrderOverview overview(CustomerOrder order, List<OrderHourRow> rows, Instant startedAt) {
        Map<Long, long[]> byHour = new TreeMap<>();
        Map<Long, Long> perTask = new LinkedHashMap<>();
        order.taskIds().forEach(t -> perTask.put(t, 0L));
        for (OrderHourRow row : rows) {
            boolean unit = row.kind().equals("UNIT");
            if (unit) {
                perTask.merge(row.taskId(), row.quantity(), Long::sum);
            }
            Task task = tasks.get(row.taskId());
            // Only the tasks that make the ordered product count towards its quantity.
            if (task != null && task.productId() != null && task.productId() == order.productId()) {
                byHour.computeIfAbsent(row.hour(), h -> new long[2])[unit ? 0 : 1] += row.quantity();
            }
        }
        List<HourlyOutput> output = byHour.entrySet().stream().map(e -> new HourlyOutput(
                Instant.ofEpochMilli(e.getKey() * 3_600_000L), e.getValue()[0], e.getValue()[1])).toList();
        long rejects = output.stream().mapToLong(HourlyOutput::rejects).sum();
        OrderForecast forecast = Forecast.of(order.quantity(), order.dueDate(), output, startedAt, now, hours);
        return new OrderOverview(order, products.get(order.productId()), forecast, rejects, output, perTask, startedAt);
    }
}
