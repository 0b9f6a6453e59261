package org.kickoff.ui.about;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * What Help &gt; About shows: the version of this build, the libraries and fonts Kickoff contains with
 * their licences, and the licence texts. The build writes the list and the texts next to each other
 * ({@code META-INF/THIRD-PARTY.tsv} and {@code .txt}, from the libraries' metadata; see packaging/notices),
 * with Kickoff's own licence beside them ({@code META-INF/LICENSE}).
 */
public final class AboutViewModel {

    /** One bundled library or font, as the build lists it. */
    public record Library(String name, String version, String licence, String copyright, String url) {
    }

    static final String LIST = "/META-INF/THIRD-PARTY.tsv";

    private final String version;
    private final List<Library> libraries;
    private final String licenceTexts;

    AboutViewModel(String version, List<Library> libraries, String licenceTexts) {
        this.version = version;
        this.libraries = List.copyOf(libraries);
        this.licenceTexts = licenceTexts;
    }

    /** The list and texts this build of Kickoff carries; none when it was not built with Maven (an IDE's build). */
    public static AboutViewModel ofThisBuild(String version) {
        URL list = AboutViewModel.class.getResource(LIST);
        if (list == null) {
            return new AboutViewModel(version, List.of(), "");
        }
        try {
            // the licence and the notice beside the list, in the same jar: another jar's META-INF/LICENSE
            // (Openhtmltopdf's, say) may come first on the class path
            return new AboutViewModel(version, parse(read(list)),
                    read(new URL(list, "LICENSE")) + "\n\n" + read(new URL(list, "THIRD-PARTY.txt")));
        } catch (IOException e) {
            throw new UncheckedIOException("The build's list of libraries cannot be read: " + list, e);
        }
    }

    /** The build's tab-separated list: name, version, licence, copyright, web site; "#" starts a comment. */
    static List<Library> parse(String table) {
        return table.lines().filter(line -> !line.isBlank() && !line.startsWith("#")).map(line -> {
            String[] field = line.split("\t", -1);
            if (field.length != 5) {
                throw new IllegalArgumentException("Not five tab-separated fields in " + LIST + ": " + line);
            }
            return new Library(field[0], field[1], field[2], field[3], field[4]);
        }).toList();
    }

    public String version() {
        return version;
    }

    public List<Library> libraries() {
        return libraries;
    }

    /** Kickoff's licence, then the third-party notice with every licence text; English, as their authors wrote them. */
    public String licenceTexts() {
        return licenceTexts;
    }

    public boolean hasLibraries() {
        return !libraries.isEmpty();
    }

    /** The replaceable LGPL library, when Kickoff contains one: the About window says it may be replaced. */
    public Optional<Library> lgplLibrary() {
        return libraries.stream().filter(l -> l.licence().startsWith("LGPL")).findFirst();
    }

    /** Where the running Java keeps the licences and notices of its modules. */
    public Path runtimeNotices() {
        return Path.of(System.getProperty("java.home"), "legal");
    }

    private static String read(URL url) throws IOException {
        try (InputStream in = url.openStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
        }
    }
}
