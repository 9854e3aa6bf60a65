package nl.stapwijs.production;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import nl.stapwijs.barcode.Label;
import nl.stapwijs.barcode.LabelFormat;
import nl.stapwijs.barcode.LabelSheet;
import nl.stapwijs.barcode.Symbology;
import nl.stapwijs.workforce.Team;
import nl.stapwijs.workforce.Viewer;
import nl.stapwijs.workforce.WorkforceService;
import org.springframework.stereotype.Service;

/**
 * Everything Stapwijs prints on labels: product codes, order codes, station codes and
 * badges, as a PDF for the chosen paper. A supervisor prints badges of their own teams only.
 */
@Service
public class Labels {

    /** What a sheet of labels carries. */
    public enum Kind {
        PRODUCTS,
        ORDERS,
        STATIONS,
        BADGES
    }

    private final ProductService products;
    private final OrderService orders;
    private final WorkforceService workforce;
    private final LabelSheet sheet;

    public Labels(ProductService products, OrderService orders, WorkforceService workforce, LabelSheet sheet) {
        this.products = products;
        this.orders = orders;
        this.workforce = workforce;
        this.sheet = sheet;
    }

    public byte[] pdf(Viewer viewer, Kind kind, LabelFormat format, Words words) {
        return sheet.pdf(labels(viewer, kind, words), format);
    }

    public List<Label> labels(Viewer viewer, Kind kind, Words words) {
        return switch (kind) {
            case PRODUCTS -> products.barcodes().stream().map(b -> {
                Product product = products.product(b.productId()).orElseThrow();
                return new Label(product.name(), List.of(words.of("staff.sheet.perScan", product.perScan())), b.code(),
                        List.of(Symbology.valueOf(b.symbology())));
            }).toList();
            case ORDERS -> orders.orders(viewer).stream().filter(o -> o.order().isOpen())
                    .map(o -> new Label(o.order().code(), List.of(o.order().customer(), o.product().name()), o.order().code(),
                            List.of(Symbology.CODE_128, Symbology.QR_CODE))).toList();
            case STATIONS -> workforce.stations().stream()
                    .filter(s -> viewer.is(nl.stapwijs.workforce.Role.ADMIN) || sitesOf(viewer).contains(s.siteId()))
                    .map(s -> new Label(s.name(), List.of(words.of("staff.labels.station")), s.code(),
                            List.of(Symbology.CODE_128, Symbology.QR_CODE))).toList();
            case BADGES -> {
                Map<Long, String> teams = workforce.teams().stream().collect(Collectors.toMap(Team::id, Team::name));
                List<Label> badges = new ArrayList<>();
                workforce.activeWorkers().stream().filter(w -> viewer.maySeeTeam(w.teamId()))
                        .forEach(w -> badges.add(new Label(w.shortName(), List.of(teams.getOrDefault(w.teamId(), "")),
                                w.badge(), List.of(Symbology.CODE_128, Symbology.QR_CODE))));
                yield badges;
            }
        };
    }

    private java.util.Set<Long> sitesOf(Viewer viewer) {
        return workforce.teams().stream().filter(t -> viewer.maySeeTeam(t.id())).map(Team::siteId)
                .collect(Collectors.toSet());
    }
}
