package org.entente.nlp;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.entente.model.Dependency;
import org.entente.model.Sentence;
import org.entente.model.Token;

/**
 * A rule-based, shallow dependency structure from part-of-speech patterns, for the OpenNLP engine, which has no
 * parser: noun phrases are chunked from their tags (determiners, adjectives, nouns, a possessive 's inside), verb
 * groups from auxiliaries, negation and the main verb (or a copula and an adjective), and the chunks are linked by
 * the nearest-attachment rules of English word order: the noun phrase before a verb group is its subject (the
 * passive subject after be + participle), the one after it its object, a prepositional phrase attaches to the noun
 * phrase right before it or else to the verb, "to" + verb is an open complement (xcomp), a subject and verb right
 * after a verb or after "that" are a clausal complement (ccomp), "which/who/that" + verb a relative clause,
 * if/unless/when… + clause an adverbial clause, a second verb after "and" a conjunct, and a clause after a comma
 * with its own subject a parataxis ("…, officials said"). Noun phrases joined by commas and and/or are conjuncts.
 *
 * <p>The relation labels are those the CoreNLP parser gives (nsubj, nsubj:pass, obj, iobj, obl, nmod, nmod:poss,
 * case, det, amod, compound, nummod, conj, cc, aux, aux:pass, cop, advmod, mark, xcomp, ccomp, advcl, acl:relcl,
 * parataxis, compound:prt, punct, dep), so the event coder reads both alike. It reads Universal Dependencies tags
 * (the OpenNLP engine's) and Penn tags (mapped to UD). It loads nothing and takes microseconds per sentence; where
 * word order misleads it (long-distance attachments, reduced relatives) the structure is wrong, which the
 * evaluation measures.
 *
 * <p>Stateless and thread-safe.
 */
public final class ShallowDependencyParser implements DependencyParser {
    private static final Set<String> SUBORDINATORS = Set.of(
            "if",
            "unless",
            "when",
            "whenever",
            "because",
            "while",
            "although",
            "though",
            "after",
            "before",
            "since",
            "whether",
            "once",
            "until",
            "as");
    private static final Set<String> RELATIVES = Set.of("which", "who", "whom", "that");
    private static final Set<String> NEGATIONS = Set.of("not", "n't", "n’t", "never");
    private static final Set<String> PARTICLES = Set.of("out", "up", "down", "off", "back", "away", "forward");
    private static final Set<String> BE = Set.of(
            "be", "is", "are", "was", "were", "been", "being", "am", "'s", "’s", "'re", "’re", "get", "gets", "got",
            "gotten");
    private static final Set<String> POSSESSIVE_PRONOUNS = Set.of("my", "your", "his", "her", "its", "our", "their");
    private static final Set<String> APPROXIMATORS = Set.of(
            "more",
            "less",
            "fewer",
            "than",
            "over",
            "about",
            "nearly",
            "almost",
            "around",
            "roughly",
            "some",
            "up",
            "to",
            "at",
            "least",
            "approximately");
    private static final Set<String> TIME_WORDS = Set.of(
            "today",
            "yesterday",
            "tomorrow",
            "tonight",
            "monday",
            "tuesday",
            "wednesday",
            "thursday",
            "friday",
            "saturday",
            "sunday");
    private static final Set<String> MONTHS = Set.of(
            "january",
            "february",
            "march",
            "april",
            "may",
            "june",
            "july",
            "august",
            "september",
            "october",
            "november",
            "december");
    /** Prepositions of a destination or origin, which after an "of" phrase belong to the noun before it. */
    private static final Set<String> DIRECTIONS = Set.of("to", "from", "into");
    /** Verbs followed by a bare infinitive ("help defend"). */
    private static final Set<String> BARE_INFINITIVE = Set.of("help", "helps", "helped", "helping");
    /** Stems of verbs that take a clause without "that". */
    private static final List<String> COMPLEMENT_VERBS = List.of(
            "say",
            "tell",
            "announc",
            "claim",
            "believ",
            "think",
            "report",
            "warn",
            "insist",
            "argu",
            "not",
            "add",
            "stat",
            "confirm",
            "deni",
            "deny",
            "know",
            "hop",
            "fear",
            "expect",
            "suggest",
            "stress",
            "emphasi",
            "reiterat",
            "assert",
            "alleg",
            "declar",
            "indicat",
            "acknowledg",
            "admit",
            "explain",
            "writ",
            "recall",
            "predict",
            "reveal",
            "show",
            "conclud",
            "agre",
            "demand");

    @Override
    public List<Dependency> parse(Sentence sentence) {
        List<Token> tokens = sentence.tokens();
        if (tokens.isEmpty()) {
            return List.of();
        }
        return new Run(tokens).parse();
    }

