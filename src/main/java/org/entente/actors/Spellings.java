package org.entente.actors;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The other ways a dictionary form with letters beyond ASCII is written: without its diacritics ("Erdogan" for
 * "Erdoğan", "Lopez Obrador" for "López Obrador") and as UTF-8 mis-decoded as Windows-1252 ("ErdoÄŸan"), as
 * the extracted text holds it (NFKC), so that the resolver finds them without a variant listed for each.
 *
 * <p>Stateless and thread-safe.
 */
final class Spellings {
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private Spellings() {}

    /** The form's other spellings (none for an ASCII form), without the form itself. */
    static Set<String> of(String form) {
        Set<String> out = new LinkedHashSet<>();
        if (ascii(form)) {
            return out;
        }
        out.add(withoutDiacritics(form));
        // as the document's text is written: NFKC, soft hyphens dropped ("WilmÃ¨s" becomes "WilmÃ ̈s")
        String misdecoded = asExtracted(new String(form.getBytes(StandardCharsets.UTF_8), WINDOWS_1252));
        if (misdecoded.indexOf('\uFFFD') < 0) {
            out.add(misdecoded);
        }
        out.remove(form);
        return out;
    }

    /** Whether every character of a form is ASCII (most forms: a loop, as start-up asks for every form). */
    static boolean ascii(String form) {
        for (int i = 0; i < form.length(); i++) {
            if (form.charAt(i) >= 128) {
                return false;
            }
        }
        return true;
    }

    /**
     * A name as the extractors write text (extract.TextAssembler): NFKC, every space character a space, soft hyphens
     * and control characters dropped. Kept here so that the resolver does not depend on the extractors.
     */
    private static String asExtracted(String name) {
        StringBuilder out = new StringBuilder(name.length());
        for (char c : Normalizer.normalize(name, Normalizer.Form.NFKC).toCharArray()) {
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                out.append(' ');
            } else if (!Character.isISOControl(c) && c != '\u00AD') {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** "Erdoğan" → "Erdogan", "Łukaszenka" → "Lukaszenka", "Işık" → "Isik". */
    static String withoutDiacritics(String form) {
        String bare =
                MARKS.matcher(Normalizer.normalize(form, Normalizer.Form.NFD)).replaceAll("");
        StringBuilder out = new StringBuilder(bare.length());
        for (int i = 0; i < bare.length(); i++) {
            char c = bare.charAt(i);
            switch (c) {
                case 'ı' -> out.append('i');
                case 'ł' -> out.append('l');
                case 'Ł' -> out.append('L');
                case 'ø' -> out.append('o');
                case 'Ø' -> out.append('O');
                case 'đ', 'ð' -> out.append('d');
                case 'Đ', 'Ð' -> out.append('D');
                case 'ß' -> out.append("ss");
                case 'æ' -> out.append("ae");
                case 'Æ' -> out.append("Ae");
                case 'œ' -> out.append("oe");
                case 'þ' -> out.append("th");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
