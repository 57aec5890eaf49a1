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
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.entente.model.Actor;
import org.entente.model.ActorType;
import org.entente.model.CoMention;
import org.entente.model.CorpusCounts;
import org.entente.model.CueClass;
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
    public static final List<Column> EDGE_ATTRIBUTES_PER_SCOPE = List.copyOf(Tables.concat(
            List.of(
                    new Column("units", ColumnType.INTEGER, "units of that scope that mention both (0 if none)"),
                    new Column("documents", ColumnType.INTEGER, "documents with at least one such unit"),
                    new Column("first_date", ColumnType.PARTIAL_DATE, "earliest date of those documents"),
                    new Column("last_date", ColumnType.PARTIAL_DATE, "latest date of those documents")),
            Tables.cueColumns()));

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

    /**
     * How a graph file is written.
     *
     * @param id          the graph's id
     * @param directed    directed edges (source to target) or undirected ones
     * @param description the GEXF description
     * @param types       the type of each edge attribute
     */
    private record Style(String id, boolean directed, String description, Function<String, ColumnType> types) {
        String edgeId(Edge e) {
            return e.source() + (directed ? "->" : "--") + e.target();
        }

        String edgeType(String name, String graphmlOrGexf) {
            return xmlType(types.apply(name), graphmlOrGexf);
        }
    }

    private static final Style COMENTIONS = new Style(
            "comentions",
            false,
            "co-mention graph: nodes are actors, edges are co-mentioned pairs",
            Network::edgeAttributeType);

    /** File name of the directed GraphML graph of the events. */
    public static final String DIRECTED_GRAPHML = "network_directed.graphml";
    /** File name of the directed GEXF graph of the events. */
    public static final String DIRECTED_GEXF = "network_directed.gexf";

    /** The attributes of every directed edge (a source state and a target state of directed_dyads.csv). */
    public static final List<Column> DIRECTED_EDGE_ATTRIBUTES = List.of(
            new Column("weight", ColumnType.INTEGER, "events from source to target (all types)"),
            new Column("events", ColumnType.INTEGER, "the same: events from source to target"),
            new Column("documents", ColumnType.INTEGER, "documents with at least one of them (summed over types)"),
            new Column("first_date", ColumnType.PARTIAL_DATE, "earliest date of those documents"),
            new Column("last_date", ColumnType.PARTIAL_DATE, "latest date of those documents"),
            new Column("events_verbal_cooperation", ColumnType.INTEGER, "of those events, verbal cooperation"),
            new Column("events_material_cooperation", ColumnType.INTEGER, "… material cooperation"),
            new Column("events_verbal_conflict", ColumnType.INTEGER, "… verbal conflict"),
            new Column("events_material_conflict", ColumnType.INTEGER, "… material conflict"),
            new Column(
                    "quad_class",
                    ColumnType.STRING,
                    "the quad class with most events (ties: cooperation before conflict, verbal before material), "
                            + "to colour the edge"),
            new Column("event_types", ColumnType.STRING, "the event types, ';' separated, sorted"));

    private static final Style DIRECTED = new Style(
            "events",
            true,
            "directed event graph: nodes are states, edges are directed dyads of events (source to target)",
            name -> DIRECTED_EDGE_ATTRIBUTES.stream()
                    .filter(c -> c.name().equals(name))
                    .findFirst()
                    .orElseThrow()
                    .type());

    /**
     * Writes the directed graph of the events: one node per source or target state of the directed dyads (with its
     * counts from actors.csv; 0 for a state only a leader stood for), one directed edge per source and target with
     * the events of every type.
     *
     * @param out      output folder
     * @param actors   every actor of the run with its counts
     * @param directed the corpus directed dyads, sorted by source, target and type
     */
    public static void writeDirected(Path out, List<Node> actors, List<CorpusCounts.DirectedCount> directed) {
        Map<String, Node> byId = new TreeMap<>();
        actors.forEach(n -> byId.put(n.actor().id(), n));
        Map<String, Node> nodes = new TreeMap<>();
        Map<List<String>, long[]> counts = new TreeMap<>(CoMention.ID_ORDER);
        Map<List<String>, String[]> dates = new TreeMap<>(CoMention.ID_ORDER);
        Map<List<String>, Set<String>> types = new TreeMap<>(CoMention.ID_ORDER);
        List<CueClass> quads = List.of(
                CueClass.VERBAL_COOPERATION,
                CueClass.MATERIAL_COOPERATION,
                CueClass.VERBAL_CONFLICT,
                CueClass.MATERIAL_CONFLICT);
        for (CorpusCounts.DirectedCount d : directed) {
            for (String id : List.of(d.source(), d.target())) {
                nodes.computeIfAbsent(
                        id, k -> byId.getOrDefault(k, new Node(new Actor(k, ActorType.STATE, k, "", ""), 0, 0, 0)));
            }
            List<String> pair = List.of(d.source(), d.target());
            long[] c = counts.computeIfAbsent(pair, k -> new long[6]);
            c[0] += d.events();
            c[1] += d.documents();
            c[2 + quads.indexOf(d.type().quad())] += d.events();
            String[] range = dates.computeIfAbsent(pair, k -> new String[] {d.firstDate(), d.lastDate()});
            range[0] = range[0].isEmpty()
                            || (!d.firstDate().isEmpty() && d.firstDate().compareTo(range[0]) < 0)
                    ? d.firstDate()
                    : range[0];
            range[1] = d.lastDate().compareTo(range[1]) > 0 ? d.lastDate() : range[1];
            types.computeIfAbsent(pair, k -> new TreeSet<>()).add(d.type().name());
        }
        List<Edge> edges = new ArrayList<>();
        counts.forEach((pair, c) -> {
            Map<String, String> v = new TreeMap<>();
            int top = 0;
            for (int q = 1; q < 4; q++) {
                top = c[2 + q] > c[2 + top] ? q : top;
            }
            v.put("weight", Long.toString(c[0]));
            v.put("events", Long.toString(c[0]));
            v.put("documents", Long.toString(c[1]));
            v.put("first_date", dates.get(pair)[0]);
            v.put("last_date", dates.get(pair)[1]);
            for (int q = 0; q < 4; q++) {
                v.put("events_" + quads.get(q).label(), Long.toString(c[2 + q]));
            }
            v.put("quad_class", quads.get(top).label());
            v.put("event_types", String.join(";", types.get(pair)));
            edges.add(new Edge(pair.get(0), pair.get(1), v));
        });
        List<Node> nodeList = List.copyOf(nodes.values());
        List<String> names = DIRECTED_EDGE_ATTRIBUTES.stream().map(Column::name).toList();
        writeXml(out.resolve(DIRECTED_GRAPHML), w -> graphml(w, nodeList, edges, names, DIRECTED));
        writeXml(out.resolve(DIRECTED_GEXF), w -> gexf(w, nodeList, edges, names, DIRECTED));
    }

    private static List<Edge> edges(List<CoMention> dyads, List<Scope> scopes) {
        Map<List<String>, Map<String, String>> byPair = new TreeMap<>(CoMention.ID_ORDER);
        for (CoMention d : dyads) {
            Map<String, String> values = byPair.computeIfAbsent(d.actorIds(), k -> {
                Map<String, String> v = new TreeMap<>();
                v.put(WEIGHT.name(), "0");
                for (Scope s : scopes) {
                    for (Column c : EDGE_ATTRIBUTES_PER_SCOPE) {
                        v.put(s.label() + "_" + c.name(), c.type() == ColumnType.INTEGER ? "0" : "");
                    }
                }
                return v;
            });
            List<String> measures = new ArrayList<>(
                    List.of(Long.toString(d.units()), Long.toString(d.documents()), d.firstDate(), d.lastDate()));
            d.cues().values().forEach(n -> measures.add(Long.toString(n)));
            for (int i = 0; i < measures.size(); i++) {
                values.put(
                        d.scope().label() + "_"
                                + EDGE_ATTRIBUTES_PER_SCOPE.get(i).name(),
                        measures.get(i));
            }
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
        writeXml(out.resolve(GRAPHML), w -> graphml(w, nodes, edges, edgeNames, COMENTIONS));
        writeXml(out.resolve(GEXF), w -> gexf(w, nodes, edges, edgeNames, COMENTIONS));
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

    private static void graphml(
            XMLStreamWriter w, List<Node> nodes, List<Edge> edges, List<String> edgeNames, Style style)
            throws XMLStreamException {
        indent(w, 0);
        w.writeStartElement("graphml");
        w.writeDefaultNamespace("http://graphml.graphdrawing.org/xmlns");
        for (Column c : NODE_ATTRIBUTES) {
            graphmlKey(w, "node", c.name(), nodeType(c, "graphml"));
        }
        for (String name : edgeNames) {
            graphmlKey(w, "edge", name, style.edgeType(name, "graphml"));
        }
        indent(w, 1);
        w.writeStartElement("graph");
        w.writeAttribute("id", style.id());
        w.writeAttribute("edgedefault", style.directed() ? "directed" : "undirected");
        for (Node n : nodes) {
            indent(w, 2);
            w.writeStartElement("node");
            w.writeAttribute("id", n.actor().id());
            List<String> values = nodeValues(n);
            for (int i = 0; i < NODE_ATTRIBUTES.size(); i++) {
                graphmlData(w, "node", NODE_ATTRIBUTES.get(i).name(), values.get(i));
            }
            indent(w, 2);
            w.writeEndElement();
        }
        for (Edge e : edges) {
            indent(w, 2);
            w.writeStartElement("edge");
            w.writeAttribute("id", style.edgeId(e));
            w.writeAttribute("source", e.source());
            w.writeAttribute("target", e.target());
            for (String name : edgeNames) {
                graphmlData(w, "edge", name, e.values().get(name));
            }
            indent(w, 2);
            w.writeEndElement();
        }
        indent(w, 1);
        w.writeEndElement();
        indent(w, 0);
        w.writeEndElement();
    }

    /** The GraphML key of a node or edge attribute: its id is n_ or e_ and the name. */
    private static void graphmlKey(XMLStreamWriter w, String domain, String name, String type)
            throws XMLStreamException {
        indent(w, 1);
        w.writeEmptyElement("key");
        w.writeAttribute("id", domain.charAt(0) + "_" + name);
        w.writeAttribute("for", domain);
        w.writeAttribute("attr.name", name);
        w.writeAttribute("attr.type", type);
    }

    /** The value of a node or edge attribute in GraphML. */
    private static void graphmlData(XMLStreamWriter w, String domain, String name, String value)
            throws XMLStreamException {
        indent(w, 3);
        w.writeStartElement("data");
        w.writeAttribute("key", domain.charAt(0) + "_" + name);
        w.writeCharacters(value);
        w.writeEndElement();
    }

    /** The GEXF declaration of the node or edge attributes. */
    private static void gexfAttributes(XMLStreamWriter w, String domain, List<String> names, List<String> types)
            throws XMLStreamException {
        indent(w, 2);
        w.writeStartElement("attributes");
        w.writeAttribute("class", domain);
        for (int i = 0; i < names.size(); i++) {
            indent(w, 3);
            w.writeEmptyElement("attribute");
            w.writeAttribute("id", names.get(i));
            w.writeAttribute("title", names.get(i));
            w.writeAttribute("type", types.get(i));
        }
        indent(w, 2);
        w.writeEndElement();
    }

    /** The GEXF attribute values of a node or an edge. */
    private static void gexfValues(XMLStreamWriter w, List<String> names, List<String> values)
            throws XMLStreamException {
        indent(w, 4);
        w.writeStartElement("attvalues");
        for (int i = 0; i < names.size(); i++) {
            indent(w, 5);
            w.writeEmptyElement("attvalue");
            w.writeAttribute("for", names.get(i));
            w.writeAttribute("value", values.get(i));
        }
        indent(w, 4);
        w.writeEndElement();
    }

    private static void gexf(XMLStreamWriter w, List<Node> nodes, List<Edge> edges, List<String> edgeNames, Style style)
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
        w.writeCharacters(style.description());
        w.writeEndElement();
        indent(w, 1);
        w.writeEndElement();
        indent(w, 1);
        w.writeStartElement("graph");
        w.writeAttribute("mode", "static");
        w.writeAttribute("defaultedgetype", style.directed() ? "directed" : "undirected");
        List<Column> nodeColumns = NODE_ATTRIBUTES.subList(1, NODE_ATTRIBUTES.size());
        List<String> nodeNames = nodeColumns.stream().map(Column::name).toList();
        gexfAttributes(
                w,
                "node",
                nodeNames,
                nodeColumns.stream().map(c -> nodeType(c, "gexf")).toList());
        List<String> edgeValueNames = edgeNames.subList(1, edgeNames.size());
        gexfAttributes(
                w,
                "edge",
                edgeValueNames,
                edgeValueNames.stream()
                        .map(name -> style.edgeType(name, "gexf"))
                        .toList());
        indent(w, 2);
        w.writeStartElement("nodes");
        for (Node n : nodes) {
            List<String> values = nodeValues(n);
            indent(w, 3);
            w.writeStartElement("node");
            w.writeAttribute("id", n.actor().id());
            w.writeAttribute("label", values.get(0));
            gexfValues(w, nodeNames, values.subList(1, values.size()));
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
            w.writeAttribute("id", style.edgeId(e));
            w.writeAttribute("source", e.source());
            w.writeAttribute("target", e.target());
            w.writeAttribute("weight", e.values().get(WEIGHT.name()));
            gexfValues(
                    w,
                    edgeValueNames,
                    edgeValueNames.stream().map(e.values()::get).toList());
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
