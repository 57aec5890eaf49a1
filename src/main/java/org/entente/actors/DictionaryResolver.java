package org.entente.actors;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.entente.model.Actor;
import org.entente.model.ActorType;
import org.entente.model.AnnotatedDocument;
import org.entente.model.Compound;
import org.entente.model.MatchKind;
import org.entente.model.Mention;
import org.entente.model.MentionSource;
import org.entente.model.NamedEntity;
import org.entente.model.ResolvedDocument;
import org.entente.model.Sentence;
import org.entente.model.Token;

/**
 * Resolves mentions with the actor dictionary and the engine's named entities, by the rules of the
 * counting conventions (../shared/conventions/actor-mentions.md):
 * <ol>
 *   <li>every dictionary form is found at word boundaries (leftmost-longest), whether or not the engine's
 *       tokenizer split a compound, so "ROK-U.S.-Japan" yields three parts;</li>
 *   <li>forms inside an exclusion phrase (Korean Peninsula, South China Sea…), inside an institution's
 *       name (Bank of China, Korea Economic Institute) or inside a longer person name are dropped;
 *       capitals count only where they are not a place ("a summit in Pyongyang" does not count);</li>
 *   <li>forms joined by '-' or '/' into a chain of two or more actors are compound parts, and the chain is
 *       recorded as a {@link Compound} with its head noun; a combining form (Sino-) counts only there;</li>
 *   <li>leaders' surnames resolve to the leader named in full earlier in the document, or directly where
 *       the surname is unique in the dictionary; a title before the surname makes it title_surname;</li>
 *   <li>named entities that overlap no dictionary form are looked up case-insensitively; the rest of the
 *       PERSON, ORGANIZATION and LOCATION entities are reported as unresolved.</li>
 * </ol>
 * Immutable and thread-safe.
 */
public final class DictionaryResolver implements ActorResolver {
    /** Words that make a capitalised phrase the name of an institution, company or party. */
    static final Set<String> INSTITUTION_WORDS = Set.of("Bank", "Institute", "Institution", "University",
            "Academy", "Foundation", "Company", "Corporation", "Corp", "Corp.", "Inc", "Inc.", "Ltd", "Ltd.",
            "Center", "Centre", "Association", "Society", "Times", "Post", "Herald", "Daily", "Journal", "News",
            "Airlines", "Airways", "Motors", "Electronics", "Telecom", "Railway", "Railways", "College", "School",
            "Museum", "Hospital", "Studies", "Party", "Chamber", "Forum", "Press", "Broadcasting", "Review", "Fund",
            "Club", "Group");
    /** Connectors allowed inside a capitalised name phrase ("Bank of China"). */
    private static final Set<String> NAME_CONNECTORS = Set.of("of", "for", "and", "the", "on", "&");
    /** Words before a capital that make it a place rather than its government ("talks held in Beijing"). */
    private static final Set<String> PLACE_WORDS = Set.of("in", "at", "into", "near", "outside", "inside",
            "around", "across", "throughout", "within", "via", "visit", "visits", "visited", "visiting", "reached");
    /** Forms of address that may stand before any leader's surname ("Mr. Putin"). */
    private static final List<String> HONORIFICS = List.of("Mr.", "Mrs.", "Ms.", "Dr.", "Mr", "Mrs", "Ms", "Dr");
    /** Capitalised words after a capital that make it part of the name of a document or event ("Cairo
     * Declaration"). */
    private static final Set<String> NAMED_AFTER_PLACE = Set.of("Declaration", "Accord", "Accords", "Agreement",
            "Agreements", "Summit", "Process", "Protocol", "Communiqué", "Communique", "Statement", "Format",
            "Conference", "Consensus", "Framework", "Plan", "Initiative", "Convention", "Charter", "Treaty",
            "Talks", "Group", "Olympics", "Games", "Forum", "Dialogue", "Memorandum", "Club");
    /** Nouns before "of" that make the capital after it a place ("residents of Seoul"). */
    private static final Set<String> PLACE_OF_WORDS = Set.of("residents", "resident", "citizens", "people", "streets",
            "mayor", "outskirts", "suburbs", "centre", "center", "heart", "skies", "population", "city", "capital",
            "map", "east", "west", "north", "south", "university", "airport", "port");
    /** Nouns after "the <capital>" that keep it the government ("the Beijing government"). */
    private static final Set<String> GOVERNMENT_WORDS = Set.of("government", "leadership", "regime", "authorities",
            "administration", "establishment", "elite", "elites", "line", "position", "view", "consensus");
    /** Prepositions that make a capital a place only after a word of travel or attack ("his visit to Moscow"). */
    private static final Set<String> DIRECTIONS = Set.of("to", "from", "toward", "towards", "on");
    private static final Set<String> TRAVEL_WORDS = Set.of("visit", "visits", "trip", "trips", "travel", "travels",
            "travelled", "traveled", "travelling", "traveling", "journey", "flew", "fly", "flight", "flights",
            "returned", "return", "came", "come", "went", "go", "going", "moved", "way", "arrived", "delegation",
            "mission", "envoy", "back", "headed", "route", "routes", "train", "drove", "sailed", "relocated",
            "overland", "flying", "driving", "moving", "journeyed", "deployed",
            // attacks on a city: "the assault on Kyiv", "strikes on Kyiv"
            "assault", "assaults", "attack", "attacks", "strike", "strikes", "bombing", "offensive", "advance",
            "march", "shelling", "raid", "raids");
    /** Entity labels reported in unresolved.csv when no actor is found. */
    private static final Set<String> UNRESOLVED_LABELS = Set.of("PERSON", "ORGANIZATION", "LOCATION");
    /** Nouns that name a relation; preferred as the head of a compound over other nouns around them. */
    static final Set<String> RELATION_NOUNS = Set.of("summit", "summits", "cooperation", "relations", "relationship",
            "alliance", "partnership", "competition", "rivalry", "talks", "ties", "axis", "bloc", "treaty", "agreement",
            "dialogue", "meeting", "exercise", "exercises", "drills", "trade", "tension", "tensions", "conflict", "war",
            "deal", "framework", "coordination", "alignment", "declaration", "statement", "pact", "channel",
            "channels", "consultations", "negotiations", "dispute", "disputes", "confrontation", "standoff",
            "rapprochement", "normalization", "normalisation", "front", "security", "deterrence", "strategy",
            "integration", "friendship", "solidarity", "collaboration", "contacts", "exchanges", "visit", "trilateral");
    private static final Set<String> NOUN_TAGS = Set.of("NN", "NNS", "NNP", "NNPS", "NOUN", "PROPN");
    private static final Set<String> MODIFIER_TAGS = Set.of("JJ", "JJR", "JJS", "ADJ", "VBN", "VBG");
    private static final Set<String> PROPER_TAGS = Set.of("NNP", "NNPS", "PROPN");

