package org.entente.model;

import java.util.ArrayList;
import java.util.List;

/**
 * A data line of a tab-separated file of the installation (lexicon, gold set): a line that is neither blank nor a
 * {@code #} comment, with where it stands for messages.
 *
 * @param where the file and 1-based line number, {@code file:line}
 * @param text  the line as read
 * @param cells the line split at every tab, empty cells kept
 */
public record TsvLine(String where, String text, String[] cells) {
    /** Keeps a copy of the cells, so that the line stays as read. */
    public TsvLine {
        cells = cells.clone();
    }

    /** The cells, as a copy the caller may change. */
    @Override
    public String[] cells() {
        return cells.clone();
    }

    /**
     * The data lines of a file, in order: blank lines and {@code #} comments left out.
     *
     * @param file  the file's name, for {@link #where}
     * @param lines every line of the file
     * @return its data lines
     */
    public static List<TsvLine> of(String file, List<String> lines) {
        List<TsvLine> data = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (!line.isBlank() && !line.startsWith("#")) {
                data.add(new TsvLine(file + ":" + (i + 1), line, line.split("\t", -1)));
            }
        }
        return data;
    }
}
