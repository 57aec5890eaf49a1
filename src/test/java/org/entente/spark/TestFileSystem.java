package org.entente.spark;

import java.io.IOException;
import java.net.URI;
import java.util.Arrays;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RawLocalFileSystem;

/**
 * A Hadoop file system under its own scheme, {@code testfs:}, that stores files on the local disk: inputs and
 * outputs named with it take the code path of remote file systems (hdfs://, s3a://) — listing through Hadoop,
 * documents fetched to local copies, sidecars read through Hadoop, the output staged and copied up.
 */
public class TestFileSystem extends RawLocalFileSystem {
    /** The scheme. */
    public static final String SCHEME = "testfs";

    @Override
    public URI getUri() {
        return URI.create(SCHEME + ":///");
    }

    @Override
    public String getScheme() {
        return SCHEME;
    }

    // the local file system's statuses read permissions through java.io.File(URI), which wants file: URIs

    @Override
    public FileStatus getFileStatus(Path f) throws IOException {
        return plain(super.getFileStatus(f));
    }

    @Override
    public FileStatus[] listStatus(Path f) throws IOException {
        return Arrays.stream(super.listStatus(f)).map(TestFileSystem::plain).toArray(FileStatus[]::new);
    }

    private static FileStatus plain(FileStatus s) {
        return new FileStatus(s.getLen(), s.isDirectory(), 1, s.getBlockSize(), s.getModificationTime(), s.getPath());
    }
}