    private final ActorDictionary dictionary;
    private final ResolverOptions options;
    private final FormTrie<Alias> forms = new FormTrie<>();
    private final FormTrie<String> exclusions = new FormTrie<>();
    private final FormTrie<List<LeaderInfo>> surnames = new FormTrie<>();
    private final Map<String, Alias> formsIgnoringCase = new HashMap<>();

    /**
     * @param dictionary the actor dictionary
     * @param options    which optional rules apply
     */
    public DictionaryResolver(ActorDictionary dictionary, ResolverOptions options) {
        this.dictionary = dictionary;
        this.options = options;
        Map<String, Integer> lowerCounts = new HashMap<>();
        for (Alias alias : dictionary.aliases()) {
            forms.add(alias.form(), alias);
            if (alias.kind() != AliasKind.ABBREVIATION && !alias.form().equals(alias.form().toUpperCase(Locale.ROOT))) {
                forms.add(alias.form().toUpperCase(Locale.ROOT), alias);
            }
            if (alias.kind() != AliasKind.COMBINING_FORM) {
                String lower = alias.form().toLowerCase(Locale.ROOT);
                lowerCounts.merge(lower, 1, Integer::sum);
                formsIgnoringCase.putIfAbsent(lower, alias);
            }
        }
        lowerCounts.forEach((lower, n) -> {
            if (n > 1) {
                formsIgnoringCase.remove(lower); // "us" and "US" differ; case decides, so NER lookups may not
            }
        });
        for (String phrase : dictionary.exclusions()) {
            exclusions.add(phrase, phrase);
        }
        dictionary.leadersBySurname().forEach(surnames::add);
    }

    /** A dictionary form found in a sentence, before the rules decide its fate. */
    private record Hit(int begin, int end, Actor actor, MatchKind kind, boolean ambiguous, boolean combining) {
    }

