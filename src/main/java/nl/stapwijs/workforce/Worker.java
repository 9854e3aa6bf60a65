package nl.stapwijs.workforce;

import java.util.Locale;

public record Worker(
        long id,
        String badge,
        String firstName,
        String lastName,
        long teamId,
        String language,
        String avatar,
        Scheme scheme,
        double contractHours,
        boolean autoRead,
        boolean active) {

    public Locale locale() {
        return Locale.forLanguageTag(language);
    }

    /** How the worker is named on shared screens: first name and initial, never more. */
    public String shortName() {
        return lastName.isBlank() ? firstName : firstName + " " + lastName.charAt(0) + ".";
    }
}
