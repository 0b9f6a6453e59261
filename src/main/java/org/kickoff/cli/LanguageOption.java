package org.kickoff.cli;

import java.util.Locale;
import org.kickoff.i18n.Messages;
import picocli.CommandLine.Option;

/** {@code --lang en|de}; without it, the system's language when Kickoff speaks it, else English. */
final class LanguageOption {

    enum Language { en, de }

    @Option(names = "--lang", paramLabel = "en|de", descriptionKey = "option.lang")
    Language language;

    Messages messages() {
        return language == null ? new Messages(Locale.getDefault()) : Messages.forLanguage(language.name());
    }
}