    /** The coarse (UD) tag of a token: UD tags as they are, Penn tags mapped. */
    static String coarse(Token t) {
        String p = t.pos();
        String w = t.text().toLowerCase(Locale.ROOT);
        if (p.isEmpty()) {
            return !t.text().isEmpty() && Character.isUpperCase(t.text().charAt(0)) ? "PROPN" : "NOUN";
        }
        if (p.contains("+")) {
            p = p.substring(0, p.indexOf('+')); // a fused token such as "Ukraine's" (PROPN+PART)
        }
        if (p.equals(p.toUpperCase(Locale.ROOT))
                && p.length() >= 3
                && Character.isLetter(p.charAt(0))
                && Set.of(
                                "ADJ", "ADP", "ADV", "AUX", "CCONJ", "DET", "INTJ", "NOUN", "NUM", "PART", "PRON",
                                "PROPN", "PUNCT", "SCONJ", "SYM", "VERB")
                        .contains(p)) {
            return p;
        }
        if (p.startsWith("NNP")) {
            return "PROPN";
        }
        if (p.startsWith("NN")) {
            return "NOUN";
        }
        if (p.equals("MD")) {
            return "AUX";
        }
        if (p.startsWith("VB")) {
            return "VERB";
        }
        if (p.startsWith("JJ")) {
            return "ADJ";
        }
        if (p.startsWith("RB") || p.equals("WRB")) {
            return "ADV";
        }
        return switch (p) {
            case "IN" -> SUBORDINATORS.contains(w) || w.equals("that") ? "SCONJ" : "ADP";
            case "TO" -> "PART";
            case "DT", "PDT", "WDT" -> RELATIVES.contains(w) && p.equals("WDT") ? "PRON" : "DET";
            case "PRP", "PRP$", "WP", "WP$", "EX" -> "PRON";
            case "CD" -> "NUM";
            case "CC" -> "CCONJ";
            case "POS" -> "PART";
            case "RP" -> "ADP";
            case "UH" -> "INTJ";
            case "FW" -> "X";
            case "SYM", "$", "#" -> "SYM";
            default -> "PUNCT";
        };
    }

    /** One parse: the tokens, their tags and the arcs found so far. */
    private static final class Run {
        final List<Token> tokens;
        final int n;
        final String[] tag;
        final String[] word;
        final int[] gov;
        final String[] rel;
        /** chunk[i] = index of the noun-phrase head token i belongs to, or -1. */
        final int[] chunk;

        Run(List<Token> tokens) {
            this.tokens = tokens;
            this.n = tokens.size();
            tag = new String[n];
            word = new String[n];
            gov = new int[n];
            rel = new String[n];
            chunk = new int[n];
            Arrays.fill(gov, -2);
            Arrays.fill(chunk, -1);
            for (int i = 0; i < n; i++) {
                tag[i] = coarse(tokens.get(i));
                word[i] = tokens.get(i).text().toLowerCase(Locale.ROOT);
            }
            // words of time are adverbs, never part of a noun phrase ("renewed negotiations today"); a capitalised
            // word inside the sentence is a name, not a verb ("to Ecuador")
            for (int i = 0; i < n; i++) {
                if (i > 0
                        && tag[i].equals("VERB")
                        && Character.isUpperCase(tokens.get(i).text().charAt(0))
                        && !tokens.get(i - 1).text().equals("\"")
                        && !tokens.get(i - 1).text().equals(":")) {
                    tag[i] = "PROPN";
                }
            }
            // a hyphenated word the tagger called punctuation ("anti-aircraft"); "according to" is a preposition
            for (int i = 0; i < n; i++) {
                if (tag[i].equals("PUNCT") && word[i].chars().anyMatch(Character::isLetter)) {
                    tag[i] = i + 1 < n && (tag[i + 1].equals("NOUN") || tag[i + 1].equals("PROPN")) ? "ADJ" : "NOUN";
                }
                if (word[i].equals("according") && i + 1 < n && word[i + 1].equals("to")) {
                    tag[i] = "ADP";
                    tag[i + 1] = "FIXED";
                }
            }
            wordOrderTags();
            // "to" before a verb marks an infinitive, before anything else it is a preposition
            for (int i = 0; i < n; i++) {
                if (word[i].equals("to")
                        && (tag[i].equals("PART") || tag[i].equals("ADP"))
                        && !(i > 0 && word[i - 1].equals("according"))) {
                    int k = i + 1;
                    while (k < n && tag[k].equals("ADV")) {
                        k++;
                    }
                    tag[i] = k < n && (tag[k].equals("VERB") || tag[k].equals("AUX")) ? "PART" : "ADP";
                }
            }
            // tagger slips that word order corrects: "North Korea attacks South Korea" (a plural noun between proper
            // nouns is a verb), "held joint exercises" (a bare verb between a verb and a noun is an adjective)
            for (int i = 1; i + 1 < n; i++) {
                if (tag[i].equals("NOUN")
                        && word[i].endsWith("s")
                        && tag[i - 1].equals("PROPN")
                        && !possessiveWord(i - 1)
                        && (tag[i + 1].equals("PROPN") || tag[i + 1].equals("DET"))) {
                    tag[i] = "VERB";
                } else if (tag[i].equals("VERB")
                        && tag[i - 1].equals("VERB")
                        && tag[i + 1].equals("NOUN")
                        && !word[i].endsWith("s")
                        && !word[i].endsWith("ed")
                        && !word[i].endsWith("ing")
                        && !Set.of("help", "helped", "helps", "let", "make", "made", "see", "saw")
                                .contains(word[i - 1])) {
                    tag[i] = "ADJ";
                }
            }
            // auxiliaries the tagger called verbs: be/have/do before a verb or participle
            for (int i = 0; i < n; i++) {
                if (tag[i].equals("VERB")
                        && (BE.contains(word[i])
                                || Set.of("has", "have", "had", "do", "does", "did")
                                        .contains(word[i]))
                        && nextVerbLike(i) >= 0) {
                    tag[i] = "AUX";
                }
            }
        }

