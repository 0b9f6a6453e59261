package org.kickoff.ui.page;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.kickoff.domain.ListType;
import org.kickoff.domain.NamedItem;
import org.kickoff.domain.Value;

/** The entries of a list answer: added, edited cell by cell, and removed. */
public final class ListModel {

    private final QuestionViewModel question;
    private final ListType type;

    public ListModel(QuestionViewModel question, ListType type) {
        this.question = question;
        this.type = type;
    }

    public List<NamedItem> columns() {
        return type.columns();
    }

    public List<Map<String, String>> entries() {
        return question.valueProperty().get() instanceof Value.Entries e ? e.rows() : List.of();
    }

    public void addEntry() {
        List<Map<String, String>> rows = new ArrayList<>(entries());
        Map<String, String> row = new LinkedHashMap<>();
        type.columns().forEach(c -> row.put(c.id(), ""));
        rows.add(row);
        question.setValue(new Value.Entries(rows));
    }

    public void removeEntry(int index) {
        List<Map<String, String>> rows = new ArrayList<>(entries());
        if (index >= 0 && index < rows.size()) {
            rows.remove(index);
            question.setValue(rows.isEmpty() ? null : new Value.Entries(rows));
        }
    }

    public void setCell(int index, String columnId, String text) {
        List<Map<String, String>> rows = new ArrayList<>(entries());
        if (index < 0 || index >= rows.size()) {
            return;
        }
        Map<String, String> row = new LinkedHashMap<>(rows.get(index));
        row.put(columnId, text);
        rows.set(index, row);
        question.setValue(new Value.Entries(rows));
    }
}
