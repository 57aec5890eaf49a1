package org.entente.actors;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.entente.model.Actor;
import org.entente.model.ActorType;
import org.entente.model.AnnotatedDocument;
import org.entente.model.CancelledException;
import org.entente.model.Compound;
import org.entente.model.MatchKind;
import org.entente.model.Mention;
import org.entente.model.MentionSource;
import org.entente.model.NamedEntity;
import org.entente.model.ResolvedDocument;
import org.entente.model.Sentence;
import org.entente.model.UnresolvedName;

/**
 * Resolves mentions with the actor dictionary and the engine's named entities, by the rules of the
 * counting conventions (../shared/conventions/actor-mentions.md):
 * <ol>
 *   <li>every dictionary form is found where its language lets a form begin and end (leftmost-longest),
 *       whether or not the engine's tokenizer split a compound, so "ROK-U.S.-Japan" yields three parts;</li>
 *   <li>forms inside an exclusion phrase (Korean Peninsula, South China Sea…), inside an institution's
 *       name (Bank of China, Korea Economic Institute) or inside a longer person name are dropped;
 *       capitals count only where they are not a place ("a summit in Pyongyang" does not count);</li>
 *   <li>forms joined into a chain of two or more actors are compound parts, and the chain is recorded as a
 *       {@link Compound} with its head noun; a combining form (Sino-) counts only there;</li>
 *   <li>leaders' surnames resolve to the leader named in full earlier in the document, or directly where
 *       the surname is unique in the dictionary; a title with the surname makes it title_surname;</li>
 *   <li>named entities that overlap no dictionary form are looked up case-insensitively; the rest of the
 *       PERSON, ORGANIZATION and LOCATION entities are reported as unresolved, normalised by
 *       {@link UnresolvedNames}.</li>
 * </ol>
 * What differs between languages — word boundaries, the words that make a form part of another name or a
 * capital a place, how titles and compounds are written — is asked of the sentence's {@link LanguageRules}.
 *
 * <p>Immutable and thread-safe.
 */
public final class DictionaryResolver implements ActorResolver {
    /** Entity labels reported in unresolved.csv when no actor is found. */
    private static final Set<String> UNRESOLVED_LABELS = Set.of("PERSON", "ORGANIZATION", "LOCATION");
    /** A regnal numeral right after a name: "Pope Pius XI" is not Pius XII. */
    private static final Pattern REGNAL_NUMERAL = Pattern.compile("^ [IVXL]+\\b");
    /** A patronymic right before a name: the name is the father's, part of another person's name. */
    private static final Pattern PATRONYMIC = Pattern.compile("(?:^|\\s)(?:bin|ibn|bint) $");

    private final ActorDictionary dictionary;
    private final ResolverOptions options;
    /** The matcher of each language, built on first use (a run of English documents builds English only). */
    private final Map<String, Lazy<Matcher>> matchers = new HashMap<>();

    private final Matcher fallback;
    /** Built on the first entity that names no actor (a run without an NER engine never builds it). */
    private final Lazy<UnresolvedNames> unresolvedNames;
    /** Terms of office by "served|office" (CHN|head_of_state), for role phrases. */
    private final Map<String, List<Office>> holders = new HashMap<>();

    /**
     * What finds the forms of one language: its rules, its forms, exclusion phrases and surnames.
     *
     * @param rules             the language's rules
     * @param forms             the actors' forms
     * @param exclusions        phrases inside which no state mention counts
     * @param surnames          leaders by surname
     * @param formsIgnoringCase forms by lower case, where that is unique (for named entities)
     * @param leaders           leaders by id, with the surnames and titles of the language's own forms
     * @param givenNames        the given names of leaders written given name first, by leader id and surname form
     *                          ({@link #givenKey}): what precedes
     *                          the surname in the name and variants ("George W."), then the first words alone
     *                          ("George"), which count only where no leader's whole given name fits; built on
     *                          first use
     * @param titleOnly         surnames that resolve only after a title, as "id|surname": the given names of
     *                          royal leaders ("King Abdullah", "Emir Tamim"; {@link RoyalNames})
     */
    private record Matcher(
            LanguageRules rules,
            FormTrie<Alias> forms,
            FormTrie<String> exclusions,
            FormTrie<List<LeaderInfo>> surnames,
            Map<String, Alias> formsIgnoringCase,
            Map<String, LeaderInfo> leaders,
            Lazy<List<Map<String, List<String>>>> givenNames,
            Set<String> titleOnly) {}

    /** A value built on first use, once, by whichever thread asks first. */
    private static final class Lazy<T> {
        private final Supplier<T> build;
        private volatile T built;

        Lazy(Supplier<T> build) {
            this.build = build;
        }

        T get() {
            T value = built;
            if (value == null) {
                synchronized (this) {
                    value = built;
                    if (value == null) {
                        value = build.get();
                        built = value;
                    }
                }
            }
            return value;
        }
    }

    /**
     * The other spellings of the dictionary's forms (without diacritics, mis-decoded), computed once for every
     * language's matcher.
     *
     * @param spelling the other spelling
     * @param alias    the form it is a spelling of
     */
    private record Spelled(String spelling, Alias alias) {}