        /**
         * Tagger slips that the neighbouring words correct (each seen with the OpenNLP UD model): a participle after a
         * hyphen inside a word is an adjective ("war-torn", "peace-keeping"); after a verb or adjective and "to", a
         * word before a determiner or a phrase boundary is a verb ("offered to negotiate with", "to support the");
         * an adjective between a determiner and a preposition is a noun ("the curfew on"); "-ly" before a verb is
         * an adverb ("flatly rejected"); a bare verb after "a"/"an" and its modifiers is a noun ("a United Nations
         * appeal for"), and so is an "-s" verb closing a prepositional phrase ("of Serb refugees,"); a capitalised
         * possessive is a name ("Montenegro's"); a full stop inside a sentence after an abbreviation is part of it
         * ("the U.N. war crimes court").
         */
        private void wordOrderTags() {
            for (int i = 0; i < n; i++) {
                String ner = tokens.get(i).ner();
                if (!ner.isEmpty()
                        && !ner.equals("O")
                        && Character.isUpperCase(tokens.get(i).text().charAt(0))
                        && (tag[i].equals("VERB") || tag[i].equals("ADJ") || tag[i].equals("NOUN"))) {
                    tag[i] = "PROPN"; // a name the name finder found ("Trump imposed")
                } else if (i == 0 && tag[i].equals("VERB") && n > 1 && tag[1].equals("PROPN")) {
                    tag[i] = "PROPN"; // a name opening the sentence ("Wang Yi held")
                }
            }
            for (int i = 0; i < n; i++) {
                if (tag[i].equals("NOUN")
                        && PennTags.IRREGULAR_PAST.contains(word[i])
                        && i > 0
                        && tag[i - 1].equals("PROPN")
                        && (i + 1 == n || Set.of("ADP", "DET", "PUNCT", "PROPN").contains(tag[i + 1]))) {
                    tag[i] = "VERB"; // "Trump and Putin met at"
                }
            }
            for (int i = 0; i < n; i++) {
                String next = i + 1 < n ? tag[i + 1] : "PUNCT";
                if (i >= 2
                        && word[i - 1].equals("-")
                        && tokens.get(i - 1).begin() == tokens.get(i - 2).end()
                        && tokens.get(i).begin() == tokens.get(i - 1).end()
                        && tag[i].equals("VERB")
                        && (next.equals("NOUN") || next.equals("PROPN") || next.equals("ADJ"))) {
                    tag[i] = "ADJ";
                } else if (i >= 2
                        && word[i - 1].equals("to")
                        && (tag[i - 2].equals("VERB") || tag[i - 2].equals("ADJ"))
                        && (tag[i].equals("ADJ")
                                        && Set.of("DET", "ADP", "PRON", "PUNCT", "CCONJ", "VERB", "PART")
                                                .contains(next)
                                || tag[i].equals("NOUN")
                                        && (next.equals("DET")
                                                || i + 1 < n && POSSESSIVE_PRONOUNS.contains(word[i + 1])))) {
                    tag[i] = "VERB";
                } else if (i >= 1
                        && tag[i].equals("ADJ")
                        && tag[i - 1].equals("DET")
                        && (next.equals("ADP") || next.equals("PUNCT") || next.equals("CCONJ"))) {
                    tag[i] = "NOUN";
                } else if (tag[i].equals("NOUN") && word[i].endsWith("ly") && next.equals("VERB")) {
                    tag[i] = "ADV";
                } else if (tag[i].equals("ADV") && (word[i].equals("ally") || word[i].equals("allies"))) {
                    tag[i] = "NOUN";
                } else if (tag[i].equals("VERB")
                        && (next.equals("ADP") || next.equals("PUNCT"))
                        && afterModifiers(i, Set.of("a", "an"), Set.of("DET"))
                        && !word[i].endsWith("s")
                        && !word[i].endsWith("ed")
                        && !word[i].endsWith("ing")
                        && !PennTags.IRREGULAR_PAST.contains(word[i])) {
                    tag[i] = "NOUN";
                } else if (tag[i].equals("VERB")
                        && word[i].endsWith("s")
                        && (next.equals("ADP") || next.equals("PUNCT") || next.equals("CCONJ"))
                        && afterModifiers(i, null, Set.of("ADP"))) {
                    tag[i] = "NOUN";
                } else if ((tag[i].equals("PRON") || tag[i].equals("NOUN"))
                        && Character.isUpperCase(tokens.get(i).text().charAt(0))
                        && (word[i].endsWith("'s") || word[i].endsWith("’s"))) {
                    tag[i] = "PROPN";
                } else if (tag[i].equals("ADP")
                        && next.equals("VERB")
                        && i > 0
                        && (tag[i - 1].equals("AUX") || tag[i - 1].equals("ADV"))) {
                    tag[i] = "ADV"; // "has once again outright rejected"
                } else if (word[i].equals(".")
                        && i > 0
                        && i + 1 < n
                        && tokens.get(i).begin() == tokens.get(i - 1).end()
                        && word[i - 1].indexOf('.') > 0
                        && Character.isLowerCase(tokens.get(i + 1).text().charAt(0))) {
                    tag[i] = "X";
                }
            }
        }

        /**
         * True when the tokens right before i are one or more adjectives, names or nouns preceded by a token with one
         * of these words (any when null) and tags.
         */
        private boolean afterModifiers(int i, Set<String> words, Set<String> tags) {
            int k = i - 1;
            while (k >= 0 && (tag[k].equals("ADJ") || tag[k].equals("PROPN") || tag[k].equals("NOUN"))) {
                k--;
            }
            return k < i - 1 && k >= 0 && tags.contains(tag[k]) && (words == null || words.contains(word[k]));
        }

        private int nextVerbLike(int i) {
            for (int k = i + 1; k < n && k <= i + 3; k++) {
                if (tag[k].equals("VERB")) {
                    return k;
                }
                if (!tag[k].equals("ADV") && !tag[k].equals("PART") && !NEGATIONS.contains(word[k])) {
                    return -1;
                }
            }
            return -1;
        }

