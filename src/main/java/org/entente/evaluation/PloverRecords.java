package org.entente.evaluation;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.json.Json;
import javax.json.JsonArray;
import javax.json.JsonException;
import javax.json.JsonObject;
import javax.json.JsonReader;
import javax.json.JsonValue;
import org.entente.actors.ActorDictionary;
import org.entente.actors.Alias;
import org.entente.model.ActorType;
import org.entente.model.EventType;

/**
 * The PLOVER gold-standard records ({@code PLOVER_GSR_CAMEO.txt} of openeventdata/PLOVER: sentences from the CAMEO
 * manual, each coded by hand with a source, a target and an event type; CC BY-SA 4.0), read by path.
 *
 * <p>The file is a JSON array of objects with trailing commas; it is read leniently (commas before a closing
 * bracket or brace, outside strings, are dropped) and parsed with the javax.json API.
 *
 * <p>Conversion to Entente's actors ({@link #gold}): CAMEO-style country codes are mapped to the dictionary's ISO
 * codes (JAP → JPN, ITL → ITA, VTN → VNM); a country code counts as the state only with no sector or a state sector
 * (GOV government, MIL military, COP police, LEG legislature, JUD judiciary, SPY intelligence), as the event
 * conventions count only a state's organs as the state; other sectors (rebels, opposition, civilians, refugees,
 * business, media…) and sectors with an ethnic or religious modifier (MILsrp) are not dictionary actors. IGO is the
 * organisation whose dictionary form the actor text contains (the longest: "U.N. Security Council" → UNSC), else a
 * dictionary leader named in it ("Kofi Annan", who served the UN), else no actor ("Amnesty International",
 * "European Community"). NGO, IMG and unknown codes are not actors. A record yields
 * the pairs whose source and target are both actors (one per pair of a compound); a record marked SRC/TAR with no
 * target (reciprocal actors) yields both directions of every pair of its sources. Records with the same text are one
 * sentence.
 */
public final class PloverRecords {
    private PloverRecords() {}

    private static final Map<String, String> CAMEO_CODES = Map.of("JAP", "JPN", "ITL", "ITA", "VTN", "VNM");
    private static final Set<String> STATE_SECTORS = Set.of("", "GOV", "MIL", "COP", "LEG", "JUD", "SPY");

    /**
     * One coded actor of a record.
     *
     * @param text   the actor text
     * @param code   the CAMEO-style country or group code
     * @param sector the sector code, or empty
     */
    public record Actor(String text, String code, String sector) {}

    /**
     * One record.
     *
     * @param id         the record id (PLOVER-GSR01-AGREE-0001)
     * @param event      the PLOVER event type
     * @param date       the record date
     * @param text       the sentence
     * @param sources    the source actors
     * @param targets    the target actors (none for some types)
     * @param reciprocal true when the markup codes the sources as reciprocal source/target (SRC/TAR)
     */
    public record Record(
            String id,
            EventType event,
            String date,
            String text,
            List<Actor> sources,
            List<Actor> targets,
            boolean reciprocal) {
        public Record {
            sources = List.copyOf(sources);
            targets = List.copyOf(targets);
        }
    }

