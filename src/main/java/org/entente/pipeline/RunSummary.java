package org.entente.pipeline;

import java.nio.file.Path;

/**
 * The result of a run.
 *
 * @param documents input documents found
 * @param done      documents that went through every stage
 * @param failed    documents that failed (listed in documents.csv with their reason)
 * @param out       the output folder
 */
public record RunSummary(int documents, int done, int failed, Path out) {
    /** The closing line of a run, e.g. "10 documents: 9 done, 1 failed — see out/documents.csv". */
    public String line() {
        String head = String.format(java.util.Locale.ROOT, "%,d documents: %,d done, %,d failed", documents, done,
                failed);
        return failed == 0 ? head + " — tables in " + out : head + " — see " + out.resolve("documents.csv")
                + " (status=failed)";
    }
}
