package org.entente.report;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The periods of a run's time series, from its documents' ISO dates: months when every dated document has a
 * month and the dates span at most {@link #MAX_MONTHS} months, else years. The periods run without gaps from
 * the earliest to the latest date; a document without a date is in no period.
 *
 * <p>Immutable; safe to share.
 */
final class Periods {
    /** Longest span shown month by month. */
    static final int MAX_MONTHS = 120;

    private static final Pattern DATE = Pattern.compile("\\d{4}(-\\d{2}(-\\d{2})?)?");

    private final boolean monthly;
    private final List<String> labels;
    private final Map<String, Integer> index = new HashMap<>();

    private Periods(boolean monthly, List<String> labels) {
        this.monthly = monthly;
        this.labels = List.copyOf(labels);
        for (int i = 0; i < labels.size(); i++) {
            index.put(labels.get(i), i);
        }
    }

    static Periods of(List<String> dates) {
        int minMonth = Integer.MAX_VALUE;
        int maxMonth = Integer.MIN_VALUE;
        boolean allMonths = true;
        for (String d : dates) {
            if (!DATE.matcher(d).matches()) {
                continue;
            }
            allMonths &= d.length() >= 7;
            int m = Integer.parseInt(d.substring(0, 4)) * 12
                    + (d.length() >= 7 ? Integer.parseInt(d.substring(5, 7)) - 1 : 0);
            minMonth = Math.min(minMonth, m);
            maxMonth = Math.max(maxMonth, d.length() >= 7 ? m : m + 11);
        }
        List<String> labels = new ArrayList<>();
        if (minMonth == Integer.MAX_VALUE) {
            return new Periods(false, labels);
        }
        boolean monthly = allMonths && maxMonth - minMonth < MAX_MONTHS;
        if (monthly) {
            for (int m = minMonth; m <= maxMonth; m++) {
                labels.add(String.format(Locale.ROOT, "%04d-%02d", m / 12, m % 12 + 1));
            }
        } else {
            for (int y = minMonth / 12; y <= maxMonth / 12; y++) {
                labels.add(String.format(Locale.ROOT, "%04d", y));
            }
        }
        return new Periods(monthly, labels);
    }

    String granularity() {
        return monthly ? "month" : "year";
    }

    List<String> labels() {
        return labels;
    }

    /** The period of a date, or -1 when it has none. */
    int index(String date) {
        if (!DATE.matcher(date).matches()) {
            return -1;
        }
        return index.getOrDefault(monthly ? date.substring(0, 7) : date.substring(0, 4), -1);
    }
}
