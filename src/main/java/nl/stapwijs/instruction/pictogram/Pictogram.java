package nl.stapwijs.instruction.pictogram;

/**
 * A pictogram an author can pick.
 *
 * @param reference     what a step stores: {@code openmoji:1F9E4} or {@code media:<hash>.svg} from a pack
 * @param name          its Dutch name where known, else English
 * @param source        "OpenMoji" or the pack's name
 * @param nonCommercial from a pack whose licence forbids commercial use (ARASAAC, Sclera): shown to the admin
 */
public record Pictogram(String reference, String name, String source, boolean nonCommercial) {
}
