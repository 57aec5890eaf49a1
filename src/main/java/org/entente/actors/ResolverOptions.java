package org.entente.actors;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Switches of the resolution rules.
 *
 * <p>Immutable and thread-safe.
 *
 * @param capitals whether capitals standing for their government count (flagged {@code capital})
 * @param demonyms whether demonyms and adjectives count (flagged {@code demonym})
 * @param rollup   whether every leader mention adds a mention of the state served on the document's date
 *                 (flagged {@code rollup})
 * @param roles    whether role phrases ("the Chinese president", "Russia's foreign minister") resolve to the
 *                 office holder on the document's date (flagged {@code role})
 * @param date     the date assumed for documents without one ({@code YYYY}, {@code YYYY-MM} or
 *                 {@code YYYY-MM-DD}), or empty: it decides titles with shared surnames, roles and roll-up
 */
public record ResolverOptions(boolean capitals, boolean demonyms, boolean rollup, boolean roles, String date)
        implements Serializable {
    private static final long serialVersionUID = 2L;

    private static final Pattern DATE = Pattern.compile("\\d{4}(-\\d{2}(-\\d{2})?)?");

    /** The conventions' defaults: capitals and demonyms count, leaders are not rolled up, roles not resolved. */
    public static final ResolverOptions DEFAULTS = new ResolverOptions(true, true, false);

    /**
     * @throws IllegalArgumentException naming a date that is not {@code YYYY}, {@code YYYY-MM} or {@code YYYY-MM-DD}
     */
    public ResolverOptions {
        Objects.requireNonNull(date, "date");
        if (!date.isEmpty() && (!DATE.matcher(date).matches() || DictionaryResolver.documentDate(date) == null)) {
            throw new IllegalArgumentException("--date " + date + ": not a date; expected YYYY, YYYY-MM or "
                    + "YYYY-MM-DD (e.g. 2018, 2018-06 or 2018-06-12)");
        }
    }

    /** Without roles and without an assumed date. */
    public ResolverOptions(boolean capitals, boolean demonyms, boolean rollup) {
        this(capitals, demonyms, rollup, false, "");
    }

    /** The date of a document: its own, else the assumed date; null when neither is known. */
    LocalDate[] period(String documentDate) {
        String iso = documentDate.isEmpty() ? date : documentDate;
        LocalDate from = DictionaryResolver.documentDate(iso);
        if (from == null) {
            return null;
        }
        LocalDate to = switch (iso.length()) {
            case 4 -> from.plusYears(1);
            case 7 -> from.plusMonths(1);
            default -> from.plusDays(1);
        };
        return new LocalDate[] {from, to};
    }

    /** Adds the switches as run.json names them: capitals, demonyms, rollup_leaders, roles, date. */
    public void describe(Map<String, Object> out) {
        out.put("capitals", capitals);
        out.put("demonyms", demonyms);
        out.put("rollup_leaders", rollup);
        out.put("roles", roles);
        out.put("date", date);
    }
}