    /**
     * A resolver with the English rules of the dictionary's word lists.
     *
     * @param dictionary the actor dictionary
     * @param options    which optional rules apply
     * @throws IllegalStateException naming the file of a word list the rules need that the dictionary lacks
     */
    public DictionaryResolver(ActorDictionary dictionary, ResolverOptions options) {
        this(dictionary, options, List.of(new EnglishRules(dictionary.wordLists("eng"))));
    }

    /**
     * @param dictionary the actor dictionary
     * @param options    which optional rules apply
     * @param rules      the rules of each language resolved; a sentence of another language is resolved with
     *                   the first (English)
     */
    public DictionaryResolver(ActorDictionary dictionary, ResolverOptions options, List<LanguageRules> rules) {
        this(dictionary, options, byLanguage(rules));
    }

    /**
     * @param dictionary the actor dictionary
     * @param options    which optional rules apply
     * @param rules      the rules of each language by ISO 639-3 code; the first (English) is built at once and
     *                   resolves a sentence of any other language, the others are asked for when a sentence of
     *                   theirs is first resolved
     */
    public DictionaryResolver(
            ActorDictionary dictionary, ResolverOptions options, Map<String, Supplier<LanguageRules>> rules) {
        this.dictionary = dictionary;
        this.options = options;
        List<Spelled> spellings = spellings(dictionary);
        rules.forEach((language, r) ->
                matchers.put(language, new Lazy<>(() -> matcher(dictionary, r.get(), spellings))));
        this.fallback = matchers.get(rules.keySet().iterator().next()).get();
        this.unresolvedNames = new Lazy<>(() -> new UnresolvedNames(dictionary, dictionary.wordLists("eng")));
        if (options.roles()) {
            for (Actor a : dictionary.actors()) {
                dictionary
                        .leader(a.id())
                        .ifPresent(l -> l.offices()
                                .forEach(o -> holders.computeIfAbsent(
                                                o.served() + "|" + o.office(), k -> new ArrayList<>())
                                        .add(o)));
            }
        }
    }

    private static Map<String, Supplier<LanguageRules>> byLanguage(List<LanguageRules> rules) {
        Map<String, Supplier<LanguageRules>> byLanguage = new LinkedHashMap<>();
        rules.forEach(r -> byLanguage.putIfAbsent(r.language(), () -> r));
        return byLanguage;
    }

    /** The other spellings of every form but abbreviations and combining forms, in the dictionary's order. */
    private static List<Spelled> spellings(ActorDictionary dictionary) {
        List<Spelled> spellings = new ArrayList<>();
        for (Alias alias : dictionary.aliases()) {
            if (alias.kind() != AliasKind.ABBREVIATION && alias.kind() != AliasKind.COMBINING_FORM) {
                for (String spelling : Spellings.of(alias.form())) {
                    spellings.add(new Spelled(spelling, alias));
                }
            }
        }
        return List.copyOf(spellings);
    }

    /** The matcher of a language: the dictionary's forms of it, with upper-case variants of its names. */
    private static Matcher matcher(ActorDictionary dictionary, LanguageRules rules, List<Spelled> spellings) {
        FormTrie<Alias> forms = new FormTrie<>();
        FormTrie<String> exclusions = new FormTrie<>();
        FormTrie<List<LeaderInfo>> surnames = new FormTrie<>();
        Map<String, Alias> formsIgnoringCase = new HashMap<>();
        Map<String, Integer> lowerCounts = new HashMap<>();
        Optional<LanguageForms> own = rules.ownForms();
        RoyalNames.Derived royal = own.isPresent()
                ? new RoyalNames.Derived(List.of(), Map.of(), Set.of(), Set.of())
                : new RoyalNames(dictionary.wordLists(rules.language())).derive(dictionary);
        List<Alias> listed = new ArrayList<>();
        for (Alias alias : own.map(LanguageForms::aliases).orElse(dictionary.aliases())) {
            if (alias.actor().type() != ActorType.LEADER || !royal.dropped().contains(alias.form())) {
                listed.add(alias); // "King Abdullah", which two kings share, is resolved by title, date and state
            }
        }
        listed.addAll(royal.shortForms()); // after the listed forms, so that a listed form wins
        for (Alias alias : listed) {
            forms.add(alias.form(), alias);
            if (own.isEmpty()
                    && alias.kind() != AliasKind.ABBREVIATION
                    && !alias.form().equals(alias.form().toUpperCase(Locale.ROOT))) {
                forms.add(alias.form().toUpperCase(Locale.ROOT), alias);
            }
            if (alias.kind() != AliasKind.COMBINING_FORM) {
                String lower = alias.form().toLowerCase(Locale.ROOT);
                lowerCounts.merge(lower, 1, Integer::sum);
                formsIgnoringCase.putIfAbsent(lower, alias);
            }
        }
        for (Spelled spelled : spellings) { // after every listed form, so that a listed form wins
            Alias alias = spelled.alias();
            if (own.isPresent()
                    || alias.actor().type() != ActorType.LEADER
                    || !royal.dropped().contains(alias.form())) {
                forms.add(spelled.spelling(), alias);
            }
        }
        for (Alias alias : royal.shortForms()) {
            if (alias.kind() != AliasKind.ABBREVIATION && alias.kind() != AliasKind.COMBINING_FORM) {
                Spellings.of(alias.form()).forEach(spelling -> forms.add(spelling, alias));
            }
        }
        lowerCounts.forEach((lower, n) -> {
            if (n > 1) {
                formsIgnoringCase.remove(lower); // "us" and "US" differ; case decides, so NER lookups may not
            }
        });
        for (String phrase : own.map(LanguageForms::exclusions).orElse(dictionary.exclusions())) {
            exclusions.add(phrase, phrase);
        }
        Map<String, List<LeaderInfo>> bySurname =
                own.map(LanguageForms::leadersBySurname).orElseGet(() -> bySurname(royal.leaders()));
        bySurname.forEach((surname, leaders) -> {
            surnames.add(surname, leaders);
            surnames.add(surname.toUpperCase(Locale.ROOT), leaders); // "BIDEN" in a transcript
        });
        bySurname.forEach(
                (surname, leaders) -> Spellings.of(surname).forEach(spelling -> surnames.add(spelling, leaders)));
        Map<String, LeaderInfo> leaders = new HashMap<>(royal.leaders());
        own.ifPresent(o -> o.leadersBySurname()
                .values()
                .forEach(infos -> infos.forEach(info -> leaders.put(info.actor().id(), info))));
        return new Matcher(
                rules,
                forms,
                exclusions,
                surnames,
                formsIgnoringCase,
                leaders,
                new Lazy<>(() -> own.isPresent() ? List.of() : givenNames(dictionary)),
                royal.titleOnly());
    }

