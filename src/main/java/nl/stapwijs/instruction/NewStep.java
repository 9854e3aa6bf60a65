package nl.stapwijs.instruction;

import java.util.Map;

/** A step as an author writes it: sentences keyed by language, Dutch required. */
public record NewStep(String picture, String pictogram, String safetyPictogram, Map<String, String> texts) {
}
