package nl.stapwijs.demo;

import java.util.List;

/**
 * A demo task with its product, its steps and what a regular worker needs per unit.
 *
 * @param normSeconds the norm worker's seconds per unit, used to pace the generated history
 */
record DemoTask(String code, String site, String pictogram, Texts name, Texts unitOne, Texts unitMany,
        String product, String productPictogram, String barcode, String symbology, int normSeconds,
        List<DemoStep> steps) {

    record DemoStep(String picture, String pictogram, String safety, Texts text) {
    }
}
