package org.entente.actors;

import java.io.Serializable;
import java.util.Map;

/**
 * Switches of the resolution rules.
 *
 * <p>Immutable and thread-safe.
 *
 * @param capitals whether capitals standing for their government count (flagged {@code capital})
 * @param demonyms whether demonyms and adjectives count (flagged {@code demonym})
 * @param rollup   whether every leader mention adds a mention of the state served on the document's date
 *                 (flagged {@code rollup})
 */
public record ResolverOptions(boolean capitals, boolean demonyms, boolean rollup) implements Serializable {
    private static final long serialVersionUID = 1L;

    /** The conventions' defaults: capitals and demonyms count, leaders are not rolled up. */
    public static final ResolverOptions DEFAULTS = new ResolverOptions(true, true, false);

    /** Adds the switches as run.json names them: capitals, demonyms, rollup_leaders. */
    public void describe(Map<String, Object> out) {
        out.put("capitals", capitals);
        out.put("demonyms", demonyms);
        out.put("rollup_leaders", rollup);
    }
}