    @Override
    public ResolvedDocument resolve(AnnotatedDocument annotated) {
        String text = annotated.document().text();
        List<Mention> mentions = new ArrayList<>();
        List<Compound> compounds = new ArrayList<>();
        List<NamedEntity> unresolved = new ArrayList<>();
        Map<String, String> leaderBySurname = new HashMap<>(); // leaders named in full so far in this document
        for (Sentence sentence : annotated.sentences()) {
            List<int[]> blocked = new ArrayList<>();
            List<Hit> hits = dictionaryHits(text, sentence, blocked);
            hits = withSurnames(text, sentence, hits, leaderBySurname);
            List<Hit> kept = chains(text, sentence, hits, compounds);
            lists(text, sentence, kept, compounds);
            for (Hit hit : kept) {
                mentions.add(mention(text, sentence, hit));
            }
            nerOnly(text, sentence, kept, blocked, mentions, unresolved);
        }
        if (options.rollup()) {
            rollUp(mentions, documentDate(annotated.document().metadata().date()));
        }
        mentions.sort(java.util.Comparator.comparingInt(Mention::begin).thenComparingInt(Mention::end)
                .thenComparing(m -> m.actor().id()));
        return new ResolvedDocument(annotated, mentions, compounds, unresolved);
    }

    /** Adds, for every leader mention, a rollup mention of the state served on the date. */
    private void rollUp(List<Mention> mentions, java.time.LocalDate date) {
        List<Mention> added = new ArrayList<>();
        for (Mention m : mentions) {
            if (m.actor().type() == ActorType.LEADER) {
                dictionary.servedOn(m.actor().id(), date).flatMap(dictionary::actor)
                        .filter(state -> state.type() == ActorType.STATE)
                        .ifPresent(state -> added.add(new Mention(m.paragraph(), m.sentence(), m.begin(), m.end(),
                                m.text(), state, MatchKind.ROLLUP, m.nerLabel(), m.source(), false)));
            }
        }
        mentions.addAll(added);
    }

    /** The first day of an ISO date, month or year; null when there is none. */
    static java.time.LocalDate documentDate(String iso) {
        try {
            return switch (iso.length()) {
                case 4 -> java.time.LocalDate.of(Integer.parseInt(iso), 1, 1);
                case 7 -> java.time.LocalDate.parse(iso + "-01");
                case 10 -> java.time.LocalDate.parse(iso);
                default -> null;
            };
        } catch (RuntimeException e) {
            return null;
        }
    }

    /** Dictionary forms of the sentence that survive the exclusion, institution, person and place rules. */
    private List<Hit> dictionaryHits(String text, Sentence sentence, List<int[]> blocked) {
        List<FormTrie.Hit<String>> excluded = exclusions.find(text, sentence.begin(), sentence.end());
        for (FormTrie.Hit<String> e : excluded) {
            blocked.add(new int[] {e.begin(), e.end()});
        }
        List<Hit> hits = new ArrayList<>();
        for (FormTrie.Hit<Alias> found : forms.find(text, sentence.begin(), sentence.end())) {
            Alias alias = found.value();
            int b = found.begin();
            int e = found.end();
            boolean state = alias.actor().type() == ActorType.STATE;
            if (excluded.stream().anyMatch(x -> x.begin() < e && b < x.end() && !(b <= x.begin() && x.end() <= e))) {
                continue; // inside (or across) an excluded phrase; a longer form that contains one still counts
            }
            if (state && (insideInstitutionName(text, sentence, b, e) || insidePersonName(sentence, alias, b, e)
                    || (alias.personLike() && afterProperNoun(sentence, b)))) {
                blocked.add(new int[] {b, e});
                continue;
            }
            if (alias.kind() == AliasKind.CAPITAL && (!options.capitals() || isPlace(text, sentence, b))) {
                blocked.add(new int[] {b, e});
                continue;
            }
            if (alias.kind() == AliasKind.DEMONYM && !options.demonyms()) {
                blocked.add(new int[] {b, e});
                continue;
            }
            MatchKind kind = alias.kind().matchKind();
            if (isPossessive(text, e) && (kind == MatchKind.NAME || kind == MatchKind.ALIAS
                    || kind == MatchKind.ABBREVIATION)) {
                kind = MatchKind.POSSESSIVE;
            }
            hits.add(new Hit(b, e, alias.actor(), kind, alias.ambiguous(),
                    alias.kind() == AliasKind.COMBINING_FORM));
        }
        return hits;
    }

