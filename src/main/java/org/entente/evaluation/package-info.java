/**
 * Evaluation against hand-annotated data. {@link org.entente.evaluation.EventEvaluation} scores the event coder
 * (directed dyads, direction, type, quad class) on the PLOVER gold-standard records
 * ({@link org.entente.evaluation.PloverRecords}) and on Entente's own event gold set
 * ({@link org.entente.evaluation.EventGold}).
 */
package org.entente.evaluation;
