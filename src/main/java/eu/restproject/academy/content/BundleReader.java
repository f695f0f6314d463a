package eu.restproject.academy.content;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Reads a bundle from a folder or a zip archive, treating both as hostile: no paths out of the
 * bundle, no symbolic links, and size and count limits counted on the bytes actually unpacked.
 */
public final class BundleReader {

    /** The files that could be read, or why they could not. */
    public record Read(Optional<BundleFiles> files, List<Problem> problems) {}

    private static final String MANIFEST = "module.yaml";

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
     * Reads the entries of a zip archive.
     *
     * @throws UnreadableArchiveException when the bytes are not a zip archive, or a damaged or empty one
     */
    public static Read zip(String archiveName, byte[] archive) {
        Problems problems = new Problems();
        Set<String> links = symbolicLinks(archive, archiveName, problems);
        Map<String, byte[]> entries = new LinkedHashMap<>();
        long total = 0;
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(archive))) {
            ZipEntry entry;
            while ((entry = zip.getNextEntry()) != null) {
                String name = entry.getName();
                if (entry.isDirectory()) {
                    continue;
                }
                Optional<String> unsafe = unsafePath(name);
                if (unsafe.isPresent()) {
                    problems.add(name, 0, unsafe.get());
                    continue;
                }
                if (links.contains(name)) {
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
                byte[] content = readLimited(zip, BundleFiles.MAX_FILE_BYTES);
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
            // Truncated or damaged archives end in EOFException or ZipException, undecodable names in
            // IllegalArgumentException.
            throw new UnreadableArchiveException("not a zip archive, or a damaged one (" + e.getMessage() + ")");
        }
        if (entries.isEmpty() && problems.isEmpty()) {
            throw new UnreadableArchiveException("not a zip archive, or an empty one");
        }
        return result(archiveName, withoutCommonFolder(entries, archiveName, problems), problems);
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

    /** Reads at most {@code limit} bytes; null when there is more. */
    private static byte[] readLimited(InputStream in, long limit) throws IOException {
        byte[] content = in.readNBytes((int) limit + 1);
        return content.length > limit ? null : content;
    }

    /**
     * Names of entries that the central directory marks as Unix symbolic links (made by Unix, file
     * type 0120000 in the external attributes); {@code java.util.zip} does not expose that.
     */
    private static Set<String> symbolicLinks(byte[] archive, String archiveName, Problems problems) {
        Set<String> links = new HashSet<>();
        ByteBuffer buffer = ByteBuffer.wrap(archive).order(ByteOrder.LITTLE_ENDIAN);
        int end = -1;
        for (int i = archive.length - 22; i >= Math.max(0, archive.length - 22 - 65_535); i--) {
            if (buffer.getInt(i) == 0x06054b50) {
                end = i;
                break;
            }
        }
        if (end < 0) {
            return links;
        }
        int count = Short.toUnsignedInt(buffer.getShort(end + 10));
        long offset = Integer.toUnsignedLong(buffer.getInt(end + 16));
        int position = (int) Math.min(offset, archive.length);
        for (int i = 0; i < count && position + 46 <= archive.length; i++) {
            if (buffer.getInt(position) != 0x02014b50) {
                problems.add(archiveName, 0, "the archive's directory is damaged");
                break;
            }
            int madeBy = Short.toUnsignedInt(buffer.getShort(position + 4)) >> 8;
            int nameLength = Short.toUnsignedInt(buffer.getShort(position + 28));
            int extraLength = Short.toUnsignedInt(buffer.getShort(position + 30));
            int commentLength = Short.toUnsignedInt(buffer.getShort(position + 32));
            long external = Integer.toUnsignedLong(buffer.getInt(position + 38));
            if (position + 46 + nameLength > archive.length) {
                break;
            }
            String name = new String(archive, position + 46, nameLength, java.nio.charset.StandardCharsets.UTF_8);
            if (madeBy == 3 && ((external >>> 16) & 0170000) == 0120000) {
                links.add(name);
            }
            position += 46 + nameLength + extraLength + commentLength;
        }
        return links;
    }

    private static String megabytes(long bytes) {
        return (bytes / (1024 * 1024)) + " MiB";
    }
}