        private void link(int dependent, int governor, String relation) {
            if (dependent != governor && gov[dependent] == -2) {
                gov[dependent] = governor;
                rel[dependent] = relation;
            }
        }

        private void relink(int dependent, int governor, String relation) {
            gov[dependent] = governor;
            rel[dependent] = relation;
        }

        /** A unit of the sentence: a noun phrase, a verb group, or a single other token. */
        private record Unit(char kind, int first, int last, int head, boolean passive) {
            // kind: N noun phrase, V verb group (or copula + adjective), T other token
        }

        List<Dependency> parse() {
            List<Unit> units = units();
            clauses(units);
            int root = -1;
            for (int i = 0; i < n && root < 0; i++) {
                if (gov[i] == -1) {
                    root = i;
                }
            }
            if (root < 0) {
                root = firstUnattachedHead(units);
                gov[root] = -1;
                rel[root] = "root";
            }
            for (int i = 0; i < n; i++) {
                if (gov[i] == -2) {
                    gov[i] = root;
                    rel[i] = tag[i].equals("PUNCT") ? "punct" : "dep";
                }
            }
            breakCycles(root);
            List<Dependency> out = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                out.add(new Dependency(gov[i], i, rel[i]));
            }
            return out;
        }

        private int firstUnattachedHead(List<Unit> units) {
            for (Unit u : units) {
                if (u.kind() != 'T' && gov[u.head()] == -2) {
                    return u.head();
                }
            }
            for (int i = 0; i < n; i++) {
                if (gov[i] == -2) {
                    return i;
                }
            }
            return 0;
        }

        /** Any token whose governor chain loops is attached to the root instead. */
        private void breakCycles(int root) {
            for (int i = 0; i < n; i++) {
                int steps = 0;
                int k = i;
                while (k >= 0 && steps <= n) {
                    k = gov[k];
                    steps++;
                }
                if (steps > n && i != root) {
                    gov[i] = root;
                    rel[i] = "dep";
                }
            }
        }

        // ---------------------------------------------------------------------------------------- chunking

        private boolean nounLike(int i) {
            return tag[i].equals("NOUN")
                    || tag[i].equals("PROPN")
                    || tag[i].equals("NUM")
                    || tag[i].equals("PRON") && !POSSESSIVE_PRONOUNS.contains(word[i]) && !RELATIVES.contains(word[i]);
        }

        /** A fused possessive token ("Ukraine's" tagged PROPN+PART). */
        private boolean possessiveWord(int i) {
            return (tokens.get(i).pos().contains("+")
                            || tag[i].equals("PROPN")
                                    && Character.isUpperCase(
                                            tokens.get(i).text().charAt(0)))
                    && (word[i].endsWith("'s")
                            || word[i].endsWith("’s")
                            || word[i].endsWith("s'")
                            || word[i].endsWith("s’"));
        }

        private boolean possessiveMark(int i) {
            return word[i].equals("'s") || word[i].equals("’s") || word[i].equals("'") || word[i].equals("’");
        }

        /** True when token i may stand inside a noun phrase before its head. */
        private boolean premodifier(int i) {
            String t = tag[i];
            if (APPROXIMATORS.contains(word[i])
                    && !(word[i].equals("to") && (i == 0 || !word[i - 1].equals("up")))
                    && !(i > 0 && nounLike(i - 1) && !word[i].equals("than"))
                    && numberAhead(i + 1)) {
                return true; // "more than five hundred sanctions", "about ten thousand soldiers"
            }
            if ((t.equals("CCONJ") || word[i].equals(","))
                    && i > 0
                    && i + 1 < n
                    && tag[i - 1].equals("ADJ")
                    && tag[i + 1].equals("ADJ")) {
                return true; // "American and Russian delegations"
            }
            if (t.equals("DET")) {
                return true;
            }
            if (t.equals("PRON") && POSSESSIVE_PRONOUNS.contains(word[i])) {
                return true;
            }
            if (t.equals("ADJ")
                    || t.equals("NOUN")
                    || t.equals("PROPN")
                    || t.equals("NUM")
                    || t.equals("X")
                    || t.equals("SYM")) {
                return true;
            }
            if (t.equals("PART") && possessiveMark(i)) {
                return true;
            }
            if (t.equals("PUNCT") && (word[i].equals("-") || word[i].equals("–") || word[i].equals("/"))) {
                return i > 0 && i + 1 < n && (nounLike(i - 1) || tag[i - 1].equals("ADJ")) && premodifierOrHead(i + 1);
            }
            // a participle used as an adjective: "the proposed talks", "an armed conflict"
            return t.equals("VERB")
                    && (word[i].endsWith("ed") || word[i].endsWith("ing"))
                    && i > 0
                    && i + 1 < n
                    && (tag[i - 1].equals("DET") || tag[i - 1].equals("ADJ") || possessiveMark(i - 1))
                    && (tag[i + 1].equals("NOUN") || tag[i + 1].equals("PROPN"));
        }

        /** True when a number follows at k after approximators and "a" ("than a hundred thousand"). */
        private boolean numberAhead(int k) {
            while (k < n && (APPROXIMATORS.contains(word[k]) || word[k].equals("a"))) {
                k++;
            }
            return k < n && tag[k].equals("NUM");
        }

        private boolean premodifierOrHead(int i) {
            return nounLike(i) || tag[i].equals("ADJ") || tag[i].equals("DET");
        }

        private List<Unit> units() {
            List<Unit> units = new ArrayList<>();
            int i = 0;
            while (i < n) {
                int np = nounPhraseEnd(i);
                if (np >= i) {
                    units.add(nounPhrase(i, np));
                    i = np + 1;
                    continue;
                }
                int vg = verbGroupEnd(i);
                if (vg >= i) {
                    units.add(verbGroup(i, vg));
                    i = vg + 1;
                    continue;
                }
                units.add(new Unit('T', i, i, i, false));
                i++;
            }
            return units;
        }

