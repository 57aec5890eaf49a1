package org.entente.extract;

import com.ibm.icu.text.CharsetDetector;
import com.ibm.icu.text.CharsetMatch;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Decodes the bytes of a text file: a byte-order mark first; then UTF-16 without one; then UTF-8, keeping it
 * with its invalid bytes replaced as long as the valid non-ASCII characters are at least as many; otherwise a
 * legacy CJK or Cyrillic encoding detected by ICU4J's CharsetDetector as the most likely encoding (EUC-KR, Shift_JIS, EUC-JP, GB18030, Big5, windows-1251,
 * KOI8-R), else windows-1252.
 *
 * <p>Stateless and thread-safe.
 */
final class TextDecoder {
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private TextDecoder() {}

    /**
     * Decoded text and the name of the encoding it came from.
     *
     * @param text     the text, without a byte-order mark
     * @param encoding the encoding's name as documents.csv writes it
     */
    record Decoded(String text, String encoding) {}

    /**
     * Decodes bytes: a BOM first; then UTF-16 without BOM where every other byte is NUL; then UTF-8, where
     * invalid bytes are replaced by U+FFFD (and counted in the encoding's name) as long as the valid non-ASCII
     * characters are at least as many; otherwise windows-1252.
     *
     * @param bytes the file's bytes
     * @return the text (BOM removed) and its encoding's name
     */
    static Decoded decode(byte[] bytes) {
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            return new Decoded(new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8), "UTF-8");
        }
        if (startsWith(bytes, 0xFF, 0xFE)) {
            return new Decoded(new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16LE), "UTF-16LE");
        }
        if (startsWith(bytes, 0xFE, 0xFF)) {
            return new Decoded(new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16BE), "UTF-16BE");
        }
        Charset utf16 = utf16WithoutBom(bytes);
        if (utf16 != null) {
            return new Decoded(new String(bytes, utf16), utf16.name());
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        long invalid = 0;
        while (true) {
            CoderResult result = decoder.decode(in, out, true);
            if (result.isError()) {
                invalid += result.length();
                in.position(in.position() + result.length());
                out.put('\uFFFD');
                continue;
            }
            decoder.flush(out);
            break;
        }
        String text = out.flip().toString();
        if (invalid == 0) {
            return new Decoded(text, "UTF-8");
        }
        long nonAscii = text.chars().filter(c -> c > 0x7F && c != 0xFFFD).count();
        if (nonAscii >= invalid) {
            return new Decoded(text, "UTF-8 (" + invalid + " invalid byte" + (invalid == 1 ? "" : "s") + " replaced)");
        }
        return legacy(bytes);
    }

    /** The legacy encodings told apart, as ICU4J's CharsetDetector names them. */
    private static final List<String> LEGACY =
            List.of("EUC-KR", "Shift_JIS", "EUC-JP", "GB18030", "Big5", "windows-1251", "KOI8-R");

    /** The minimum confidence (0–100) of ICU4J's CharsetDetector for a legacy CJK or Cyrillic encoding. */
    static final int MIN_CONFIDENCE = 20;

    /**
     * Bytes that are not UTF-8: the legacy CJK or Cyrillic encoding ICU4J's CharsetDetector finds with the most
     * confidence (EUC-KR, Shift_JIS, EUC-JP, GB18030 — which reads GBK and GB2312 —, Big5, windows-1251,
     * KOI8-R), else windows-1252.
     */
    private static Decoded legacy(byte[] bytes) {
        CharsetDetector detector = new CharsetDetector();
        detector.setText(bytes);
        CharsetMatch match = detector.detect();
        if (match != null
                && match.getConfidence() >= MIN_CONFIDENCE
                && LEGACY.contains(match.getName())
                && Charset.isSupported(match.getName())) {
            return new Decoded(new String(bytes, Charset.forName(match.getName())), match.getName());
        }
        return new Decoded(new String(bytes, WINDOWS_1252), "windows-1252");
    }

    /**
     * UTF-16LE or UTF-16BE when, in the first 4 KB, at least 40% of the odd (LE) or even (BE) bytes are NUL and
     * almost none of the others; else null.
     */
    private static Charset utf16WithoutBom(byte[] bytes) {
        int pairs = Math.min(bytes.length, 4096) / 2;
        if (pairs < 2) {
            return null;
        }
        int evenNul = 0;
        int oddNul = 0;
        for (int i = 0; i < pairs; i++) {
            if (bytes[2 * i] == 0) {
                evenNul++;
            }
            if (bytes[2 * i + 1] == 0) {
                oddNul++;
            }
        }
        if (oddNul * 10 >= pairs * 4 && evenNul * 20 <= pairs) {
            return StandardCharsets.UTF_16LE;
        }
        if (evenNul * 10 >= pairs * 4 && oddNul * 20 <= pairs) {
            return StandardCharsets.UTF_16BE;
        }
        return null;
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
