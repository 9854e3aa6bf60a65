package nl.stapwijs.production.ui;

import nl.stapwijs.workforce.Role;
import jakarta.annotation.security.RolesAllowed;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import nl.stapwijs.base.ui.Pictures;
import nl.stapwijs.production.Product;
import nl.stapwijs.production.ProductBarcode;
import nl.stapwijs.production.ProductService;

/** Every product's barcodes, to print or show on a phone and scan at a station. */
@Route("print/products")
@RolesAllowed({Role.ADMIN_NAME, Role.SUPERVISOR_NAME})
@PageTitle("Productcodes — Stapwijs")
public class ProductsPrintView extends Div {

    public ProductsPrintView(ProductService products) {
        addClassName("print-page");
        add(new H2(getTranslation("staff.print.products")), new Paragraph(getTranslation("staff.print.hint")));
        Div sheet = new Div();
        sheet.addClassName("print-sheet");
        for (ProductBarcode barcode : products.barcodes()) {
            Product product = products.product(barcode.productId()).orElseThrow();
            Div label = new Div();
            label.addClassName("print-label");
            label.getElement().setAttribute("data-code", barcode.code());
            label.add(Pictures.image(product.pictogram(), "", "print-avatar"));
            Span name = new Span(product.name());
            name.addClassName("print-name");
            label.add(name);
            label.add(new Image("barcodes/" + barcode.symbology() + ".png?text="
                    + URLEncoder.encode(barcode.code(), StandardCharsets.UTF_8), barcode.symbology() + " " + barcode.code()));
            Span code = new Span(barcode.code());
            code.addClassName("print-code");
            label.add(code);
            sheet.add(label);
        }
        add(sheet);
    }
}
