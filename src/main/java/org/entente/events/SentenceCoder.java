package org.entente.events;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import org.entente.events.EventLexicon.Flag;
import org.entente.events.EventLexicon.Kind;
import org.entente.events.EventLexicon.Row;
import org.entente.model.Actor;
import org.entente.model.ActorType;
import org.entente.model.Dependency;
import org.entente.model.Event;
import org.entente.model.EventMode;
import org.entente.model.EventType;
import org.entente.model.MatchKind;
import org.entente.model.Mention;
import org.entente.model.Sentence;
import org.entente.model.Token;

/**
 * Codes the events of one sentence from its dependency structure, by the rules of docs/conventions.md ("Events:
 * who does what to whom"). One instance per sentence; not thread-safe (and never shared).
 */
final class SentenceCoder {
    private static final Set<String> NEGATIONS = Set.of("not", "n't", "n’t", "never", "nor", "neither");
    private static final Set<String> FUTURE = Set.of("will", "shall", "'ll", "’ll", "would", "wo");
    private static final Set<String> POSSIBLE = Set.of("could", "might", "may");
    private static final Set<String> CONDITIONS = Set.of("if", "unless", "whether");
    private static final Set<String> PRONOUNS = Set.of("it", "they", "he", "she", "we", "i", "them", "its", "their");
    private static final Set<String> RELATIVES = Set.of("which", "who", "whom", "that");
    /** Heads that only count what their "of" phrase names ("a group of diplomats", "a new round of sanctions"). */
    private static final Set<String> QUANTITIES = Set.of(
            "group",
            "number",
            "series",
            "round",
            "wave",
            "package",
            "set",
            "couple",
            "dozen",
            "dozens",
            "hundreds",
            "thousands",
            "day",
            "days",
            "week",
            "weeks",
            "month",
            "months",
            "batch",
            "contingent",
            "part",
            "pair",
            "range",
            "host",
            "string",
            "volley",
            "barrage",
            "flurry",
            "total",
            "delegation",
            "team",
            "squad",
            "member",
            "members",
            "some",
            "all",
            "most",
            "many",
            "several",
            "both");
    /** Determiners and quantifiers that make a plural demonym mean people ("some Russians", "100 Palestinians"). */
    private static final Set<String> PEOPLE_QUANTIFIERS = Set.of(
            "some",
            "many",
            "most",
            "several",
            "few",
            "all",
            "thousands",
            "hundreds",
            "dozens",
            "scores",
            "millions",
            "these",
            "those",
            "other",
            "more");

    private static final Set<String> MONEY = Set.of(
            "dollar",
            "dollars",
            "euro",
            "euros",
            "yen",
            "pound",
            "pounds",
            "yuan",
            "won",
            "rubles",
            "roubles",
            "million",
            "billion",
            "trillion",
            "worth");
    /** Heads that a trigger noun may modify without losing its act ("a mediation mission between…"). */
    private static final Set<String> GENERIC = Set.of(
            "mission",
            "missions",
            "effort",
            "efforts",
            "process",
            "initiative",
            "campaign",
            "operation",
            "operations",
            "programme",
            "program",
            "drive",
            "bid",
            "package",
            "measures",
            "deal",
            "plan");

    private static final Set<String> DAYS =
            Set.of("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today", "yesterday");
    private static final Set<String> PREMODIFIERS =
            Set.of("compound", "amod", "nmod:poss", "flat", "flat:name", "compound:nn");

    private enum Role {
        SOURCE,
        TARGET
    }

    /** A pattern row that matches a token, with the tokens its other words matched. */
    private record Match(Row row, List<Integer> extra) {}

    /** An actor in an argument: its mention. */
    private record Arg(Mention mention) {
        String id() {
            return mention.actor().id();
        }
    }

    /** The parties and words of one act. */
    private record Act(
            Match match,
            EventType type,
            List<Arg> sources,
            List<Arg> targets,
            Set<Integer> words,
            boolean reciprocal,
            boolean parties) {
        // parties: the targets are the parties of a reciprocal act ("talks between Japan and China")
    }

    private final EventLexicon lexicon;
    private final Sentence sentence;
    private final List<Token> tokens;
    private final int n;
    private final int[] gov;
    private final String[] rel;
    private final List<List<Integer>> kids;
    private final List<List<Mention>> mentionsAt;
    private final List<List<Match>> matches;
    private final boolean[] consumed;
    private final Function<Actor, String> stateOf;
    private final boolean question;

