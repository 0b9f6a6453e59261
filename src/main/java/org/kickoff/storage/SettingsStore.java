package org.kickoff.storage;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.kickoff.domain.ProblemException;

/**
 * Reads and writes the settings file. A missing or damaged settings file never stops Kickoff: it starts
 * with defaults (and a damaged file is replaced at the next save).
 */
public final class SettingsStore {

    private final Path file;

    public SettingsStore(Path file) {
        this.file = file;
    }

    public Settings load(String defaultLanguage) {
        if (!Files.isRegularFile(file)) {
            return Settings.defaults(defaultLanguage);
        }
        try {
            return parse(JsonSource.parse(JsonSource.readBytes(file, JsonLimits.SETTINGS), JsonLimits.SETTINGS),
                    defaultLanguage);
        } catch (ProblemException | RuntimeException e) {
            return Settings.defaults(defaultLanguage);
        }
    }

    private static Settings parse(JsonNode tree, String defaultLanguage) throws ProblemException {
        JsonObject root = JsonObject.of(tree, "$");
        List<Path> recent = new ArrayList<>();
        for (String text : root.strings("recentFiles")) {
            path(text).ifPresent(recent::add);
        }
        Settings.WindowPlacement window = Settings.WindowPlacement.DEFAULT;
        if (root.has("window")) {
            JsonObject w = root.object("window");
            double width = clamp(w.number("width").map(Number::doubleValue).orElse(1280.0), 640, 10_000);
            double height = clamp(w.number("height").map(Number::doubleValue).orElse(800.0), 480, 10_000);
            window = new Settings.WindowPlacement(w.number("x").map(Number::doubleValue).orElse(null),
                    w.number("y").map(Number::doubleValue).orElse(null), width, height, w.bool("maximized", false));
        }
        String language = root.string("language", defaultLanguage);
        Map<Path, Settings.Memory> memories = new LinkedHashMap<>();
        if (root.has("projects")) {
            JsonObject projects = root.object("projects");
            for (Map.Entry<String, JsonNode> entry : projects.fields()) {
                Optional<Path> file = path(entry.getKey());
                if (file.isEmpty()) {
                    continue;
                }
                JsonObject memory = JsonObject.of(entry.getValue(), projects.at(entry.getKey()));
                memories.put(file.get(), new Settings.Memory(memory.string("name", ""),
                        memory.number("done").map(Number::intValue).orElse(0), memory.instant("saved"),
                        memory.string("page", "")));
            }
        }
        return new Settings(language, root.string("theme", Settings.LIGHT), recent,
                path(root.string("lastProject", "")).orElse(null), window, memories);
    }

    private static double clamp(double value, double min, double max) {
        return Math.max(min, Math.min(max, value));
    }

    private static Optional<Path> path(String text) {
        if (text == null || text.isBlank() || text.length() > 4096) {
            return Optional.empty();
        }
        try {
            return Optional.of(Path.of(text));
        } catch (InvalidPathException e) {
            return Optional.empty();
        }
    }

    public void save(Settings settings) throws IOException {
        // the settings name recent projects: Kickoff's configuration folder is private
        PrivateFiles.folder(file.toAbsolutePath().getParent(), file.toAbsolutePath().getParent());
        AtomicFile.write(file, PrettyJson.write(g -> {
            g.writeStartObject();
            g.writeStringField("language", settings.language());
            g.writeStringField("theme", settings.theme());
            g.writeArrayFieldStart("recentFiles");
            for (Path path : settings.recentFiles()) {
                g.writeString(path.toString());
            }
            g.writeEndArray();
            if (settings.lastProject() != null) {
                g.writeStringField("lastProject", settings.lastProject().toString());
            }
            Settings.WindowPlacement w = settings.window();
            g.writeObjectFieldStart("window");
            if (w.x() != null && w.y() != null) {
                g.writeNumberField("x", w.x());
                g.writeNumberField("y", w.y());
            }
            g.writeNumberField("width", w.width());
            g.writeNumberField("height", w.height());
            g.writeBooleanField("maximized", w.maximized());
            g.writeEndObject();
            if (!settings.memories().isEmpty()) {
                g.writeObjectFieldStart("projects");
                for (Map.Entry<Path, Settings.Memory> entry : settings.memories().entrySet()) {
                    Settings.Memory memory = entry.getValue();
                    g.writeObjectFieldStart(entry.getKey().toString());
                    g.writeStringField("name", memory.name());
                    g.writeNumberField("done", memory.percentDone());
                    if (memory.saved() != null) {
                        g.writeStringField("saved", memory.saved().toString());
                    }
                    g.writeStringField("page", memory.page());
                    g.writeEndObject();
                }
                g.writeEndObject();
            }
            g.writeEndObject();
        }), FileWriting.system(), PrivateFiles.FILE);
    }
}
