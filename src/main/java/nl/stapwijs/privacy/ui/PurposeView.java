package nl.stapwijs.privacy.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import nl.stapwijs.privacy.Retention;
import nl.stapwijs.workforce.Role;

/**
 * Purpose, data and retention, in plain Dutch, for the works council (WOR art. 27) and the
 * company's DPIA. Printable from the browser; the retention figure is the live setting.
 */
@Route("admin/purpose")
@PageTitle("Doel, gegevens en bewaartermijn — Stapwijs")
@RolesAllowed(Role.ADMIN_NAME)
public class PurposeView extends Div {

    public PurposeView(Retention retention) {
        addClassNames("admin-page", "purpose-page");
        add(new H2("Doel, gegevens en bewaartermijn van Stapwijs"));
        add(new Paragraph("Dit overzicht is bedoeld voor de ondernemingsraad (instemming volgens artikel 27 WOR, "
                + "want Stapwijs registreert individuele productie) en voor de gegevensbeschermingseffectbeoordeling "
                + "(DPIA) die de organisatie zelf uitvoert voordat Stapwijs in gebruik gaat."));
        add(new H3("Doel"));
        add(list("Medewerkers ondersteunen bij hun werk: stap-voor-stap-instructies in hun eigen taal, hulp op afroep.",
                "Productie plannen en klantorders op tijd leveren.",
                "Ontwikkeling van medewerkers volgen en bespreken (coaching), met gegevens van de werkvloer als onderbouwing.",
                "Een onderbouwde indicatie van de loonwaarde geven aan de loonwaardedeskundige. Stapwijs stelt de "
                        + "loonwaarde nooit zelf vast."));
        add(new H3("Welke gegevens"));
        add(list("Medewerker: voornaam, achternaam, pasnummer, team, taal, regeling (Wsw, beschut werk, LKS), contracturen.",
                "Werkvloerregistraties: aanmelden en afmelden, taak, getelde en afgekeurde stuks, hulpvragen, pauzes, "
                        + "stilstand, gevolgde instructiestappen, met tijdstip en werkplek.",
                "Begeleiders: gebruikersnaam, naam, rol. Het inzagelog: wie wanneer welke persoonsgegevens bekeek of wijzigde.",
                "Geen gezondheidsgegevens, diagnoses of medicatie: die blijven bij de bedrijfsarts."));
        add(new H3("Wie ziet wat"));
        add(list("Medewerker aan een werkplek: alleen de eigen taak en de eigen dag, in woorden en plaatjes; nooit "
                        + "percentages of vergelijkingen met anderen.",
                "Werkbegeleider: de werkvloer, orders, instructies en normen, en de cijfers van de eigen teams.",
                "Jobcoach: de ontwikkellogboeken en onderbouwing van de eigen caseload.",
                "Loonwaardedeskundige: alleen de door de beheerder toegekende medewerkers en periode, tot een einddatum.",
                "Gemeente: alleen totalen per locatie, team of regeling, nooit een persoon; kleine groepen (minder dan 5) "
                        + "worden niet getoond.",
                "Beheerder: inrichting, accounts, instellingen, export en verwijdering, het inzagelog."));
        add(new H3("Bewaartermijn"));
        add(new Paragraph("Werkvloerregistraties worden " + retention.detailMonths() + " maanden in detail bewaard. "
                + "Daarna blijven alleen dagtotalen per werkplek, medewerker en taak over. Het inzagelog wordt niet "
                + "gewijzigd of verwijderd."));
        add(new H3("Rechten van medewerkers"));
        add(list("Inzage: de beheerder maakt een export van alle gegevens over één medewerker (JSON en een leesbare PDF).",
                "Verwijdering: de beheerder verwijdert de persoonsgegevens; registraties blijven onder een pseudoniem, "
                        + "zodat team- en bedrijfscijfers kloppen.",
                "Elke inzage en wijziging van persoonsgegevens staat in het inzagelog."));
    }

    private static UnorderedList list(String... items) {
        UnorderedList list = new UnorderedList();
        for (String item : items) {
            list.add(new ListItem(item));
        }
        return list;
    }
}