        /** The last token of the noun phrase starting at i, or -1. */
        private int nounPhraseEnd(int i) {
            if (RELATIVES.contains(word[i]) && !tag[i].equals("DET")) {
                return -1;
            }
            if (TIME_WORDS.contains(word[i])) {
                return i; // "Tuesday", "today": a phrase of their own
            }
            int k = i;
            int lastHead = -1;
            while (k < n && (premodifier(k) || nounLike(k)) && !TIME_WORDS.contains(word[k])) {
                if (k > i && tag[k].equals("DET") && nounLike(k - 1)) {
                    break; // "give Tanzania a grant": a determiner starts a new phrase
                }
                if (nounLike(k)) {
                    lastHead = k;
                }
                if (tag[k].equals("PRON") && !POSSESSIVE_PRONOUNS.contains(word[k])) {
                    // a personal pronoun is a phrase of its own ("it", "they")
                    return k == i ? k : lastHead;
                }
                k++;
            }
            return lastHead;
        }

        private Unit nounPhrase(int first, int last) {
            // the head is the last noun-like token; a possessor (tokens before 's) gets its own head
            int head = last;
            for (int k = last; k >= first; k--) {
                if (nounLike(k) && !(k + 1 <= last && possessiveMark(k + 1)) && !(possessiveWord(k) && k < last)) {
                    head = k;
                    break;
                }
            }
            int segmentStart = first;
            for (int k = first; k <= last; k++) {
                if (possessiveWord(k) && k < last) {
                    attachPremodifiers(segmentStart, k - 1, k);
                    link(k, head, "nmod:poss");
                    segmentStart = k + 1;
                    continue;
                }
                if (possessiveMark(k) && tag[k].equals("PART") && k > first) {
                    int possessor = lastNounLike(segmentStart, k - 1);
                    if (possessor >= 0) {
                        attachPremodifiers(segmentStart, k - 1, possessor);
                        link(possessor, head, "nmod:poss");
                        link(k, possessor, "case");
                        chunkAll(segmentStart, k, head);
                    }
                    segmentStart = k + 1;
                }
            }
            attachPremodifiers(segmentStart, last, head);
            chunkAll(first, last, head);
            return new Unit('N', first, last, head, false);
        }

        private void chunkAll(int from, int to, int head) {
            for (int k = from; k <= to; k++) {
                chunk[k] = head;
            }
        }

        private int lastNounLike(int from, int to) {
            for (int k = to; k >= from; k--) {
                if (nounLike(k)) {
                    return k;
                }
            }
            return -1;
        }

        private void attachPremodifiers(int from, int to, int head) {
            for (int k = from; k <= to; k++) {
                if (k == head) {
                    continue;
                }
                if ((tag[k].equals("CCONJ") || word[k].equals(","))
                        && k > from
                        && k < to
                        && tag[k - 1].equals("ADJ")
                        && tag[k + 1].equals("ADJ")) {
                    int first = k - 1;
                    while (first - 2 >= from
                            && tag[first - 2].equals("ADJ")
                            && (word[first - 1].equals(",") || tag[first - 1].equals("CCONJ"))) {
                        first -= 2;
                    }
                    link(k, k + 1, tag[k].equals("CCONJ") ? "cc" : "punct");
                    link(k + 1, first, "conj");
                    continue;
                }
                String r = switch (tag[k]) {
                    case "DET" -> "det";
                    case "PRON" -> "nmod:poss";
                    case "ADJ", "VERB" -> "amod";
                    case "NUM" -> "nummod";
                    case "PUNCT" -> "punct";
                    default -> "compound";
                };
                link(k, head, r);
            }
        }

        /** The last token of the verb group starting at i, or -1: (AUX|ADV|not)* VERB, or a be-form + ADJ. */
        private int verbGroupEnd(int i) {
            int k = i;
            boolean sawAux = false;
            boolean sawBe = false;
            while (k < n
                    && (tag[k].equals("AUX")
                            || tag[k].equals("ADV") && (sawAux || k == i)
                            || NEGATIONS.contains(word[k]) && sawAux)) {
                if (tag[k].equals("AUX")) {
                    sawAux = true;
                    sawBe |= BE.contains(word[k]);
                }
                k++;
            }
            if (k < n && tag[k].equals("VERB")) {
                return k;
            }
            if (k < n && sawBe && tag[k].equals("ADJ")) {
                return k;
            }
            if (sawAux) {
                // an auxiliary alone (a copula before a noun phrase, "it is", an elliptical "will")
                int last = k - 1;
                while (last > i && !tag[last].equals("AUX")) {
                    last--;
                }
                return last;
            }
            return -1;
        }

        private Unit verbGroup(int first, int last) {
            int head = last;
            if (tag[head].equals("ADJ")
                    && participle(head)
                    && head > first
                    && BE.contains(word[head - 1])
                    && !(head + 1 < n && word[head + 1].equals("to"))) {
                tag[head] = "VERB"; // "were imposed" tagged as an adjective: a passive participle
            }
            boolean passive = false;
            boolean copula = tag[head].equals("ADJ") || tag[head].equals("AUX");
            if (tag[head].equals("VERB")) {
                for (int k = first; k < head; k++) {
                    if (tag[k].equals("AUX") && BE.contains(word[k])) {
                        passive = participle(head);
                    }
                }
            }
            for (int k = first; k < last; k++) {
                String r;
                if (NEGATIONS.contains(word[k]) || tag[k].equals("ADV")) {
                    r = "advmod";
                } else if (copula && BE.contains(word[k]) && tag[head].equals("ADJ")) {
                    r = "cop";
                } else if (passive && BE.contains(word[k]) && nextAuxOrVerb(k) == head) {
                    r = "aux:pass";
                } else {
                    r = "aux";
                }
                link(k, head, r);
            }
            return new Unit('V', first, last, head, passive);
        }

