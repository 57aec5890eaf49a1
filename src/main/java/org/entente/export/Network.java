package org.entente.export;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.entente.model.Actor;
import org.entente.model.CoMention;
import org.entente.model.Scope;

/**
 * The co-mention graph as GraphML ({@value #GRAPHML}) and GEXF 1.2 ({@value #GEXF}), for Gephi, networkx and
 * igraph: nodes are the actors of the counted types with their mention counts, undirected edges are the
 * dyads. Edge attributes are named {@code <scope>_<measure>} (sentence_units, paragraph_documents,
 * sentence_units_verbal_conflict…), one set per scope of the run, with the units split by relation cue class
 * as in dyads.csv. {@code weight} is the units of the
 * first scope of the run. Both files are written deterministically (nodes and edges sorted by id, no dates).
 *
 * <p>Stateless and thread-safe.
 */
public final class Network {
    /** File name of the GraphML graph. */
    public static final String GRAPHML = "network.graphml";
    /** File name of the GEXF graph. */
    public static final String GEXF = "network.gexf";

    /** The attributes of every node (its id is the actor_id). */
    public static final List<Column> NODE_ATTRIBUTES = List.of(
            new Column("label", ColumnType.STRING, "the actor's preferred English name"),
            new Column("actor_type", ColumnType.STRING, "STATE, LEADER or ORG"),
            new Column("state_id", ColumnType.STRING, "for leaders: the state served in the latest term"),
            new Column("wikidata", ColumnType.STRING, "Wikidata QID"),
            new Column("mentions", ColumnType.INTEGER, "mentions in all documents"),
            new Column("sentences", ColumnType.INTEGER, "sentences that mention the actor"),
            new Column("documents", ColumnType.INTEGER, "documents that mention the actor"));

    /** The attributes of every edge for each scope of the run, named {@code <scope>_<name>}. */
    public static final List<Column> EDGE_ATTRIBUTES_PER_SCOPE = List.of(
            new Column("units", ColumnType.INTEGER, "units of that scope that mention both (0 if none)"),
            new Column("documents", ColumnType.INTEGER, "documents with at least one such unit"),
            new Column("first_date", ColumnType.PARTIAL_DATE, "earliest date of those documents"),
            new Column("last_date", ColumnType.PARTIAL_DATE, "latest date of those documents"),
            new Column(
                    "units_verbal_cooperation",
                    ColumnType.INTEGER,
                    "of those units, the ones with a verbal-cooperation cue"),
            new Column("units_material_cooperation", ColumnType.INTEGER, "… with a material-cooperation cue"),
            new Column("units_verbal_conflict", ColumnType.INTEGER, "… with a verbal-conflict cue"),
            new Column("units_material_conflict", ColumnType.INTEGER, "… with a material-conflict cue"),
            new Column("units_neutral", ColumnType.INTEGER, "… with a neutral relation cue"),
            new Column("units_no_cue", ColumnType.INTEGER, "… with no cue at all"));

    /** The edge attribute that drawing tools use by default. */
    public static final Column WEIGHT = new Column(
            "weight",
            ColumnType.INTEGER,
            "units of the first scope of the run (the first --scope; sentence by default)");

    private Network() {}

    /**
     * A node of the graph.
     *
     * @param actor     the actor
     * @param mentions  its mentions
     * @param sentences sentences mentioning it
     * @param documents documents mentioning it
     */
    public record Node(Actor actor, long mentions, long sentences, long documents) {}

    /** The edge attribute names of a run with these scopes, in order (weight first). */
    public static List<String> edgeAttributeNames(List<Scope> scopes) {
        List<String> names = new ArrayList<>(List.of(WEIGHT.name()));
        for (Scope scope : scopes) {
            EDGE_ATTRIBUTES_PER_SCOPE.forEach(c -> names.add(scope.label() + "_" + c.name()));
        }
        return names;
    }

    private record Edge(String source, String target, Map<String, String> values) {}

    private static List<Edge> edges(List<CoMention> dyads, List<Scope> scopes) {
        Map<List<String>, Map<String, String>> byPair = new TreeMap<>(CoMention.ID_ORDER);
        for (CoMention d : dyads) {
            Map<String, String> values = byPair.computeIfAbsent(d.actorIds(), k -> {
                Map<String, String> v = new TreeMap<>();
                v.put(WEIGHT.name(), "0");
                for (Scope s : scopes) {
                    v.put(s.label() + "_units", "0");
                    v.put(s.label() + "_documents", "0");
                    v.put(s.label() + "_first_date", "");
                    v.put(s.label() + "_last_date", "");
                    for (Column c : EDGE_ATTRIBUTES_PER_SCOPE.subList(4, EDGE_ATTRIBUTES_PER_SCOPE.size())) {
                        v.put(s.label() + "_" + c.name(), "0");
                    }
                }
                return v;
            });
            String p = d.scope().label() + "_";
            values.put(p + "units", Long.toString(d.units()));
            values.put(p + "documents", Long.toString(d.documents()));
            values.put(p + "first_date", d.firstDate());
            values.put(p + "last_date", d.lastDate());
            values.put(p + "units_verbal_cooperation", Long.toString(d.cues().verbalCooperation()));
            values.put(p + "units_material_cooperation", Long.toString(d.cues().materialCooperation()));
            values.put(p + "units_verbal_conflict", Long.toString(d.cues().verbalConflict()));
            values.put(p + "units_material_conflict", Long.toString(d.cues().materialConflict()));
            values.put(p + "units_neutral", Long.toString(d.cues().neutral()));
            values.put(p + "units_no_cue", Long.toString(d.cues().none()));
            if (d.scope().equals(scopes.get(0))) {
                values.put(WEIGHT.name(), Long.toString(d.units()));
            }
        }
        List<Edge> edges = new ArrayList<>();
        byPair.forEach((ids, values) -> edges.add(new Edge(ids.get(0), ids.get(1), values)));
        return edges;
    }

