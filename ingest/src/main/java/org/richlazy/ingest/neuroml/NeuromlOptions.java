package org.richlazy.ingest.neuroml;

import org.richlazy.ingest.assemble.GapJunctions;

/**
 * The options of format {@code neuroml} (docs/formats.md#neuroml-neuroml2-networks); every component
 * nullable.
 *
 * @param weightUnit a unit that replaces the recorded one
 * @param electrical gap junctions {@code as-listed} (default) or {@code mirror-missing} (the reverse of a gap junction
 *                   listed one way is added with its weight: NeuroML couples the two cells both ways)
 */
public record NeuromlOptions(String weightUnit, GapJunctions.Rule electrical) {
}
