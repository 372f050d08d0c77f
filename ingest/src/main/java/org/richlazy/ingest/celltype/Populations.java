package org.richlazy.ingest.celltype;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.richlazy.ingest.CellSign;
import org.richlazy.ingest.IngestException;
import org.richlazy.ingest.text.Cells;
import org.richlazy.ingest.text.Header;
import org.richlazy.ingest.text.TextRow;
import org.richlazy.ingest.text.TextTable;
import org.richlazy.ingest.text.Excerpt;

/**
 * The Allen naming scheme: which populations make up each pmax class, and each class's sign
 * ({@code ei}) and PSP label ({@code cell_type_psp}), which all its populations must share.
 */
final class Populations {
    private final Map<String, List<String>> byClass = new HashMap<>();
    private final CellSign[] signs;
    private final String[] pspLabels;

    private Populations(int k) {
        signs = new CellSign[k];
        pspLabels = new String[k];
    }

    static Populations read(TextTable naming, Map<String, Integer> classIndex) {
        Header h = new Header(naming.name(), naming.rows().get(0));
        int pop = h.require("pop_name");
        int ei = h.require("ei");
        int cellType = h.require("cell_type");
        int psp = h.require("cell_type_psp");
        Populations p = new Populations(classIndex.size());
        for (TextRow r : naming.rows().subList(1, naming.rows().size())) {
            if (r.size() != h.size()) {
                throw new IngestException(naming.name(), "line " + r.line(), "row of " + r.size() + " cells",
                        h.size() + " cells, as the header");
            }
            Integer c = classIndex.get(r.cell(cellType));
            if (c == null) {
                throw new IngestException(naming.name(), Cells.where(r.line(), "cell_type"), "unknown class '"
                        + r.cell(cellType) + "'", "a class of the pmax table " + classIndex.keySet());
            }
            CellSign sign = SignWords.parse(r.cell(ei)).orElseThrow(() -> new IngestException(naming.name(),
                    Cells.where(r.line(), "ei"), "ei " + Excerpt.quote(r.cell(ei)), "e or i"));
            if ((p.signs[c] != null && p.signs[c] != sign) || (p.pspLabels[c] != null && !p.pspLabels[c].equals(r.cell(psp)))) {
                throw new IngestException(naming.name(), "line " + r.line(), "population " + r.cell(pop)
                        + " disagrees with the other populations of " + r.cell(cellType) + " on ei or cell_type_psp",
                        "one sign and one PSP label per class");
            }
            p.signs[c] = sign;
            p.pspLabels[c] = r.cell(psp);
            p.byClass.computeIfAbsent(r.cell(cellType), x -> new ArrayList<>()).add(r.cell(pop));
        }
        for (Map.Entry<String, Integer> e : classIndex.entrySet()) {
            if (p.signs[e.getValue()] == null) {
                throw new IngestException(naming.name(), "", "no population of class '" + e.getKey() + "'",
                        "every pmax class named by at least one population");
            }
        }
        return p;
    }

    List<String> of(String className) {
        return byClass.get(className);
    }

    CellSign sign(int classIndex) {
        return signs[classIndex];
    }

    String pspLabel(int classIndex) {
        return pspLabels[classIndex];
    }
}
