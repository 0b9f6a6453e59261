package org.kickoff.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.kickoff.domain.Problem;

/** Text from a file is shown, never obeyed: escape sequences, bidi overrides and line breaks come out escaped. */
class VisibleTextTest {

    @Test
    void controlAndBidiCharactersAreShownAsEscapes() {
        assertEquals("Evil\\x1B]0;pwned\\x07\\x1B[2J\\nvalid\\u202Etxt\\x00\\x9B\\u2066x\\u2069\\u200E\\u061C\\r\\t",
                VisibleText.line("Evil\u001b]0;pwned\u0007\u001b[2J\nvalid\u202etxt\u0000\u009b\u2066x\u2069\u200e"
                        + "\u061c\r\t"));
        assertEquals("tag\\U000E0041", VisibleText.line("tag\uDB40\uDC41"), "invisible tag characters too");
        assertEquals("\\uD800 lone half", VisibleText.line("\uD800 lone half"));
    }

    @Test
    void ordinaryTextOfEveryScriptIsLeftAlone() {
        String text = "Grüße, 東京, مرحبا, שלום, 👩🏽‍💻, नमस्ते, ‌ZWNJ";
        assertSame(text, VisibleText.line(text));
    }

    @Test
    void severalLinesKeepTheirBreaksButNoLoneCarriageReturn() {
        assertEquals("one\ntwo\r\nthree\\rfour\tfive\\x1B", VisibleText.lines("one\ntwo\r\nthree\rfour\tfive\u001b"));
    }

    @Test
    void aProblemMessageIsOneLineOfAtMost500Characters() {
        Problem problem = Problem.at("$.answers['x\u001b[2J']", "project.unknown-option", "y\n".repeat(400));
        String message = Messages.forLanguage("de").problem(problem);
        assertTrue(message.length() <= VisibleText.MAX_MESSAGE, message.length() + " characters");
        assertTrue(message.startsWith("$.answers['x\\x1B[2J']: Diese Frage hat keine Option „y\\ny\\n"), message);
        assertEquals(1, message.lines().count());
    }

    @Test
    void theKindOfValueFoundIsSaidInTheUsersLanguage() {
        Problem problem = Problem.at("$.formatVersion", "json.expected-string", "json.kind.number");
        assertEquals("$.formatVersion: Hier wird ein Text erwartet, gefunden: eine Zahl.",
                Messages.forLanguage("de").problem(problem));
        assertEquals("$.formatVersion: Expected a text here, found a number.",
                Messages.forLanguage("en").problem(problem));
    }
}