    /**
     * Adds leader surnames (with or without title) that do not overlap a dictionary hit, and records the
     * leaders named in full, in text order, so that a surname resolves only to a leader named before it.
     */
    private List<Hit> withSurnames(String text, Sentence sentence, List<Hit> hits, Map<String, String> named) {
        List<Hit> all = new ArrayList<>(hits);
        List<Hit> leaders = hits.stream().filter(h -> h.actor().type() == ActorType.LEADER).toList();
        int recorded = 0;
        for (FormTrie.Hit<List<LeaderInfo>> found : surnames.find(text, sentence.begin(), sentence.end())) {
            int b = found.begin();
            int e = found.end();
            while (recorded < leaders.size() && leaders.get(recorded).begin() < b) {
                remember(leaders.get(recorded++), named);
            }
            if (hits.stream().anyMatch(h -> h.begin() < e && b < h.end())) {
                continue;
            }
            List<LeaderInfo> candidates = found.value();
            String surname = text.substring(b, e);
            Optional<LeaderInfo> leader = Optional.ofNullable(named.get(surname))
                    .flatMap(dictionary::leader)
                    .or(() -> candidates.size() == 1 && !candidates.get(0).commonWords().contains(surname)
                            ? Optional.of(candidates.get(0)) : Optional.empty());
            if (leader.isEmpty() || partOfOtherName(text, sentence, leader.get(), b, e)) {
                continue;
            }
            boolean titled = leader.get().titles().stream().anyMatch(t -> precededBy(text, sentence, b, t));
            MatchKind kind = titled ? MatchKind.TITLE_SURNAME
                    : isPossessive(text, e) ? MatchKind.POSSESSIVE : MatchKind.SURNAME;
            all.add(new Hit(b, e, leader.get().actor(), kind, false, false));
        }
        while (recorded < leaders.size()) {
            remember(leaders.get(recorded++), named);
        }
        all.sort(java.util.Comparator.comparingInt(Hit::begin));
        return all;
    }

    private void remember(Hit leader, Map<String, String> named) {
        dictionary.leader(leader.actor().id())
                .ifPresent(l -> l.surnames().forEach(form -> named.put(form, l.actor().id())));
    }

    /**
     * Groups hits joined by '-' or '/' into chains. A chain of two or more distinct actors is a compound:
     * its parts become compound_part mentions and the chain is recorded. Combining forms count only there.
     */
    private List<Hit> chains(String text, Sentence sentence, List<Hit> hits, List<Compound> compounds) {
        List<Hit> kept = new ArrayList<>();
        int i = 0;
        while (i < hits.size()) {
            int j = i;
            while (j + 1 < hits.size() && joined(text, hits.get(j).end(), hits.get(j + 1).begin())) {
                j++;
            }
            List<Hit> chain = hits.subList(i, j + 1);
            long distinct = chain.stream().map(h -> h.actor().id()).distinct().count();
            if (distinct >= 2) {
                for (Hit h : chain) {
                    kept.add(new Hit(h.begin(), h.end(), h.actor(), MatchKind.COMPOUND_PART, h.ambiguous(), false));
                }
                int begin = chain.get(0).begin();
                int end = chain.get(chain.size() - 1).end();
                String head = head(sentence, end);
                if (head.isEmpty()) {
                    head = precedingRelationNoun(text, sentence, begin);
                }
                compounds.add(new Compound(sentence.paragraph(), sentence.index(), begin, end,
                        text.substring(begin, end), chain.stream().map(h -> h.actor().id()).toList(),
                        Compound.HYPHEN, head));
            } else {
                chain.stream().filter(h -> !h.combining()).forEach(kept::add);
            }
            i = j + 1;
        }
        return kept;
    }

    /** Separators between the items of a coordinated list: ", ", " and ", ", and ", each optionally + "the ". */
    private static final java.util.regex.Pattern LIST_SEPARATOR =
            java.util.regex.Pattern.compile(",\\s*(?:and\\s+)?(?:the\\s+)?|\\s+and\\s+(?:the\\s+)?");
    /** What precedes a coordinated list that names a relation: a relation noun, then "among" or "between". */
    private static final java.util.regex.Pattern LIST_TRIGGER =
            java.util.regex.Pattern.compile("(\\p{L}+)\\s+(?:among|between)\\s+(?:the\\s+)?$");

