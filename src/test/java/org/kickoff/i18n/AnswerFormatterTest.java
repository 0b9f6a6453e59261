package org.kickoff.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.kickoff.Fixtures;
import org.kickoff.domain.Question;
import org.kickoff.domain.Questionnaire;
import org.kickoff.domain.Value;

class AnswerFormatterTest {

    private final Questionnaire mini = Fixtures.mini();
    private final AnswerFormatter en = new AnswerFormatter(Messages.forLanguage("en"));
    private final AnswerFormatter de = new AnswerFormatter(Messages.forLanguage("de"));

    private Question q(String id) {
        return mini.question(id).orElseThrow();
    }

    @Test
    void idsBecomeLabelsInTheChosenLanguage() {
        assertEquals("Yes", en.format(q("first.containers"), new Value.YesNo(true)));
        assertEquals("Nein", de.format(q("first.containers"), new Value.YesNo(false)));
        assertEquals("Schichten", de.format(q("first.pattern"), new Value.Single("layered", "")));
        assertEquals("PostgreSQL, Other: TimescaleDB",
                en.format(q("second.databases"), new Value.Multi(List.of("postgresql", "other"), "TimescaleDB")));
        assertEquals("gone", en.format(q("first.pattern"), new Value.Single("gone", "")), "unknown ids stay visible");
    }

    @Test
    void numbersUseTheLanguagesDecimalSeparator() {
        assertEquals("2.5 TB", en.format(q("second.volume"), new Value.Amount(new BigDecimal("2.5"), "tb")));
        assertEquals("2,5 TB", de.format(q("second.volume"), new Value.Amount(new BigDecimal("2.5"), "tb")));
        assertEquals("1,200 GB", en.format(q("second.volume"), new Value.Amount(new BigDecimal("1200"), "gb")));
    }

    @Test
    void listEntriesAreLabelledInColumnOrder() {
        Map<String, String> row = new LinkedHashMap<>();
        row.put("purpose", "REST API");
        row.put("name", "api");
        assertEquals("Name: api, Zweck: REST API; Name: worker",
                de.format(q("first.which"), new Value.Entries(List.of(row, Map.of("name", "worker", "purpose", " ")))));
    }

    @Test
    void blankValuesSayNothing() {
        assertEquals("", en.format(q("second.story"), new Value.Text("  ")));
        assertEquals("", en.format(q("second.story"), null));
    }
}
