package org.entente.actors;

/**
 * Switches of the resolution rules.
 *
 * @param capitals whether capitals standing for their government count (flagged {@code capital})
 * @param demonyms whether demonyms and adjectives count (flagged {@code demonym})
 * @param rollup   whether every leader mention adds a mention of the state served on the document's date
 *                 (flagged {@code rollup})
 */
public record ResolverOptions(boolean capitals, boolean demonyms, boolean rollup) implements java.io.Serializable {
    /** The conventions' defaults: capitals and demonyms count, leaders are not rolled up. */
    public static final ResolverOptions DEFAULTS = new ResolverOptions(true, true, false);
}
