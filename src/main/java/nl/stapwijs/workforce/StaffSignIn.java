package nl.stapwijs.workforce;

import java.util.List;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;

/** Staff accounts as Spring Security sees them, and the lock-out bookkeeping on each attempt. */
@Component
class StaffSignIn implements UserDetailsService {

    private final StaffService staff;

    StaffSignIn(StaffService staff) {
        this.staff = staff;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        StaffAccount account = staff.account(username).orElseThrow(() -> new UsernameNotFoundException("unknown"));
        return User.withUsername(account.username())
                .password(account.passwordHash())
                .authorities(List.of(new SimpleGrantedAuthority("ROLE_" + account.role().name())))
                .accountLocked(staff.isLocked(account))
                .disabled(!account.active())
                .build();
    }

    @EventListener
    void failed(AuthenticationFailureBadCredentialsEvent event) {
        staff.recordFailedSignIn(String.valueOf(event.getAuthentication().getPrincipal()));
    }

    @EventListener
    void succeeded(AuthenticationSuccessEvent event) {
        staff.recordSignIn(event.getAuthentication().getName());
    }
}
