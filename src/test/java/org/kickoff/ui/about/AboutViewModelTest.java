package org.kickoff.ui.about;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What the About window lists comes from the build's notice, beside Kickoff's own licence. */
class AboutViewModelTest {

    @Test
    void listsWhatTheBuildBundledWithTheirLicences() throws IOException {
        AboutViewModel about = AboutViewModel.ofThisBuild("9.9.9");
        assertEquals("9.9.9", about.version());
        List<String> rows = Files.readAllLines(Path.of("target/classes/META-INF/THIRD-PARTY.tsv")).stream()
                .filter(l -> !l.startsWith("#")).toList();
        assertEquals(rows.size(), about.libraries().size());
        AboutViewModel.Library fonts = about.libraries().stream().filter(l -> l.name().startsWith("DejaVu"))
                .findFirst().orElseThrow();
        assertEquals("2.37", fonts.version());
        assertTrue(about.libraries().stream().anyMatch(l -> l.name().equals("picocli") && l.licence().equals("Apache-2.0")
                && l.copyright().contains("Remko Popma")), about.libraries().toString());
        assertTrue(about.lgplLibrary().orElseThrow().name().startsWith("Openhtmltopdf"));
    }

    @Test
    void theTextsStartWithKickoffsOwnLicenceNotAnotherJarsOne() {
        // Openhtmltopdf's jars, also on this class path, have a META-INF/LICENSE of their own
        String texts = AboutViewModel.ofThisBuild("1").licenceTexts();
        assertTrue(texts.startsWith("MIT License\n\nCopyright (c) 2026 The Kickoff authors"), texts.substring(0, 80));
        assertTrue(texts.contains("third-party notices"), "the notice follows");
        assertTrue(texts.contains("GNU LESSER GENERAL PUBLIC LICENSE"), "with the licence texts");
    }

    @Test
    void aRowThatIsNotFiveFieldsIsABuildError() {
        assertEquals(List.of(new AboutViewModel.Library("A", "1", "MIT", "Copyright A", "")),
                AboutViewModel.parse("# name\tversion\tlicence\tcopyright\tweb site\nA\t1\tMIT\tCopyright A\t\n"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> AboutViewModel.parse("A\t1\tMIT\n"));
        assertTrue(e.getMessage().contains("A\t1\tMIT"), e.getMessage());
    }

    @Test
    void withoutTheBuildsListThereIsNothingToList() {
        AboutViewModel about = new AboutViewModel("1", List.of(), "");
        assertTrue(!about.hasLibraries() && about.lgplLibrary().isEmpty());
    }
}
