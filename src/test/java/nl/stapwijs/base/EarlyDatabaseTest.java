package nl.stapwijs.base;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import nl.stapwijs.base.db.Database;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.event.ApplicationPreparedEvent;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.core.env.MapPropertySource;

class EarlyDatabaseTest {

    @TempDir
    Path dir;

    @Test
    void the_database_is_opened_in_the_configured_data_folder_before_spring_reads_its_configuration() {
        try (GenericApplicationContext context = preparedWith(Map.of("stapwijs.data-dir", dir.toString()))) {
            EarlyDatabase.Opening opening = context.getBeanFactory().getBean(EarlyDatabase.Opening.class);
            Database database = opening.take();

            database.check();
            assertThat(dir.resolve("stapwijs.db")).exists();
            database.close();
        }
    }

    @Test
    void a_database_that_cannot_be_opened_fails_start_up_with_the_reason_it_failed() throws Exception {
        Path notAFolder = Files.writeString(dir.resolve("data"), "a file where the data folder should be");
        try (GenericApplicationContext context = preparedWith(Map.of("stapwijs.data-dir", notAFolder.resolve("inside").toString()))) {
            EarlyDatabase.Opening opening = context.getBeanFactory().getBean(EarlyDatabase.Opening.class);

            assertThatThrownBy(opening::take).isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("Cannot create the data folder");
        }
    }

    @Test
    void a_start_up_that_fails_before_the_database_was_taken_closes_it() {
        EarlyDatabase.Opening opening;
        try (GenericApplicationContext context = preparedWith(Map.of("stapwijs.data-dir", dir.toString()))) {
            opening = context.getBeanFactory().getBean(EarlyDatabase.Opening.class);
        } // closing the context is what a failed refresh does to its singletons

        Database closed = opening.take();
        assertThatThrownBy(closed::check).isInstanceOf(RuntimeException.class);
    }

    /** A context as SpringApplication hands it to its listeners once the application is prepared. */
    private static GenericApplicationContext preparedWith(Map<String, Object> settings) {
        GenericApplicationContext context = new GenericApplicationContext();
        context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("test", settings));
        new EarlyDatabase().onApplicationEvent(new ApplicationPreparedEvent(new SpringApplication(), new String[0], context));
        context.refresh();
        return context;
    }
}
