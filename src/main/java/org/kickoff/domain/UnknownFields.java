package org.kickoff.domain;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Fields a file carried that this version of Kickoff does not know (for example written by a newer
 * version), kept as raw JSON text by name so that a save writes them back unchanged.
 */
public record UnknownFields(Map<String, String> rawJsonByName) {

    public static final UnknownFields NONE = new UnknownFields(Map.of());

    public UnknownFields {
        rawJsonByName = Collections.unmodifiableMap(new LinkedHashMap<>(rawJsonByName));
    }

    public boolean isEmpty() {
        return rawJsonByName.isEmpty();
    }
}
