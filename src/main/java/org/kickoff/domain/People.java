package org.kickoff.domain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The people a project names, to pick owners from: its authors, the owners already given to open
 * questions, risks and actions, and the {@code name} column of its list answers (the team, stakeholders,
 * who gets alerts). Sorted as people read a list of names; each once.
 */
public final class People {

    /** The column id of list answers that hold people's names. */
    static final String NAME_COLUMN = "name";

    private People() {
    }

    public static List<String> of(Project project) {
        Set<String> names = new LinkedHashSet<>(project.info().authors());
        for (Answer answer : project.answers().values()) {
            names.add(answer.owner());
            if (answer.value() instanceof Value.Entries entries) {
                entries.rows().forEach(row -> names.add(row.getOrDefault(NAME_COLUMN, "")));
            }
        }
        project.register().values().forEach(e -> {
            names.add(e.owner());
            names.add(e.acceptedBy());
        });
        project.actions().values().forEach(a -> names.add(a.owner()));
        List<String> sorted = new ArrayList<>();
        for (String name : names) {
            String stripped = name == null ? "" : name.strip();
            if (!stripped.isEmpty() && !stripped.contains("\n") && stripped.length() <= 200 && !sorted.contains(stripped)) {
                sorted.add(stripped);
            }
        }
        sorted.sort(Comparator.comparing((String s) -> s.toLowerCase(java.util.Locale.ROOT)));
        return sorted;
    }
}