    /** Leaders by each form of their surname, each list sorted by id. */
    private static Map<String, List<LeaderInfo>> bySurname(Map<String, LeaderInfo> leaders) {
        Map<String, List<LeaderInfo>> bySurname = new TreeMap<>();
        new TreeMap<>(leaders)
                .values()
                .forEach(l -> l.surnames()
                        .forEach(form -> bySurname
                                .computeIfAbsent(form, k -> new ArrayList<>())
                                .add(l)));
        return bySurname;
    }

    /**
     * The given names of every leader written given name first, by id, in two tiers: what precedes a surname in the
     * leader's name and variants ("Donald", "George W."), then only its first word, with their other spellings and
     * in capitals. One pass over the forms makes both.
     */
    private static List<Map<String, List<String>>> givenNames(ActorDictionary dictionary) {
        Map<String, Set<String>> whole = new HashMap<>();
        Map<String, Set<String>> first = new HashMap<>();
        Map<String, Set<String>> surnameSpellings = new HashMap<>(); // each listed surname with its other spellings
        Map<String, Set<String>> spelledNames = new HashMap<>(); // each given name, its other spellings, in capitals
        for (Alias alias : dictionary.aliases()) {
            Optional<LeaderInfo> leader = dictionary.leader(alias.actor().id());
            if (leader.isEmpty() || leader.get().surnameFirst()) {
                continue;
            }
            String form = alias.form();
            for (String listed : leader.get().surnames()) {
                Set<String> spellings = surnameSpellings.computeIfAbsent(listed, l -> {
                    Set<String> all = new HashSet<>(Spellings.of(l));
                    all.add(l);
                    return all;
                });
                List<String> keys = null;
                for (String surname : spellings) {
                    int at = form.length() - surname.length() - 1; // the space before the surname
                    if (at < 0 || form.charAt(at) != ' ' || !form.endsWith(surname)) {
                        continue;
                    }
                    if (keys == null) { // "António" goes with "Mascarenhas Monteiro", not "Monteiro"
                        keys = new ArrayList<>();
                        for (String written : spellings) {
                            keys.add(givenKey(alias.actor().id(), written));
                            keys.add(givenKey(alias.actor().id(), written.toUpperCase(Locale.ROOT)));
                        }
                    }
                    String prefix = form.substring(0, at);
                    int space = prefix.indexOf(' ');
                    Set<String> titles =
                            leader.get().titles(); // "Sheikh" in "Sheikh Mohamed bin Zayed" is no given name
                    addGivenNames(whole, keys, prefix, titles, spelledNames);
                    addGivenNames(first, keys, space < 0 ? prefix : prefix.substring(0, space), titles, spelledNames);
                }
            }
        }
        return List.of(compact(whole), compact(first));
    }

    /**
     * The given names of a tier as a map that only answers lookups, each set a sorted list, equal lists shared: a
     * tenth of the memory of the sets they are built in.
     */
    private static Map<String, List<String>> compact(Map<String, Set<String>> tier) {
        Map<Set<String>, List<String>> shared = new HashMap<>();
        Map<String, List<String>> out = new HashMap<>();
        tier.forEach((key, names) -> out.put(
                key, shared.computeIfAbsent(names, n -> n.stream().sorted().toList())));
        return Map.copyOf(out);
    }

