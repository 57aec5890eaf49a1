package org.entente.cli;

import java.util.concurrent.Callable;
import org.entente.export.SchemaDoc;
import picocli.CommandLine.Command;
import picocli.CommandLine.Spec;

/**
 * {@code entente schema}: prints the documentation of every table (docs/tables.md), generated from the one
 * definition in code. Not thread-safe (one instance per invocation, as picocli makes them).
 */
@Command(
        name = "schema",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = {
            "Prints the columns, types, keys and meaning of every table, as Markdown (docs/tables.md).",
            "Regenerate the documentation with: ./entente schema > docs/tables.md"
        })
final class SchemaCommand implements Callable<Integer> {
    @Spec
    private picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().getOut().print(SchemaDoc.markdown());
        spec.commandLine().getOut().flush();
        return Main.OK;
    }
}
