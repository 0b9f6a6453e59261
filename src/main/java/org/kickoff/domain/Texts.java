package org.kickoff.domain;

/** When two texts typed by people say the same: line ends and surrounding blanks do not count. */
final class Texts {

    private Texts() {
    }

    static boolean same(String a, String b) {
        return normalize(a).equals(normalize(b));
    }

    static String normalize(String text) {
        return text == null ? "" : text.replace("\r\n", "\n").replace('\r', '\n').strip();
    }
}
