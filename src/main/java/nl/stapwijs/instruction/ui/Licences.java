package nl.stapwijs.instruction.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import nl.stapwijs.instruction.pictogram.Pack;

/** "Over / Licenties": who made the pictograms, fonts, words and voices Stapwijs shows, under which licence. */
public final class Licences extends Div {

    public Licences(List<Pack> packs) {
        addClassName("licences");
        add(new H2(getTranslation("about.licences")), new Paragraph(getTranslation("about.intro")));
        item("OpenMoji", "https://openmoji.org", "CC BY-SA 4.0", getTranslation("about.openmoji"));
        item("Unicode CLDR", "https://cldr.unicode.org", "Unicode License v3", getTranslation("about.cldr"));
        item("Atkinson Hyperlegible", "https://www.brailleinstitute.org/freefont/", "SIL Open Font License 1.1",
                getTranslation("about.fonts"));
        item("Noto Sans, Noto Sans Arabic", "https://notofonts.github.io", "SIL Open Font License 1.1", getTranslation("about.fonts"));
        item("DejaVu Sans", "https://dejavu-fonts.github.io", "Bitstream Vera / DejaVu", getTranslation("about.pdfFont"));
        item("eSpeak NG", "https://github.com/espeak-ng/espeak-ng", "GPL-3.0", getTranslation("about.espeak"));
        item("Vaadin, Spring Boot, JDBI, SQLite, ZXing, openhtmltopdf, TwelveMonkeys", null, "Apache 2.0 / public domain / LGPL",
                getTranslation("about.libraries"));
        if (!packs.isEmpty()) {
            add(new H3(getTranslation("about.packs")));
            for (Pack pack : packs) {
                Div entry = item(pack.name(), null, pack.licence(), getTranslation("about.pack.count", pack.pictograms()));
                if (pack.nonCommercial()) {
                    Span nc = new Span(getTranslation("about.pack.nc"));
                    nc.addClassName("licence-nc");
                    entry.add(nc);
                }
            }
        }
    }

    private Div item(String name, String url, String licence, String what) {
        Div entry = new Div();
        entry.addClassName("licence");
        H3 title = new H3(name);
        entry.add(title, new Paragraph(what), new Paragraph(getTranslation("about.licence") + ": " + licence));
        if (url != null) {
            entry.add(new Anchor(url, url));
        }
        add(entry);
        return entry;
    }
}