    /**
     * Records coordinated lists after a relation noun ("cooperation among North Korea, China and Russia",
     * "alignment among the ROK, U.S., and Japan") as {@link Compound#LIST} relations. The parts keep their
     * own match kinds: a list is a relation mention, not a compound word.
     */
    private static void lists(String text, Sentence sentence, List<Hit> kept, List<Compound> compounds) {
        int i = 0;
        while (i < kept.size()) {
            int j = i;
            while (j + 1 < kept.size() && kept.get(j).kind() != MatchKind.COMPOUND_PART
                    && kept.get(j + 1).kind() != MatchKind.COMPOUND_PART
                    && LIST_SEPARATOR.matcher(text.substring(kept.get(j).end(), kept.get(j + 1).begin())).matches()) {
                j++;
            }
            List<Hit> items = kept.subList(i, j + 1);
            if (items.size() >= 2 && items.stream().map(h -> h.actor().id()).distinct().count() >= 2
                    && items.get(0).kind() != MatchKind.COMPOUND_PART) {
                int begin = items.get(0).begin();
                String head = precedingRelationNoun(text, sentence, begin);
                if (!head.isEmpty()) {
                    int end = items.get(items.size() - 1).end();
                    compounds.add(new Compound(sentence.paragraph(), sentence.index(), begin, end,
                            text.substring(begin, end), items.stream().map(h -> h.actor().id()).toList(), Compound.LIST,
                            head));
                }
            }
            i = j + 1;
        }
        compounds.sort(java.util.Comparator.comparingInt(Compound::begin));
    }

    /** "cooperation among (the) …", "talks between …": the noun before among/between, lower-cased, or empty. */
    private static String precedingRelationNoun(String text, Sentence sentence, int begin) {
        int from = Math.max(sentence.begin(), begin - 60);
        java.util.regex.Matcher trigger = LIST_TRIGGER.matcher(text.substring(from, begin));
        if (!trigger.find()) {
            return "";
        }
        String noun = trigger.group(1).toLowerCase(Locale.ROOT);
        return RELATION_NOUNS.contains(noun) ? noun : ""; // "cooperation among", not "the rostrum between"
    }

    /** True when exactly one '-' or '/' (or a dash) separates two hits. */
    private static boolean joined(String text, int end, int nextBegin) {
        if (nextBegin != end + 1) {
            return false;
        }
        char c = FormTrie.fold(text.charAt(end));
        return c == '-' || c == '/';
    }

    /**
     * The head noun after a compound. Adjectives are skipped ("trilateral"); of the run of up to three nouns
     * that follows, the last one that is a {@link #RELATION_NOUNS relation noun} is taken ("defense
     * cooperation" gives cooperation, "Mutual Defense Treaty" gives treaty), else the first noun. A word in
     * capitals ("KIM") or any other word ends the run. Lower-cased; empty when no noun follows.
     */
    private static String head(Sentence sentence, int compoundEnd) {
        List<String> nouns = new ArrayList<>();
        for (Token token : sentence.tokens()) {
            if (token.begin() < compoundEnd) {
                continue;
            }
            String word = token.text();
            boolean capitals = word.length() > 1 && word.equals(word.toUpperCase(Locale.ROOT));
            if (nouns.size() == 3 || capitals || !Character.isLetter(word.charAt(0))) {
                break;
            }
            if (NOUN_TAGS.contains(token.pos())) {
                nouns.add(word.toLowerCase(Locale.ROOT));
            } else if (!nouns.isEmpty() || !MODIFIER_TAGS.contains(token.pos())) {
                break;
            }
        }
        for (int i = nouns.size() - 1; i >= 0; i--) {
            if (RELATION_NOUNS.contains(nouns.get(i))) {
                return nouns.get(i);
            }
        }
        return nouns.isEmpty() ? "" : nouns.get(0);
    }

    private Mention mention(String text, Sentence sentence, Hit hit) {
        String label = sentence.entities().stream()
                .filter(n -> n.begin() < hit.end() && hit.begin() < n.end())
                .map(NamedEntity::label).findFirst().orElse("");
        return new Mention(sentence.paragraph(), sentence.index(), hit.begin(), hit.end(),
                text.substring(hit.begin(), hit.end()), hit.actor(), hit.kind(), label,
                label.isEmpty() ? MentionSource.DICTIONARY : MentionSource.BOTH, hit.ambiguous());
    }

