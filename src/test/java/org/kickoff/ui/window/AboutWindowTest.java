package org.kickoff.ui.window;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.kickoff.ui.about.AboutViewModel;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/** Help > About shows the build's version and every bundled library with its licence, in both languages. */
class AboutWindowTest extends WindowTestBase {

    @Start
    void start(Stage stage) {
        startKickoff(stage);
    }

    @Test
    void showsTheVersionOfTheBuildAndTheLicencesInEnglishAndGerman(FxRobot robot) throws Exception {
        robot.clickOn("Help").clickOn("About Kickoff");
        DialogPane about = open(robot);
        assertEquals("Kickoff " + pomVersion(), about.getHeaderText(), "the version comes from the build");
        TableView<AboutViewModel.Library> table = node(robot, "about-libraries");
        List<String> rows = Files.readAllLines(Path.of("target/classes/META-INF/THIRD-PARTY.tsv")).stream()
                .filter(l -> !l.startsWith("#")).map(l -> l.split("\t")[0]).toList();
        assertEquals(rows, table.getItems().stream().map(AboutViewModel.Library::name).toList(),
                "every library and font of the build's notice");
        assertEquals(List.of("Name", "Version", "Licence", "Copyright"), headers(table));
        assertTrue(labelled(robot, "Openhtmltopdf Core Renderer is under the GNU Lesser General Public License"));
        TextArea texts = node(robot, "about-licence-texts");
        assertTrue(texts.getText().contains("Copyright (c) 2026 The Kickoff authors")
                && texts.getText().contains("Bitstream Vera Fonts Copyright"), "Kickoff's licence and the others");
        robot.clickOn(closeButton(about, "Close"));
        waitFor(() -> robot.lookup("#about-dialog").tryQuery().isEmpty());

        robot.clickOn("View").clickOn("Language").clickOn("Deutsch");
        robot.clickOn("Hilfe").clickOn("Über Kickoff");
        about = open(robot);
        assertEquals("Über Kickoff", ((javafx.stage.Stage) about.getScene().getWindow()).getTitle());
        assertEquals(List.of("Name", "Version", "Lizenz", "Copyright"), headers(node(robot, "about-libraries")));
        assertTrue(labelled(robot, "steht unter der GNU Lesser General Public License"));
        robot.clickOn(closeButton(about, "Schließen"));
    }

    private static DialogPane open(FxRobot robot) {
        waitFor(() -> robot.lookup("#about-dialog").tryQuery().isPresent());
        return robot.lookup("#about-dialog").query();
    }

    /** The dialog's closing button, which speaks the window's language. */
    private static javafx.scene.Node closeButton(DialogPane about, String text) {
        ButtonType close = about.getButtonTypes().stream()
                .filter(t -> t.getButtonData() == javafx.scene.control.ButtonBar.ButtonData.CANCEL_CLOSE)
                .findFirst().orElseThrow();
        assertEquals(text, close.getText());
        return about.lookupButton(close);
    }

    private static List<String> headers(TableView<?> table) {
        return table.getColumns().stream().map(TableColumn::getText).toList();
    }

    private static boolean labelled(FxRobot robot, String text) {
        return robot.lookup(n -> n instanceof Labeled l && l.getText() != null && l.getText().contains(text))
                .tryQuery().isPresent();
    }

    private static String pomVersion() throws Exception {
        Properties build = new Properties();
        build.load(new StringReader(Files.readString(Path.of("target/classes/kickoff-build.properties"))));
        String pom = Files.readString(Path.of("pom.xml"));
        String version = pom.replaceFirst("(?s).*?<artifactId>kickoff</artifactId>\\s*<version>([^<]+)</version>.*", "$1");
        assertEquals(version, build.getProperty("version"), "the build writes the POM's version");
        return version;
    }
}
