package nl.stapwijs.production;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import nl.stapwijs.KaribuTest;
import nl.stapwijs.barcode.Label;
import nl.stapwijs.barcode.LabelFormat;
import nl.stapwijs.barcode.PrintedBarcodes;
import nl.stapwijs.workforce.StaffService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** What the label page prints, for whom: a supervisor gets badges and station codes of their own sites only. */
class LabelsTest extends KaribuTest {

    @Autowired
    Labels labels;
    @Autowired
    StaffService staff;

    private final Words words = (key, args) -> key;

    @Test
    void a_supervisor_prints_the_badges_of_their_own_teams_and_every_code_reads_back() {
        var supervisor = staff.viewer("begeleider").orElseThrow();

        List<String> badges = labels.labels(supervisor, Labels.Kind.BADGES, words).stream().map(Label::code).toList();
        List<String> stations = labels.labels(supervisor, Labels.Kind.STATIONS, words).stream().map(Label::code).toList();

        assertThat(badges).contains("P-1005").doesNotContain("P-1010");
        assertThat(stations).contains("VER-1", "MON-1").doesNotContain("GRO-1");
        byte[] pdf = labels.pdf(supervisor, Labels.Kind.STATIONS, LabelFormat.A4_24, words);
        assertThat(PrintedBarcodes.perLabel(pdf, LabelFormat.A4_24).stream().flatMap(List::stream).toList())
                .containsAll(stations);
    }

    @Test
    void product_labels_carry_each_barcode_with_what_one_scan_counts() {
        var admin = staff.viewer("beheer").orElseThrow();

        List<Label> products = labels.labels(admin, Labels.Kind.PRODUCTS, (key, args) -> key + " " + List.of(args));

        assertThat(products).extracting(Label::code).contains("GRO-ZAK-BLAD");
        assertThat(products).filteredOn(l -> l.code().equals("GRO-ZAK-BLAD")).singleElement()
                .satisfies(l -> assertThat(l.lines()).containsExactly("staff.sheet.perScan [1 stuks]"));
        assertThat(PrintedBarcodes.all(labels.pdf(admin, Labels.Kind.PRODUCTS, LabelFormat.BROTHER_62X29, words)))
                .containsAll(products.stream().map(Label::code).toList());
    }
}