    /**
     * Reads the records (the DOCUMENT record that documents the file is skipped).
     *
     * @param file PLOVER_GSR_CAMEO.txt
     * @return the records, in file order
     * @throws IllegalArgumentException naming the file or record and what was expected
     */
    public static List<Record> read(Path file) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read the PLOVER records " + file + ": " + e.getMessage());
        }
        JsonArray array;
        try (JsonReader reader = Json.createReader(new StringReader(withoutTrailingCommas(text)))) {
            array = reader.readArray();
        } catch (JsonException | IllegalStateException e) {
            throw new IllegalArgumentException(
                    file + ": not a JSON array of records even without trailing commas (" + e.getMessage() + ")");
        }
        List<Record> out = new ArrayList<>();
        for (JsonValue v : array) {
            JsonObject o = v.asJsonObject();
            String event = o.getString("event", "");
            if (event.equals("DOCUMENT")) {
                continue;
            }
            String id = o.getString("id", "?");
            EventType type;
            try {
                type = EventType.parse(event);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(file + ": record " + id + ": " + e.getMessage());
            }
            String markup = "";
            JsonValue info = o.get("textInfo");
            if (info != null && info.getValueType() == JsonValue.ValueType.OBJECT) {
                markup = info.asJsonObject().getString("markup", "");
            }
            List<Actor> targets = actors(o.get("target"));
            out.add(new Record(
                    id,
                    type,
                    o.getString("date", ""),
                    o.getString("text", "").strip(),
                    actors(o.get("source")),
                    targets,
                    targets.isEmpty() && markup.contains("SRC/TAR")));
        }
        return out;
    }

    private static List<Actor> actors(JsonValue value) {
        List<Actor> out = new ArrayList<>();
        if (value == null || value.getValueType() != JsonValue.ValueType.ARRAY) {
            return out; // absent, or a free-text target such as "diplomatic"
        }
        for (JsonValue a : value.asJsonArray()) {
            JsonObject o = a.asJsonObject();
            out.add(new Actor(o.getString("actorText", ""), o.getString("code", ""), o.getString("sector", "")));
        }
        return out;
    }

    /** The text with every comma that directly precedes a closing bracket or brace (outside strings) removed. */
    static String withoutTrailingCommas(String text) {
        StringBuilder out = new StringBuilder(text.length());
        boolean inString = false;
        int pendingComma = -1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (inString) {
                out.append(c);
                if (c == '\\' && i + 1 < text.length()) {
                    out.append(text.charAt(++i));
                } else if (c == '"') {
                    inString = false;
                }
                continue;
            }
            if (c == ',') {
                pendingComma = out.length();
            } else if ((c == ']' || c == '}') && pendingComma >= 0) {
                out.deleteCharAt(pendingComma);
                pendingComma = -1;
            } else if (!Character.isWhitespace(c)) {
                pendingComma = -1;
            }
            if (c == '"') {
                inString = true;
                pendingComma = -1;
            }
            out.append(c);
        }
        return out.toString();
    }

    /**
     * The records as an event gold set of dictionary actors (see the class comment for the mapping).
     *
     * @param file       PLOVER_GSR_CAMEO.txt
     * @param dictionary the actor dictionary
     * @return one sentence per distinct text, with the pairs of its records whose actors are both in the dictionary
     */
    public static EventGold gold(Path file, ActorDictionary dictionary) {
        Map<String, List<EventGold.Event>> byText = new LinkedHashMap<>();
        Map<String, String[]> first = new LinkedHashMap<>();
        for (Record r : read(file)) {
            List<EventGold.Event> events = byText.computeIfAbsent(r.text(), k -> new ArrayList<>());
            first.putIfAbsent(r.text(), new String[] {r.id(), r.date()});
            List<String> sources = r.sources().stream()
                    .map(a -> actorId(a, dictionary))
                    .flatMap(Optional::stream)
                    .distinct()
                    .toList();
            List<String> targets = r.targets().stream()
                    .map(a -> actorId(a, dictionary))
                    .flatMap(Optional::stream)
                    .distinct()
                    .toList();
            List<String> to = r.reciprocal() ? sources : targets;
            for (String s : sources) {
                for (String t : to) {
                    if (!s.equals(t)) {
                        events.add(new EventGold.Event(s, t, r.event(), null, false));
                    }
                }
            }
        }
        List<EventGold.Sentence> sentences = new ArrayList<>();
        byText.forEach((text, events) ->
                sentences.add(new EventGold.Sentence(first.get(text)[0], first.get(text)[1], text, events)));
        return new EventGold(file.toString(), sentences);
    }

    /** The dictionary actor a coded actor stands for, if any. */
    static Optional<String> actorId(Actor a, ActorDictionary dictionary) {
        String code = CAMEO_CODES.getOrDefault(a.code(), a.code());
        if (code.equals("IGO")) {
            // an organisation named in the text, else a dictionary leader who served one ("Kofi Annan")
            for (ActorType type : List.of(ActorType.ORG, ActorType.LEADER)) {
                String best = null;
                int length = 0;
                for (Alias alias : dictionary.aliases()) {
                    if (alias.actor().type() == type
                            && alias.form().length() > length
                            && containsWord(a.text(), alias.form())) {
                        best = alias.actor().id();
                        length = alias.form().length();
                    }
                }
                if (best != null) {
                    return Optional.of(best);
                }
            }
            return Optional.empty();
        }
        if (STATE_SECTORS.contains(a.sector())
                && dictionary
                        .actor(code)
                        .filter(x -> x.type() == ActorType.STATE)
                        .isPresent()) {
            return Optional.of(code);
        }
        return Optional.empty();
    }

    private static boolean containsWord(String text, String form) {
        for (int at = text.indexOf(form); at >= 0; at = text.indexOf(form, at + 1)) {
            int end = at + form.length();
            if ((at == 0 || !Character.isLetterOrDigit(text.charAt(at - 1)))
                    && (end == text.length() || !Character.isLetterOrDigit(text.charAt(end)))) {
                return true;
            }
        }
        return false;
    }
}