    /**
     * Entities that overlap no dictionary form: resolved case-insensitively where a form matches the whole
     * entity, otherwise reported as unresolved.
     */
    private void nerOnly(String text, Sentence sentence, List<Hit> kept, List<int[]> blocked,
                         List<Mention> mentions, List<NamedEntity> unresolved) {
        for (NamedEntity entity : sentence.entities()) {
            int b = entity.begin();
            int e = entity.end();
            if (kept.stream().anyMatch(h -> h.begin() < e && b < h.end())) {
                continue;
            }
            if (blocked.stream().anyMatch(x -> x[0] <= b && e <= x[1])) {
                continue; // a form the rules set aside on purpose (a region, a capital used as a place)
            }
            boolean wasBlocked = blocked.stream().anyMatch(x -> x[0] < e && b < x[1]);
            String key = entity.text().replaceFirst("^(?i)the\\s+", "").replaceFirst("['\u2019]s$", "")
                    .toLowerCase(Locale.ROOT);
            Alias alias = wasBlocked ? null : formsIgnoringCase.get(key);
            if (alias != null && alias.kind() != AliasKind.CAPITAL) {
                mentions.add(new Mention(sentence.paragraph(), sentence.index(), b, e, text.substring(b, e),
                        alias.actor(), alias.kind().matchKind(), entity.label(), MentionSource.NER, alias.ambiguous()));
            } else if (UNRESOLVED_LABELS.contains(entity.label()) && alias == null) {
                unresolved.add(entity);
            }
        }
    }

    /** "Bank of China", "Korea Economic Institute of America": the form sits in an institution's name. */
    static boolean insideInstitutionName(String text, Sentence sentence, int begin, int end) {
        for (String word : namePhraseWords(text, sentence, begin, end, true)) {
            if (INSTITUTION_WORDS.contains(word)) {
                return true;
            }
        }
        for (String word : namePhraseWords(text, sentence, begin, end, false)) {
            if (INSTITUTION_WORDS.contains(word)) {
                return true;
            }
        }
        return false;
    }

    /** Capitalised words (with connectors) that continue a name phrase to the right or left of a span. */
    private static List<String> namePhraseWords(String text, Sentence sentence, int begin, int end, boolean right) {
        List<String> words = new ArrayList<>();
        int pos = right ? end : begin;
        String pendingConnector = null;
        while (true) {
            int[] word = right ? nextWord(text, pos, sentence.end()) : previousWord(text, pos, sentence.begin());
            if (word == null) {
                break;
            }
            String w = text.substring(word[0], word[1]);
            if (Character.isUpperCase(w.charAt(0))) {
                words.add(w);
                pendingConnector = null;
            } else if (NAME_CONNECTORS.contains(w) && pendingConnector == null) {
                pendingConnector = w;
            } else {
                break;
            }
            pos = right ? word[1] : word[0];
        }
        return words;
    }

    /** The next space-separated word after {@code pos}, or null at a punctuation break or the end. */
    private static int[] nextWord(String text, int pos, int limit) {
        if (pos >= limit || text.charAt(pos) != ' ') {
            return null;
        }
        int b = pos + 1;
        int e = b;
        while (e < limit && !Character.isWhitespace(text.charAt(e)) && text.charAt(e) != ','
                && text.charAt(e) != ';' && text.charAt(e) != ':' && text.charAt(e) != ')') {
            e++;
        }
        return e > b ? new int[] {b, e} : null;
    }

    /** The previous space-separated word before {@code pos}, or null at a punctuation break or the start. */
    private static int[] previousWord(String text, int pos, int limit) {
        if (pos <= limit || text.charAt(pos - 1) != ' ') {
            return null;
        }
        int e = pos - 1;
        int b = e;
        while (b > limit && !Character.isWhitespace(text.charAt(b - 1)) && text.charAt(b - 1) != ','
                && text.charAt(b - 1) != ';' && text.charAt(b - 1) != ':' && text.charAt(b - 1) != '(') {
            b--;
        }
        return e > b ? new int[] {b, e} : null;
    }

