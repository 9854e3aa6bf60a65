package nl.stapwijs.wagevalue;

import java.util.Objects;

/** How the paying municipality applies the loonkostensubsidie rules where they leave room. */
public record Municipality(String name, SubsidyPeriod period, SubsidyRounding rounding,
        boolean flatRateInFirstSixMonths) {

    public Municipality {
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(rounding, "rounding");
    }
}
