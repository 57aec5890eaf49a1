package org.entente.cli;

import picocli.CommandLine;

/** Reads the version from the jar manifest (Implementation-Version), "dev" when run from classes. */
public final class VersionProvider implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
        String version = Main.class.getPackage().getImplementationVersion();
        return new String[] {
            "entente " + (version == null ? "dev" : version),
            "Java " + System.getProperty("java.version") + ", " + System.getProperty("java.vm.name")
        };
    }
}
