package nl.stapwijs.base.health;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import nl.stapwijs.base.db.Database;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.availability.ApplicationAvailabilityBean;
import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.http.ResponseEntity;

class ReadinessControllerTest {

    private final ApplicationAvailabilityBean availability = new ApplicationAvailabilityBean();
    private Database database;
    private ReadinessController controller;

    @BeforeEach
    void open(@TempDir Path dir) {
        database = Database.open(dir.resolve("stapwijs.db"));
        controller = new ReadinessController(availability, database);
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void a_starting_application_is_not_ready_yet() {
        availability.onApplicationEvent(new AvailabilityChangeEvent<>(this, ReadinessState.REFUSING_TRAFFIC));

        assertThat(answer(controller.ready())).isEqualTo("503 starting");
    }

    @Test
    void an_application_that_accepts_traffic_and_whose_database_answers_is_ready() {
        availability.onApplicationEvent(new AvailabilityChangeEvent<>(this, ReadinessState.ACCEPTING_TRAFFIC));

        assertThat(answer(controller.ready())).isEqualTo("200 ready");
    }

    @Test
    void a_database_that_does_not_answer_makes_the_application_unready_without_telling_the_details() {
        availability.onApplicationEvent(new AvailabilityChangeEvent<>(this, ReadinessState.ACCEPTING_TRAFFIC));

        database.close();

        assertThat(answer(controller.ready())).isEqualTo("503 database does not answer");
    }

    private static String answer(ResponseEntity<String> response) {
        return response.getStatusCode().value() + " " + response.getBody().strip();
    }
}
