package org.kickoff.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kickoff.Fixtures;
import org.kickoff.domain.Project;
import org.kickoff.domain.SampleProjects;

/**
 * A project kept at 0600 stays readable by its owner only in Kickoff's copies too: backups, recovery
 * copies and settings lie in folders of mode 0700 and are files of 0600 (never more than the project
 * has), and folders an older Kickoff made 0755 are tightened.
 */
class PrivateFilesTest {

    @TempDir
    Path dir;
    private AppFolders folders;
    private Path project;

    @BeforeEach
    void projectAtMode0600() throws Exception {
        assumeTrue(Files.getFileStore(dir).supportsFileAttributeView("posix"), "POSIX permissions");
        folders = AppFolders.under(dir.resolve("kickoff-home"));
        project = dir.resolve("secret.kickoff");
        new ProjectFiles().save(project, SampleProjects.base(), Fixtures.mini());
        Files.setPosixFilePermissions(project, PosixFilePermissions.fromString("rw-------"));
    }

    private static String mode(Path path) throws Exception {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(path));
    }

    @Test
    void backupsAreOwnerOnly() throws Exception {
        Backups backups = new Backups(folders.backups());
        new ProjectFiles(backups).save(project, SampleProjects.base().withInfo(SampleProjects.base().info()
                .withName("Changed")), Fixtures.mini());
        Path backup = backups.of(project).get(0);
        assertEquals("rw-------", mode(backup));
        assertEquals("rw-------", mode(backup.resolveSibling(Backups.ORIGIN_NOTE)));
        for (Path folder : List.of(backup.getParent(), folders.backups(), folders.data())) {
            assertEquals("rwx------", mode(folder), folder.toString());
        }
    }

    @Test
    void aCopyNeverHasMoreThanTheProjectItself() throws Exception {
        Files.setPosixFilePermissions(project, PosixFilePermissions.fromString("rw-r-----"));
        Backups backups = new Backups(folders.backups());
        backups.keep(project);
        assertEquals("rw-------", mode(backups.of(project).get(0)), "0640 gives 0600: the group is not let in");
        assertEquals(PrivateFiles.FILE, PrivateFiles.copyOf(project));
    }

    @Test
    void foldersAnOlderKickoffLeftOpenAreTightened() throws Exception {
        Backups backups = new Backups(folders.backups());
        Path old = backups.folderFor(project);
        Files.createDirectories(old);
        for (Path folder : List.of(old, folders.backups(), folders.data())) {
            Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
        backups.keep(project);
        for (Path folder : List.of(old, folders.backups(), folders.data())) {
            assertEquals("rwx------", mode(folder), folder.toString());
        }
    }

    @Test
    void recoveryCopiesAreOwnerOnly() throws Exception {
        RecoveryStore store = new RecoveryStore(folders.recovery(), AppInstance.current("test"));
        RecoveryStore.Draft draft = store.newDraft();
        Project project = SampleProjects.base();
        draft.write(project, Fixtures.mini(), this.project);
        assertEquals("rw-------", mode(draft.file()));
        assertEquals("rwx------", mode(folders.recovery()));
        assertEquals("rwx------", mode(folders.data()));
        RecoveryStore.Draft unsaved = store.newDraft();
        unsaved.write(project, Fixtures.mini(), null);
        assertEquals("rw-------", mode(unsaved.file()), "a project never saved is private too");
    }

    @Test
    void settingsAreOwnerOnly() throws Exception {
        Files.createDirectories(folders.config());
        Files.setPosixFilePermissions(folders.config(), PosixFilePermissions.fromString("rwxr-xr-x"));
        SettingsStore store = new SettingsStore(folders.settingsFile());
        store.save(store.load("en"));
        assertEquals("rw-------", mode(folders.settingsFile()), "it names the recent projects");
        assertEquals("rwx------", mode(folders.config()));
    }
}
