package nl.stapwijs.base.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.Map;

/** Staff sign-in. Workers never see this: they sign in at a station with a badge or their photo. */
@Route(value = "login", autoLayout = false)
@PageTitle("Aanmelden — Stapwijs")
@AnonymousAllowed
public class LoginView extends Div implements BeforeEnterObserver {

    private final LoginForm form = new LoginForm();
    private final Paragraph message = new Paragraph();

    public LoginView() {
        addClassName("login");
        form.setAction("login");
        form.setForgotPasswordButtonVisible(false);
        form.setI18n(texts(null));
        message.addClassName("login-message");
        add(new H1(getTranslation("staff.app")), message, form);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Map<String, java.util.List<String>> parameters = event.getLocation().getQueryParameters().getParameters();
        String problem = parameters.containsKey("locked") ? "locked"
                : parameters.containsKey("disabled") ? "disabled"
                : parameters.containsKey("error") ? "error" : null;
        form.setI18n(texts(problem));
        form.setError(problem != null);
        message.setText(parameters.containsKey("signedout") ? getTranslation("staff.login.signedOut")
                : parameters.containsKey("expired") ? getTranslation("staff.login.expired") : "");
    }

    private LoginI18n texts(String problem) {
        LoginI18n i18n = LoginI18n.createDefault();
        i18n.getForm().setTitle(getTranslation("staff.login.title"));
        i18n.getForm().setUsername(getTranslation("staff.login.username"));
        i18n.getForm().setPassword(getTranslation("staff.login.password"));
        i18n.getForm().setSubmit(getTranslation("staff.login.submit"));
        if (problem != null) {
            i18n.getErrorMessage().setTitle(getTranslation("staff.login." + problem + ".title"));
            i18n.getErrorMessage().setMessage(getTranslation("staff.login." + problem + ".message",
                    nl.stapwijs.base.security.SignInRules.LOCK_MINUTES));
        }
        return i18n;
    }
}
