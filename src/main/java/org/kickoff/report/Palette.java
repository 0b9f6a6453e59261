package org.kickoff.report;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The exports' style sheet with its colours resolved: {@code summary.css} names every colour once in its
 * {@code :root} block and uses them as {@code var(--name)}; the PDF engine knows no CSS variables, so the
 * values are put in place, and the exporter asks for the few colours it writes itself (the page footer).
 */
record Palette(String css, Map<String, String> colours) {

    private static final Pattern ROOT = Pattern.compile(":root\\s*\\{([^}]*)}\\s*");
    private static final Pattern DECLARATION = Pattern.compile("--([a-z-]+)\\s*:\\s*([^;]+);");
    private static final Pattern USE = Pattern.compile("var\\(--([a-z-]+)\\)");

    Palette {
        colours = Map.copyOf(colours);
    }

    static Palette resolve(String css) {
        Matcher root = ROOT.matcher(css);
        if (!root.find()) {
            throw new IllegalStateException("summary.css has no :root palette");
        }
        Map<String, String> colours = new LinkedHashMap<>();
        Matcher declaration = DECLARATION.matcher(root.group(1));
        while (declaration.find()) {
            colours.put(declaration.group(1), declaration.group(2).strip());
        }
        String body = css.substring(0, root.start()) + css.substring(root.end());
        Matcher use = USE.matcher(body);
        StringBuilder resolved = new StringBuilder();
        while (use.find()) {
            String value = colours.get(use.group(1));
            if (value == null) {
                throw new IllegalStateException("summary.css uses --" + use.group(1) + ", which its palette lacks");
            }
            use.appendReplacement(resolved, Matcher.quoteReplacement(value));
        }
        use.appendTail(resolved);
        return new Palette(resolved.toString(), colours);
    }

    String colour(String name) {
        String value = colours.get(name);
        if (value == null) {
            throw new IllegalArgumentException("no colour " + name + " in the palette of summary.css");
        }
        return value;
    }
}
