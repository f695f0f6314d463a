package eu.restproject.academy.platform.db;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DataFolderTest {

    private static String permissions(Path path) throws Exception {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(path));
    }

    private static JdbcDataSource h2(Path folder) {
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:file:" + folder.resolve("academy") + ";DB_CLOSE_ON_EXIT=FALSE");
        h2.setUser("academy");
        return h2;
    }

    @Test
    void aNewDataFolderAndItsDatabaseBelongToTheOwnerOnly(@TempDir Path parent) throws Exception {
        Path data = parent.resolve("new/data");
        DataFolder.protect(data, h2(data));
        assertEquals("rwx------", permissions(data));
        assertEquals("rw-------", permissions(data.resolve("academy.mv.db")));
    }

    @Test
    void anOpenDataFolderAndItsFilesAreClosed(@TempDir Path parent) throws Exception {
        Path data = Files.createDirectory(parent.resolve("data"));
        Files.setPosixFilePermissions(data, PosixFilePermissions.fromString("rwxrwxr-x"));
        Path trace = Files.writeString(data.resolve("academy.trace.db"), "old trace");
        Files.setPosixFilePermissions(trace, PosixFilePermissions.fromString("rw-rw-r--"));
        DataFolder.protect(data, h2(data));
        assertEquals("rwx------", permissions(data));
        assertEquals("rw-------", permissions(trace));
        assertEquals("rw-------", permissions(data.resolve("academy.mv.db")));
    }

    @Test
    void onlyFileUrlsNameADatabaseFile() {
        assertEquals(
                Optional.of(Path.of("/srv/academy/academy")),
                AcademyDataSource.h2File("jdbc:h2:file:/srv/academy/academy;DB_CLOSE_ON_EXIT=FALSE"));
        assertEquals(
                Optional.of(Path.of(System.getProperty("user.home"), ".rest-academy/academy")),
                AcademyDataSource.h2File("jdbc:h2:~/.rest-academy/academy"));
        assertEquals(Optional.empty(), AcademyDataSource.h2File("jdbc:h2:mem:academy;DB_CLOSE_DELAY=-1"));
        assertEquals(Optional.empty(), AcademyDataSource.h2File("jdbc:h2:tcp://localhost/~/academy"));
    }
}
