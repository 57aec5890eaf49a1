/**
 * Evaluation, benchmark and training tools, off the run path: the gold sets and their scores ({@code entente
 * eval}; {@link org.entente.evaluation.EventEvaluation} scores the event coder — directed dyads, direction, type,
 * quad class — on the PLOVER gold-standard records ({@link org.entente.evaluation.PloverRecords}) and on Entente's
 * own event gold set ({@link org.entente.evaluation.EventGold})), the comparison of the engines
 * ({@code compare-engines}), the engine benchmark ({@code bench}) and the distillation corpus of the name finder
 * ({@code train-ner}). Depends on {@code pipeline}; nothing that {@code analyze}, {@code spark} or
 * {@code extract} runs depends on this package.
 */
package org.entente.evaluation;
