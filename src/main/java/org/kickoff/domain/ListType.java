package org.kickoff.domain;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** A question answered by a list of entries, each a text per column (people and roles, use cases). */
public record ListType(List<NamedItem> columns) implements QuestionType<Value.Entries> {

    public static final String NAME = "list";

    public ListType {
        columns = List.copyOf(columns);
    }

    @Override
    public String fileName() {
        return NAME;
    }

    @Override
    public String labelKey() {
        return "type.list";
    }

    @Override
    public Class<Value.Entries> valueClass() {
        return Value.Entries.class;
    }

    public Optional<NamedItem> column(String columnId) {
        return columns.stream().filter(c -> c.id().equals(columnId)).findFirst();
    }

    public List<String> columnIds() {
        return columns.stream().map(NamedItem::id).toList();
    }

    @Override
    public java.util.Map<String, Integer> partCounts() {
        return java.util.Map.of("columns", columns.size());
    }

    @Override
    public void checkDefinition(String at, String questionId, DefinitionCheck check) {
        if (columns.isEmpty()) {
            check.problem(Problem.at(at + ".columns", "questionnaire.no-columns", questionId));
        }
        Set<String> ids = new HashSet<>();
        for (int c = 0; c < columns.size(); c++) {
            check.id(at + ".columns[" + c + "].id", columns.get(c).id(), ids);
            check.texts(at + ".columns[" + c + "].label", columns.get(c).label());
        }
    }

    @Override
    public void checkValue(String at, Value.Entries value, ProblemList problems) {
        for (int i = 0; i < value.rows().size(); i++) {
            for (Map.Entry<String, String> cell : value.rows().get(i).entrySet()) {
                String where = at + ".entries[" + i + "]." + cell.getKey();
                if (column(cell.getKey()).isEmpty()) {
                    problems.add(Problem.at(where, "project.unknown-column", cell.getKey()));
                }
                TextRule.check(cell.getValue()).ifPresent(p -> problems.add(p.located(where)));
            }
        }
    }

    @Override
    public boolean accepts(Condition.Test test) {
        return test instanceof Condition.StatusTest || test instanceof Condition.Count;
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.list(this);
    }
}
