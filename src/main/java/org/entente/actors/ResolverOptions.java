package org.entente.actors;

/**
 * Switches of the resolution rules.
 *
 * @param capitals whether capitals standing for their government count (flagged {@code capital})
 * @param demonyms whether demonyms and adjectives count (flagged {@code demonym})
 */
public record ResolverOptions(boolean capitals, boolean demonyms) {
    /** The conventions' defaults: capitals and demonyms count. */
    public static final ResolverOptions DEFAULTS = new ResolverOptions(true, true);
}
