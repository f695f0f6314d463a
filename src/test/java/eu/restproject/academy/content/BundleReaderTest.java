package eu.restproject.academy.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BundleReaderTest {

    private static List<String> problems(BundleReader.Read read) {
        return read.problems().stream().map(Problem::toString).toList();
    }

    @Test
    void archivesMayHoldTheBundleInsideItsFolders() {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        Bundles.valid().forEach((path, bytes) -> entries.put("test-module/1.0.0/" + path, bytes));
        BundleReader.Read read = BundleReader.zip("bundle.zip", Bundles.zip(entries));
        assertEquals(List.of(), read.problems());
        assertTrue(read.files().orElseThrow().find("lessons/first-lesson.en.md").isPresent());
        assertEquals(
                List.of(),
                Bundles.validate(new LinkedHashMap<>(read.files().orElseThrow().all()))
                        .problems());
    }

    @Test
    void entriesEscapingTheBundleAreRefused() {
        Map<String, byte[]> entries = Bundles.valid();
        entries.put("../../etc/cron.d/evil", Bundles.utf8("x"));
        entries.put("/etc/passwd", Bundles.utf8("x"));
        List<String> problems = problems(BundleReader.zip("bundle.zip", Bundles.zip(entries)));
        assertTrue(
                problems.contains("../../etc/cron.d/evil:0: paths leading out of the bundle ('..') are not allowed"),
                problems.toString());
        assertTrue(problems.contains("/etc/passwd:0: absolute paths are not allowed in a bundle"), problems.toString());
    }

    @Test
    void symbolicLinksInArchivesAreRefused() {
        Map<String, byte[]> entries = Bundles.valid();
        entries.put("assets/link.png", Bundles.utf8("/etc/passwd"));
        byte[] archive = Bundles.zip(entries);
        markAsSymbolicLink(archive, "assets/link.png");
        assertTrue(problems(BundleReader.zip("bundle.zip", archive))
                .contains("assets/link.png:0: symbolic links are not allowed in a bundle"));
    }

    @Test
    void symbolicLinksInFoldersAreRefused(@TempDir Path folder) throws Exception {
        for (var file : Bundles.valid().entrySet()) {
            Path path = folder.resolve(file.getKey());
            Files.createDirectories(path.getParent());
            Files.write(path, file.getValue());
        }
        Files.createSymbolicLink(folder.resolve("assets/secret.png"), Path.of("/etc/passwd"));
        assertTrue(problems(BundleReader.folder(folder))
                .contains("assets/secret.png:0: symbolic links are not allowed in a bundle"));
    }

    @Test
    void archivesThatExpandPastTheLimitsAreRefused() {
        Map<String, byte[]> bomb = Bundles.valid();
        bomb.put("assets/huge.pdf", new byte[(int) BundleFiles.MAX_FILE_BYTES + 1]);
        byte[] archive = Bundles.zip(bomb);
        assertTrue(archive.length < 200_000, "the test archive itself is small: " + archive.length);
        assertTrue(problems(BundleReader.zip("bomb.zip", archive))
                .contains("assets/huge.pdf:0: the file unpacks to more than 20 MiB"));

        Map<String, byte[]> many = Bundles.valid();
        for (int i = 0; i < BundleFiles.MAX_ENTRIES; i++) {
            many.put("assets/file" + i + ".pdf", Bundles.utf8("%PDF"));
        }
        assertTrue(problems(BundleReader.zip("many.zip", Bundles.zip(many)))
                .contains("many.zip:0: the archive has more than 500 files"));
    }

    @Test
    void anArchiveOfCountlessEmptyEntriesIsRefusedBeforeItsDirectoryIsRead() {
        Map<String, byte[]> countless = Bundles.valid();
        for (int i = 0; i < 5 * BundleFiles.MAX_ENTRIES; i++) {
            countless.put("assets/" + i, new byte[0]);
        }
        BundleReader.Read read = BundleReader.zip("countless.zip", Bundles.zip(countless));
        assertEquals(List.of("countless.zip:0: the archive has more than 500 files"), problems(read));
    }

    @Test
    void somethingThatIsNotAZipIsRefused() {
        UnreadableArchiveException refusal = assertThrows(
                UnreadableArchiveException.class, () -> BundleReader.zip("notzip.zip", Bundles.utf8("plain text")));
        assertEquals("not a zip archive, or an empty one", refusal.reason());
        assertEquals("modules.upload.unreadable", refusal.messageKey());
    }

    @Test
    void aTruncatedOrDamagedArchiveIsRefusedAsUnreadable() {
        byte[] whole = Bundles.zip(Bundles.valid());
        byte[] truncated = Arrays.copyOf(whole, whole.length / 2);
        UnreadableArchiveException refusal =
                assertThrows(UnreadableArchiveException.class, () -> BundleReader.zip("truncated.zip", truncated));
        assertTrue(refusal.reason().startsWith("not a zip archive, or a damaged one"), refusal.reason());

        byte[] damaged = whole.clone();
        Arrays.fill(damaged, 30, 60, (byte) 0xFF);
        assertThrows(UnreadableArchiveException.class, () -> BundleReader.zip("damaged.zip", damaged));
    }

    @Test
    void anEntryStoredTwiceIsRefused() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipArchiveOutputStream zip = new ZipArchiveOutputStream(bytes)) {
            for (var file : Bundles.valid().entrySet()) {
                add(zip, new ZipArchiveEntry(file.getKey()), file.getValue());
            }
            add(zip, new ZipArchiveEntry("module.yaml"), Bundles.utf8("id: other"));
        }
        assertTrue(problems(BundleReader.zip("twice.zip", bytes.toByteArray()))
                .contains("module.yaml:0: the archive contains this file twice"));
    }

    @Test
    void symbolicLinksWrittenByAZipToolAreRefused() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipArchiveOutputStream zip = new ZipArchiveOutputStream(bytes)) {
            for (var file : Bundles.valid().entrySet()) {
                add(zip, new ZipArchiveEntry(file.getKey()), file.getValue());
            }
            ZipArchiveEntry link = new ZipArchiveEntry("assets/link.png");
            link.setUnixMode(0120777);
            add(zip, link, Bundles.utf8("/etc/passwd"));
        }
        assertTrue(problems(BundleReader.zip("links.zip", bytes.toByteArray()))
                .contains("assets/link.png:0: symbolic links are not allowed in a bundle"));
    }

    @Test
    void anEntryWhoseBytesDoNotMatchItsChecksumIsRefusedAsUnreadable() {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put("module.yaml", Bundles.utf8("id: test-module"));
        byte[] archive = Bundles.zip(entries);
        ByteBuffer buffer = ByteBuffer.wrap(archive).order(ByteOrder.LITTLE_ENDIAN);
        for (int i = 0; i + 46 < archive.length; i++) {
            if (buffer.getInt(i) == 0x02014b50) {
                buffer.putInt(i + 16, buffer.getInt(i + 16) ^ 1);
            }
        }
        UnreadableArchiveException refusal =
                assertThrows(UnreadableArchiveException.class, () -> BundleReader.zip("crc.zip", archive));
        assertTrue(refusal.reason().startsWith("not a zip archive, or a damaged one"), refusal.reason());
    }

    @Test
    void anEntryDeclaringAHugeSizeIsRefusedBeforeItIsUnpacked() {
        byte[] archive = Bundles.zip(Bundles.valid());
        ByteBuffer buffer = ByteBuffer.wrap(archive).order(ByteOrder.LITTLE_ENDIAN);
        for (int i = 0; i + 46 < archive.length; i++) {
            if (buffer.getInt(i) == 0x02014b50) {
                buffer.putInt(i + 24, Integer.MAX_VALUE);
            }
        }
        assertTrue(problems(BundleReader.zip("declared.zip", archive))
                .contains("module.yaml:0: the file unpacks to more than 20 MiB"));
    }

    private static void add(ZipArchiveOutputStream zip, ZipArchiveEntry entry, byte[] content) throws Exception {
        zip.putArchiveEntry(entry);
        zip.write(content);
        zip.closeArchiveEntry();
    }

    /** Marks an entry in the central directory as a Unix symbolic link, as `zip --symlinks` does. */
    private static void markAsSymbolicLink(byte[] archive, String name) {
        ByteBuffer buffer = ByteBuffer.wrap(archive).order(ByteOrder.LITTLE_ENDIAN);
        byte[] wanted = Bundles.utf8(name);
        for (int i = 0; i + 46 < archive.length; i++) {
            if (buffer.getInt(i) == 0x02014b50) {
                int length = Short.toUnsignedInt(buffer.getShort(i + 28));
                if (length == wanted.length
                        && java.util.Arrays.equals(archive, i + 46, i + 46 + length, wanted, 0, length)) {
                    buffer.putShort(i + 4, (short) ((3 << 8) | 20));
                    buffer.putInt(i + 38, 0120777 << 16);
                    return;
                }
            }
        }
        throw new AssertionError("entry not found");
    }
}
