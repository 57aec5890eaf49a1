package org.entente.events;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.entente.model.Token;

/**
 * The forms a token may match in the lexicon: its lemma, its lower-cased text, and that text with an English
 * inflection removed (regular endings, and the irregular verbs of foreign-policy prose), so an engine without a
 * lemmatizer finds the same triggers as one with. Stateless.
 */
final class Words {
    private Words() {}

    /** Past tenses and participles of irregular verbs, to their base form. */
    static final Map<String, String> IRREGULAR = Map.ofEntries(
            Map.entry("sent", "send"),
            Map.entry("met", "meet"),
            Map.entry("held", "hold"),
            Map.entry("gave", "give"),
            Map.entry("given", "give"),
            Map.entry("took", "take"),
            Map.entry("taken", "take"),
            Map.entry("made", "make"),
            Map.entry("said", "say"),
            Map.entry("says", "say"),
            Map.entry("told", "tell"),
            Map.entry("began", "begin"),
            Map.entry("begun", "begin"),
            Map.entry("brought", "bring"),
            Map.entry("fought", "fight"),
            Map.entry("struck", "strike"),
            Map.entry("sold", "sell"),
            Map.entry("led", "lead"),
            Map.entry("spoke", "speak"),
            Map.entry("spoken", "speak"),
            Map.entry("broke", "break"),
            Map.entry("broken", "break"),
            Map.entry("froze", "freeze"),
            Map.entry("frozen", "freeze"),
            Map.entry("shot", "shoot"),
            Map.entry("withdrew", "withdraw"),
            Map.entry("withdrawn", "withdraw"),
            Map.entry("forgave", "forgive"),
            Map.entry("forgiven", "forgive"),
            Map.entry("sought", "seek"),
            Map.entry("paid", "pay"),
            Map.entry("lent", "lend"),
            Map.entry("sank", "sink"),
            Map.entry("sunk", "sink"),
            Map.entry("won", "win"),
            Map.entry("lost", "lose"),
            Map.entry("bought", "buy"),
            Map.entry("chose", "choose"),
            Map.entry("chosen", "choose"),
            Map.entry("drew", "draw"),
            Map.entry("drawn", "draw"),
            Map.entry("threw", "throw"),
            Map.entry("thrown", "throw"),
            Map.entry("rose", "rise"),
            Map.entry("arose", "arise"),
            Map.entry("fled", "flee"),
            Map.entry("upheld", "uphold"),
            Map.entry("withheld", "withhold"),
            Map.entry("overran", "overrun"),
            Map.entry("undertook", "undertake"),
            Map.entry("undertaken", "undertake"),
            Map.entry("stood", "stand"),
            Map.entry("kept", "keep"),
            Map.entry("built", "build"),
            Map.entry("put", "put"),
            Map.entry("cut", "cut"),
            Map.entry("set", "set"),
            Map.entry("hit", "hit"),
            Map.entry("shut", "shut"),
            Map.entry("spent", "spend"),
            Map.entry("laid", "lay"),
            Map.entry("found", "find"),
            Map.entry("wrote", "write"),
            Map.entry("written", "write"),
            Map.entry("flew", "fly"),
            Map.entry("flown", "fly"),
            Map.entry("went", "go"),
            Map.entry("gone", "go"),
            Map.entry("came", "come"),
            Map.entry("did", "do"),
            Map.entry("done", "do"),
            Map.entry("got", "get"),
            Map.entry("gotten", "get"),
            Map.entry("became", "become"),
            Map.entry("knew", "know"),
            Map.entry("known", "know"),
            Map.entry("saw", "see"),
            Map.entry("seen", "see"),
            Map.entry("felt", "feel"),
            Map.entry("heard", "hear"),
            Map.entry("meant", "mean"),
            Map.entry("dealt", "deal"),
            Map.entry("beaten", "beat"),
            Map.entry("oversaw", "oversee"),
            Map.entry("overseen", "oversee"),
            Map.entry("hostilities", "hostilities"),
            Map.entry("crises", "crisis"),
            Map.entry("people", "people"),
            Map.entry("was", "be"),
            Map.entry("were", "be"),
            Map.entry("is", "be"),
            Map.entry("are", "be"),
            Map.entry("been", "be"),
            Map.entry("has", "have"),
            Map.entry("had", "have"));

    /** The lexicon keys of a token. */
    static Set<String> keys(Token token) {
        return keys(token.text(), token.lemma());
    }

    /** The lexicon keys of a word with its lemma (the text itself when the engine gives no lemma). */
    static Set<String> keys(String text, String lemma) {
        String w = text.toLowerCase(Locale.ROOT).replace('’', '\'');
        Set<String> keys = new LinkedHashSet<>(6);
        keys.add(w);
        keys.add(lemma.toLowerCase(Locale.ROOT));
        String irregular = IRREGULAR.get(w);
        if (irregular != null) {
            keys.add(irregular);
            return keys;
        }
        int n = w.length();
        if (n > 4 && w.endsWith("ies")) {
            keys.add(w.substring(0, n - 3) + "y"); // allies → ally
        }
        if (n > 3 && w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us") && !w.endsWith("is")) {
            keys.add(w.substring(0, n - 1)); // sanctions → sanction
            if (w.endsWith("es")) {
                keys.add(w.substring(0, n - 2)); // pushes → push
            }
        }
        if (n > 4 && w.endsWith("ied")) {
            keys.add(w.substring(0, n - 3) + "y"); // denied → deny
        } else if (n > 3 && w.endsWith("ed")) {
            keys.add(w.substring(0, n - 1)); // imposed → impose
            keys.add(w.substring(0, n - 2)); // condemned → condemn
            if (n > 5 && w.charAt(n - 3) == w.charAt(n - 4)) {
                keys.add(w.substring(0, n - 3)); // stopped → stop
            }
        }
        if (n > 5 && w.endsWith("ing")) {
            keys.add(w.substring(0, n - 3)); // shelling → shell
            keys.add(w.substring(0, n - 3) + "e"); // imposing → impose
            if (w.charAt(n - 4) == w.charAt(n - 5)) {
                keys.add(w.substring(0, n - 4)); // stopping → stop
            }
        }
        return keys;
    }
}
