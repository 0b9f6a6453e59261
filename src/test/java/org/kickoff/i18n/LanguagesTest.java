package org.kickoff.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.kickoff.Fixtures;

/**
 * A language is its bundles, the questionnaire's texts and one entry in {@link Messages#LANGUAGES}; the
 * rest (the View menu, {@code --lang}, the runtime's locales) follows from that list.
 */
class LanguagesTest {

    @Test
    void everyLanguageHasItsBundleTheQuestionnaireAndTheRuntimeLocales() throws Exception {
        for (String code : Messages.LANGUAGES) {
            Messages messages = Messages.forLanguage(code);
            assertEquals(code, messages.language());
            assertNotEquals("language.name", messages.get("language.name"), code + " names itself");
            assertTrue(Fixtures.builtIn().languages().contains(code), "the questionnaire speaks " + code);
        }
        assertEquals("English", Messages.forLanguage("en").get("language.name"));
        assertEquals("Deutsch", Messages.forLanguage("de").get("language.name"));
        Matcher locales = Pattern.compile("<jlink.locales>([^<]*)</jlink.locales>")
                .matcher(Files.readString(Path.of("pom.xml")));
        assertTrue(locales.find(), "the runtime's locales are set in pom.xml");
        assertEquals(String.join(",", Messages.LANGUAGES), locales.group(1),
                "the bundled runtime has the locale data of every language (dates, numbers)");
    }
}