    /**
     * Adds a given name, with its other spellings and in capitals, before every spelling of a surname, unless it is
     * one of the leader's titles.
     */
    private static void addGivenNames(
            Map<String, Set<String>> given,
            List<String> keys,
            String name,
            Set<String> titles,
            Map<String, Set<String>> spelledNames) {
        if (titles.contains(name)) {
            return;
        }
        Set<String> names = spelledNames.computeIfAbsent(name, n -> {
            Set<String> all = new HashSet<>(Spellings.of(n));
            all.add(n);
            all.add(n.toUpperCase(Locale.ROOT));
            return all;
        });
        for (String key : keys) {
            given.computeIfAbsent(key, k -> new HashSet<>()).addAll(names);
        }
    }

    /** The key of a leader's given names written before one form of his or her surname. */
    private static String givenKey(String id, String surname) {
        return id + "|" + surname;
    }

    /**
     * The states a document names anywhere (any form of a state, even a capital used as a place), found on first
     * use: what tells two holders of one title and given name apart ("King Abdullah" beside "Jordan").
     */
    private static final class DocumentStates implements Supplier<Set<String>> {
        private final Matcher matcher;
        private final String text;
        private Set<String> states;

        DocumentStates(Matcher matcher, String text) {
            this.matcher = matcher;
            this.text = text;
        }

        @Override
        public Set<String> get() {
            if (states == null) {
                states = new HashSet<>();
                for (FormTrie.Hit<Alias> hit : matcher.forms().find(text, 0, text.length(), matcher.rules())) {
                    if (hit.value().actor().type() == ActorType.STATE) {
                        states.add(hit.value().actor().id());
                    }
                }
            }
            return states;
        }
    }

    /** A dictionary form found in a sentence, before the rules decide its fate. */
    private record Hit(
            int begin, int end, Actor actor, MatchKind kind, boolean ambiguous, boolean combining, String nameClass) {
        Hit(int begin, int end, Actor actor, MatchKind kind, boolean ambiguous, boolean combining) {
            this(begin, end, actor, kind, ambiguous, combining, "");
        }
    }

    @Override
    public ResolvedDocument resolve(AnnotatedDocument annotated) {
        String text = annotated.document().text();
        List<Mention> mentions = new ArrayList<>();
        List<Compound> compounds = new ArrayList<>();
        List<UnresolvedName> unresolved = new ArrayList<>();
        Map<String, String> leaderBySurname = new HashMap<>(); // leaders named in full so far in this document
        LocalDate[] period = options.period(annotated.document().metadata().date());
        Supplier<Set<String>> states = new DocumentStates(fallback, text);
        for (Sentence sentence : annotated.sentences()) {
            CancelledException.check("resolution");
            Lazy<Matcher> lazy = matchers.get(annotated.document().languageOf(sentence.paragraph()));
            Matcher m = lazy == null ? fallback : lazy.get();
            List<int[]> blocked = new ArrayList<>();
            List<Hit> hits =
                    withoutStations(m.rules(), text, sentence, dictionaryHits(m, text, sentence, blocked), blocked);
            hits = withSurnames(m, text, sentence, hits, leaderBySurname, period, states);
            List<Hit> kept = chains(m.rules(), text, sentence, hits, compounds);
            lists(m.rules(), text, sentence, kept, compounds);
            for (Hit hit : kept) {
                mentions.add(mention(text, sentence, hit));
            }
            if (options.roles() && period != null) {
                roles(m.rules(), text, sentence, kept, period, mentions);
            }
            nerOnly(m, text, sentence, kept, blocked, mentions, unresolved);
        }
        if (options.rollup()) {
            rollUp(mentions, period == null ? null : period[0]);
        }
        mentions.sort(Comparator.comparingInt(Mention::begin)
                .thenComparingInt(Mention::end)
                .thenComparing(m -> m.actor().id()));
        compounds.sort(Comparator.comparingInt(Compound::begin));
        return new ResolvedDocument(annotated, mentions, compounds, unresolved);
    }

    /** Adds, for every leader mention, a rollup mention of the state served on the date. */
    private void rollUp(List<Mention> mentions, LocalDate date) {
        List<Mention> added = new ArrayList<>();
        for (Mention m : mentions) {
            if (m.actor().type() == ActorType.LEADER) {
                dictionary
                        .servedOn(m.actor().id(), date)
                        .flatMap(dictionary::actor)
                        .filter(state -> state.type() == ActorType.STATE)
                        .ifPresent(state -> added.add(new Mention(
                                m.paragraph(),
                                m.sentence(),
                                m.begin(),
                                m.end(),
                                m.text(),
                                state,
                                MatchKind.ROLLUP,
                                m.nerLabel(),
                                m.source(),
                                false,
                                "")));
            }
        }
        mentions.addAll(added);
    }

    /** The first day of an ISO date, month or year; null when there is none. */
    static LocalDate documentDate(String iso) {
        try {
            return switch (iso.length()) {
                case 4 -> LocalDate.of(Integer.parseInt(iso), 1, 1);
                case 7 -> LocalDate.parse(iso + "-01");
                case 10 -> LocalDate.parse(iso);
                default -> null;
            };
        } catch (RuntimeException e) {
            return null;
        }
    }

