package nl.stapwijs.base;

import java.time.Clock;
import nl.stapwijs.base.db.Database;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

@Configuration
@EnableConfigurationProperties(StapwijsProperties.class)
@EnableScheduling
class BaseConfiguration {

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }

    @Bean(destroyMethod = "close")
    Database database(StapwijsProperties properties) {
        StapwijsProperties.Db db = properties.database();
        return db.isPostgres() ? Database.openPostgres(db.url(), db.username(), db.password())
                : Database.open(properties.databaseFile());
    }
}
