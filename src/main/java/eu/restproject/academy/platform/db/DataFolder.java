package eu.restproject.academy.platform.db;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.SQLException;
import java.util.EnumSet;
import java.util.Set;
import java.util.logging.Logger;
import java.util.stream.Stream;
import javax.sql.DataSource;

/**
 * Keeps the embedded database's folder to the account that runs the platform: the folder
 * {@code rwx------}, its files {@code rw-------} (on POSIX file systems). H2 creates its files with
 * the process's umask, usually readable by every local user, and creates more later (trace and
 * temporary files): the closed folder is what protects those, and the files there are tightened at
 * each start.
 */
final class DataFolder {

    private static final Logger LOG = Logger.getLogger(DataFolder.class.getName());
    private static final Set<PosixFilePermission> OWNER_ONLY = EnumSet.of(
            PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE, PosixFilePermission.OWNER_EXECUTE);
    private static final Set<PosixFilePermission> OTHERS = EnumSet.of(
            PosixFilePermission.GROUP_READ,
            PosixFilePermission.GROUP_WRITE,
            PosixFilePermission.GROUP_EXECUTE,
            PosixFilePermission.OTHERS_READ,
            PosixFilePermission.OTHERS_WRITE,
            PosixFilePermission.OTHERS_EXECUTE);

    private DataFolder() {}

    /** Closes the folder, lets the database create its files in it (one connection), then closes those files too. */
    static void protect(Path folder, DataSource database) throws SQLException {
        if (!FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            return;
        }
        try {
            closeFolder(folder);
            database.getConnection().close();
            closeFiles(folder);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot make the data folder " + folder + " private to its owner", e);
        }
    }

    private static void closeFolder(Path folder) throws IOException {
        if (Files.notExists(folder)) {
            Files.createDirectories(folder, PosixFilePermissions.asFileAttribute(OWNER_ONLY));
            return;
        }
        Set<PosixFilePermission> before = Files.getPosixFilePermissions(folder);
        Set<PosixFilePermission> after = EnumSet.copyOf(before);
        if (after.removeAll(OTHERS)) {
            Files.setPosixFilePermissions(folder, after);
            LOG.warning(() -> "The data folder " + folder + " was open to other local users ("
                    + PosixFilePermissions.toString(before) + "); it is now " + PosixFilePermissions.toString(after)
                    + ", and so are the files in it");
        }
    }

    private static void closeFiles(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.filter(f -> Files.isRegularFile(f, LinkOption.NOFOLLOW_LINKS))
                    .toList()) {
                Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(file, LinkOption.NOFOLLOW_LINKS);
                if (permissions.removeAll(OTHERS)) {
                    Files.setPosixFilePermissions(file, permissions);
                }
            }
        }
    }
}