    /** Dictionary forms of the sentence that survive the exclusion, institution, person and place rules. */
    private List<Hit> dictionaryHits(Matcher m, String text, Sentence sentence, List<int[]> blocked) {
        LanguageRules rules = m.rules();
        List<FormTrie.Hit<String>> excluded = m.exclusions().find(text, sentence.begin(), sentence.end(), rules);
        for (FormTrie.Hit<String> e : excluded) {
            blocked.add(new int[] {e.begin(), e.end()});
        }
        List<Hit> hits = new ArrayList<>();
        for (FormTrie.Hit<Alias> found : afterTitles(m, text, sentence)) {
            Alias alias = found.value();
            int b = found.begin();
            int e = found.end();
            boolean state = alias.actor().type() == ActorType.STATE;
            if (!state
                    && PATRONYMIC
                            .matcher(text.substring(Math.max(sentence.begin(), b - 5), b))
                            .find()) {
                continue; // "bin Abdulaziz Al Saud" in "Mohammed bin Salman bin Abdulaziz Al Saud": the father
            }
            if (excluded.stream().anyMatch(x -> x.begin() < e && b < x.end() && !(b <= x.begin() && x.end() <= e))) {
                continue; // inside (or across) an excluded phrase; a longer form that contains one still counts
            }
            if (state && rules.insideOtherName(text, sentence, alias, b, e)
                    || alias.kind() == AliasKind.CAPITAL
                            && (!options.capitals() || rules.capitalIsPlace(text, sentence, b))
                    || alias.kind() == AliasKind.DEMONYM && !options.demonyms()) {
                blocked.add(new int[] {b, e});
                continue;
            }
            MatchKind kind = alias.kind().matchKind();
            if (rules.possessive(text, e)
                    && (kind == MatchKind.NAME || kind == MatchKind.ALIAS || kind == MatchKind.ABBREVIATION)) {
                kind = MatchKind.POSSESSIVE;
            }
            hits.add(new Hit(
                    b,
                    e,
                    alias.actor(),
                    kind,
                    alias.ambiguous(),
                    alias.kind() == AliasKind.COMBINING_FORM,
                    m.rules()
                            .ownForms()
                            .map(f -> f.nameClasses().getOrDefault(alias.form(), ""))
                            .orElse("")));
        }
        return hits;
    }

    /**
     * The sentence's forms, leftmost-longest, except that a leader's form beginning with a title ("Emir Tamim")
     * gives way to a longer form of the same leader that begins after the title ("Tamim bin Hamad Al Thani" in
     * "Emir Tamim bin Hamad Al Thani"): the title is not part of the name.
     */
    private List<FormTrie.Hit<Alias>> afterTitles(Matcher m, String text, Sentence sentence) {
        List<FormTrie.Hit<Alias>> found = m.forms().find(text, sentence.begin(), sentence.end(), m.rules());
        List<FormTrie.Hit<Alias>> out = new ArrayList<>(found.size());
        int covered = -1;
        for (FormTrie.Hit<Alias> hit : found) {
            if (hit.begin() < covered) {
                continue; // inside the longer name taken instead
            }
            FormTrie.Hit<Alias> taken = hit;
            if (hit.value().actor().type() == ActorType.LEADER) {
                for (int k = text.indexOf(' ', hit.begin()) + 1; k > 0 && k < hit.end(); k = text.indexOf(' ', k) + 1) {
                    FormTrie.Hit<Alias> later = m.forms().longestAt(text, k, sentence.end(), m.rules());
                    String title = text.substring(hit.begin(), k - 1);
                    if (later != null
                            && leader(m, hit.value().actor().id())
                                    .map(l -> l.titles().contains(title))
                                    .orElse(false)
                            && (later.end() > hit.end()
                                    || later.end() == hit.end() && hit.value().kind() != AliasKind.NAME)
                            && later.value().actor().equals(hit.value().actor())) {
                        taken = later;
                        break;
                    }
                }
            }
            out.add(taken);
            covered = taken.end();
        }
        return out;
    }

    /**
     * Drops a state's form that names the station of another state's organ ("Japan" in "U.S. Forces Japan"): the
     * organ counts as its own state, the place in its title does not.
     */
    private static List<Hit> withoutStations(
            LanguageRules rules, String text, Sentence sentence, List<Hit> hits, List<int[]> blocked) {
        List<Hit> kept = new ArrayList<>();
        Hit organ = null; // the last state's form kept
        for (Hit hit : hits) {
            boolean state = hit.actor().type() == ActorType.STATE;
            if (state
                    && organ != null
                    && !organ.actor().equals(hit.actor())
                    && rules.stationOfOrgan(text, sentence, organ.end(), hit.begin())) {
                blocked.add(new int[] {hit.begin(), hit.end()});
                continue;
            }
            organ = state ? hit : null;
            kept.add(hit);
        }
        return kept;
    }