        private int nextAuxOrVerb(int k) {
            for (int j = k + 1; j < n; j++) {
                if (tag[j].equals("AUX") || tag[j].equals("VERB")) {
                    return j;
                }
            }
            return -1;
        }

        private boolean participle(int i) {
            String w = word[i];
            return w.endsWith("ed") || w.endsWith("en") || PennTags.IRREGULAR_PAST.contains(w);
        }

        // ---------------------------------------------------------------------------------------- clauses

        /** Links the units into clauses (see the class comment). */
        private void clauses(List<Unit> units) {
            coordinateNounPhrases(units);
            int verb = -1; // head of the current clause's predicate
            boolean verbPassive = false;
            int firstMain = -1; // head of the first main clause
            int subject = -1; // head of a noun phrase waiting for its verb
            int object = -1; // head of the current verb's object
            int previousNp = -1; // head of the last noun phrase (for PP attachment)
            int pendingPrep = -1; // a preposition waiting for its noun phrase
            boolean afterDate = false; // the last phrase was a date ("on Tuesday"): the next one is the verb's
            int beforeDate = -1; // the noun phrase before that date
            boolean prepAfterNp = false;
            int pendingMark = -1; // a subordinator (if, that…) waiting for its clause
            int pendingTo = -1; // "to" waiting for its verb
            int pendingCc = -1; // "and"/"or" between clauses
            boolean commaSinceVerb = false;
            List<int[]> subordinate = new ArrayList<>(); // {head, mark}
            for (int u = 0; u < units.size(); u++) {
                Unit unit = units.get(u);
                int h = unit.head();
                char previousKind = u > 0 ? units.get(u - 1).kind() : ' ';
                if (previousKind == 'N'
                        && u > 1
                        && "obl:tmod".equals(rel[units.get(u - 1).head()])) {
                    previousKind = units.get(u - 2).kind(); // "lifted Friday a blockade": the time is no object
                }
                if (unit.kind() == 'X') {
                    continue;
                }
                if (unit.kind() == 'N') {
                    if (gov[h] != -2 && rel[h].equals("conj")) {
                        previousNp = h; // a later conjunct, attached to the first one
                        continue;
                    }
                    if (pendingPrep >= 0 && date(h) && verb >= 0) {
                        // "on Wednesday", "in late February": the verb's, and no host for the next phrase
                        link(pendingPrep, h, "case");
                        link(h, verb, "obl");
                        pendingPrep = -1;
                        afterDate = true;
                        beforeDate = previousNp;
                        continue;
                    }
                    if (pendingPrep >= 0
                            && DIRECTIONS.contains(word[pendingPrep])
                            && afterDate
                            && beforeDate >= 0
                            && gov[beforeDate] != -2) {
                        // "sales in late February to Iran": the destination is that of the phrase before the date
                        link(pendingPrep, h, "case");
                        link(h, ofHost(beforeDate), "nmod");
                        pendingPrep = -1;
                        previousNp = h;
                        afterDate = false;
                        continue;
                    }
                    boolean justAfterDate = afterDate;
                    afterDate = false;
                    if (pendingPrep >= 0
                            && DIRECTIONS.contains(word[pendingPrep])
                            && prepAfterNp
                            && previousNp >= 0
                            && ofHost(previousNp) != previousNp) {
                        // "the delivery of grain and flour to Afghanistan": the destination is the delivery's
                        link(pendingPrep, h, "case");
                        link(h, ofHost(previousNp), "nmod");
                        pendingPrep = -1;
                        previousNp = h;
                        continue;
                    }
                    if (pendingPrep >= 0) {
                        link(pendingPrep, h, "case");
                        boolean agent = word[pendingPrep].equals("by") && verbPassive && verb >= 0;
                        if (agent) {
                            link(h, verb, "obl");
                        } else if ((word[pendingPrep].equals("of") || prepAfterNp) && previousNp >= 0) {
                            link(h, previousNp, "nmod");
                        } else if (verb >= 0 && (!commaSinceVerb || subject < 0)) {
                            link(h, verb, "obl");
                        } else if (previousNp >= 0) {
                            link(h, previousNp, "nmod");
                        }
                        pendingPrep = -1;
                        previousNp = h;
                        continue;
                    }
                    if (TIME_WORDS.contains(word[h])) {
                        if (verb >= 0) {
                            link(h, verb, "obl:tmod");
                        }
                        continue;
                    }
                    if (verb >= 0
                            && subject < 0
                            && !commaSinceVerb
                            && object < 0
                            && (previousKind == 'V' || justAfterDate)
                            && pendingMark < 0
                            && pendingCc < 0) {
                        link(h, verb, "obj");
                        object = h;
                    } else if (verb >= 0
                            && object >= 0
                            && previousKind == 'N'
                            && units.get(u - 1).head() == object
                            && "obj".equals(rel[object])
                            && !tag[h].equals("PRON")) {
                        relink(object, verb, "iobj"); // "give Tanzania a grant"
                        link(h, verb, "obj");
                        object = h;
                    } else if (subject >= 0
                            && verb < 0
                            && u >= 2
                            && units.get(u - 1).kind() == 'T'
                            && word[units.get(u - 1).head()].equals(",")
                            && units.get(u - 2).head() == subject
                            && tag[unit.first()].equals("DET")) {
                        link(units.get(u - 1).head(), h, "punct");
                        link(h, subject, "appos"); // "Pakistan, a key ally of…, has refused"
                    } else {
                        subject = h;
                    }
                    previousNp = h;
                    continue;
                }
                if (unit.kind() == 'V') {
                    int head = h;
                    if (tag[h].equals("AUX")
                            && BE.contains(word[h])
                            && u + 1 < units.size()
                            && units.get(u + 1).kind() == 'N') {
                        // a copula: the noun phrase after it heads the clause ("Russia is a threat to Japan")
                        head = units.get(u + 1).head();
                        link(h, head, "cop");
                        units.set(u + 1, new Unit('X', head, head, head, false));
                        previousNp = head;
                    }
                    int relative = relativeBefore(units, u);
                    boolean complementSubject = object >= 0
                            && previousKind == 'N'
                            && units.get(u - 1).head() == object
                            && "obj".equals(rel[object])
                            && (startsWithAux(unit) || takesComplement(verb));
                    boolean bareInfinitive = previousKind == 'V'
                            && BARE_INFINITIVE.contains(word[units.get(u - 1).head()])
                            && !startsWithAux(unit);
                    boolean reducedRelative = unit.first() == unit.last()
                            && tag[head].equals("VERB")
                            && (word[head].endsWith("ed") || PennTags.IRREGULAR_PAST.contains(word[head]))
                            && previousKind == 'N'
                            && verb >= 0
                            && gov[units.get(u - 1).head()] != -2
                            && u + 1 < units.size()
                            && word[units.get(u + 1).head()].equals("by");
                    if (bareInfinitive) {
                        link(head, units.get(u - 1).head(), "xcomp"); // "to help defend"
                    } else if (reducedRelative) {
                        // "dismissed the ultimatum issued by Trump": a participle with an agent on the noun before it
                        link(head, units.get(u - 1).head(), "acl");
                        verb = head;
                        verbPassive = true;
                        subject = -1;
                        object = -1;
                        pendingMark = -1;
                        pendingTo = -1;
                        pendingCc = -1;
                        commaSinceVerb = false;
                        continue;
                    } else if (complementSubject) {
                        // "says it is willing": the object was the subject of a complement clause
                        relink(object, head, unit.passive() ? "nsubj:pass" : "nsubj");
                        link(head, verb, "ccomp");
                    } else if (pendingTo >= 0 && subject < 0) {
                        link(pendingTo, head, "mark");
                        if (verb >= 0) {
                            link(head, verb, "xcomp");
                        } else {
                            subordinate.add(new int[] {head, pendingTo});
                        }
                    } else if (relative >= 0 && subject < 0) {
                        link(relative, head, unit.passive() ? "nsubj:pass" : "nsubj");
                        int before = relative - 1;
                        if (before >= 0 && word[before].equals(",")) {
                            before--;
                        }
                        int antecedent = before >= 0 ? chunk[before] : -1;
                        if (antecedent >= 0) {
                            link(head, antecedent, "acl:relcl");
                        }
                    } else {
                        if (subject >= 0) {
                            link(subject, head, unit.passive() ? "nsubj:pass" : "nsubj");
                        }
                        if (pendingMark >= 0 && word[pendingMark].equals("that") && verb >= 0) {
                            link(pendingMark, head, "mark");
                            link(head, verb, "ccomp");
                        } else if (pendingMark >= 0) {
                            link(pendingMark, head, "mark");
                            subordinate.add(new int[] {head, pendingMark});
                        } else if (pendingCc >= 0 && verb >= 0) {
                            link(pendingCc, head, "cc");
                            link(head, verb, "conj");
                        } else if (firstMain < 0) {
                            firstMain = head;
                            gov[head] = -1;
                            rel[head] = "root";
                        } else if (verb >= 0 && subject >= 0 && !commaSinceVerb && takesComplement(verb)) {
                            link(head, verb, "ccomp"); // "said on Tuesday it had halted aid"
                        } else {
                            link(head, firstMain, "parataxis");
                        }
                    }
                    verb = head;
                    verbPassive = unit.passive();
                    subject = -1;
                    object = -1;
                    pendingMark = -1;
                    pendingTo = -1;
                    pendingCc = -1;
                    commaSinceVerb = false;
                    // a particle right after the verb ("carried out attacks")
                    if (u + 1 < units.size()
                            && units.get(u + 1).kind() == 'T'
                            && PARTICLES.contains(word[units.get(u + 1).head()])
                            && tag[units.get(u + 1).head()].equals("ADP")) {
                        int particle = units.get(u + 1).head();
                        link(particle, head, "compound:prt");
                        units.set(u + 1, new Unit('X', particle, particle, particle, false));
                        u++;
                        // the phrase after a particle is the verb's object
                        previousKind = 'V';
                        if (u + 1 < units.size()
                                && units.get(u + 1).kind() == 'N'
                                && !(gov[units.get(u + 1).head()] != -2)) {
                            int o = units.get(u + 1).head();
                            link(o, head, "obj");
                            object = o;
                            previousNp = o;
                            u++;
                        }
                    }
                    continue;
                }
                if (gov[h] != -2) {
                    continue; // a comma or conjunction of coordinated noun phrases
                }
                String w = word[h];
                String t = tag[h];
                if (t.equals("ADP")) {
                    pendingPrep = h;
                    prepAfterNp = (previousKind == 'N' || previousKind == 'X' && previousNp >= 0) && !afterDate;
                } else if (t.equals("PART") && w.equals("to")) {
                    pendingTo = h;
                } else if (NEGATIONS.contains(w)
                        && u + 2 < units.size()
                        && units.get(u + 1).kind() == 'T'
                        && word[units.get(u + 1).head()].equals("to")
                        && units.get(u + 2).kind() == 'V') {
                    link(h, units.get(u + 2).head(), "advmod"); // "urged China not to provide…"
                } else if (t.equals("FIXED")) {
                    link(h, h - 1, "fixed");
                } else if (t.equals("SCONJ") || SUBORDINATORS.contains(w) || w.equals("that") && verb >= 0) {
                    pendingMark = h;
                    subject = -1;
                } else if (t.equals("CCONJ")) {
                    pendingCc = h;
                    subject = -1;
                } else if (t.equals("PUNCT")) {
                    if (w.equals(";") || w.equals(":")) {
                        verb = -1;
                        subject = -1;
                        object = -1;
                        previousNp = -1;
                    } else if (w.equals(",")) {
                        commaSinceVerb = verb >= 0;
                    }
                }
            }
            for (int[] s : subordinate) {
                if (gov[s[0]] == -2) {
                    if (firstMain >= 0 && firstMain != s[0]) {
                        link(s[0], firstMain, "advcl");
                    } else {
                        gov[s[0]] = -1;
                        rel[s[0]] = "root";
                        firstMain = s[0];
                    }
                }
            }
        }

