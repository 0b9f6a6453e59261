package org.kickoff.ui.sharing;

import java.util.ArrayList;
import java.util.List;
import org.kickoff.domain.Questionnaire;
import org.kickoff.domain.QuestionnaireUpgrade;
import org.kickoff.i18n.Messages;

/** What an upgrade to a newer questionnaire did, in words: changed, removed and added questions. */
public final class UpgradeReport {

    private static final int LISTED = 8;
    private final Messages messages;

    public UpgradeReport(Messages messages) {
        this.messages = messages;
    }

    public String describe(QuestionnaireUpgrade upgrade, Questionnaire current) {
        List<String> lines = new ArrayList<>();
        lines.add(messages.get("upgrade.intro", current.title().in(messages.language()), current.version()));
        section(lines, "upgrade.changed", upgrade.changed(), current);
        section(lines, "upgrade.removed", upgrade.removed(), current);
        section(lines, "upgrade.added", upgrade.added(), current);
        section(lines, "upgrade.invalid", upgrade.invalid().stream().map(QuestionnaireUpgrade.InvalidAnswer::questionId)
                .toList(), current);
        return String.join("\n", lines);
    }

    private void section(List<String> lines, String key, List<String> ids, Questionnaire current) {
        if (ids.isEmpty()) {
            return;
        }
        lines.add("");
        lines.add(messages.get(key, ids.size()));
        ids.stream().limit(LISTED).forEach(id -> lines.add("  \u2022 " + current.question(id)
                .map(q -> q.text().in(messages.language())).orElse(id)));
        if (ids.size() > LISTED) {
            lines.add("  " + messages.get("upgrade.more", ids.size() - LISTED));
        }
    }
}
