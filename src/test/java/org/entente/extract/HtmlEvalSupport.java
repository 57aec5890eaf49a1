package org.entente.extract;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Token-level precision and recall of an extracted text against ground truth: both are multisets of lower-case
 * word tokens (runs of letters and digits).
 *
 * @param precision share of extracted tokens that are in the truth
 * @param recall    share of truth tokens that were extracted
 */
record HtmlEvalSupport(double precision, double recall) {
    private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}]+");

    static HtmlEvalSupport score(String extracted, String truth) {
        Map<String, Integer> got = tokens(extracted);
        Map<String, Integer> want = tokens(truth);
        long overlap = 0;
        for (Map.Entry<String, Integer> e : got.entrySet()) {
            overlap += Math.min(e.getValue(), want.getOrDefault(e.getKey(), 0));
        }
        long gotTotal = got.values().stream().mapToLong(Integer::longValue).sum();
        long wantTotal = want.values().stream().mapToLong(Integer::longValue).sum();
        return new HtmlEvalSupport(
                gotTotal == 0 ? 0 : (double) overlap / gotTotal, wantTotal == 0 ? 0 : (double) overlap / wantTotal);
    }

    double f1() {
        return precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
    }

    private static Map<String, Integer> tokens(String text) {
        Map<String, Integer> counts = new HashMap<>();
        Matcher m = TOKEN.matcher(text.toLowerCase(Locale.ROOT));
        while (m.find()) {
            counts.merge(m.group(), 1, Integer::sum);
        }
        return counts;
    }
}