        /** True for a word of a day, month or year ("Wednesday", "late February", "1999"). */
        private boolean date(int h) {
            return TIME_WORDS.contains(word[h])
                    || MONTHS.contains(word[h])
                            && Character.isUpperCase(tokens.get(h).text().charAt(0))
                    || tag[h].equals("NUM") && word[h].matches("(19|20)\\d\\d");
        }

        /** The noun an "of" phrase (or a conjunct of one) modifies, up the chain: "delivery" for "of grain". */
        private int ofHost(int x) {
            int k = x;
            for (int steps = 0; steps < 10; steps++) {
                if ("conj".equals(rel[k]) && gov[k] >= 0) {
                    k = gov[k];
                } else if ("nmod".equals(rel[k]) && gov[k] >= 0 && caseWord(k).equals("of")) {
                    k = gov[k];
                } else {
                    break;
                }
            }
            return k;
        }

        private String caseWord(int x) {
            for (int k = x - 1; k >= 0 && k >= x - 8; k--) {
                if (gov[k] == x && "case".equals(rel[k])) {
                    return word[k];
                }
            }
            return "";
        }

        private boolean startsWithAux(Unit unit) {
            return tag[unit.first()].equals("AUX")
                    || tag[unit.first()].equals("ADV")
                            && unit.first() < unit.last()
                            && tag[unit.first() + 1].equals("AUX");
        }

