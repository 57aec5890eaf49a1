package org.entente.evaluation;

/**
 * A score kept as counts of gold, predicted and correct items, with precision, recall and F1 computed from them
 * the same way for every such score ({@link PrecisionRecall}).
 */
public interface GoldCounts {
    /** Items in the gold set. */
    long gold();

    /** Items predicted. */
    long predicted();

    /** Predicted items that are in the gold set. */
    long correct();

    /** correct / predicted (1 when nothing was predicted). */
    default double precision() {
        return PrecisionRecall.precision(correct(), predicted());
    }

    /** correct / gold (1 when the gold has none). */
    default double recall() {
        return PrecisionRecall.recall(correct(), gold());
    }

    /** Harmonic mean of precision and recall. */
    default double f1() {
        return PrecisionRecall.f1(precision(), recall());
    }
}
