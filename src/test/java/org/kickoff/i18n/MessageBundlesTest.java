package org.kickoff.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every bundle has every key, every key is used, every used key exists, every text is well-formed. */
class MessageBundlesTest {

    private static final Pattern LITERAL = Pattern.compile("\"([a-z0-9-]+(?:\\.[a-z0-9-]+)+)\"");

    private static Properties load(String resource) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = MessageBundlesTest.class.getResourceAsStream(resource)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    private static Set<String> keys(Properties properties) {
        return new TreeSet<>(properties.stringPropertyNames());
    }

    @Test
    void everyLanguageHasEveryKey() throws IOException {
        assertEquals(keys(load("/i18n/messages.properties")), keys(load("/i18n/messages_de.properties")));
        assertEquals(keys(load("/i18n/cli.properties")), keys(load("/i18n/cli_de.properties")));
    }

    @Test
    void noTextIsEmptyAndEveryPatternParses() throws IOException {
        for (String bundle : new String[] {"/i18n/messages.properties", "/i18n/messages_de.properties"}) {
            Properties properties = load(bundle);
            for (String key : properties.stringPropertyNames()) {
                String value = properties.getProperty(key);
                assertTrue(!value.isBlank(), bundle + " " + key + " is empty");
                new MessageFormat(value);
                // a lone apostrophe would silently swallow the rest of the text
                assertTrue(!value.replace("''", "").contains("'"), bundle + " " + key + " has a lone apostrophe");
            }
        }
    }

    @Test
    void everyKeyIsUsedAndEveryUsedKeyExists() throws IOException {
        Set<String> keys = keys(load("/i18n/messages.properties"));
        Set<String> literals = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher m = LITERAL.matcher(Files.readString(file));
                while (m.find()) {
                    literals.add(m.group(1));
                }
            }
        }
        Set<String> unused = new TreeSet<>(keys);
        unused.removeAll(literals);
        assertEquals(Set.of(), unused, "keys in the bundle that no code uses");
        Set<String> missing = new TreeSet<>();
        for (String literal : literals) {
            String prefix = literal.substring(0, literal.indexOf('.'));
            boolean looksLikeKey = keys.stream().anyMatch(k -> k.startsWith(prefix + "."));
            if (looksLikeKey && !keys.contains(literal) && !literal.matches(".*\\.(json|kickoff|properties|css|png)$")) {
                missing.add(literal);
            }
        }
        assertEquals(Set.of(), missing, "keys that code uses but the bundle lacks");
    }
}
