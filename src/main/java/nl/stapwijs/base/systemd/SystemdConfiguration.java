package nl.stapwijs.base.systemd;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

@Configuration(proxyBeanMethods = false)
class SystemdConfiguration {

    /**
     * Always made; it talks to systemd only when NOTIFY_SOCKET is set (systemd with
     * Type=notify), decided when the app starts and not by a bean condition, which Spring
     * AOT would fix at build time, where no NOTIFY_SOCKET exists.
     */
    @Bean
    SystemdNotifier systemdNotifier(Environment environment) {
        return new SystemdNotifier(environment);
    }
}
