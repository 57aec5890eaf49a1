package org.entente.extract;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Normalises the date spellings found in sidecars and page metadata to ISO 8601 ({@code yyyy-MM-dd},
 * {@code yyyy-MM} or {@code yyyy}), keeping only the precision the input has.
 *
 * <p>Stateless and thread-safe.
 */
final class IsoDates {
    private static final Pattern YMD = Pattern.compile("(\\d{4})[-/](\\d{1,2})[-/](\\d{1,2})");
    private static final Pattern YM = Pattern.compile("(\\d{4})[-/](\\d{1,2})");
    private static final Pattern Y = Pattern.compile("\\d{4}");
    /** A timestamp such as 2019-11-18T10:00:00Z: its date part is taken. */
    private static final Pattern TIMESTAMP = Pattern.compile("(\\d{4}-\\d{2}-\\d{2})[T ]\\d{1,2}:\\d{2}.*");

    private static final List<DateTimeFormatter> WORDED = List.of(
            formatter("MMMM d, uuuu"),
            formatter("MMM d, uuuu"),
            formatter("d MMMM uuuu"),
            formatter("d MMM uuuu"),
            formatter("MMM. d, uuuu"));

    private IsoDates() {}

    private static DateTimeFormatter formatter(String pattern) {
        return new DateTimeFormatterBuilder()
                .parseCaseInsensitive()
                .appendPattern(pattern)
                .toFormatter(Locale.ENGLISH)
                .withResolverStyle(ResolverStyle.STRICT);
    }

    /**
     * Normalises a date written as yyyy-mm-dd, yyyy/mm/dd, yyyy-mm, yyyy, "March 5, 2024" or "5 March 2024";
     * an ISO timestamp yields its date.
     *
     * @param raw the date as written
     * @return the ISO date, or empty when {@code raw} is not one of these forms or not a real date
     */
    static Optional<String> normalise(String raw) {
        String s = raw.strip();
        try {
            Matcher m = TIMESTAMP.matcher(s);
            if (m.matches()) {
                s = m.group(1);
            }
            if ((m = YMD.matcher(s)).matches()) {
                return Optional.of(LocalDate.of(
                                Integer.parseInt(m.group(1)),
                                Integer.parseInt(m.group(2)),
                                Integer.parseInt(m.group(3)))
                        .toString());
            }
            if ((m = YM.matcher(s)).matches()) {
                return Optional.of(YearMonth.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)))
                        .toString());
            }
            if (Y.matcher(s).matches()) {
                return Optional.of(s);
            }
        } catch (DateTimeException e) {
            return Optional.empty();
        }
        for (DateTimeFormatter f : WORDED) {
            try {
                return Optional.of(LocalDate.parse(s, f).toString());
            } catch (DateTimeException e) {
                // try the next form
            }
        }
        return Optional.empty();
    }
}