    /**
     * Adds leader surnames (with or without title) that do not overlap a dictionary hit, and records the
     * leaders named in full, in text order, so that a surname resolves only to a leader named before it.
     */
    private List<Hit> withSurnames(
            Matcher m,
            String text,
            Sentence sentence,
            List<Hit> hits,
            Map<String, String> named,
            LocalDate[] period,
            Supplier<Set<String>> states) {
        LanguageRules rules = m.rules();
        List<Hit> all = new ArrayList<>(hits);
        List<Hit> leaders =
                hits.stream().filter(h -> h.actor().type() == ActorType.LEADER).toList();
        int recorded = 0;
        for (FormTrie.Hit<List<LeaderInfo>> found : m.surnames().find(text, sentence.begin(), sentence.end(), rules)) {
            int b = found.begin();
            int e = found.end();
            while (recorded < leaders.size() && leaders.get(recorded).begin() < b) {
                remember(m, leaders.get(recorded++), named);
            }
            // a leader's name inside a longer full name found below is dropped from all; it was named all the same
            List<LeaderInfo> candidates = found.value();
            Optional<Hit> fullName = withMiddleNames(m, text, sentence, b, e, candidates)
                    .filter(f ->
                            hits.stream().allMatch(h -> h.end() <= f.begin() || f.end() <= h.begin() || inside(h, f)));
            if (fullName.isPresent()) { // "Israel J. Katz", "Joseph J. Muscat": a state's form inside the name
                all.removeIf(h -> h.begin() < e && fullName.get().begin() < h.end());
                all.add(fullName.get());
                remember(m, fullName.get(), named);
                continue;
            }
            if (hits.stream().anyMatch(h -> h.begin() < e && b < h.end())
                    || PATRONYMIC
                            .matcher(text.substring(Math.max(sentence.begin(), b - 5), b))
                            .find()) {
                continue; // "Hussein" in "Abdullah bin Hussein" is the father's name
            }
            String surname = asListed(text.substring(b, e), candidates);
            Optional<LeaderInfo> leader = Optional.ofNullable(named.get(surname))
                    .flatMap(id -> leader(m, id))
                    .or(() -> candidates.size() == 1
                                    && !candidates.get(0).commonWords().contains(surname)
                            ? Optional.of(candidates.get(0))
                            : Optional.empty())
                    .or(() -> byTitleOnDate(rules, text, sentence, b, e, candidates, period, states));
            if (leader.isEmpty() || rules.partOfOtherName(text, sentence, leader.get(), b, e)) {
                continue;
            }
            boolean titled = rules.titled(text, sentence, b, e, leader.get().titles());
            if (m.titleOnly().contains(leader.get().actor().id() + "|" + surname)
                    && (!titled
                            || REGNAL_NUMERAL
                                    .matcher(text.substring(e, Math.min(sentence.end(), e + 6)))
                                    .find())) {
                continue; // a king's given name alone ("Abdullah") is no mention, nor another numeral ("Pius XI")
            }
            if (e - b < 3 && !titled && !surname.equals(text.substring(b, e))) {
                continue; // "XI" in capitals is a numeral unless a title stands before it
            }
            MatchKind kind = titled
                    ? MatchKind.TITLE_SURNAME
                    : rules.possessive(text, e) ? MatchKind.POSSESSIVE : MatchKind.SURNAME;
            all.add(new Hit(b, e, leader.get().actor(), kind, false, false));
        }
        while (recorded < leaders.size()) {
            remember(m, leaders.get(recorded++), named);
        }
        all.sort(Comparator.comparingInt(Hit::begin));
        return all;
    }

    /**
     * "Donald J. Trump", "Cristina Elisabet Fernández de Kirchner": the one leader with the surname at [b, e) whose
     * given name stands before it with middle names or initials between, as a name (or possessive) from the given
     * name to the surname; empty when none or several leaders fit.
     */
    private static Optional<Hit> withMiddleNames(
            Matcher m, String text, Sentence sentence, int b, int e, List<LeaderInfo> candidates) {
        for (Map<String, List<String>> tier : m.givenNames().get()) {
            Hit fit = null;
            long best = Long.MAX_VALUE; // fewest characters of middle names ("George W." beats "George"), then longest
            boolean tie = false; //     given name ("Omar Abdirashid Ali" beats "Abdirashid Ali")
            for (LeaderInfo leader : candidates) {
                for (String given : tier.getOrDefault(givenKey(leader.actor().id(), text.substring(b, e)), List.of())) {
                    int start = m.rules().givenNameBefore(text, sentence, b, Set.of(given));
                    long rank = ((long) (b - start - given.length()) << 32) + start;
                    if (start < 0 || rank > best || rank == best && fit.actor().equals(leader.actor())) {
                        continue;
                    }
                    tie = rank == best;
                    best = rank;
                    MatchKind kind = m.rules().possessive(text, e) ? MatchKind.POSSESSIVE : MatchKind.NAME;
                    fit = new Hit(start, e, leader.actor(), kind, false, false);
                }
            }
            if (fit != null) {
                return tie ? Optional.empty() : Optional.of(fit);
            }
        }
        return Optional.empty();
    }

