package org.entente.evaluation;

/** Precision, recall and F1 from counts, as every score of the evaluation tools computes them. Stateless. */
final class PrecisionRecall {
    private PrecisionRecall() {}

    /** correct / predicted (1 when nothing was predicted). */
    static double precision(long correct, long predicted) {
        return predicted == 0 ? 1 : (double) correct / predicted;
    }

    /** correct / gold (1 when the gold has nothing). */
    static double recall(long correct, long gold) {
        return gold == 0 ? 1 : (double) correct / gold;
    }

    /** Harmonic mean of precision and recall (0 when both are 0). */
    static double f1(double precision, double recall) {
        return precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
    }
}
