package org.entente.actors;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.WeakHashMap;
import org.entente.model.ActorType;

/**
 * Latin-script names inside Korean, Japanese, Chinese and Russian text ("PNG 등록 항공사", "санкции USA", "NATO と
 * EU"): a language bundle also matches the dictionary's own (English) forms where the text writes a run of Latin
 * letters, at Latin word boundaries (a Latin form may not begin or end next to another Latin letter or digit, but
 * may touch the other script: "EU와", "NATOの"), with the English case rules: a form as listed or all in capitals
 * ("RUSSIA"), an abbreviation in capitals only ("US", never "us"). The language's own Latin forms (UN, G7) and
 * phrases win over the dictionary's; the dictionary's Latin exclusions ("Bank of China", "South China Sea")
 * apply too, so a run holds at most one mention per character and offsets are those of the text.
 *
 * <p>Left out: capitals, demonyms and combining forms (in a run of Latin letters inside other text they are
 * mostly names of firms, teams and people: "Air China", "Korean Air", "Paris Baguette") and forms marked {@code ~}
 * (also a given name or a common word: "Chad", "Jordan").
 *
 * <p>Stateless and thread-safe.
 */
public final class LatinRuns {
    private LatinRuns() {}

    /**
     * The language's forms with the dictionary's Latin forms and exclusions added after its own.
     *
     * @param dictionary the loaded dictionary
     * @param forms      the language's forms
     * @return the forms to match
     */
    public static LanguageForms addTo(ActorDictionary dictionary, LanguageForms forms) {
        Latin latin = latinOf(dictionary);
        Set<String> listed = new HashSet<>();
        forms.aliases().forEach(a -> listed.add(a.form()));
        List<Alias> aliases =
                new ArrayList<>(forms.aliases().size() + latin.aliases().size());
        aliases.addAll(forms.aliases());
        for (Alias alias : latin.aliases()) {
            if (!listed.contains(alias.form())) {
                aliases.add(alias); // the language's own Latin forms (UN, G7) win
            }
        }
        Set<String> exclusions = new LinkedHashSet<>(forms.exclusions());
        exclusions.addAll(latin.exclusions());
        return new LanguageForms(
                forms.language(),
                List.copyOf(aliases),
                forms.nameClasses(),
                List.copyOf(exclusions),
                forms.leadersBySurname(),
                forms.placeWords());
    }

    /** The dictionary's Latin forms and exclusions, computed once per dictionary for all the languages. */
    private record Latin(List<Alias> aliases, List<String> exclusions) {}

    private static final Map<ActorDictionary, Latin> LATIN = Collections.synchronizedMap(new WeakHashMap<>());

    private static Latin latinOf(ActorDictionary dictionary) {
        return LATIN.computeIfAbsent(dictionary, d -> {
            Set<String> seen = new HashSet<>();
            List<Alias> aliases = new ArrayList<>();
            for (Alias alias : d.aliases()) {
                if (!counts(alias)) {
                    continue;
                }
                Set<String> written = new LinkedHashSet<>();
                written.add(alias.form());
                if (alias.kind() != AliasKind.ABBREVIATION) {
                    written.add(alias.form().toUpperCase(Locale.ROOT));
                }
                for (String w : written) {
                    if (seen.add(w)) {
                        aliases.add(
                                new Alias(w, alias.actor(), alias.kind(), alias.ambiguous(), false, alias.origin()));
                    }
                }
            }
            List<String> exclusions = new ArrayList<>();
            for (String phrase : d.exclusions()) {
                if (latinPhrase(phrase)) {
                    exclusions.add(phrase);
                }
            }
            return new Latin(List.copyOf(aliases), List.copyOf(exclusions));
        });
    }

    /** Whether a dictionary form is matched in Latin runs. */
    private static boolean counts(Alias alias) {
        if (alias.personLike() || !latinPhrase(alias.form())) {
            return false;
        }
        return switch (alias.kind()) {
            case NAME, ALIAS, ABBREVIATION ->
                alias.actor().type() != ActorType.LEADER || alias.form().indexOf(' ') > 0;
            default -> false;
        };
    }

    /** Whether a phrase is written in Latin letters only (with digits, spaces and the punctuation of names). */
    static boolean latinPhrase(String phrase) {
        boolean letter = false;
        for (int i = 0; i < phrase.length(); i++) {
            char c = phrase.charAt(i);
            if (latin(c)) {
                letter |= Character.isLetter(c);
            } else if (" .'’-&,()".indexOf(c) < 0) {
                return false;
            }
        }
        return letter;
    }

    /** A letter or digit of the Latin script (Basic Latin to Latin Extended-B, and full-width forms). */
    public static boolean latin(char c) {
        return (c < 0x250 || c >= 0xFF10 && c <= 0xFF5A) && Character.isLetterOrDigit(c);
    }

    /**
     * Whether a form may begin at {@code i} when its first character is Latin: not after a Latin letter or digit.
     *
     * @param text the text
     * @param i    where the form would begin
     * @return whether {@code i} is a Latin word start
     */
    public static boolean mayBegin(CharSequence text, int i) {
        return i == 0 || !latin(text.charAt(i - 1));
    }

    /**
     * Whether a form may end at {@code j} when its last character is Latin: not before a Latin letter or digit.
     *
     * @param text the text
     * @param j    where the form would end (exclusive)
     * @return whether {@code j} is a Latin word end
     */
    public static boolean mayEnd(CharSequence text, int j) {
        return j == text.length() || !latin(text.charAt(j));
    }

    /**
     * Whether a state's Latin abbreviation ends the Latin or katakana name of something else: written right after
     * katakana (デジタル・アウェアネスUK) or after two or more capitalised Latin words with no capitalised word after it
     * ("Digital Awareness UK"), as the English rules read an abbreviation that ends an organisation's name.
     *
     * @param text  the text
     * @param alias the form found
     * @param begin where it begins
     * @param end   where it ends
     */
    static boolean endsOtherName(String text, Alias alias, int begin, int end) {
        if (alias.kind() != AliasKind.ABBREVIATION || begin == 0 || !latin(text.charAt(begin))) {
            return false;
        }
        char before = text.charAt(begin - 1);
        if (before >= 0x30A1 && before <= 0x30FA || before == 0x30FC) {
            return true;
        }
        int words = 0;
        int i = begin;
        while (i > 1 && text.charAt(i - 1) == ' ' && Character.isUpperCase(text.charAt(wordStart(text, i - 1)))) {
            int start = wordStart(text, i - 1);
            if (start == i - 1) {
                break;
            }
            words++;
            i = start;
        }
        boolean capitalAfter = end + 1 < text.length()
                && text.charAt(end) == ' '
                && latin(text.charAt(end + 1))
                && Character.isUpperCase(text.charAt(end + 1));
        return words >= 2 && !capitalAfter;
    }

    /** The start of the Latin word that ends at {@code end} (exclusive). */
    private static int wordStart(String text, int end) {
        int i = end;
        while (i > 0 && latin(text.charAt(i - 1))) {
            i--;
        }
        return i;
    }
}
