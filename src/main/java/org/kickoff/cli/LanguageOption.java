package org.kickoff.cli;

import java.util.Iterator;
import java.util.Locale;
import org.kickoff.i18n.Messages;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code --lang en|de}; without it, the system's language when Kickoff speaks it, else English. The
 * languages are {@link Messages#LANGUAGES}, the one list of them.
 */
final class LanguageOption {

    /** The languages Kickoff speaks, for the usage text and shell completion. */
    static final class Languages implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return Messages.LANGUAGES.iterator();
        }
    }

    @Spec(Spec.Target.MIXEE)
    CommandSpec spec;

    String language;

    @Option(names = "--lang", paramLabel = "LANG", completionCandidates = Languages.class,
            descriptionKey = "option.lang")
    void setLanguage(String value) {
        if (!Messages.LANGUAGES.contains(value)) {
            throw new ParameterException(spec.commandLine(), String.format(spec.commandLine().getResourceBundle()
                    .getString("cli.unknown-language"), String.join(", ", Messages.LANGUAGES)));
        }
        language = value;
    }

    Messages messages() {
        return language == null ? new Messages(Locale.getDefault()) : Messages.forLanguage(language);
    }
}
