package nl.stapwijs.instruction.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.spring.annotation.SpringComponent;
import com.vaadin.flow.spring.annotation.UIScope;
import java.util.Locale;
import nl.stapwijs.base.i18n.Languages;
import nl.stapwijs.base.ui.Downloads;
import nl.stapwijs.instruction.InstructionArchive;
import nl.stapwijs.instruction.InstructionCard;
import nl.stapwijs.instruction.InstructionService;
import nl.stapwijs.workforce.Viewer;

/** The editor's downloads: the instruction as a zip to share, and a printable card per language. */
@SpringComponent
@UIScope
class EditorLinks {

    private final InstructionArchive archive;
    private final InstructionCard card;
    private final InstructionService instructions;

    EditorLinks(InstructionArchive archive, InstructionCard card, InstructionService instructions) {
        this.archive = archive;
        this.card = card;
        this.instructions = instructions;
    }

    Div links(Viewer viewer, long taskId, Component on) {
        Div links = new Div(new H3(on.getTranslation("instructions.share")));
        links.addClassName("editor-links");
        String code = instructions.tasks().stream().filter(t -> t.id() == taskId).findFirst().map(t -> t.code()).orElse("taak");
        links.add(Downloads.link(on.getTranslation("instructions.export"), code.toLowerCase(Locale.ROOT) + ".zip",
                "application/zip", () -> archive.export(viewer, taskId)));
        if (instructions.currentInstruction(taskId, Languages.SOURCE).isPresent()) {
            String url = baseUrl() + "/i/" + code;
            for (Languages.Language language : Languages.SHIPPED) {
                Locale locale = language.locale();
                links.add(Downloads.link(on.getTranslation("instructions.card", language.ownName()),
                        code.toLowerCase(Locale.ROOT) + "-" + language.code() + ".pdf", "application/pdf",
                        () -> card.pdf(taskId, language.code(), url + "?lang=" + language.code(),
                                (key, values) -> on.getTranslation(locale, key, values))));
            }
        }
        return links;
    }

    private static String baseUrl() {
        if (com.vaadin.flow.server.VaadinRequest.getCurrent() instanceof VaadinServletRequest request) {
            var http = request.getHttpServletRequest();
            return http.getScheme() + "://" + http.getServerName() + ":" + http.getServerPort() + http.getContextPath();
        }
        return "";
    }
}
