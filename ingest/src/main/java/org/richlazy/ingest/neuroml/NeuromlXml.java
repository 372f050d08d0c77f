package org.richlazy.ingest.neuroml;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.richlazy.ingest.Connectome;
import org.richlazy.ingest.IngestException;
import org.richlazy.ingest.IoFailure;
import org.richlazy.ingest.LimitOptions;
import org.richlazy.ingest.Provenance;
import org.richlazy.ingest.assemble.GapJunctions;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * A NeuroML2 network in XML ({@code .net.nml}): the {@code <network>} element's {@code <population>}s ({@code id},
 * {@code component}, {@code size}, or as many {@code <instance>}s), and its {@code <projection>} ({@code <connection>}
 * and {@code <connectionWD>} with {@code preCellId}/{@code postCellId}; the projection's {@code synapse}),
 * {@code <electricalProjection>} ({@code <electricalConnection>}, {@code <electricalConnectionInstance>} and
 * {@code ...W} with {@code preCell}/{@code postCell} and {@code synapse}) and {@code <continuousProjection>}
 * ({@code <continuousConnection...>} with {@code postComponent} as the synapse). A cell is named {@code ../pop/i/comp},
 * {@code ../pop[i]} or by its bare index; a connection weighs its {@code weight} attribute, or 1. Included files
 * ({@code <include>}) hold cell and synapse models, not connectivity, and are not read. The parser resolves no DTD and
 * no external entity.
 */
final class NeuromlXml {
    private static final Pattern PATH_CELL = Pattern.compile("\\.\\./([^/\\[]+)/(\\d+)(/.*)?");
    private static final Pattern BRACKET_CELL = Pattern.compile("\\.\\./([^/\\[]+)\\[(\\d+)]");
    private static final Pattern NETWORK_CELL = Pattern.compile("(?:\\.\\./)?([^/\\[]+)\\[(\\d+)]");

    private NeuromlXml() {
    }

    static Connectome read(Path path, String unit, GapJunctions.Rule gapJunctions, LimitOptions limits) {
        String file = path.toString();
        Element root = parse(path);
        NodeList networks = root.getElementsByTagNameNS("*", "network");
        if (networks.getLength() != 1) {
            throw new IngestException(file, "<neuroml>", networks.getLength() + " <network> elements",
                    "one network (the cells and synapses alone are no connectivity)");
        }
        Element network = (Element) networks.item(0);
        NetworkAssembly net = new NetworkAssembly(file, gapJunctions, limits);
        for (Element p : children(network, "population")) {
            String id = p.getAttribute("id");
            int instances = children(p, "instance").size();
            int size = p.hasAttribute("size") ? whole(file, "population " + id, p.getAttribute("size")) : instances;
            if (instances > 0 && instances != size) {
                throw new IngestException(file, "population " + id, "size " + size + " but " + instances
                        + " <instance> elements", "a size equal to the number of instances");
            }
            net.population(id, p.getAttribute("component"), size, "population " + id);
        }
        net.requireWithin("<network>");
        for (Element p : children(network, null)) {
            String kind = p.getLocalName();
            boolean electrical = kind.equals("electricalProjection");
            if (!kind.equals("projection") && !electrical && !kind.equals("continuousProjection")) {
                continue;
            }
            String id = p.getAttribute("id");
            String where = kind + " " + id;
            String synapse = synapse(p);
            NetworkAssembly.Projection projection = net.projection(p.getAttribute("presynapticPopulation"),
                    p.getAttribute("postsynapticPopulation"), synapse, electrical, where);
            for (Element c : children(p, null)) {
                String at = where + " connection " + c.getAttribute("id");
                String pre = first(c, "preCellId", "preCell");
                String post = first(c, "postCellId", "postCell");
                projection.connect(cell(file, at, pre, p.getAttribute("presynapticPopulation")),
                        cell(file, at, post, p.getAttribute("postsynapticPopulation")), c.hasAttribute("weight")
                        ? number(file, at, c.getAttribute("weight")) : 1, at);
            }
            projection.done("read " + kind + " " + id + " (" + p.getAttribute("presynapticPopulation") + " -> "
                    + p.getAttribute("postsynapticPopulation") + ", synapse " + synapse + ")");
        }
        synapticConnections(file, network, net);
        Provenance start = new Provenance(List.of(file), NeuromlReader.FORMAT, List.of(), NeuromlReader.ORIENTATION,
                List.of());
        return net.connectome(start, unit);
    }

    /**
     * The network's own {@code <synapticConnection from="pop[i]" to="pop[j]" synapse="s">} elements (the instance-based
     * form of the NeuroML2 examples), read as one projection per (from population, to population, synapse), weight 1.
     */
    private static void synapticConnections(String file, Element network, NetworkAssembly net) {
        Map<List<String>, List<NetworkConnection>> groups = new LinkedHashMap<>();
        for (Element c : children(network, "synapticConnection")) {
            String at = "synapticConnection " + c.getAttribute("from") + " -> " + c.getAttribute("to");
            String[] from = networkCell(file, at, c.getAttribute("from"));
            String[] to = networkCell(file, at, c.getAttribute("to"));
            groups.computeIfAbsent(List.of(from[0], to[0], c.getAttribute("synapse")), k -> new ArrayList<>())
                    .add(new NetworkConnection(number(file, at, from[1]), number(file, at, to[1]), at));
        }
        groups.forEach((ends, connections) -> {
            String populations = ends.get(0) + " -> " + ends.get(1);
            NetworkAssembly.Projection projection = net.projection(ends.get(0), ends.get(1), ends.get(2), false,
                    "synapticConnection " + populations);
            connections.forEach(c -> projection.connect(c.from(), c.to(), 1, c.at()));
            projection.done("read <synapticConnection> elements (" + populations + ", synapse " + ends.get(2) + ")");
        });
    }

    /** A network-level connection: the cell indices in their populations, and where it is, for errors. */
    private record NetworkConnection(double from, double to, String at) {
    }

    /** The population and index of a network-level cell reference {@code pop[i]} (or {@code ../pop[i]}). */
    private static String[] networkCell(String file, String at, String text) {
        Matcher m = NETWORK_CELL.matcher(text);
        if (!m.matches()) {
            throw new IngestException(file, at, "cell '" + text + "'", "a cell named population[index]");
        }
        return new String[] {m.group(1), m.group(2)};
    }

    /** The projection's synapse: its own attribute, else that of its first connection (postComponent, synapse). */
    private static String synapse(Element projection) {
        if (projection.hasAttribute("synapse")) {
            return projection.getAttribute("synapse");
        }
        for (Element c : children(projection, null)) {
            String s = first(c, "postComponent", "synapse");
            if (s != null) {
                return s;
            }
        }
        return "";
    }

    private static String first(Element e, String a, String b) {
        return e.hasAttribute(a) ? e.getAttribute(a) : e.hasAttribute(b) ? e.getAttribute(b) : null;
    }

    /**
     * The cell index of {@code ../pop/i/comp}, {@code ../pop[i]} or a bare index; a path must name the projection's
     * own population {@code population}.
     */
    private static double cell(String file, String at, String text, String population) {
        if (text == null) {
            throw new IngestException(file, at, "no preCell(Id)/postCell(Id)", "both cells of the connection");
        }
        for (Pattern form : List.of(PATH_CELL, BRACKET_CELL)) {
            Matcher m = form.matcher(text);
            if (m.matches()) {
                if (!m.group(1).equals(population)) {
                    throw new IngestException(file, at, "cell '" + text + "' of population '" + m.group(1) + "'",
                            "a cell of the projection's population '" + population + "'");
                }
                return number(file, at, m.group(2));
            }
        }
        return number(file, at, text);
    }

    private static double number(String file, String at, String text) {
        try {
            return Double.parseDouble(text.strip());
        } catch (NumberFormatException e) {
            throw new IngestException(file, at, "'" + text + "'", "a number");
        }
    }

    private static int whole(String file, String at, String text) {
        try {
            return Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            throw new IngestException(file, at, "size '" + text + "'", "a whole number of cells");
        }
    }

    /** The element children of {@code e}, those named {@code name} (any namespace) or all when it is null. */
    private static List<Element> children(Element e, String name) {
        List<Element> out = new ArrayList<>();
        for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element c && (name == null || name.equals(c.getLocalName()))) {
                out.add(c);
            }
        }
        return out;
    }

    private static Element parse(Path path) {
        String file = path.toString();
        try (InputStream in = Files.newInputStream(path)) {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setNamespaceAware(true);
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            f.setExpandEntityReferences(false);
            DocumentBuilder b = f.newDocumentBuilder();
            b.setErrorHandler(null);
            return b.parse(in).getDocumentElement();
        } catch (SAXException e) {
            throw new IngestException(file, "", "not well-formed XML (" + e.getMessage() + ")", "a NeuroML2 document");
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("the JDK's XML parser refuses secure processing", e);
        } catch (IOException e) {
            throw new IngestException(file, "", "cannot read: " + IoFailure.describe(e), "a readable file", e);
        }
    }
}
