package nl.stapwijs.base;

import java.time.Clock;
import nl.stapwijs.base.db.Database;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(StapwijsProperties.class)
@EnableScheduling
class BaseConfiguration {

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }

    /** BCrypt with cost 12: about a quarter second per check, slow enough for guessing, fine for staff. */
    @Bean
    PasswordEncoder passwordEncoder() {
        return new BCryptPasswordEncoder(12);
    }

    /** The database {@link EarlyDatabase} began to open before Spring read its configuration. */
    @Bean(destroyMethod = "close")
    Database database(EarlyDatabase.Opening opening) {
        return opening.take();
    }
}
