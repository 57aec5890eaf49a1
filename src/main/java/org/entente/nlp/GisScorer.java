package org.entente.nlp;

import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import opennlp.tools.ml.maxent.GISModel;
import opennlp.tools.ml.model.Context;

/**
 * An OpenNLP GIS model's parameters behind an open-addressing table of its predicates, scored as
 * {@code GISModel.eval(String[], double[])} scores them, bit for bit: the uniform prior's log, each known feature's
 * parameters added in the order of the context (a feature's value is 1), {@code StrictMath.exp}, normalised. It
 * saves OpenNLP's linked hash map, whose entries, keys and contexts are reached through four objects per lookup.
 *
 * <p>Immutable and thread-safe.
 */
final class GisScorer {
    private final String[] outcomes;
    private final double logPrior;
    /** Each slot's predicate, or null for a free slot. */
    private final String[] keys;
    /** Each slot's predicate's hash code (read before the predicate itself). */
    private final int[] hashes;
    /** Each slot's outcomes and their parameters. */
    private final int[][] outcomesOf;

    private final double[][] parametersOf;

    private GisScorer(String[] outcomes, Map<String, Context> predicates) {
        this.outcomes = outcomes.clone();
        this.logPrior = StrictMath.log(1.0 / outcomes.length); // as OpenNLP's UniformPrior
        int capacity = Integer.highestOneBit(Math.max(predicates.size(), 1) * 2) << 1; // load at most 1/2
        keys = new String[capacity];
        hashes = new int[capacity];
        outcomesOf = new int[capacity][];
        parametersOf = new double[capacity][];
        for (Map.Entry<String, Context> e : predicates.entrySet()) {
            int h = spread(e.getKey().hashCode());
            int s = h & (capacity - 1);
            while (keys[s] != null) {
                s = (s + 1) & (capacity - 1);
            }
            keys[s] = e.getKey();
            hashes[s] = h;
            outcomesOf[s] = e.getValue().getOutcomes();
            parametersOf[s] = e.getValue().getParameters();
        }
    }

    /**
     * The scorer of a model, when it is a GIS model (read from a model file, so with OpenNLP's uniform prior).
     *
     * @param model any OpenNLP model
     * @return the scorer, or empty for another kind of model
     */
    @SuppressWarnings("unchecked")
    static Optional<GisScorer> of(Object model) {
        if (!(model instanceof GISModel gis)) {
            return Optional.empty();
        }
        Object[] data = gis.getDataStructures(); // parameters, predicate map, outcome names
        if (data.length < 3 || !(data[1] instanceof Map<?, ?>) || !(data[2] instanceof String[] names)) {
            return Optional.empty();
        }
        return Optional.of(new GisScorer(names, (Map<String, Context>) data[1]));
    }

    /** The number of outcomes. */
    int outcomes() {
        return outcomes.length;
    }

    /** The name of an outcome. */
    String outcome(int index) {
        return outcomes[index];
    }

    /**
     * The probability of each outcome given a context, as {@code GISModel.eval(context, probabilities)}.
     *
     * @param context       the features
     * @param probabilities where the probabilities go, one per outcome
     * @return {@code probabilities}
     */
    double[] eval(String[] context, double[] probabilities) {
        Arrays.fill(probabilities, logPrior);
        int mask = keys.length - 1;
        for (String feature : context) {
            int h = spread(feature.hashCode());
            for (int s = h & mask; keys[s] != null; s = (s + 1) & mask) {
                if (hashes[s] == h && keys[s].equals(feature)) {
                    int[] outs = outcomesOf[s];
                    double[] parameters = parametersOf[s];
                    for (int k = 0; k < outs.length; k++) {
                        probabilities[outs[k]] += parameters[k];
                    }
                    break;
                }
            }
        }
        double normal = 0;
        for (int o = 0; o < probabilities.length; o++) {
            probabilities[o] = StrictMath.exp(probabilities[o]);
            normal += probabilities[o];
        }
        for (int o = 0; o < probabilities.length; o++) {
            probabilities[o] /= normal;
        }
        return probabilities;
    }

    private static int spread(int h) {
        return h ^ (h >>> 16);
    }
}
