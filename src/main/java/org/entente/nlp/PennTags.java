package org.entente.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.entente.model.Token;

/**
 * Penn Treebank tags for a sentence's tokens: the CoreNLP engine's tags as they are, the OpenNLP engine's Universal
 * Dependencies tags mapped. UD has one tag where Penn has several (VERB: VB, VBD, VBG, VBN, VBP, VBZ; NOUN: NN,
 * NNS), so the mapping reads the word's ending and the auxiliary before it ("has sent" VBN, "sent" VBD,
 * "sends" VBZ, "to send" VB). An empty tag (a sentence the OpenNLP engine did not tag) becomes NNP for a capitalised
 * word and NN otherwise. Stateless.
 */
final class PennTags {
    private PennTags() {}

    private static final Set<String> MODALS = Set.of(
            "will", "would", "can", "could", "may", "might", "shall", "should", "must", "'ll", "’ll", "'d", "’d", "wo",
            "ca");
    private static final Set<String> PERFECT_OR_PASSIVE = Set.of(
            "have", "has", "had", "having", "be", "is", "are", "was", "were", "been", "being", "am", "'s", "’s", "'ve",
            "’ve", "get", "got", "gets");
    private static final Set<String> BASE_BEFORE = Set.of("to", "do", "does", "did", "n't", "not", "never");
    /** Irregular past tenses and participles. */
    static final Set<String> IRREGULAR_PAST = Set.of(
            "sent",
            "met",
            "held",
            "gave",
            "given",
            "took",
            "taken",
            "made",
            "said",
            "told",
            "began",
            "begun",
            "brought",
            "fought",
            "struck",
            "stricken",
            "sold",
            "bought",
            "led",
            "left",
            "lost",
            "won",
            "spoke",
            "spoken",
            "broke",
            "broken",
            "chose",
            "chosen",
            "drove",
            "driven",
            "froze",
            "frozen",
            "shot",
            "stood",
            "withdrew",
            "withdrawn",
            "undertook",
            "undertaken",
            "forgave",
            "forgiven",
            "forbade",
            "forbidden",
            "sought",
            "thought",
            "kept",
            "built",
            "hit",
            "cut",
            "put",
            "set",
            "let",
            "shut",
            "spent",
            "lent",
            "paid",
            "laid",
            "found",
            "rose",
            "risen",
            "fell",
            "fallen",
            "saw",
            "seen",
            "knew",
            "known",
            "went",
            "gone",
            "came",
            "done",
            "got",
            "gotten",
            "became",
            "become",
            "overran",
            "overrun",
            "rode",
            "ridden",
            "wrote",
            "written",
            "flew",
            "flown",
            "threw",
            "thrown",
            "grew",
            "grown",
            "drew",
            "drawn",
            "sank",
            "sunk",
            "bore",
            "borne",
            "swore",
            "sworn",
            "tore",
            "torn",
            "wore",
            "worn",
            "ran",
            "read",
            "heard",
            "felt",
            "meant",
            "dealt",
            "sat",
            "fed",
            "fled",
            "bound",
            "wound",
            "upheld",
            "withheld",
            "oversaw",
            "overseen",
            "arose",
            "arisen",
            "rebuilt",
            "strove",
            "striven",
            "beat",
            "beaten");

    private static final Set<String> POSSESSIVE_PRONOUNS = Set.of("my", "your", "his", "her", "its", "our", "their");
    private static final Set<String> WH = Set.of("who", "whom", "what", "whoever");

    /** The Penn tags of the tokens, in order. */
    static List<String> of(List<Token> tokens) {
        List<String> out = new ArrayList<>(tokens.size());
        for (int i = 0; i < tokens.size(); i++) {
            out.add(tag(tokens, i, out));
        }
        return out;
    }

    private static String tag(List<Token> tokens, int i, List<String> before) {
        Token t = tokens.get(i);
        String w = t.text().toLowerCase(Locale.ROOT);
        String pos = t.pos();
        return switch (pos) {
            case "" -> !t.text().isEmpty() && Character.isUpperCase(t.text().charAt(0)) ? "NNP" : "NN";
            case "PROPN" -> "NNP";
            case "NOUN" ->
                w.length() > 3 && w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us") && !w.endsWith("is")
                        ? "NNS"
                        : "NN";
            case "VERB" -> verb(tokens, i, w, before);
            case "AUX" -> aux(w);
            case "ADJ" -> w.endsWith("est") && w.length() > 5 ? "JJS" : "JJ";
            case "ADV" -> Set.of("how", "when", "where", "why").contains(w) ? "WRB" : "RB";
            case "ADP" -> w.equals("to") ? "TO" : "IN";
            case "PART" ->
                w.equals("to")
                        ? "TO"
                        : w.equals("'s") || w.equals("’s") || w.equals("'") || w.equals("’")
                                ? "POS"
                                : w.equals("not") || w.equals("n't") || w.equals("n’t") ? "RB" : "RP";
            case "DET" -> w.equals("which") || w.equals("whatever") ? "WDT" : w.equals("whose") ? "WP$" : "DT";
            case "PRON" ->
                POSSESSIVE_PRONOUNS.contains(w)
                        ? "PRP$"
                        : WH.contains(w)
                                ? "WP"
                                : w.equals("which") || w.equals("that") ? "WDT" : w.equals("there") ? "EX" : "PRP";
            case "NUM" -> "CD";
            case "CCONJ" -> "CC";
            case "SCONJ" -> "IN";
            case "INTJ" -> "UH";
            case "SYM" -> w.equals("$") ? "$" : "SYM";
            case "X" -> "FW";
            case "PUNCT" -> punct(t.text());
            default -> pos; // already a Penn tag
        };
    }

    private static String verb(List<Token> tokens, int i, String w, List<String> before) {
        if (w.endsWith("ing")) {
            return "VBG";
        }
        String previous = previousNonAdverb(tokens, i, before);
        boolean past = w.endsWith("ed") || IRREGULAR_PAST.contains(w);
        if (past) {
            return PERFECT_OR_PASSIVE.contains(previous) ? "VBN" : "VBD";
        }
        if (MODALS.contains(previous) || BASE_BEFORE.contains(previous)) {
            return "VB";
        }
        return w.endsWith("s") && !w.endsWith("ss") ? "VBZ" : "VBP";
    }

    /** The lower-cased word before token i, skipping adverbs ("has also sent"). */
    private static String previousNonAdverb(List<Token> tokens, int i, List<String> before) {
        for (int k = i - 1; k >= 0; k--) {
            if (!before.get(k).startsWith("RB")) {
                return tokens.get(k).text().toLowerCase(Locale.ROOT);
            }
        }
        return "";
    }

    private static String aux(String w) {
        if (MODALS.contains(w)) {
            return "MD";
        }
        return switch (w) {
            case "is", "has", "does", "'s", "’s" -> "VBZ";
            case "are", "am", "have", "do", "'re", "’re", "'ve", "’ve", "'m", "’m" -> "VBP";
            case "was", "were", "had", "did" -> "VBD";
            case "been", "done" -> "VBN";
            case "being", "having", "doing" -> "VBG";
            default -> "VB";
        };
    }

    private static String punct(String text) {
        return switch (text) {
            case ",", "、" -> ",";
            case ".", "!", "?", "。" -> ".";
            case "(", "[", "{" -> "-LRB-";
            case ")", "]", "}" -> "-RRB-";
            case "\"", "“", "``", "«" -> "``";
            case "”", "''", "»", "'", "’", "‘" -> "''";
            case "$" -> "$";
            case "#" -> "#";
            default -> ":";
        };
    }
}
