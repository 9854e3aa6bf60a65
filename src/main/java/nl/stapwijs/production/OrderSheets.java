package nl.stapwijs.production;

import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import nl.stapwijs.instruction.InstructionService;
import nl.stapwijs.instruction.LocalizedTask;
import nl.stapwijs.workforce.Station;
import nl.stapwijs.workforce.Team;
import nl.stapwijs.workforce.Viewer;
import nl.stapwijs.workforce.WorkforceService;
import org.springframework.stereotype.Service;

/** The order sheet of an order the viewer may see, with the names of what it refers to by id. */
@Service
public class OrderSheets {

    private final OrderService orders;
    private final ProductService products;
    private final InstructionService instructions;
    private final WorkforceService workforce;
    private final OrderSheet sheet;

    public OrderSheets(OrderService orders, ProductService products, InstructionService instructions,
            WorkforceService workforce, OrderSheet sheet) {
        this.orders = orders;
        this.products = products;
        this.instructions = instructions;
        this.workforce = workforce;
        this.sheet = sheet;
    }

    public byte[] sheet(Viewer viewer, long orderId, Words words, Locale locale) {
        CustomerOrder order = orders.overview(viewer, orderId).map(OrderOverview::order)
                .orElseThrow(() -> new Refused("staff.orders.refused.gone"));
        Product product = products.product(order.productId()).orElseThrow();
        List<String> tasks = order.taskIds().stream()
                .map(id -> instructions.task(id, "nl").map(LocalizedTask::name).orElse("?")).toList();
        List<String> who = Stream.concat(
                workforce.teams().stream().filter(t -> order.teamIds().contains(t.id())).map(Team::name),
                workforce.stations().stream().filter(s -> order.stationIds().contains(s.id())).map(Station::name)).toList();
        return sheet.pdf(order, product, new OrderSheet.Names(product.name(), tasks, who), words, locale);
    }
}
