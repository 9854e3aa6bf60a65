package nl.stapwijs.base.systemd;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

@Configuration(proxyBeanMethods = false)
class SystemdConfiguration {

    /** Only under systemd with Type=notify, which is what sets NOTIFY_SOCKET. */
    @Bean
    @ConditionalOnProperty("NOTIFY_SOCKET")
    SystemdNotifier systemdNotifier(Environment environment) {
        return new SystemdNotifier(environment);
    }
}
