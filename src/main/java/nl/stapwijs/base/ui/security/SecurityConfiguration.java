package nl.stapwijs.base.ui.security;

import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import nl.stapwijs.base.ui.LoginView;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Deny by default. Staff sign in with a password; every Vaadin route carries its own
 * {@code @RolesAllowed}/{@code @AnonymousAllowed}. Stations are not staff: the worker flow
 * and the station API check the station's device token themselves (a cookie for the kiosk
 * page, an Authorization header for the API, so a cross-site form can never post a scan).
 *
 * <p>No Spring method security: it would proxy every view that carries {@code @RolesAllowed}
 * and refuse calls from push threads. Services decide scope explicitly with a {@code Viewer}.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
@ConditionalOnWebApplication
class SecurityConfiguration {

    /** Paths anyone may reach; what they serve decides for itself (device token, pairing code). */
    static final String[] OPEN_PATHS = {
            "/api/stations/**", "/api/pair", "/pairing", "/pairing/demo", "/api/sync/**", "/api/setup/**",
            "/assets/**", "/styles/**", "/scripts/**", "/health/**",
            // Instruction media (photos, videos, pictograms, read-aloud audio): content-addressed, nothing personal.
            "/media/**",
            // An error on an open path is answered with its status, not turned into a sign-in redirect.
            "/error"};

    /**
     * Plain HTTP endpoints for signed-in staff (the wage-value recompute). The configurer denies
     * any request no rule names; each endpoint scopes what it answers by the viewer itself.
     */
    static final String[] STAFF_PATHS = {"/api/wagevalue/**"};

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(requests -> requests.requestMatchers(OPEN_PATHS).permitAll()
                .requestMatchers(STAFF_PATHS).authenticated());
        http.csrf(csrf -> csrf.ignoringRequestMatchers("/api/stations/**", "/api/pair", "/pairing", "/pairing/demo",
                "/api/sync/**", "/api/setup/**"));
        http.formLogin(form -> form.loginPage("/login").permitAll().failureHandler(new SignInFailureHandler()));
        http.headers(headers -> headers
                .frameOptions(frame -> frame.deny())
                .referrerPolicy(referrer -> referrer.policy(
                        org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN)));
        return http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LoginView.class, "/login?signedout"))
                .build();
    }
}
