package nl.stapwijs.instruction.pictogram;

/** An imported pictogram pack with its licence as the zip gave it. */
public record Pack(long id, String name, String licence, String licenceText, boolean nonCommercial, String importedBy,
        long importedAt, int pictograms) {
}
