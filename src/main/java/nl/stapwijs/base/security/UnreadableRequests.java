package nl.stapwijs.base.security;

import java.util.Map;
import org.apache.tomcat.util.http.InvalidParameterException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * A request whose form parameters cannot be decoded (bytes that are not UTF-8) is refused with
 * 400 and a plain message, and nothing of it is logged: Tomcat's own error log would print the
 * raw parameter names and values, which may hold whatever a client sent.
 */
@RestControllerAdvice
class UnreadableRequests {

    private static final Logger log = LoggerFactory.getLogger(UnreadableRequests.class);

    @ExceptionHandler(InvalidParameterException.class)
    ResponseEntity<Map<String, String>> undecodable(InvalidParameterException e) {
        log.debug("Refused a request with undecodable parameters");
        return ResponseEntity.badRequest().body(Map.of("error",
                "The request holds characters that are not valid UTF-8; nothing was changed"));
    }
}
