/**
 * Event coding: who does what to whom. {@link org.entente.events.EventCoder} finds directed, typed events between
 * the actors of a resolved document, by the rules of docs/conventions.md ("Events: who does what to whom") and the
 * lexicon {@code models/events.tsv} ({@link org.entente.events.EventLexicon}), reading each sentence's dependency
 * structure, which the caller supplies. Depends on {@code model} only.
 */
package org.entente.events;