    SentenceCoder(
            EventLexicon lexicon,
            Sentence sentence,
            List<Dependency> dependencies,
            List<Mention> mentions,
            Function<Actor, String> stateOf) {
        this.lexicon = lexicon;
        this.sentence = sentence;
        this.tokens = sentence.tokens();
        this.n = tokens.size();
        this.stateOf = stateOf;
        gov = new int[n];
        rel = new String[n];
        kids = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            gov[i] = Dependency.ROOT;
            rel[i] = "dep";
            kids.add(new ArrayList<>());
        }
        for (Dependency d : dependencies) {
            if (d.dependent() < n && d.governor() < n) {
                gov[d.dependent()] = d.governor();
                rel[d.dependent()] = d.relation();
                if (d.governor() >= 0) {
                    kids.get(d.governor()).add(d.dependent());
                }
            }
        }
        mentionsAt = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            Token t = tokens.get(i);
            List<Mention> at = new ArrayList<>(1);
            for (Mention m : mentions) {
                if (m.begin() < t.end() && t.begin() < m.end()) {
                    at.add(m);
                }
            }
            mentionsAt.add(at);
        }
        matches = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            matches.add(mentionsAt.get(i).isEmpty() ? matchesAt(i) : List.of());
        }
        consumed = new boolean[n];
        question = n > 0 && tokens.get(n - 1).text().equals("?");
    }

    // ------------------------------------------------------------------------------------------- tokens

    private String word(int i) {
        return tokens.get(i).text().toLowerCase(Locale.ROOT);
    }

    private String tag(int i) {
        return tokens.get(i).pos();
    }

    /** A verb by its tag, or by its structure (a subject, object or auxiliary of its own) where taggers slip. */
    private boolean verbTag(int i) {
        String t = tag(i);
        if (t.startsWith("VB") || t.equals("VERB")) {
            return true;
        }
        for (int c : kids.get(i)) {
            if (Set.of("nsubj", "nsubj:pass", "obj", "aux", "aux:pass").contains(rel[c])
                    && !rel[i].equals("compound")) {
                return true;
            }
            if (rel[c].equals("mark") && word(c).equals("to") && rel[i].equals("xcomp")) {
                return true; // "offered to negotiate with" with "negotiate" tagged as an adjective
            }
        }
        return false;
    }

    private boolean nounTag(int i) {
        String t = tag(i);
        return t.startsWith("NN") || t.equals("NOUN") || t.equals("PROPN");
    }

    private boolean adjTag(int i) {
        String t = tag(i);
        return t.startsWith("JJ") || t.equals("ADJ") || t.equals("VBN") || t.equals("VERB");
    }

    private boolean pronoun(int i) {
        return PRONOUNS.contains(word(i));
    }

    private boolean relative(int i) {
        return RELATIVES.contains(word(i))
                && (tag(i).startsWith("W") || tag(i).equals("PRON") || tag(i).equals("SCONJ") || tag(i).equals("DET"));
    }

    private int child(int i, String relation) {
        for (int c : kids.get(i)) {
            if (rel[c].equals(relation)) {
                return c;
            }
        }
        return -1;
    }

    /** The preposition of a phrase: the word of its case child, or empty. */
    private String caseOf(int i) {
        for (int c : kids.get(i)) {
            if (rel[c].equals("case")) {
                return word(c);
            }
        }
        return "";
    }

    private boolean hasChildWord(int i, String relationPrefix, Set<String> words) {
        for (int c : kids.get(i)) {
            if (rel[c].startsWith(relationPrefix) && words.contains(word(c))) {
                return true;
            }
        }
        return false;
    }

    // ------------------------------------------------------------------------------------------- lexicon

    private List<Match> matchesAt(int i) {
        List<Row> rows = lexicon.rows(tokens.get(i));
        if (rows.isEmpty() || rel[i].equals("amod") && (tag(i).startsWith("VB") || tag(i).equals("VERB"))) {
            return List.of(); // a participle used as an adjective ("Jordan's visiting king")
        }
        List<Match> out = new ArrayList<>(rows.size());
        for (Row row : rows) {
            boolean tagOk = switch (row.kind()) {
                case VERB -> verbTag(i);
                case NOUN -> nounTag(i);
                case ADJ -> adjTag(i);
                default -> false;
            };
            if (!tagOk) {
                continue;
            }
            List<Integer> extra = new ArrayList<>();
            boolean all = true;
            for (Set<String> alternatives : row.others()) {
                int found = row.kind() == Kind.NOUN ? premodifierWord(i, alternatives) : verbWord(i, alternatives);
                if (found < 0) {
                    all = false;
                    break;
                }
                extra.add(found);
            }
            if (all) {
                out.add(new Match(row, List.copyOf(extra)));
            }
        }
        return out;
    }

    private static boolean anyKey(Token t, Set<String> words) {
        for (String k : Words.keys(t)) {
            if (words.contains(k)) {
                return true;
            }
        }
        return false;
    }

    /** A dependent of verb i that is one of the words: particle, object head, or a phrase's preposition. */
    private int verbWord(int i, Set<String> words) {
        if (i + 1 < n
                && words.contains(word(i + 1))
                && Set.of("IN", "RP", "ADP", "PART").contains(tag(i + 1))) {
            return i + 1; // a particle right after the verb, however the parser attached it ("called on")
        }
        int object = objectToken(i);
        if (object >= 0 && anyKey(tokens.get(object), words)) {
            return object;
        }
        for (int c : kids.get(i)) {
            String r = rel[c];
            if ((r.equals("compound:prt") || r.equals("obj") || r.equals("advmod")) && anyKey(tokens.get(c), words)) {
                return c;
            }
            if (r.startsWith("obl") || r.startsWith("nmod")) {
                for (int cc : kids.get(c)) {
                    if (rel[cc].equals("case") && words.contains(word(cc))) {
                        return cc;
                    }
                }
            }
        }
        return -1;
    }

    private int premodifierWord(int i, Set<String> words) {
        for (int c : kids.get(i)) {
            if ((rel[c].equals("amod") || rel[c].startsWith("compound")) && anyKey(tokens.get(c), words)) {
                return c;
            }
        }
        return -1;
    }

    private boolean typed(int i) {
        for (Match m : matches.get(i)) {
            if (m.row().type() != null) {
                return true;
            }
        }
        return false;
    }

    private boolean flagged(int i, Flag flag) {
        for (Match m : matches.get(i)) {
            if (m.row().has(flag)) {
                return true;
            }
        }
        return false;
    }

    private boolean triggerNoun(int i) {
        for (Match m : matches.get(i)) {
            if (m.row().kind() == Kind.NOUN && m.row().type() != null) {
                return true;
            }
        }
        return false;
    }

    // ------------------------------------------------------------------------------------------- structure

    private boolean passive(int v) {
        for (int c : kids.get(v)) {
            if (rel[c].equals("aux:pass") || rel[c].equals("nsubj:pass") || rel[c].equals("csubj:pass")) {
                return true;
            }
        }
        return rel[v].equals("acl") && (tag(v).equals("VBN") || word(v).endsWith("ed"));
    }

    /** The subject of predicate v: its subject, a passive's by-agent, or one inherited (rule 5). */
    private int subjectToken(int v, int depth) {
        if (depth > 6) {
            return -1;
        }
        int s = child(v, "nsubj");
        if (s >= 0) {
            return s;
        }
        if (passive(v)) {
            return agent(v);
        }
        int g = gov[v];
        if (g < 0) {
            return -1;
        }
        String r = rel[v];
        if (r.equals("xcomp")) {
            if (flagged(g, Flag.REQUEST) || flagged(g, Flag.DEMAND)) {
                int controller = controller(g);
                if (controller >= 0) {
                    return controller;
                }
            }
            return subjectToken(g, depth + 1);
        }
        if (r.equals("conj") && (verbTag(g) || adjTag(g))) {
            return subjectToken(g, depth + 1);
        }
        if (r.equals("obj") && (tag(v).startsWith("VB") || tag(v).equals("VERB")) && verbTag(g)) {
            return subjectToken(g, depth + 1); // "to help support the rights of…"
        }
        if (r.equals("advcl") && hasChildWord(v, "mark", Set.of("to"))) {
            return subjectToken(g, depth + 1);
        }
        if ((r.startsWith("advcl") || r.startsWith("acl"))
                && (hasChildWord(v, "mark", Set.of("of", "for")) || hasChildWord(v, "case", Set.of("of", "for")))
                && child(g, "obj") >= 0) {
            return child(g, "obj"); // "accused North Korea of delivering munitions"
        }
        if (r.equals("acl") && word(v).endsWith("ing")) {
            return g;
        }
        return -1;
    }

    /** The actor a request or order is addressed to, who is to do the requested act ("urged China to…"). */
    private int controller(int v) {
        int o = child(v, "obj");
        if (o >= 0) {
            return o;
        }
        for (int c : kids.get(v)) {
            if (rel[c].startsWith("obl") && Set.of("on", "upon", "to").contains(caseOf(c))) {
                return c;
            }
        }
        return child(v, "iobj");
    }

    private int agent(int v) {
        for (int c : kids.get(v)) {
            if (rel[c].equals("obl:agent")
                    || rel[c].startsWith("obl") && caseOf(c).equals("by")
                    || rel[c].startsWith("nmod") && caseOf(c).equals("by")) {
                return c;
            }
        }
        return -1;
    }

    /** The object of predicate v: its object, a passive's subject, or the noun a participle modifies. */
    private int objectToken(int v) {
        int o = child(v, "obj");
        if (o >= 0) {
            return transparent(o);
        }
        int p = child(v, "nsubj:pass");
        if (p >= 0) {
            return transparent(p);
        }
        if (rel[v].equals("acl") && passive(v)) {
            return gov[v];
        }
        for (int c : kids.get(v)) {
            // "rejected Thursday a United Nations appeal", "denounced as a crime Serbia's suppression": parsers hang
            // a displaced object on the phrase before it
            if (rel[c].startsWith("obl") && nounTag(c)) {
                for (int d : kids.get(c)) {
                    if ((rel[d].equals("dep") || rel[d].equals("appos")) && nounTag(d)) {
                        return transparent(d);
                    }
                }
            }
        }
        return -1;
    }

    private boolean isLight(int v) {
        return flagged(v, Flag.LIGHT);
    }

    /** The noun that stands in the sentence for trigger noun x: x, or the generic head it modifies. */
    private int host(int x) {
        int g = gov[x];
        return g >= 0 && rel[x].startsWith("compound") && GENERIC.contains(word(g)) && !triggerNoun(g) ? g : x;
    }

    /** The light verb carrying trigger noun x (its object, its passive subject, or a participle on it), or -1. */
    private int carrier(int x) {
        int y = host(x);
        if (gov[x] >= 0 && rel[x].startsWith("nmod") && caseOf(x).equals("of") && QUANTITIES.contains(word(gov[x]))) {
            y = gov[x]; // "launched 10 days of war games"
        }
        int g = gov[y];
        if (g >= 0 && (rel[y].equals("obj") || rel[y].equals("nsubj:pass")) && isLight(g)) {
            return g;
        }
        for (int c : kids.get(x)) {
            if (rel[c].equals("acl") && isLight(c) && passive(c)) {
                return c;
            }
        }
        return -1;
    }

    /** The trigger noun a light verb carries, or -1. */
    private int carried(int v) {
        int o = objectToken(v);
        return o >= 0 && triggerNoun(o) ? o : -1;
    }

    // ------------------------------------------------------------------------------------------- arguments

    /** The actors of the phrase headed by h, with its conjuncts (rule 7). */
    private List<Arg> args(int h, Role role, int depth) {
        if (h < 0 || depth > 5) {
            return List.of();
        }
        if (relative(h) && gov[h] >= 0 && rel[gov[h]].startsWith("acl") && gov[gov[h]] >= 0) {
            h = gov[gov[h]];
        }
        List<Arg> out = new ArrayList<>();
        for (int x : conjuncts(h)) {
            for (Arg a : single(x, role, depth)) {
                if (out.stream().noneMatch(o -> o.mention() == a.mention())) {
                    out.add(a);
                }
            }
        }
        return out;
    }

    private List<Integer> conjuncts(int h) {
        List<Integer> out = new ArrayList<>(List.of(h));
        for (int k = 0; k < out.size() && out.size() < 20; k++) {
            for (int c : kids.get(out.get(k))) {
                if (rel[c].equals("conj") && !out.contains(c)) {
                    out.add(c);
                }
            }
        }
        return out;
    }

    /** The head a quantity phrase stands for ("a group of Moroccan diplomats" → diplomats), else x itself. */
    private int transparent(int x) {
        for (int steps = 0;
                steps < 3
                        && (QUANTITIES.contains(word(x)) || MONEY.contains(word(x)))
                        && mentionsAt.get(x).isEmpty();
                steps++) {
            int of = -1;
            for (int c : kids.get(x)) {
                if (rel[c].startsWith("nmod")
                        && (caseOf(c).equals("of")
                                || MONEY.contains(word(x)) && caseOf(c).equals("in"))) {
                    of = c; // "a group of diplomats", "a billion dollars in aid"
                    break;
                }
            }
            if (of < 0) {
                break;
            }
            x = of;
        }
        return x;
    }

    /**
     * True for a plural demonym that names people rather than the state: with a number, a quantifier, an
     * adjective or a phrase of its own ("100 Palestinians", "ethnic Albanians", "the Albanians of southern Serbia").
     */
    private boolean people(int x) {
        if (mentionsAt.get(x).stream().noneMatch(m -> m.kind() == MatchKind.DEMONYM) || !word(x).endsWith("s")) {
            return false;
        }
        for (int c : kids.get(x)) {
            String r = rel[c];
            if (r.equals("nummod")
                    || r.equals("amod")
                    || r.equals("acl")
                    || r.startsWith("nmod") && !r.equals("nmod:poss")
                    || r.equals("det") && PEOPLE_QUANTIFIERS.contains(word(c))
                    || r.equals("advmod") && PEOPLE_QUANTIFIERS.contains(word(c))) {
                return true;
            }
        }
        return gov[x] >= 0 && rel[x].startsWith("nmod") && caseOf(x).equals("of") && QUANTITIES.contains(word(gov[x]));
    }

    /** True when a noun for non-state people premodifies x ("rebel leaders", "opposition officials"). */
    private boolean nonstatePremodifier(int x) {
        for (int c : kids.get(x)) {
            if (rel[c].startsWith("compound") && mentionsAt.get(c).isEmpty() && lexicon.nonstate(tokens.get(c))) {
                return true;
            }
        }
        return false;
    }

    /** True when a title that names an organ premodifies x ("Iraqi President Saddam Hussein"). */
    private boolean titled(int x) {
        for (int c : kids.get(x)) {
            if ((rel[c].startsWith("compound") || rel[c].equals("flat") || rel[c].equals("amod"))
                    && lexicon.organ(tokens.get(c))) {
                return true;
            }
        }
        return false;
    }

    private List<Arg> single(int x, Role role, int depth) {
        x = transparent(x);
        if (!mentionsAt.get(x).isEmpty()) {
            if (people(x)) {
                return List.of();
            }
            return mentionsAt.get(x).stream().map(Arg::new).toList();
        }
        if (pronoun(x)) {
            return List.of();
        }
        if (triggerNoun(x)) {
            for (Match m : matches.get(x)) {
                if (m.row().kind() == Kind.NOUN && m.row().type() != null) {
                    for (String s : m.row().source()) {
                        List<Arg> found =
                                s.equals("poss") ? nounSource(x, depth + 1) : phrases(x, m, s, Role.SOURCE, true);
                        if (!found.isEmpty()) {
                            return found;
                        }
                    }
                    return List.of();
                }
            }
        }
        if (lexicon.nonstate(tokens.get(x)) || nonstatePremodifier(x)) {
            return List.of();
        }
        List<Arg> mods = modifiers(x, role, depth);
        List<Arg> leaders = mods.stream()
                .filter(a -> a.mention().actor().type() == ActorType.LEADER)
                .toList();
        if (!leaders.isEmpty()) {
            return leaders;
        }
        if (role == Role.SOURCE && !lexicon.organ(tokens.get(x)) && !titled(x)) {
            return List.of();
        }
        return mods;
    }

    /** The actors among the premodifiers of noun x, its appositions, and its "of" phrase. */
    private List<Arg> modifiers(int x, Role role, int depth) {
        List<Arg> out = new ArrayList<>();
        premodifierMentions(x, out, 0);
        for (int c : kids.get(x)) {
            if (rel[c].equals("appos")) {
                out.addAll(args(c, Role.TARGET, depth + 1));
            }
        }
        for (int c : kids.get(x)) {
            if (rel[c].startsWith("nmod")
                    && !rel[c].equals("nmod:poss")
                    && caseOf(c).equals("of")) {
                out.addAll(args(c, Role.SOURCE, depth + 1));
            }
        }
        if (out.isEmpty()) {
            for (int c : kids.get(x)) {
                if (rel[c].startsWith("nmod") && caseOf(c).equals("by")) {
                    out.addAll(args(c, Role.SOURCE, depth + 1));
                }
            }
        }
        if (out.isEmpty() && role == Role.TARGET) {
            for (int c : kids.get(x)) {
                if (rel[c].startsWith("nmod") && Set.of("from", "with", "to").contains(caseOf(c))) {
                    // "imports from China", "border with Ukraine", "arms sales to Taiwan"
                    out.addAll(args(c, Role.TARGET, depth + 1));
                }
            }
        }
        return out;
    }

    private void premodifierMentions(int x, List<Arg> out, int depth) {
        if (depth > 4) {
            return;
        }
        for (int c : kids.get(x)) {
            if (!PREMODIFIERS.contains(rel[c])) {
                continue;
            }
            for (int d : conjuncts(c)) {
                if (!mentionsAt.get(d).isEmpty()) {
                    for (Mention m : mentionsAt.get(d)) {
                        if (out.stream().noneMatch(a -> a.mention() == m)) {
                            out.add(new Arg(m));
                        }
                    }
                } else if (!lexicon.nonstate(tokens.get(d))) {
                    premodifierMentions(d, out, depth + 1);
                }
            }
        }
    }

    /** The source of trigger noun x from its own words: its actor premodifiers, its possessor, then a by phrase. */
    private List<Arg> nounSource(int x, int depth) {
        List<Arg> out = new ArrayList<>();
        premodifierMentions(x, out, 0);
        if (out.isEmpty()) {
            for (int c : kids.get(x)) {
                if (rel[c].equals("nmod:poss")) {
                    out.addAll(args(c, Role.SOURCE, depth + 1));
                }
            }
        }
        if (out.isEmpty()) {
            for (int c : kids.get(x)) {
                if (rel[c].startsWith("nmod") && caseOf(c).equals("by")) {
                    out.addAll(args(c, Role.SOURCE, depth + 1));
                }
            }
        }
        return out;
    }

    /** The actors in one slot of trigger t (see the lexicon header). */
    private List<Arg> slot(int t, Match m, String slot, Role role, List<Arg> inherited) {
        boolean noun = m.row().kind() == Kind.NOUN;
        switch (slot) {
            case "subj" -> {
                int s = noun ? nounSubject(t) : subjectToken(t, 0);
                if (s < 0 && m.row().kind() == Kind.ADJ) {
                    s = child(t, "nsubj:pass"); // "Israel is opposed to…"
                }
                if (s < 0) {
                    return inherited;
                }
                if (pronoun(s)) {
                    return speakerOf(t);
                }
                return args(s, role, 0);
            }
            case "obj" -> {
                int o = noun ? -1 : objectToken(t);
                return o < 0 || m.extra().contains(o) && triggerNoun(o) ? List.of() : args(o, role, 0);
            }
            case "iobj" -> {
                return args(child(t, "iobj"), role, 0);
            }
            case "comp" -> {
                for (int c : kids.get(t)) {
                    if (rel[c].equals("ccomp")
                            || rel[c].equals("xcomp")
                            || rel[c].equals("advcl") && hasChildWord(c, "mark", Set.of("to"))) {
                        int s = child(c, "nsubj");
                        if (s < 0) {
                            s = child(c, "nsubj:pass");
                        }
                        if (s >= 0 && !pronoun(s)) {
                            return args(s, role, 0);
                        }
                    }
                }
                return List.of();
            }
            case "poss" -> {
                if (!noun) {
                    return List.of();
                }
                List<Arg> own = nounSource(t, 0);
                if (!own.isEmpty()) {
                    return own;
                }
                int carrier = carrier(t);
                if (carrier >= 0) {
                    int s = subjectToken(carrier, 0);
                    if (s >= 0) {
                        return pronoun(s) ? speakerOf(carrier) : args(s, role, 0);
                    }
                }
                int s = nounSubject(t);
                if (s >= 0) {
                    return pronoun(s) ? speakerOf(t) : args(s, role, 0);
                }
                int g = gov[t];
                if (g >= 0 && rel[t].startsWith("obl") && caseOf(t).equals("for") && verbTag(g)) {
                    int h = subjectToken(g, 0); // "visited Tokyo for a summit with Kishida"
                    if (h >= 0) {
                        return pronoun(h) ? speakerOf(g) : args(h, role, 0);
                    }
                }
                return inherited;
            }
            default -> {
                return phrases(t, m, slot, role, noun);
            }
        }
    }

    /** The subject of a predicate noun ("Russia is a threat to Japan"), or -1. */
    private int nounSubject(int x) {
        int s = child(x, "nsubj");
        return s >= 0 && !relative(s) ? s : -1;
    }

    /** The actors in the phrases with preposition p of trigger t, its light verb, or its (non-trigger) object. */
    private List<Arg> phrases(int t, Match m, String p, Role role, boolean noun) {
        List<Integer> heads = new ArrayList<>(List.of(t));
        if (noun) {
            if (host(t) != t) {
                heads.add(host(t));
            }
            int carrier = carrier(t);
            if (carrier >= 0) {
                heads.add(carrier);
            }
            for (int c : kids.get(t)) {
                if (rel[c].startsWith("nmod")
                        && caseOf(c).equals("of")
                        && mentionsAt.get(c).isEmpty()) {
                    heads.add(c); // "a suspension of air links with Serbia"
                }
            }
        } else {
            int o = objectToken(t);
            if (o >= 0 && (!triggerNoun(o) || m.extra().contains(o)) && o != gov[t]) {
                heads.addAll(conjuncts(o)); // "providing photographs and intelligence to Macedonia"
            }
        }
        List<Arg> out = new ArrayList<>();
        for (int h : heads) {
            for (int c : kids.get(h)) {
                if ((rel[c].startsWith("obl") || rel[c].startsWith("nmod") && !rel[c].equals("nmod:poss"))
                        && caseOf(c).equals(p)) {
                    for (Arg a : args(c, role, 0)) {
                        if (out.stream().noneMatch(o -> o.mention() == a.mention())) {
                            out.add(a);
                        }
                    }
                }
            }
            if (!out.isEmpty()) {
                return out;
            }
        }
        return out;
    }

    /** The speaker a pronoun in t's clause stands for: the nearest enclosing clause's actor subject (rule 10). */
    private List<Arg> speakerOf(int t) {
        int x = gov[t];
        int steps = 0;
        while (x >= 0 && steps++ < 8) {
            int s = verbTag(x) || adjTag(x) ? subjectToken(x, 0) : nounSubject(x);
            if (s >= 0 && !pronoun(s)) {
                List<Arg> a = args(s, Role.SOURCE, 0);
                if (!a.isEmpty()) {
                    return a;
                }
            }
            x = gov[x];
        }
        return List.of();
    }

    // ------------------------------------------------------------------------------------------- acts

    /** The act of match m at token t, if its row yields parties. */
    private Act act(int t, Match m, List<Arg> inherited) {
        Row row = m.row();
        List<Arg> sources = List.of();
        for (String s : row.source()) {
            sources = slot(t, m, s, Role.SOURCE, inherited);
            if (!sources.isEmpty()) {
                break;
            }
        }
        if (sources.isEmpty() && row.kind() != Kind.NOUN) {
            sources = inherited;
        }
        Set<String> sourceIds = new HashSet<>();
        sources.forEach(a -> sourceIds.add(a.id()));
        List<Arg> targets = List.of();
        boolean parties = false;
        for (String s : row.target()) {
            List<Arg> found = slot(t, m, s, Role.TARGET, List.of()).stream()
                    .filter(a -> !sourceIds.contains(a.id()))
                    .toList();
            if (!found.isEmpty()) {
                targets = found;
                parties = s.equals("between") || s.equals("among");
                break;
            }
        }
        if (targets.isEmpty() && row.kind() == Kind.NOUN && carrier(t) >= 0) {
            // "will give Tanzania a grant": the light verb's indirect object
            targets = args(child(carrier(t), "iobj"), Role.TARGET, 0).stream()
                    .filter(a -> !sourceIds.contains(a.id()))
                    .toList();
        }
        Set<Integer> words = new TreeSet<>(m.extra());
        words.add(t);
        if (row.kind() == Kind.NOUN) {
            int carrier = carrier(t);
            if (carrier >= 0) {
                words.add(carrier);
            }
        }
        return new Act(m, row.type(), sources, targets, words, row.has(Flag.RECIPROCAL), parties);
    }

    /** The act a frame (intent, refusal, threat) governs: its complement's trigger, or (intent) its object noun. */
    private int innerAct(int t, boolean objects) {
        for (int c : kids.get(t)) {
            if (rel[c].equals("xcomp") || rel[c].equals("ccomp")) {
                int inner = actHead(c, 0);
                if (inner >= 0) {
                    return inner;
                }
            }
        }
        if (objects) {
            int o = child(t, "obj");
            if (o >= 0 && triggerNoun(o)) {
                return o;
            }
        }
        return -1;
    }

    /**
     * The trigger that heads the act of clause c: c itself, the noun its light verb carries, or deeper along the
     * open complements; the first that has a target ("willing to send material to help defend Saudi Arabia").
     */
    private int actHead(int c, int depth) {
        if (depth > 4) {
            return -1;
        }
        int own = -1;
        if (isLight(c) && carried(c) >= 0) {
            own = carried(c);
        } else if (typed(c)) {
            own = c;
        }
        if (own >= 0 && hasTarget(own)) {
            return own;
        }
        for (int cc : kids.get(c)) {
            if (rel[cc].equals("xcomp")) {
                int inner = actHead(cc, depth + 1);
                if (inner >= 0 && (own < 0 || hasTarget(inner))) {
                    return inner;
                }
            }
        }
        return own;
    }

    private boolean hasTarget(int x) {
        for (Match m : matches.get(x)) {
            if (m.row().type() != null && !act(x, m, List.of()).targets().isEmpty()) {
                return true;
            }
        }
        return false;
    }

    private boolean frame(Row row) {
        return row.has(Flag.INTENT) || row.has(Flag.REFUSE) || row.has(Flag.THREAT);
    }

    // ------------------------------------------------------------------------------------------- coding

    /** The sentence's events, in trigger order. */
    List<Event> code(int paragraph, String date) {
        // acts absorbed by others: a frame's inner act, the object word of a verb pattern
        for (int t = 0; t < n; t++) {
            for (Match m : matches.get(t)) {
                if (m.row().type() == null) {
                    continue;
                }
                for (int e : m.extra()) {
                    consumed[e] = true;
                }
                if (frame(m.row())) {
                    int inner = innerAct(t, m.row().has(Flag.INTENT));
                    if (inner >= 0) {
                        consumed[inner] = true;
                    }
                }
                break;
            }
        }
        Map<String, Event> events = new LinkedHashMap<>();
        for (int t = 0; t < n; t++) {
            if (flagged(t, Flag.SPEECH)) {
                for (Event e : obligations(t, date, paragraph)) {
                    events.putIfAbsent(e.source().id() + ">" + e.target().id() + ":" + e.type() + "@" + e.begin(), e);
                }
            }
            if (consumed[t]) {
                continue;
            }
            for (Match m : matches.get(t)) {
                Row row = m.row();
                if (row.type() == null) {
                    continue;
                }
                if (row.has(Flag.LIGHT) && carried(t) >= 0) {
                    break; // the carried noun is the act
                }
                List<Event> found = events(t, m, date, paragraph);
                if (!found.isEmpty()) {
                    for (Event e : found) {
                        events.putIfAbsent(
                                e.source().id() + ">" + e.target().id() + ":" + e.type() + "@" + e.begin(), e);
                    }
                    break;
                }
            }
        }
        return List.copyOf(events.values());
    }

    private List<Event> events(int t, Match m, String date, int paragraph) {
        Row row = m.row();
        Act outer = act(t, m, List.of());
        Act act = outer;
        EventType type = row.type();
        Set<Integer> words = new TreeSet<>(outer.words());
        if (frame(row) && outer.targets().isEmpty() && innerAct(t, row.has(Flag.INTENT)) < 0) {
            for (int c : kids.get(t)) {
                if (rel[c].equals("xcomp") && objectToken(c) >= 0) {
                    // "declined to join the Russian proposal": the complement's object
                    Set<String> ids = new HashSet<>();
                    outer.sources().forEach(a -> ids.add(a.id()));
                    List<Arg> targets = args(objectToken(c), Role.TARGET, 0).stream()
                            .filter(a -> !ids.contains(a.id()))
                            .toList();
                    act = new Act(m, type, outer.sources(), targets, words, outer.reciprocal(), false);
                    break;
                }
            }
        }
        if (frame(row)) {
            int inner = innerAct(t, row.has(Flag.INTENT));
            if (inner >= 0) {
                Act innerAct = null;
                for (Match im : matches.get(inner)) {
                    if (im.row().type() == null) {
                        continue;
                    }
                    Act candidate = act(inner, im, outer.sources());
                    if (!candidate.targets().isEmpty() || candidate.reciprocal() && distinct(candidate.sources()) > 1) {
                        innerAct = candidate;
                        break;
                    }
                    if (innerAct == null) {
                        innerAct = candidate;
                    }
                }
                if (innerAct != null) {
                    EventType innerType = innerAct.type();
                    type = row.has(Flag.REFUSE)
                            ? EventType.REJECT
                            : row.has(Flag.THREAT)
                                    ? EventType.THREATEN
                                    : innerType.cooperative() ? EventType.AGREE : EventType.THREATEN;
                    List<Arg> sources = outer.sources().isEmpty() ? innerAct.sources() : outer.sources();
                    List<Arg> targets = innerAct.targets().isEmpty() ? outer.targets() : innerAct.targets();
                    words.addAll(innerAct.words());
                    act = new Act(
                            m,
                            type,
                            sources,
                            targets,
                            words,
                            outer.reciprocal() || innerAct.reciprocal(),
                            innerAct.targets().isEmpty() ? outer.parties() : innerAct.parties());
                }
            }
        }
        return assemble(t, act, type, words, date, paragraph);
    }

    private static int distinct(List<Arg> args) {
        return (int) args.stream().map(Arg::id).distinct().count();
    }

    private List<Event> assemble(int t, Act act, EventType baseType, Set<Integer> words, String date, int paragraph) {
        List<Arg[]> pairs = new ArrayList<>();
        List<Arg> sources = act.sources();
        List<Arg> targets = act.targets();
        if (!sources.isEmpty() && !targets.isEmpty()) {
            for (Arg s : sources) {
                for (Arg g : targets) {
                    pairs.add(new Arg[] {s, g});
                }
            }
        } else if (act.reciprocal() && (!sources.isEmpty() || act.parties())) {
            List<Arg> parties = sources.isEmpty() ? targets : sources;
            for (Arg s : parties) {
                for (Arg g : parties) {
                    pairs.add(new Arg[] {s, g});
                }
            }
        }
        List<Event> out = new ArrayList<>();
        for (Arg[] p : pairs) {
            Arg s = p[0];
            Arg g = p[1];
            if (s.id().equals(g.id())) {
                continue;
            }
            EventType type = baseType;
            EventMode mode = mode(t, words, s);
            if (mode == EventMode.NEGATED && type.cooperative() && future(t)) {
                type = EventType.REJECT; // "will not meet": a refusal (rule 11)
                mode = EventMode.ASSERTED;
            } else if (type != EventType.AGREE
                    && type != EventType.REQUEST
                    && type != EventType.THREATEN
                    && type != EventType.DEMAND
                    && future(t)
                    && mode != EventMode.NEGATED) {
                // acts in the future are intentions: to cooperate (AGREE) or to do harm (THREATEN) (rule 11)
                type = type.cooperative() ? EventType.AGREE : EventType.THREATEN;
            }
            int begin = Integer.MAX_VALUE;
            int end = 0;
            List<String> texts = new ArrayList<>();
            for (int w : words) {
                Token tok = tokens.get(w);
                begin = Math.min(begin, tok.begin());
                end = Math.max(end, tok.end());
                texts.add(tok.text());
            }
            Mention sm = s.mention();
            Mention gm = g.mention();
            out.add(new Event(
                    paragraph,
                    sentence.index(),
                    begin,
                    end,
                    String.join(" ", texts),
                    sm.actor(),
                    state(sm.actor()),
                    sm.begin(),
                    sm.end(),
                    gm.actor(),
                    state(gm.actor()),
                    gm.begin(),
                    gm.end(),
                    type,
                    mode,
                    nested(t)));
        }
        return out;
    }

    private String state(Actor actor) {
        String s = stateOf.apply(actor);
        return s == null || s.isBlank() ? actor.id() : s;
    }

    /** True when predicate t (or the light verb carrying it) is in the future (will, shall, would). */
    private boolean future(int t) {
        int head = triggerNoun(t) && carrier(t) >= 0 ? carrier(t) : t;
        return hasChildWord(head, "aux", FUTURE);
    }

    /** True for an act that is the object of another act, or asked for in a demand or request (rule 12). */
    private boolean nested(int t) {
        int g = gov[t];
        if (g >= 0 && triggerNoun(t) && typed(g) && !isLight(g) && carrier(t) < 0) {
            return true;
        }
        return insideRequest(t);
    }

    private boolean insideRequest(int t) {
        int x = t;
        int steps = 0;
        while (gov[x] >= 0 && steps++ < 8) {
            int g = gov[x];
            if ((rel[x].equals("xcomp")
                            || rel[x].equals("ccomp")
                            || rel[x].equals("obj")
                            || rel[x].equals("advcl") && hasChildWord(x, "mark", Set.of("to")))
                    && (flagged(g, Flag.REQUEST) || flagged(g, Flag.DEMAND))) {
                return true;
            }
            if (rel[x].equals("ccomp") && flagged(g, Flag.SPEECH) && obligation(x) >= 0) {
                return true;
            }
            x = g;
        }
        return false;
    }

    /** The modal of obligation of clause c ("must", "should", "has to"), or -1. */
    private int obligation(int c) {
        for (int k : kids.get(c)) {
            if (rel[k].equals("aux") && Set.of("must", "should", "ought").contains(word(k))) {
                return k;
            }
        }
        if (Set.of("has", "have", "had").contains(word(c))) {
            for (int k : kids.get(c)) {
                if (rel[k].equals("xcomp") && hasChildWord(k, "mark", Set.of("to"))) {
                    return c;
                }
            }
        }
        return -1;
    }

    /** "A minister reiterated that Libya must hand over the suspects": the speaker demands of Libya (rule 11). */
    private List<Event> obligations(int t, String date, int paragraph) {
        List<Event> out = new ArrayList<>();
        for (int c : kids.get(t)) {
            int modal = rel[c].equals("ccomp") ? obligation(c) : -1;
            if (modal < 0) {
                continue;
            }
            int s = subjectToken(t, 0);
            List<Arg> speakers = s < 0 ? List.of() : pronoun(s) ? speakerOf(t) : args(s, Role.SOURCE, 0);
            int o = child(c, "nsubj");
            List<Arg> addressees = o < 0 || pronoun(o) ? List.of() : args(o, Role.TARGET, 0);
            Set<String> ids = new HashSet<>();
            speakers.forEach(a -> ids.add(a.id()));
            List<Arg> targets =
                    addressees.stream().filter(a -> !ids.contains(a.id())).toList();
            Row row = matches.get(t).stream()
                    .map(Match::row)
                    .filter(r -> r.has(Flag.SPEECH))
                    .findFirst()
                    .orElseThrow();
            Act act = new Act(
                    new Match(row, List.of()),
                    EventType.DEMAND,
                    speakers,
                    targets,
                    new TreeSet<>(List.of(t, modal)),
                    false,
                    false);
            out.addAll(assemble(t, act, EventType.DEMAND, act.words(), date, paragraph));
        }
        return out;
    }

    /** The mode of the act at t with these trigger words and this source (rules 10, 13, 14, 16). */
    private EventMode mode(int t, Set<Integer> words, Arg source) {
        int head = triggerNoun(t) && carrier(t) >= 0 ? carrier(t) : t;
        if (negated(head) || negated(t) || words.stream().anyMatch(w -> w != t && negated(w) && verbTag(w))) {
            return EventMode.NEGATED; // also "vowed not to return": the act the frame governs is negated
        }
        if (question || insideRequest(t)) {
            return EventMode.HYPOTHETICAL;
        }
        List<Integer> path = new ArrayList<>();
        for (int x = head, steps = 0; x >= 0 && steps < 12; x = gov[x], steps++) {
            path.add(x);
        }
        for (int x : path) {
            if (hasChildWord(x, "mark", CONDITIONS) || hasChildWord(x, "aux", POSSIBLE)) {
                return EventMode.HYPOTHETICAL;
            }
        }
        for (int k = 0; k < path.size(); k++) {
            int x = path.get(k);
            if (k > 0 && flagged(x, Flag.SPEECH) && !isLight(x)) {
                return speakerIs(x, source) ? EventMode.ASSERTED : EventMode.REPORTED;
            }
            if (k > 0 && flagged(x, Flag.SPEECH) && isLight(x) && !rel[path.get(k - 1)].equals("obj")) {
                return speakerIs(x, source) ? EventMode.ASSERTED : EventMode.REPORTED;
            }
            for (int c : kids.get(x)) {
                if (rel[c].equals("parataxis") && flagged(c, Flag.SPEECH)
                        || rel[c].startsWith("obl") && caseOf(c).equals("according")) {
                    int speaker = rel[c].equals("parataxis") ? c : -1;
                    if (speaker < 0) {
                        return mentionsAt.get(c).stream()
                                        .anyMatch(mm -> mm.actor().id().equals(source.id()))
                                ? EventMode.ASSERTED
                                : EventMode.REPORTED;
                    }
                    return speakerIs(speaker, source) ? EventMode.ASSERTED : EventMode.REPORTED;
                }
            }
        }
        return EventMode.ASSERTED;
    }

    private boolean speakerIs(int speechVerb, Arg source) {
        int s = subjectToken(speechVerb, 0);
        if (s < 0 || pronoun(s)) {
            return s >= 0;
        }
        for (Arg a : args(s, Role.SOURCE, 0)) {
            if (a.id().equals(source.id())) {
                return true;
            }
        }
        return false;
    }

    private boolean negated(int x) {
        for (int c : kids.get(x)) {
            String r = rel[c];
            if ((r.equals("advmod") || r.equals("neg") || r.equals("aux") || r.equals("cc:preconj"))
                            && NEGATIONS.contains(word(c))
                    || r.equals("det") && word(c).equals("no")) {
                return true;
            }
        }
        return false;
    }
}
