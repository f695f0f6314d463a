package eu.restproject.academy.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.restproject.academy.support.RunningAcademy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** What the packaged platform does at start: a data folder for its owner only, and an end with the reason when it cannot start. */
@ExtendWith(RunningAcademy.class)
class StartSystemIT {

    private static String permissions(Path path) throws Exception {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(path));
    }

    @Test
    void anOpenDataFolderIsClosedToOtherLocalUsersAtStart() throws Exception {
        // The test created the folder with the usual umask (rwxr-xr-x) before the platform started.
        Path data = RunningAcademy.dataFolder();
        assertEquals("rwx------", permissions(data));
        assertEquals("rw-------", permissions(data.resolve("academy.mv.db")));
        assertEquals("rw-------", permissions(data.resolve("server.log")));
    }

    @Test
    void aRefusedAdminPasswordEndsTheProcessWithItsReason() throws Exception {
        Path data = RunningAcademy.dataFolder().resolveSibling("system-data-refused-start");
        RunningAcademy.Ended ended =
                RunningAcademy.runUntilEnd(data, Map.of("ACADEMY_ADMIN_PASSWORD", "short"), Duration.ofSeconds(240));
        assertTrue(ended.exitCode().isPresent(), "the platform still ran after 240 s");
        assertNotEquals(0, ended.exitCode().get());
        assertTrue(
                ended.output()
                        .contains(
                                "REST Academy cannot start: ACADEMY_ADMIN_PASSWORD is not acceptable: "
                                        + "The password must have at least 12 characters. Fix it and start again. (exit status 1)"),
                ended.output());
        assertEquals("rwx------", permissions(data), "a new data folder is created for its owner only");
        assertEquals("rw-------", permissions(data.resolve("academy.mv.db")));
    }
}
