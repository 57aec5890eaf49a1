package org.entente.pipeline;

import java.nio.file.Path;
import java.util.Locale;

/**
 * The result of a run.
 *
 * @param documents input documents found
 * @param done      documents that went through every stage
 * @param failed    documents that failed (listed in documents.csv with their reason)
 * @param out       the output folder
 */
public record RunSummary(int documents, int done, int failed, Path out) {
    /** The closing line of a run, e.g. "1,204 documents: 1,198 done, 6 failed — see out/failures.csv". */
    public String line() {
        String head = String.format(Locale.ROOT, "%,d documents: %,d done, %,d failed", documents, done, failed);
        return failed == 0 ? head + " — tables in " + out : head + " — see " + out.resolve("failures.csv");
    }
}
