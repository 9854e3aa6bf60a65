package nl.stapwijs.production.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import nl.stapwijs.KaribuTest;
import nl.stapwijs.barcode.Ean13;
import nl.stapwijs.barcode.Symbology;
import nl.stapwijs.production.Product;
import nl.stapwijs.production.ProductBarcode;
import nl.stapwijs.production.ProductService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class ProductsViewTest extends KaribuTest {

    @Autowired
    ProductService products;

    @Test
    void a_supervisor_adds_a_box_of_twenty_with_an_ean_and_a_qr_code_after_a_wrong_check_digit_is_refused() {
        signIn("begeleider");
        UI.getCurrent().navigate(ProductsView.class);
        ProductsView view = _get(ProductsView.class);
        view.name.setValue("Plantenbak, doos van 20");
        view.perScan.setValue(20);
        view.unit.setValue("stuks");
        BarcodeRows.Row ean = view.barcodes.rows.get(0);
        ean.code().setValue("8712345678900");
        _click(view.barcodes.add);
        BarcodeRows.Row qr = view.barcodes.rows.get(1);
        qr.kind().setValue(Symbology.QR_CODE);
        qr.code().setValue("PLANTENBAK-20");

        _click(view.save);
        NotificationsKt.expectNotifications("8712345678900 is geen geldige EAN-13 (13 cijfers met controlecijfer).");
        assertThat(products.products()).extracting(Product::name).doesNotContain("Plantenbak, doos van 20");

        String valid = Ean13.withCheckDigit("871234567890");
        ean.code().setValue(valid);
        _click(view.save);

        NotificationsKt.expectNotifications("Plantenbak, doos van 20 is opgeslagen.");
        Product made = products.products().stream().filter(p -> p.name().equals("Plantenbak, doos van 20")).findFirst()
                .orElseThrow();
        assertThat(made.unitsPerScan()).isEqualTo(20);
        assertThat(made.perScan()).isEqualTo("20 stuks");
        assertThat(products.barcodesOf(made.id())).extracting(ProductBarcode::code, ProductBarcode::symbology)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple(valid, "EAN_13"),
                        org.assertj.core.groups.Tuple.tuple("PLANTENBAK-20", "QR_CODE"));
        assertThat(products.productByBarcode("PLANTENBAK-20")).contains(made);
        assertThat(GridKt._findAll(view.grid)).contains(made);
    }

    @Test
    void green_maintenance_counts_square_metres_and_a_code_like_an_order_sheet_is_refused() {
        signIn("beheer");
        UI.getCurrent().navigate(ProductsView.class);
        ProductsView view = _get(ProductsView.class);
        view.name.setValue("Gras maaien");
        view.perScan.setValue(50);
        view.unit.setValue("m²");
        view.barcodes.rows.get(0).kind().setValue(Symbology.CODE_128);
        view.barcodes.rows.get(0).code().setValue("ORD-9999");

        _click(view.save);
        NotificationsKt.expectNotifications("ORD-9999 lijkt op een ordercode (ORD-); kies een andere code.");

        view.barcodes.rows.get(0).code().setValue("GRO-GRAS-50");
        _click(view.save);

        Product grass = products.productByBarcode("GRO-GRAS-50").orElseThrow();
        assertThat(grass.perScan()).isEqualTo("50 m²");
    }
}
