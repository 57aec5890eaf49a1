package org.entente.model;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The length of the periods of timeseries.csv: a calendar year, quarter or month. */
public enum Period {
    YEAR,
    QUARTER,
    MONTH;

    private static final Pattern ISO = Pattern.compile("(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?");

    /** The lower-case name used on the command line and in run.json. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * The period a date falls in.
     *
     * @param isoDate an ISO 8601 date: yyyy, yyyy-mm or yyyy-mm-dd
     * @return the period's label (2024, 2024-Q3 or 2024-07), or empty when the date is empty, malformed or
     *         less precise than the period (a year-only date has no quarter or month)
     */
    public Optional<String> of(String isoDate) {
        Matcher m = ISO.matcher(isoDate);
        if (!m.matches()) {
            return Optional.empty();
        }
        String year = m.group(1);
        if (this == YEAR) {
            return Optional.of(year);
        }
        if (m.group(2) == null) {
            return Optional.empty();
        }
        int month = Integer.parseInt(m.group(2));
        if (month < 1 || month > 12) {
            return Optional.empty();
        }
        return Optional.of(this == QUARTER ? year + "-Q" + ((month - 1) / 3 + 1) : year + "-" + m.group(2));
    }

    /**
     * The first day of a period.
     *
     * @param label a label returned by {@link #of(String)}
     * @return its first day, yyyy-mm-dd
     */
    public String start(String label) {
        String year = label.substring(0, 4);
        return switch (this) {
            case YEAR -> year + "-01-01";
            case QUARTER ->
                String.format(Locale.ROOT, "%s-%02d-01", year, (Integer.parseInt(label.substring(6)) - 1) * 3 + 1);
            case MONTH -> label + "-01";
        };
    }
}
