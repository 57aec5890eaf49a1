package org.entente.pipeline;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.entente.actors.ResolverOptions;
import org.entente.export.ExportOptions;
import org.entente.model.ActorType;
import org.entente.model.Period;
import org.entente.model.Scope;

/**
 * Everything a run of {@code entente analyze} needs to know.
 *
 * <p>Immutable and thread-safe.
 *
 * @param inputs     files and folders to analyse (folders recursively)
 * @param out        output folder
 * @param modelsDir  folder with the actor dictionary
 * @param actorFiles user dictionary files merged over the default
 * @param threads    worker threads
 * @param maxPages   pages read per PDF at most
 * @param resolver   switches of the resolution rules
 * @param actorTypes actor types counted in co-mentions
 * @param scopes     co-mention units
 * @param maxArity   largest co-mentioned set counted (3: dyads and triads; more fills nary.csv)
 * @param cueFile    the relation cue lexicon, or null for models/cues.tsv
 * @param wide       also write the document x actor matrix (doc_actor_counts_wide.csv)
 * @param period     the period of timeseries.csv
 * @param excelSafe  guard text cells that spreadsheets would read as formulas
 * @param maxChars   documents with more characters of text fail as "too large"
 * @param docTimeout seconds a document may take before it fails as "timeout"
 * @param extractOnly stop after extraction: documents.csv and the texts only (entente extract)
 */
public record AnalysisOptions(List<Path> inputs, Path out, Path modelsDir, List<Path> actorFiles, int threads,
                              int maxPages, ResolverOptions resolver, Set<ActorType> actorTypes,
                              List<Scope> scopes, int maxArity, Path cueFile, boolean wide, Period period,
                              boolean excelSafe, long maxChars, int docTimeout, boolean extractOnly) {
    public AnalysisOptions {
        inputs = List.copyOf(inputs);
        Objects.requireNonNull(out, "out");
        Objects.requireNonNull(modelsDir, "modelsDir");
        actorFiles = List.copyOf(actorFiles);
        Objects.requireNonNull(resolver, "resolver");
        actorTypes = Set.copyOf(actorTypes);
        scopes = List.copyOf(scopes);
        Objects.requireNonNull(period, "period");
        if (maxChars < 1) {
            throw new ConfigurationException("--max-chars " + maxChars + ": expected a whole number of at least 1");
        }
        if (docTimeout < 1) {
            throw new ConfigurationException("--doc-timeout " + docTimeout
                    + ": expected a whole number of seconds, at least 1");
        }
        if (scopes.isEmpty()) {
            throw new ConfigurationException("no scope: expected one or more of sentence, paragraph, document");
        }
        if (threads < 1) {
            throw new ConfigurationException("--threads " + threads + ": expected a whole number of at least 1");
        }
        if (maxPages < 1) {
            throw new ConfigurationException("--max-pages " + maxPages + ": expected a whole number of at least 1");
        }
        if (scopes.isEmpty()) {
            throw new ConfigurationException("--scope: expected at least one of sentence, paragraph, document, "
                    + "window:N");
        }
        if (actorTypes.isEmpty()) {
            throw new ConfigurationException("--actor-types: expected at least one of STATE, LEADER, ORG");
        }
        if (maxArity < 3 || maxArity > 8) {
            throw new ConfigurationException("--max-arity " + maxArity + ": expected a whole number from 3 to 8");
        }
        if (inputs.isEmpty()) {
            throw new ConfigurationException("no input: expected one or more files or folders");
        }
    }

    /** Default of --max-chars: about 3,000 pages of text. */
    public static final long DEFAULT_MAX_CHARS = 10_000_000;
    /** Default of --doc-timeout, in seconds. */
    public static final int DEFAULT_DOC_TIMEOUT = 600;

    /** The cue lexicon to use: the given file, else cues.tsv of the dictionary folder. */
    public Path cueLexicon() {
        return cueFile != null ? cueFile : modelsDir.resolve("cues.tsv");
    }

    /** Defaults for the given inputs and output folder. */
    public static AnalysisOptions defaults(List<Path> inputs, Path out) {
        return new AnalysisOptions(inputs, out, Path.of("models"), List.of(),
                Runtime.getRuntime().availableProcessors(), 2000, ResolverOptions.DEFAULTS,
                Set.of(ActorType.STATE), List.of(Scope.SENTENCE), 3, null, false, Period.QUARTER, false,
                DEFAULT_MAX_CHARS, DEFAULT_DOC_TIMEOUT, false);
    }

    /** A copy that stops after extraction. */
    public AnalysisOptions extractOnlyCopy() {
        return new AnalysisOptions(inputs, out, modelsDir, actorFiles, threads, maxPages, resolver, actorTypes, scopes,
                maxArity, cueFile, wide, period, excelSafe, maxChars, docTimeout, true);
    }

    /** What the export needs of these options. */
    public ExportOptions export() {
        return new ExportOptions(wide, period, excelSafe, actorTypes, scopes);
    }
}
