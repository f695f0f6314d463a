package eu.restproject.academy.content;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import java.util.zip.CRC32;
import java.util.zip.ZipException;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveInputStream;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;

/**
 * Reads a bundle from a folder or a zip archive, treating both as hostile: no paths out of the
 * bundle, no symbolic links, and size and count limits counted on the bytes actually unpacked.
 */
public final class BundleReader {

    /** The files that could be read, or why they could not. */
    public record Read(Optional<BundleFiles> files, List<Problem> problems) {}

    private static final String MANIFEST = "module.yaml";

    /** Room for folders, symbolic links and the records of archives stored inside the bundle. */
    private static final int DIRECTORY_RECORD_LIMIT = 4 * BundleFiles.MAX_ENTRIES;

    private BundleReader() {}

    public static Read folder(Path folder) {
        Problems problems = new Problems();
        Map<String, byte[]> files = new LinkedHashMap<>();
        long total = 0;
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path path : walk.sorted().toList()) {
                String name = folder.relativize(path).toString().replace('\\', '/');
                if (Files.isSymbolicLink(path)) {
                    problems.add(name, 0, "symbolic links are not allowed in a bundle");
                    continue;
                }
                if (!Files.isRegularFile(path, LinkOption.NOFOLLOW_LINKS)) {
                    continue;
                }
                if (files.size() >= BundleFiles.MAX_ENTRIES) {
                    problems.add(name, 0, "the bundle has more than " + BundleFiles.MAX_ENTRIES + " files");
                    break;
                }
                long size = Files.size(path);
                if (size > BundleFiles.MAX_FILE_BYTES) {
                    problems.add(name, 0, "the file is larger than " + megabytes(BundleFiles.MAX_FILE_BYTES));
                    continue;
                }
                total += size;
                if (total > BundleFiles.MAX_TOTAL_BYTES) {
                    problems.add(
                            name, 0, "the bundle is larger than " + megabytes(BundleFiles.MAX_TOTAL_BYTES) + " in all");
                    break;
                }
                files.put(name, Files.readAllBytes(path));
            }
        } catch (IOException e) {
            problems.add(folder.toString(), 0, "cannot read the folder: " + e.getMessage());
        }
        return result(folder.toString(), files, problems);
    }

    /**
     * Reads the entries of a zip archive, in the order they are stored, from its central directory
     * (which also says which entries are Unix symbolic links).
     *
     * @throws UnreadableArchiveException when the bytes are not a zip archive, or a damaged or empty one
     */
    public static Read zip(String archiveName, byte[] archive) {
        Problems problems = new Problems();
        if (surelyTooManyEntries(archive)) {
            problems.add(archiveName, 0, "the archive has more than " + BundleFiles.MAX_ENTRIES + " files");
            return result(archiveName, Map.of(), problems);
        }
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipFile zip = open(archive)) {
            long total = 0;
            for (ZipArchiveEntry entry : Collections.list(zip.getEntriesInPhysicalOrder())) {
                String name = entry.getName();
                if (entry.isDirectory()) {
                    continue;
                }
                Optional<String> unsafe = unsafePath(name);
                if (unsafe.isPresent()) {
                    problems.add(name, 0, unsafe.get());
                    continue;
                }
                if (entry.isUnixSymlink()) {
                    problems.add(name, 0, "symbolic links are not allowed in a bundle");
                    continue;
                }
                if (entries.size() >= BundleFiles.MAX_ENTRIES) {
                    problems.add(archiveName, 0, "the archive has more than " + BundleFiles.MAX_ENTRIES + " files");
                    break;
                }
                if (entries.containsKey(name)) {
                    problems.add(name, 0, "the archive contains this file twice");
                    continue;
                }
                byte[] content = entry.getSize() > BundleFiles.MAX_FILE_BYTES ? null : read(zip, entry);
                if (content == null) {
                    problems.add(name, 0, "the file unpacks to more than " + megabytes(BundleFiles.MAX_FILE_BYTES));
                    break;
                }
                total += content.length;
                if (total > BundleFiles.MAX_TOTAL_BYTES) {
                    problems.add(
                            archiveName,
                            0,
                            "the archive unpacks to more than " + megabytes(BundleFiles.MAX_TOTAL_BYTES));
                    break;
                }
                entries.put(name, content);
            }
        } catch (IOException | IllegalArgumentException e) {
            // Truncated archives have no central directory, damaged ones fail to inflate or to match
            // their checksum, and malformed headers can end in IllegalArgumentException.
            throw new UnreadableArchiveException("not a zip archive, or a damaged one (" + e.getMessage() + ")");
        }
        if (entries.isEmpty() && problems.isEmpty()) {
            throw new UnreadableArchiveException("not a zip archive, or an empty one");
        }
        return result(archiveName, withoutCommonFolder(entries, archiveName, problems), problems);
    }

    /**
     * Whether the archive's central directory holds far more records than a bundle may have files,
     * counted as the records' signatures in the bytes (an upper bound). {@link ZipFile} reads the
     * whole directory into memory and has no limit of its own: a 50 MiB archive of 600,000 empty
     * entries cost 2.5 s and 380 MB of heap before the count check below could refuse it.
     */
    private static boolean surelyTooManyEntries(byte[] archive) {
        int records = 0;
        for (int i = 0; i + 3 < archive.length; i++) {
            if (archive[i] == 'P' && archive[i + 1] == 'K' && archive[i + 2] == 1 && archive[i + 3] == 2) {
                records++;
                if (records > DIRECTORY_RECORD_LIMIT) {
                    return true;
                }
            }
        }
        return false;
    }

    /** A file that does not even begin like a zip archive is "not a zip archive", not a damaged one. */
    private static ZipFile open(byte[] archive) throws IOException {
        try {
            return ZipFile.builder()
                    .setSeekableByteChannel(new SeekableInMemoryByteChannel(archive))
                    .get();
        } catch (IOException e) {
            if (!ZipArchiveInputStream.matches(archive, archive.length)) {
                throw new UnreadableArchiveException("not a zip archive, or an empty one");
            }
            throw e;
        }
    }

    /**
     * The entry's bytes, or null when they pass the size limit whatever the archive declares; the
     * checksum is compared because {@link ZipFile} does not.
     */
    private static byte[] read(ZipFile zip, ZipArchiveEntry entry) throws IOException {
        try (InputStream in = zip.getInputStream(entry)) {
            byte[] content = in.readNBytes((int) BundleFiles.MAX_FILE_BYTES + 1);
            if (content.length > BundleFiles.MAX_FILE_BYTES) {
                return null;
            }
            CRC32 crc = new CRC32();
            crc.update(content);
            if (entry.getCrc() != -1 && crc.getValue() != entry.getCrc()) {
                throw new ZipException("invalid entry checksum for " + entry.getName());
            }
            return content;
        }
    }

    private static Read result(String origin, Map<String, byte[]> files, Problems problems) {
        if (!files.containsKey(MANIFEST) && problems.isEmpty()) {
            problems.add(MANIFEST, 0, "the bundle has no module.yaml");
        }
        return problems.isEmpty()
                ? new Read(Optional.of(new BundleFiles(origin, files)), List.of())
                : new Read(Optional.empty(), problems.list());
    }

    /** Archives may hold the bundle at their root or inside folders, such as {@code <id>/<version>/}. */
    private static Map<String, byte[]> withoutCommonFolder(
            Map<String, byte[]> entries, String archiveName, Problems problems) {
        List<String> manifests = entries.keySet().stream()
                .filter(n -> n.equals(MANIFEST) || n.endsWith("/" + MANIFEST))
                .toList();
        if (manifests.size() != 1) {
            if (manifests.size() > 1) {
                problems.add(
                        archiveName, 0, "the archive holds more than one module.yaml: upload one bundle at a time");
            }
            return entries;
        }
        String prefix = manifests.get(0).substring(0, manifests.get(0).length() - MANIFEST.length());
        Map<String, byte[]> stripped = new LinkedHashMap<>();
        entries.forEach((name, content) -> {
            if (name.startsWith(prefix)) {
                stripped.put(name.substring(prefix.length()), content);
            } else {
                problems.add(name, 0, "the file lies outside the bundle folder " + prefix);
            }
        });
        return stripped;
    }

    static Optional<String> unsafePath(String name) {
        if (name.startsWith("/") || name.startsWith("\\") || name.matches("^[A-Za-z]:.*")) {
            return Optional.of("absolute paths are not allowed in a bundle");
        }
        for (String part : name.split("[/\\\\]")) {
            if (part.equals("..")) {
                return Optional.of("paths leading out of the bundle ('..') are not allowed");
            }
        }
        if (name.chars().anyMatch(c -> c < 0x20)) {
            return Optional.of("file names with control characters are not allowed");
        }
        return Optional.empty();
    }

    private static String megabytes(long bytes) {
        return (bytes / (1024 * 1024)) + " MiB";
    }
}