    private static List<String> nodeValues(Node n) {
        Actor a = n.actor();
        return List.of(
                a.name(),
                a.type().name(),
                a.state(),
                a.wikidata(),
                Long.toString(n.mentions()),
                Long.toString(n.sentences()),
                Long.toString(n.documents()));
    }

    /** The type of an edge attribute of {@link #edgeAttributeNames}: the type of its column. */
    static ColumnType edgeAttributeType(String name) {
        if (name.equals(WEIGHT.name())) {
            return WEIGHT.type();
        }
        String measure = name.substring(name.indexOf('_') + 1);
        return EDGE_ATTRIBUTES_PER_SCOPE.stream()
                .filter(c -> c.name().equals(measure))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("not an edge attribute: " + name))
                .type();
    }

    private static String edgeType(String name, String graphmlOrGexf) {
        return xmlType(edgeAttributeType(name), graphmlOrGexf);
    }

    private static String nodeType(Column c, String graphmlOrGexf) {
        return xmlType(c.type(), graphmlOrGexf);
    }

    /** GraphML and GEXF name the integer type differently; every other column is written as a string. */
    private static String xmlType(ColumnType type, String graphmlOrGexf) {
        if (type == ColumnType.INTEGER) {
            return graphmlOrGexf.equals("graphml") ? "int" : "integer";
        }
        return "string";
    }

    /**
     * Writes both graph files into the output folder.
     *
     * @param out    output folder
     * @param nodes  the nodes, sorted by actor id
     * @param dyads  the corpus dyads of every scope
     * @param scopes the scopes of the run, the first one giving the weight
     */
    public static void write(Path out, List<Node> nodes, List<CoMention> dyads, List<Scope> scopes) {
        List<Edge> edges = edges(dyads, scopes);
        List<String> edgeNames = edgeAttributeNames(scopes);
        writeXml(out.resolve(GRAPHML), w -> graphml(w, nodes, edges, edgeNames));
        writeXml(out.resolve(GEXF), w -> gexf(w, nodes, edges, edgeNames));
    }

    private interface XmlBody {
        void write(XMLStreamWriter w) throws XMLStreamException;
    }

    private static void writeXml(Path file, XmlBody body) {
        Path temp = file.resolveSibling(file.getFileName() + ".tmp");
        try (Writer out = Files.newBufferedWriter(temp, StandardCharsets.UTF_8)) {
            XMLStreamWriter w = XMLOutputFactory.newDefaultFactory().createXMLStreamWriter(out);
            w.writeStartDocument("UTF-8", "1.0");
            body.write(w);
            w.writeEndDocument();
            w.close();
            out.write("\n");
        } catch (IOException | XMLStreamException e) {
            throw new UncheckedIOException(
                    "cannot write " + file + ": " + e.getMessage(),
                    e instanceof IOException io ? io : new IOException(e));
        }
        try {
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }

    private static void indent(XMLStreamWriter w, int depth) throws XMLStreamException {
        w.writeCharacters("\n" + "  ".repeat(depth));
    }

    private static void graphml(XMLStreamWriter w, List<Node> nodes, List<Edge> edges, List<String> edgeNames)
            throws XMLStreamException {
        indent(w, 0);
        w.writeStartElement("graphml");
        w.writeDefaultNamespace("http://graphml.graphdrawing.org/xmlns");
        for (Column c : NODE_ATTRIBUTES) {
            indent(w, 1);
            w.writeEmptyElement("key");
            w.writeAttribute("id", "n_" + c.name());
            w.writeAttribute("for", "node");
            w.writeAttribute("attr.name", c.name());
            w.writeAttribute("attr.type", nodeType(c, "graphml"));
        }
        for (String name : edgeNames) {
            indent(w, 1);
            w.writeEmptyElement("key");
            w.writeAttribute("id", "e_" + name);
            w.writeAttribute("for", "edge");
            w.writeAttribute("attr.name", name);
            w.writeAttribute("attr.type", edgeType(name, "graphml"));
        }
        indent(w, 1);
        w.writeStartElement("graph");
        w.writeAttribute("id", "comentions");
        w.writeAttribute("edgedefault", "undirected");
        for (Node n : nodes) {
            indent(w, 2);
            w.writeStartElement("node");
            w.writeAttribute("id", n.actor().id());
            List<String> values = nodeValues(n);
            for (int i = 0; i < NODE_ATTRIBUTES.size(); i++) {
                indent(w, 3);
                w.writeStartElement("data");
                w.writeAttribute("key", "n_" + NODE_ATTRIBUTES.get(i).name());
                w.writeCharacters(values.get(i));
                w.writeEndElement();
            }
            indent(w, 2);
            w.writeEndElement();
        }
        for (Edge e : edges) {
            indent(w, 2);
            w.writeStartElement("edge");
            w.writeAttribute("id", e.source() + "--" + e.target());
            w.writeAttribute("source", e.source());
            w.writeAttribute("target", e.target());
            for (String name : edgeNames) {
                indent(w, 3);
                w.writeStartElement("data");
                w.writeAttribute("key", "e_" + name);
                w.writeCharacters(e.values().get(name));
                w.writeEndElement();
            }
            indent(w, 2);
            w.writeEndElement();
        }
        indent(w, 1);
        w.writeEndElement();
        indent(w, 0);
        w.writeEndElement();
    }

    private static void gexf(XMLStreamWriter w, List<Node> nodes, List<Edge> edges, List<String> edgeNames)
            throws XMLStreamException {
        indent(w, 0);
        w.writeStartElement("gexf");
        w.writeDefaultNamespace("http://www.gexf.net/1.2draft");
        w.writeAttribute("version", "1.2");
        indent(w, 1);
        w.writeStartElement("meta");
        indent(w, 2);
        w.writeStartElement("creator");
        w.writeCharacters("Entente");
        w.writeEndElement();
        indent(w, 2);
        w.writeStartElement("description");
        w.writeCharacters("co-mention graph: nodes are actors, edges are co-mentioned pairs");
        w.writeEndElement();
        indent(w, 1);
        w.writeEndElement();
        indent(w, 1);
        w.writeStartElement("graph");
        w.writeAttribute("mode", "static");
        w.writeAttribute("defaultedgetype", "undirected");
        indent(w, 2);
        w.writeStartElement("attributes");
        w.writeAttribute("class", "node");
        for (Column c : NODE_ATTRIBUTES.subList(1, NODE_ATTRIBUTES.size())) {
            indent(w, 3);
            w.writeEmptyElement("attribute");
            w.writeAttribute("id", c.name());
            w.writeAttribute("title", c.name());
            w.writeAttribute("type", nodeType(c, "gexf"));
        }
        indent(w, 2);
        w.writeEndElement();
        indent(w, 2);
        w.writeStartElement("attributes");
        w.writeAttribute("class", "edge");
        for (String name : edgeNames.subList(1, edgeNames.size())) {
            indent(w, 3);
            w.writeEmptyElement("attribute");
            w.writeAttribute("id", name);
            w.writeAttribute("title", name);
            w.writeAttribute("type", edgeType(name, "gexf"));
        }
        indent(w, 2);
        w.writeEndElement();
        indent(w, 2);
        w.writeStartElement("nodes");
        for (Node n : nodes) {
            List<String> values = nodeValues(n);
            indent(w, 3);
            w.writeStartElement("node");
            w.writeAttribute("id", n.actor().id());
            w.writeAttribute("label", values.get(0));
            indent(w, 4);
            w.writeStartElement("attvalues");
            for (int i = 1; i < NODE_ATTRIBUTES.size(); i++) {
                indent(w, 5);
                w.writeEmptyElement("attvalue");
                w.writeAttribute("for", NODE_ATTRIBUTES.get(i).name());
                w.writeAttribute("value", values.get(i));
            }
            indent(w, 4);
            w.writeEndElement();
            indent(w, 3);
            w.writeEndElement();
        }
        indent(w, 2);
        w.writeEndElement();
        indent(w, 2);
        w.writeStartElement("edges");
        for (Edge e : edges) {
            indent(w, 3);
            w.writeStartElement("edge");
            w.writeAttribute("id", e.source() + "--" + e.target());
            w.writeAttribute("source", e.source());
            w.writeAttribute("target", e.target());
            w.writeAttribute("weight", e.values().get(WEIGHT.name()));
            indent(w, 4);
            w.writeStartElement("attvalues");
            for (String name : edgeNames.subList(1, edgeNames.size())) {
                indent(w, 5);
                w.writeEmptyElement("attvalue");
                w.writeAttribute("for", name);
                w.writeAttribute("value", e.values().get(name));
            }
            indent(w, 4);
            w.writeEndElement();
            indent(w, 3);
            w.writeEndElement();
        }
        indent(w, 2);
        w.writeEndElement();
        indent(w, 1);
        w.writeEndElement();
        indent(w, 0);
        w.writeEndElement();
    }
}
