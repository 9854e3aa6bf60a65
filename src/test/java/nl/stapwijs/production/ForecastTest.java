package nl.stapwijs.production;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import nl.stapwijs.production.OrderForecast.Status;
import org.junit.jupiter.api.Test;

/** The forecast arithmetic on a workshop that works Monday to Friday, 08:30 to 16:30 (8 hours). */
class ForecastTest {

    static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");
    static final WorkingHours HOURS = WorkingHours.weekdays(AMSTERDAM);
    /** Monday 16 November 2026, the first day of work on the order. */
    static final LocalDate MONDAY = LocalDate.of(2026, 11, 16);

    @Test
    void an_order_without_output_has_no_forecast_and_is_late_only_once_its_due_date_passed() {
        Instant wednesday = at(MONDAY.plusDays(2), 12, 30);

        OrderForecast early = Forecast.of(1000, MONDAY.plusDays(4), List.of(), null, wednesday, HOURS);
        OrderForecast overdue = Forecast.of(1000, MONDAY.plusDays(1), List.of(), null, wednesday, HOURS);

        assertThat(early.status()).isEqualTo(Status.NOT_STARTED);
        assertThat(early.made()).isZero();
        assertThat(early.remaining()).isEqualTo(1000);
        assertThat(early.expected()).isNull();
        assertThat(early.unitsPerHour()).isNull();
        assertThat(early.late()).isFalse();
        assertThat(overdue.late()).isTrue();
    }

    @Test
    void an_order_already_done_is_done_on_the_day_its_quantity_was_reached() {
        List<HourlyOutput> output = steady(40, 20);

        OrderForecast done = Forecast.of(500, MONDAY.plusDays(1), output, at(MONDAY, 8, 30), at(MONDAY.plusDays(3), 10, 0), HOURS);
        OrderForecast doneLate = Forecast.of(500, MONDAY, output, at(MONDAY, 8, 30), at(MONDAY.plusDays(3), 10, 0), HOURS);

        // 8 hours of 40 on Monday make 320; the 500th unit came on Tuesday.
        assertThat(done.status()).isEqualTo(Status.DONE);
        assertThat(done.made()).isEqualTo(800);
        assertThat(done.remaining()).isZero();
        assertThat(done.expected()).isEqualTo(MONDAY.plusDays(1));
        assertThat(done.late()).isFalse();
        assertThat(doneLate.late()).isTrue();
    }

    @Test
    void the_pace_of_the_working_hours_so_far_is_laid_over_the_coming_working_hours() {
        // Monday 08:30 to Wednesday 12:30 is 20 working hours, with 40 units in each: 800 made.
        Instant wednesdayNoon = at(MONDAY.plusDays(2), 12, 30);

        OrderForecast forecast = Forecast.of(1600, MONDAY.plusDays(4), steady(40, 20), at(MONDAY, 8, 30),
                wednesdayNoon, HOURS);

        // 800 to go at 40 an hour is 20 hours: Wednesday's last 4, all of Thursday, all of Friday.
        assertThat(forecast.status()).isEqualTo(Status.FORECAST);
        assertThat(forecast.unitsPerHour()).isCloseTo(40.0, within(1e-9));
        assertThat(forecast.expected()).isEqualTo(MONDAY.plusDays(4));
        assertThat(forecast.late()).isFalse();
        assertThat(Forecast.of(1600, MONDAY.plusDays(3), steady(40, 20), at(MONDAY, 8, 30), wednesdayNoon, HOURS)
                .late()).as("due on Thursday").isTrue();
    }

    @Test
    void nights_and_weekends_neither_slow_the_pace_nor_count_as_time_to_finish_in() {
        // Friday evening after a full week of 40 an hour; 100 more is 2.5 hours: Monday.
        Instant fridayEvening = at(MONDAY.plusDays(4), 20, 0);

        OrderForecast forecast = Forecast.of(1700, MONDAY.plusDays(7), steady(40, 40), at(MONDAY, 8, 30),
                fridayEvening, HOURS);

        assertThat(forecast.unitsPerHour()).isCloseTo(40.0, within(1e-9));
        assertThat(forecast.expected()).isEqualTo(MONDAY.plusDays(7));
    }

