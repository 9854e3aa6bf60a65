package nl.stapwijs.production;

import java.util.List;
import nl.stapwijs.base.export.Table;

/** The orders list as a table to take away: one row per order with its progress and forecast. */
public final class OrderExport {

    private OrderExport() {
    }

    public static Table table(List<OrderOverview> orders, Words words) {
        List<List<Object>> rows = orders.stream().map(o -> Table.row(o.order().code(), o.order().customer(),
                o.order().reference(), o.product().name(), (long) o.order().quantity(), o.forecast().made(), o.rejects(),
                o.product().unit(), o.order().dueDate(), o.forecast().expected(),
                words.of("staff.orders.forecast." + o.forecast().status().name()),
                words.of(o.forecast().late() ? "staff.orders.late" : "staff.orders.onTime"),
                words.of("staff.orders.status." + o.order().status().name()))).toList();
        return new Table(words.of("staff.orders.sheetName"), List.of(words.of("staff.orders.code"),
                words.of("staff.orders.customer"), words.of("staff.orders.reference"), words.of("staff.orders.product"),
                words.of("staff.orders.quantity"), words.of("staff.orders.made"), words.of("staff.export.rejects"),
                words.of("staff.export.unit"), words.of("staff.orders.due"), words.of("staff.orders.expected"),
                words.of("staff.orders.forecast"), words.of("staff.orders.inTime"), words.of("staff.orders.status")),
                rows);
    }
}
