package nl.stapwijs.station;

import jakarta.servlet.http.Cookie;
import java.time.Duration;
import java.util.Arrays;
import java.util.Optional;
import nl.stapwijs.base.LocalRequests;
import nl.stapwijs.base.StapwijsProperties;
import nl.stapwijs.sync.StationSync;
import nl.stapwijs.workforce.StationBinding;
import org.springframework.stereotype.Component;

/**
 * Decides whether a request comes from a device bound to a station: the kiosk page reads the
 * HttpOnly cookie, the station API an {@code Authorization: Bearer} header. A header cannot be
 * set by a form on another site, so the API needs no CSRF token.
 */
@Component
public class StationAccess {

    public static final String COOKIE = "stapwijs_station";
    /** A station keeps its binding for years; an admin revokes it when a device is replaced. */
    static final Duration COOKIE_LIFETIME = Duration.ofDays(3650);

    private final StationBinding binding;
    private final StapwijsProperties properties;
    private final StationSync sync;

    StationAccess(StationBinding binding, StapwijsProperties properties, StationSync sync) {
        this.binding = binding;
        this.properties = properties;
        this.sync = sync;
    }

    /**
     * On a Pi in the station role, its own kiosk browser on the same machine is the station:
     * no cookie needed, and the server listens on loopback only.
     */
    public boolean isThisDevicesStation(String code, String remoteAddress) {
        return LocalRequests.onThisStation(properties, remoteAddress) && code != null && code.equals(sync.stationCode());
    }

    /** The station this browser is bound to, from its cookie. */
    public Optional<String> stationOfCookies(Cookie[] cookies) {
        if (cookies == null) {
            return Optional.empty();
        }
        return Arrays.stream(cookies).filter(c -> COOKIE.equals(c.getName())).map(Cookie::getValue)
                .map(binding::stationOf).flatMap(Optional::stream).findFirst();
    }

    /** The station a device token in an Authorization header belongs to. */
    public Optional<String> stationOfAuthorization(String header) {
        if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return Optional.empty();
        }
        return binding.stationOf(header.substring(7).strip());
    }

    static Cookie cookie(String token, boolean secure) {
        Cookie cookie = new Cookie(COOKIE, token);
        cookie.setHttpOnly(true);
        cookie.setSecure(secure);
        cookie.setPath("/");
        cookie.setMaxAge((int) COOKIE_LIFETIME.toSeconds());
        cookie.setAttribute("SameSite", "Strict");
        return cookie;
    }
}