    /** A state form inside a longer PERSON entity, or a person-like form tagged PERSON ("Chad" the name). */
    private static boolean insidePersonName(Sentence sentence, Alias alias, int begin, int end) {
        for (NamedEntity entity : sentence.entities()) {
            if (entity.label().equals("PERSON") && entity.covers(begin, end)) {
                boolean longer = entity.end() - entity.begin() > end - begin;
                if ((longer && !entity.text().contains("-")) || alias.personLike()) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * "a summit in Pyongyang", "his visit to Moscow", "flew on to Washington", "in Geneva and London",
     * "residents of Seoul", "the Beijing parade": the words around the capital make it a place.
     */
    private static boolean isPlace(String text, Sentence sentence, int begin) {
        int[] following = nextWord(text, wordEnd(text, begin, sentence.end()), sentence.end());
        if (following != null && NAMED_AFTER_PLACE.contains(text.substring(following[0], following[1]))) {
            return true; // "the Cairo Declaration", "the Washington Summit": a name, not the government
        }
        int[] word = previousWord(text, begin, sentence.begin());
        if (word == null) {
            return false;
        }
        String previous = lower(text, word);
        if (PLACE_WORDS.contains(previous)) {
            return true;
        }
        int[] before = previousWord(text, word[0], sentence.begin());
        if (DIRECTIONS.contains(previous) && before != null) {
            int[] twoBefore = previousWord(text, before[0], sentence.begin());
            if (TRAVEL_WORDS.contains(lower(text, before))
                    || twoBefore != null && TRAVEL_WORDS.contains(lower(text, twoBefore))) {
                return true;
            }
        }
        if (previous.equals("of") && before != null && PLACE_OF_WORDS.contains(lower(text, before))) {
            return true;
        }
        if ((previous.equals("and") || previous.equals("or")) && before != null
                && Character.isUpperCase(text.charAt(before[0]))) {
            return isPlace(text, sentence, before[0]); // "in Geneva and London"
        }
        if (previous.equals("the")) {
            int[] next = nextWord(text, wordEnd(text, begin, sentence.end()), sentence.end());
            return next != null && text.substring(next[0], next[1]).chars().allMatch(Character::isLetter)
                    && !GOVERNMENT_WORDS.contains(lower(text, next)); // "the Beijing parade", not "the Beijing government"
        }
        return false;
    }

    private static String lower(String text, int[] word) {
        return text.substring(word[0], word[1]).toLowerCase(Locale.ROOT);
    }

    private static int wordEnd(String text, int begin, int limit) {
        int e = begin;
        while (e < limit && Character.isLetter(text.charAt(e))) {
            e++;
        }
        return e;
    }

    /** A form right after a proper noun ("George Washington"): part of a name. */
    private static boolean afterProperNoun(Sentence sentence, int begin) {
        Token before = null;
        for (Token t : sentence.tokens()) {
            if (t.end() <= begin) {
                before = t;
            }
        }
        return before != null && before.end() + 1 == begin && PROPER_TAGS.contains(before.pos())
                && before.begin() > sentence.begin();
    }

    /** "Putin" in "Kim Yo Jong"-like names: the surname is part of another person's name. */
    private static boolean partOfOtherName(String text, Sentence sentence, LeaderInfo leader, int begin, int end) {
        for (NamedEntity entity : sentence.entities()) {
            if (entity.label().equals("PERSON") && entity.covers(begin, end)
                    && entity.end() - entity.begin() > end - begin && !entity.text().contains("-")) {
                return true;
            }
        }
        Token before = null;
        Token after = null;
        for (Token token : sentence.tokens()) {
            if (token.end() <= begin) {
                before = token;
            } else if (token.begin() >= end && after == null) {
                after = token;
            }
        }
        boolean titled = leader.titles().stream().anyMatch(t -> precededBy(text, sentence, begin, t))
                || HONORIFICS.stream().anyMatch(t -> precededBy(text, sentence, begin, t));
        if (!titled && before != null && PROPER_TAGS.contains(before.pos()) && before.end() + 1 == begin) {
            return true;
        }
        return leader.surnameFirst() && after != null && PROPER_TAGS.contains(after.pos())
                && after.begin() == end + 1 && Character.isUpperCase(after.text().charAt(0));
    }

    private static boolean precededBy(String text, Sentence sentence, int begin, String title) {
        int start = begin - title.length() - 1;
        return start >= sentence.begin() && text.startsWith(title, start) && text.charAt(begin - 1) == ' '
                && (start == 0 || !Character.isLetterOrDigit(text.charAt(start - 1)));
    }

    private static boolean isPossessive(String text, int end) {
        return end + 1 < text.length() && FormTrie.fold(text.charAt(end)) == '\''
                && text.charAt(end + 1) == 's'
                && (end + 2 == text.length() || !Character.isLetterOrDigit(text.charAt(end + 2)));
    }
}
