package nl.stapwijs.workforce;

import java.util.Optional;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** The staff member behind the current request, as a {@link Viewer} with their scope. */
@Component
public class CurrentViewer {

    private final StaffService staff;

    CurrentViewer(StaffService staff) {
        this.staff = staff;
    }

    public Optional<Viewer> get() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !authentication.isAuthenticated() || authentication.getName() == null) {
            return Optional.empty();
        }
        return staff.viewer(authentication.getName());
    }

    /** For views that only staff reach: the route's access rule already guarantees someone is signed in. */
    public Viewer require() {
        return get().orElseThrow(() -> new IllegalStateException("No staff member signed in"));
    }
}