    /** Whether hit {@code h} lies inside {@code outer} and is shorter. */
    private static boolean inside(Hit h, Hit outer) {
        return outer.begin() <= h.begin()
                && h.end() <= outer.end()
                && h.end() - h.begin() < outer.end() - outer.begin();
    }

    /**
     * The one leader of several with a surname who is written with one of his or her titles and held an office
     * during the document's date ("Chairman Kim" in 2018); where several fit, the one who was the effective
     * ruler (supreme_leader) beside nominal office holders; then the one who served a state named in the document
     * ("King Abdullah" in 2010 beside "Jordan"); empty without a date or when still several fit.
     */
    private static Optional<LeaderInfo> byTitleOnDate(
            LanguageRules rules,
            String text,
            Sentence sentence,
            int b,
            int e,
            List<LeaderInfo> candidates,
            LocalDate[] period,
            Supplier<Set<String>> states) {
        if (period == null) {
            return Optional.empty();
        }
        List<LeaderInfo> fit = candidates.stream()
                .filter(l -> rules.titled(text, sentence, b, e, l.titles()))
                .filter(l -> l.offices().stream().anyMatch(o -> heldDuring(o, period)))
                .toList();
        if (fit.size() > 1) {
            List<LeaderInfo> rulers = fit.stream() // a nominal head of state beside the effective ruler: the ruler
                    .filter(l -> l.offices().stream()
                            .anyMatch(o -> o.office().equals("supreme_leader") && heldDuring(o, period)))
                    .toList();
            fit = rulers.isEmpty() ? fit : rulers;
        }
        if (fit.size() > 1) { // two kings Abdullah in 2010: the one whose state the document names
            Set<String> named = states.get();
            List<LeaderInfo> served = fit.stream()
                    .filter(l ->
                            l.offices().stream().anyMatch(o -> heldDuring(o, period) && named.contains(o.served())))
                    .toList();
            fit = served.isEmpty() ? fit : served;
        }
        return fit.size() == 1 ? Optional.of(fit.get(0)) : Optional.empty();
    }

    /** Whether a term of office overlaps the period [from, to). */
    private static boolean heldDuring(Office o, LocalDate[] period) {
        return o.start().isBefore(period[1]) && (o.end() == null || o.end().isAfter(period[0]));
    }

    /**
     * With --roles: a state's form followed by a role phrase ("the Chinese president") adds a mention of the one
     * holder of the office named on the document's date, from the form's start to the phrase's end.
     */
    private void roles(
            LanguageRules rules,
            String text,
            Sentence sentence,
            List<Hit> kept,
            LocalDate[] period,
            List<Mention> mentions) {
        for (Hit hit : kept) {
            if (hit.actor().type() != ActorType.STATE || hit.kind() == MatchKind.COMPOUND_PART) {
                continue;
            }
            Optional<LanguageRules.Role> role = rules.roleAfter(text, sentence, hit.begin(), hit.end());
            if (role.isEmpty()) {
                continue;
            }
            for (String office : role.get().offices()) {
                List<String> ids = holders.getOrDefault(hit.actor().id() + "|" + office, List.of()).stream()
                        .filter(o -> heldDuring(o, period))
                        .map(Office::leaderId)
                        .distinct()
                        .toList();
                if (ids.size() == 1) {
                    Optional<Actor> leader = dictionary.actor(ids.get(0));
                    if (leader.isPresent()) {
                        int end = role.get().end();
                        mentions.add(new Mention(
                                sentence.paragraph(),
                                sentence.index(),
                                hit.begin(),
                                end,
                                text.substring(hit.begin(), end),
                                leader.get(),
                                MatchKind.ROLE,
                                "",
                                MentionSource.DICTIONARY,
                                false,
                                ""));
                    }
                    break;
                }
            }
        }
    }

    /** The surname as the dictionary lists it ("Biden" for "BIDEN"). */
    private static String asListed(String written, List<LeaderInfo> candidates) {
        for (LeaderInfo l : candidates) {
            for (String form : l.surnames()) {
                if (form.equals(written)) {
                    return form;
                }
            }
        }
        for (LeaderInfo l : candidates) {
            for (String form : l.surnames()) {
                if (form.equalsIgnoreCase(written) || Spellings.of(form).contains(written)) {
                    return form;
                }
            }
        }
        return written;
    }

    /** The leader's record with the surnames and titles of the matcher's language. */
    private Optional<LeaderInfo> leader(Matcher m, String id) {
        return Optional.ofNullable(m.leaders().get(id)).or(() -> dictionary.leader(id));
    }

    private void remember(Matcher m, Hit leader, Map<String, String> named) {
        leader(m, leader.actor().id())
                .ifPresent(l ->
                        l.surnames().forEach(form -> named.put(form, l.actor().id())));
    }

