package org.entente.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.entente.model.Actor;
import org.entente.model.ActorType;
import org.entente.model.CoMention;
import org.entente.model.CueCounts;
import org.entente.model.Scope;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class NetworkTest {
    @TempDir
    Path out;

    private void writeOneEdge() {
        List<Network.Node> nodes = List.of(
                new Network.Node(new Actor("PRK", ActorType.STATE, "North Korea", "", "Q423"), 5, 4, 2),
                new Network.Node(new Actor("RUS", ActorType.STATE, "Russia", "", "Q159"), 3, 3, 2));
        List<CoMention> dyads = List.of(new CoMention(
                Scope.SENTENCE, List.of("PRK", "RUS"), 3, 2, "2024-06", "2024-06-19", new CueCounts(1, 0, 0, 0, 0, 2)));
        Network.write(out, nodes, dyads, List.of(Scope.SENTENCE));
    }

    /** attr.name → attr.type of every key of the GraphML file, or id → type of every GEXF attribute. */
    private static Map<String, String> declaredTypes(Path file, String element, String name, String type)
            throws Exception {
        NodeList keys = DocumentBuilderFactory.newInstance()
                .newDocumentBuilder()
                .parse(file.toFile())
                .getElementsByTagName(element);
        Map<String, String> types = new LinkedHashMap<>();
        for (int i = 0; i < keys.getLength(); i++) {
            Element key = (Element) keys.item(i);
            types.put(key.getAttribute(name), key.getAttribute(type));
        }
        return types;
    }

    @Test
    void typesEveryGraphmlAttributeAsItsColumnIsDocumented() throws Exception {
        writeOneEdge();

        Map<String, String> expected = new LinkedHashMap<>();
        expected.put("label", "string");
        expected.put("actor_type", "string");
        expected.put("state_id", "string");
        expected.put("wikidata", "string");
        expected.put("mentions", "int");
        expected.put("sentences", "int");
        expected.put("documents", "int");
        expected.put("weight", "int");
        expected.put("sentence_units", "int");
        expected.put("sentence_documents", "int");
        expected.put("sentence_first_date", "string");
        expected.put("sentence_last_date", "string");
        expected.put("sentence_units_verbal_cooperation", "int");
        expected.put("sentence_units_material_cooperation", "int");
        expected.put("sentence_units_verbal_conflict", "int");
        expected.put("sentence_units_material_conflict", "int");
        expected.put("sentence_units_neutral", "int");
        expected.put("sentence_units_no_cue", "int");
        assertThat(declaredTypes(out.resolve(Network.GRAPHML), "key", "attr.name", "attr.type"))
                .containsExactlyEntriesOf(expected);
    }

    @Test
    void typesEveryGexfAttributeAsItsColumnIsDocumented() throws Exception {
        writeOneEdge();

        assertThat(declaredTypes(out.resolve(Network.GEXF), "attribute", "id", "type"))
                .containsEntry("mentions", "integer")
                .containsEntry("wikidata", "string")
                .containsEntry("sentence_units_no_cue", "integer")
                .containsEntry("sentence_last_date", "string")
                .hasSize(6 + 10);
    }

    @Test
    void refusesANameThatIsNoEdgeAttribute() {
        assertThat(Network.edgeAttributeType("sentence_units")).isEqualTo(ColumnType.INTEGER);
        assertThat(Network.edgeAttributeType("window:5_first_date")).isEqualTo(ColumnType.PARTIAL_DATE);
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Network.edgeAttributeType("sentence_tone"))
                .withMessage("not an edge attribute: sentence_tone");
    }
}
