package nl.stapwijs.base.ui.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;

/** Sends the sign-in page the reason, so it can say it plainly: wrong password, or locked for a while. */
class SignInFailureHandler implements AuthenticationFailureHandler {

    @Override
    public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
            AuthenticationException exception) throws IOException {
        String reason = exception instanceof LockedException ? "locked"
                : exception instanceof DisabledException ? "disabled" : "error";
        response.sendRedirect(request.getContextPath() + "/login?" + reason);
    }
}