        /** True for a verb that takes a clause without "that" ("said China violated…", "warned it would…"). */
        private boolean takesComplement(int verb) {
            if (verb < 0) {
                return false;
            }
            String w = word[verb];
            for (String stem : COMPLEMENT_VERBS) {
                if (w.startsWith(stem)) {
                    return true;
                }
            }
            return PennTags.IRREGULAR_PAST.contains(w)
                    && Set.of("said", "told", "thought", "felt", "knew", "heard", "saw", "wrote")
                            .contains(w);
        }

        /** The relative pronoun right before unit u (after an optional comma-free gap), or -1. */
        private int relativeBefore(List<Unit> units, int u) {
            if (u == 0) {
                return -1;
            }
            Unit before = units.get(u - 1);
            int k = before.head();
            if (before.kind() == 'T' && RELATIVES.contains(word[k]) && k > 0) {
                return k;
            }
            return -1;
        }

        /** Noun phrases joined by commas and and/or: the later heads become conjuncts of the first. */
        private void coordinateNounPhrases(List<Unit> units) {
            for (int u = 0; u < units.size(); u++) {
                if (units.get(u).kind() != 'N') {
                    continue;
                }
                List<Integer> heads = new ArrayList<>(List.of(units.get(u).head()));
                List<Integer> separators = new ArrayList<>();
                int v = u + 1;
                int end = -1;
                while (v + 1 < units.size()) {
                    Unit sep = units.get(v);
                    Unit next = units.get(v + 1);
                    if (sep.kind() != 'T') {
                        break;
                    }
                    String s = word[sep.head()];
                    if (s.equals(",")
                            && next.kind() == 'T'
                            && tag[next.head()].equals("CCONJ")
                            && v + 2 < units.size()
                            && units.get(v + 2).kind() == 'N') {
                        separators.add(sep.head());
                        separators.add(next.head());
                        heads.add(units.get(v + 2).head());
                        end = v + 2;
                        break;
                    }
                    if (next.kind() != 'N') {
                        break;
                    }
                    if (tag[sep.head()].equals("CCONJ")) {
                        separators.add(sep.head());
                        heads.add(next.head());
                        end = v + 1;
                        break;
                    }
                    if (!s.equals(",")) {
                        break;
                    }
                    separators.add(sep.head());
                    heads.add(next.head());
                    v += 2;
                }
                if (end < 0 && heads.size() >= 3) {
                    end = v - 1; // three or more phrases in a row: a list even when its "and" is missing or far
                }
                if (end < 0 || heads.size() < 2) {
                    continue;
                }
                int first = heads.get(0);
                for (int k = 1; k < heads.size(); k++) {
                    link(heads.get(k), first, "conj");
                }
                for (int sep : separators) {
                    link(sep, first, tag[sep].equals("CCONJ") ? "cc" : "punct");
                }
                u = end;
            }
        }
    }
}