    @Test
    void the_pace_counts_only_from_when_work_on_the_order_began() {
        // Started Wednesday at 12:30; two hours later 100 are made: 50 an hour, not 100 over 5 days,
        // so the last 100 take the 2 hours left of Wednesday.
        Instant wednesday = at(MONDAY.plusDays(2), 14, 30);
        List<HourlyOutput> output = List.of(hour(MONDAY.plusDays(2), 12, 20), hour(MONDAY.plusDays(2), 13, 50),
                hour(MONDAY.plusDays(2), 14, 30));

        OrderForecast forecast = Forecast.of(200, MONDAY.plusDays(2), output, at(MONDAY.plusDays(2), 12, 30), wednesday, HOURS);

        assertThat(forecast.unitsPerHour()).isCloseTo(50.0, within(1e-9));
        assertThat(forecast.expected()).isEqualTo(MONDAY.plusDays(2));
        assertThat(forecast.late()).isFalse();
    }

    @Test
    void a_few_minutes_of_work_are_too_little_for_a_forecast() {
        Instant now = at(MONDAY, 8, 50);

        OrderForecast forecast = Forecast.of(1000, MONDAY.plusDays(4), List.of(hour(MONDAY, 8, 12)), at(MONDAY, 8, 30),
                now, HOURS);

        assertThat(forecast.status()).isEqualTo(Status.MEASURING);
        assertThat(forecast.expected()).isNull();
        assertThat(forecast.made()).isEqualTo(12);
    }

    @Test
    void an_order_nobody_worked_on_for_a_week_has_stalled_and_says_so() {
        Instant weeksLater = at(MONDAY.plusDays(21), 10, 0);

        OrderForecast forecast = Forecast.of(1600, MONDAY.plusDays(14), steady(40, 20), at(MONDAY, 8, 30), weeksLater, HOURS);

        assertThat(forecast.status()).isEqualTo(Status.STALLED);
        assertThat(forecast.unitsPerHour()).isZero();
        assertThat(forecast.expected()).isNull();
        assertThat(forecast.late()).isTrue();
    }

    @Test
    void a_pace_that_would_take_more_than_ten_years_gives_no_date_and_a_warning() {
        Instant now = at(MONDAY.plusDays(4), 16, 0);

        OrderForecast forecast = Forecast.of(10_000_000, MONDAY.plusDays(30), List.of(hour(MONDAY, 9, 1)),
                at(MONDAY, 8, 30), now, HOURS);

        assertThat(forecast.status()).isEqualTo(Status.FORECAST);
        assertThat(forecast.expected()).isNull();
        assertThat(forecast.late()).isTrue();
    }

    @Test
    void working_time_between_two_moments_skips_nights_and_weekends() {
        assertThat(HOURS.between(at(MONDAY, 7, 0), at(MONDAY, 20, 0))).hasHours(8);
        assertThat(HOURS.between(at(MONDAY.plusDays(4), 15, 30), at(MONDAY.plusDays(7), 9, 30))).hasHours(2);
    }

    /** {@code hours} working hours from Monday 08:00's bucket on, {@code perHour} units in each. */
    private static List<HourlyOutput> steady(long perHour, int hours) {
        List<HourlyOutput> output = new ArrayList<>();
        LocalDate day = MONDAY;
        int hour = 8;
        for (int i = 0; i < hours; i++) {
            output.add(hour(day, hour, perHour));
            hour++;
            if (hour == 16) {
                hour = 8;
                day = day.plusDays(1);
                while (!HOURS.isWorkingDay(day)) {
                    day = day.plusDays(1);
                }
            }
        }
        return output;
    }

    private static HourlyOutput hour(LocalDate day, int hour, long units) {
        return new HourlyOutput(at(day, hour, 0), units, 0);
    }

    private static Instant at(LocalDate day, int hour, int minute) {
        return LocalDateTime.of(day, java.time.LocalTime.of(hour, minute)).atZone(AMSTERDAM).toInstant();
    }
}