    /**
     * Groups hits joined into chains. A chain of two or more distinct actors is a compound: its parts become
     * compound_part mentions and the chain is recorded. Combining forms count only there.
     */
    private static List<Hit> chains(
            LanguageRules rules, String text, Sentence sentence, List<Hit> hits, List<Compound> compounds) {
        List<Hit> kept = new ArrayList<>();
        int i = 0;
        while (i < hits.size()) {
            int j = i;
            while (j + 1 < hits.size()
                    && rules.joined(text, hits.get(j).end(), hits.get(j + 1).begin())) {
                j++;
            }
            List<Hit> chain = hits.subList(i, j + 1);
            long distinct = chain.stream().map(h -> h.actor().id()).distinct().count();
            boolean mixed = rules.shortFormsOnlyWithShortForms()
                    && chain.stream().anyMatch(Hit::combining)
                    && !chain.stream().allMatch(Hit::combining);
            if (distinct >= 2 && !mixed) {
                for (Hit h : chain) {
                    kept.add(new Hit(
                            h.begin(),
                            h.end(),
                            h.actor(),
                            MatchKind.COMPOUND_PART,
                            h.ambiguous(),
                            false,
                            h.nameClass()));
                }
                int begin = chain.get(0).begin();
                int end = chain.get(chain.size() - 1).end();
                String head = rules.headAfter(sentence, end);
                if (head.isEmpty()) {
                    head = rules.listHead(text, sentence, begin);
                }
                compounds.add(compound(text, sentence, chain, Compound.HYPHEN, head));
            } else {
                chain.stream().filter(h -> !h.combining()).forEach(kept::add);
            }
            i = j + 1;
        }
        return kept;
    }

    /**
     * Records coordinated lists after a relation noun ("cooperation among North Korea, China and Russia",
     * "alignment among the ROK, U.S., and Japan") as {@link Compound#LIST} relations. The parts keep their
     * own match kinds: a list is a relation mention, not a compound word.
     */
    private static void lists(
            LanguageRules rules, String text, Sentence sentence, List<Hit> kept, List<Compound> compounds) {
        int i = 0;
        while (i < kept.size()) {
            int j = i;
            while (j + 1 < kept.size()
                    && kept.get(j).kind() != MatchKind.COMPOUND_PART
                    && kept.get(j + 1).kind() != MatchKind.COMPOUND_PART
                    && rules.listSeparator(
                            text.substring(kept.get(j).end(), kept.get(j + 1).begin()))) {
                j++;
            }
            List<Hit> items = kept.subList(i, j + 1);
            if (items.size() >= 2
                    && items.stream().map(h -> h.actor().id()).distinct().count() >= 2
                    && items.get(0).kind() != MatchKind.COMPOUND_PART) {
                int begin = items.get(0).begin();
                String head = rules.listHead(text, sentence, begin);
                if (!head.isEmpty()) {
                    compounds.add(compound(text, sentence, items, Compound.LIST, head));
                }
            }
            i = j + 1;
        }
    }

    /** The relation written by {@code parts} (a hyphen chain or a list), from the first part to the last. */
    private static Compound compound(String text, Sentence sentence, List<Hit> parts, String form, String head) {
        int begin = parts.get(0).begin();
        int end = parts.get(parts.size() - 1).end();
        return new Compound(
                sentence.paragraph(),
                sentence.index(),
                begin,
                end,
                text.substring(begin, end),
                parts.stream().map(h -> h.actor().id()).toList(),
                form,
                head);
    }

    private Mention mention(String text, Sentence sentence, Hit hit) {
        String label = sentence.entities().stream()
                .filter(n -> n.begin() < hit.end() && hit.begin() < n.end())
                .map(NamedEntity::label)
                .findFirst()
                .orElse("");
        return new Mention(
                sentence.paragraph(),
                sentence.index(),
                hit.begin(),
                hit.end(),
                text.substring(hit.begin(), hit.end()),
                hit.actor(),
                hit.kind(),
                label,
                label.isEmpty() ? MentionSource.DICTIONARY : MentionSource.BOTH,
                hit.ambiguous(),
                hit.actor().type() == ActorType.STATE ? hit.nameClass() : "");
    }

    /**
     * Entities that overlap no dictionary form: resolved case-insensitively where a form matches the whole
     * entity, otherwise reported as unresolved.
     */
    private void nerOnly(
            Matcher m,
            String text,
            Sentence sentence,
            List<Hit> kept,
            List<int[]> blocked,
            List<Mention> mentions,
            List<UnresolvedName> unresolved) {
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
            Alias alias =
                    wasBlocked ? null : m.formsIgnoringCase().get(m.rules().entityKey(entity.text()));
            if (alias != null && alias.kind() != AliasKind.CAPITAL) {
                mentions.add(new Mention(
                        sentence.paragraph(),
                        sentence.index(),
                        b,
                        e,
                        text.substring(b, e),
                        alias.actor(),
                        alias.kind().matchKind(),
                        entity.label(),
                        MentionSource.NER,
                        alias.ambiguous(),
                        ""));
            } else if (UNRESOLVED_LABELS.contains(entity.label()) && alias == null) {
                unresolvedNames.get().of(entity.text(), entity.label()).ifPresent(unresolved::add);
            }
        }
    }
}
