package eu.restproject.academy.content;

import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The files of one bundle, by path relative to the bundle folder ({@code module.yaml},
 * {@code lessons/x.en.md}, {@code assets/y.png}), already read within the size limits.
 */
public final class BundleFiles {

    public static final int MAX_ENTRIES = 500;
    public static final long MAX_FILE_BYTES = 20L * 1024 * 1024;
    public static final long MAX_TOTAL_BYTES = 100L * 1024 * 1024;

    private final String origin;
    private final SortedMap<String, byte[]> files;

    BundleFiles(String origin, Map<String, byte[]> files) {
        this.origin = origin;
        this.files = Collections.unmodifiableSortedMap(new TreeMap<>(files));
    }

    /** Where the files came from, for messages: a folder or an archive name. */
    public String origin() {
        return origin;
    }

    public Optional<byte[]> find(String path) {
        return Optional.ofNullable(files.get(path));
    }

    public SortedMap<String, byte[]> all() {
        return files;
    }
}
