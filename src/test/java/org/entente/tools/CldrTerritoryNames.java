package org.entente.tools;

import com.ibm.icu.text.DisplayContext;
import com.ibm.icu.text.LocaleDisplayNames;
import com.ibm.icu.text.TimeZoneNames;
import com.ibm.icu.util.LocaleData;
import com.ibm.icu.util.TimeZone;
import com.ibm.icu.util.ULocale;
import com.ibm.icu.util.VersionInfo;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.entente.testing.ModelFiles;

/**
 * Prints the CLDR territory names (long and short) and the time-zone exemplar cities of every state of
 * {@code models/states.tsv} in the given languages, as TSV on standard output. The output seeds the country names
 * of {@code models/lang/<code>/forms.tsv}; every seeded name is then checked by hand (CLDR's short name of a
 * territory may be another state's usual name for it, e.g. Korean "북한" for KP). Exemplar cities are only a hint
 * for capitals: a time zone is named after its largest city, which is not always the capital.
 *
 * <p>Run from the project folder after {@code mvn -o -q test-compile}:
 * <pre>
 * java -cp target/test-classes:$HOME/.m2/repository/com/ibm/icu/icu4j/79.1/icu4j-79.1.jar \
 *     org.entente.tools.CldrTerritoryNames models/states.tsv ko ja
 * </pre>
 * The output depends only on states.tsv and the ICU4J version (79.1 = CLDR 49). Not thread-safe; a command-line
 * tool, not part of Entente's run path.
 */
public final class CldrTerritoryNames {
    /**
     * Ids of states.tsv without an ISO 3166-1 alpha-2 code: Kosovo has CLDR's region XK; the historical states get
     * no name, because ICU replaces their deprecated codes (SU, DD, YU, CS) by a successor's (RU, DE, RS).
     */
    private static final Map<String, String> NON_ISO =
            Map.of("XKX", "XK", "SUN", "", "DDR", "", "YUG", "", "SCG", "", "CSK", "", "YAR", "", "YMD", "", "RVN", "");

    private CldrTerritoryNames() {}

    /**
     * Prints the table.
     *
     * @param args the states.tsv file, then one or more ICU locale ids (ko, ja, zh, zh_Hant, ru)
     * @throws IOException when states.tsv cannot be read
     */
    public static void main(String[] args) throws IOException {
        if (args.length < 2) {
            throw new IllegalArgumentException("usage: CldrTerritoryNames STATES_TSV LOCALE...; got " + List.of(args));
        }
        Map<String, String> alpha2 = alpha2ByAlpha3();
        List<String> ids = ModelFiles.firstColumn(Path.of(args[0]));
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        out.println("# CLDR " + LocaleData.getCLDRVersion() + " territory names via ICU4J " + VersionInfo.ICU_VERSION
                + " for the ids of " + args[0]);
        out.println("locale\tid\tregion\tname\tshort\texemplar_cities");
        for (int a = 1; a < args.length; a++) {
            ULocale locale = new ULocale(args[a]);
            LocaleDisplayNames full = LocaleDisplayNames.getInstance(locale);
            LocaleDisplayNames shortNames = LocaleDisplayNames.getInstance(locale, DisplayContext.LENGTH_SHORT);
            TimeZoneNames zones = TimeZoneNames.getInstance(locale);
            for (String id : ids) {
                String region = NON_ISO.getOrDefault(id, alpha2.getOrDefault(id, ""));
                String name = region.isEmpty() ? "" : full.regionDisplayName(region);
                String shortName = region.isEmpty() ? "" : shortNames.regionDisplayName(region);
                out.println(String.join(
                        "\t",
                        locale.toString(),
                        id,
                        region,
                        unknown(name, region),
                        unknown(shortName, region),
                        String.join("|", cities(zones, region))));
            }
        }
    }

    /** ICU returns the code itself when CLDR has no name. */
    private static String unknown(String name, String region) {
        return name.equals(region) ? "" : name;
    }

    private static Set<String> cities(TimeZoneNames zones, String region) {
        Set<String> cities = new TreeSet<>();
        if (region.length() != 2) {
            return cities;
        }
        for (String zone : TimeZone.getAvailableIDs(TimeZone.SystemTimeZoneType.CANONICAL_LOCATION, region, null)) {
            String city = zones.getExemplarLocationName(zone);
            if (city != null) {
                cities.add(city);
            }
        }
        return cities;
    }

    private static Map<String, String> alpha2ByAlpha3() {
        Map<String, String> map = new LinkedHashMap<>();
        for (String a2 : Locale.getISOCountries()) {
            map.put(new Locale("", a2).getISO3Country(), a2);
        }
        return map;
    }
}
