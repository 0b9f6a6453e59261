package org.kickoff.domain;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** A text in several languages, keyed by ISO 639-1 language code. */
public record LocalizedText(Map<String, String> texts) {

    public static final String FALLBACK_LANGUAGE = "en";
    public static final LocalizedText EMPTY = new LocalizedText(Map.of());

    public LocalizedText {
        texts = Collections.unmodifiableMap(new LinkedHashMap<>(texts));
    }

    public static LocalizedText of(String en, String de) {
        Map<String, String> map = new LinkedHashMap<>();
        map.put("en", en);
        map.put("de", de);
        return new LocalizedText(map);
    }

    /** The text in the given language, else in English, else in any language, else empty. */
    public String in(String language) {
        String text = texts.get(language);
        if (text == null || text.isEmpty()) {
            text = texts.get(FALLBACK_LANGUAGE);
        }
        if ((text == null || text.isEmpty()) && !texts.isEmpty()) {
            text = texts.values().iterator().next();
        }
        return text == null ? "" : text;
    }

    public boolean isEmpty() {
        return texts.values().stream().allMatch(String::isBlank);
    }

    public boolean has(String language) {
        String text = texts.get(language);
        return text != null && !text.isBlank();
    }
}
