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
    void aUnitTakesItsSingularWhereTheLanguageSaysSo() {
        Questionnaire builtIn = Fixtures.builtIn();
        Question weeks = builtIn.question("team.iteration-length").orElseThrow();
        Question machines = builtIn.question("architecture.machines").orElseThrow();
        assertEquals("1 week", en.format(weeks, new Value.Amount(BigDecimal.ONE, "weeks")));
        assertEquals("1 machine", en.format(machines, new Value.Amount(new BigDecimal("1.00"), "machines")));
        assertEquals("1 Woche", de.format(weeks, new Value.Amount(BigDecimal.ONE, "weeks")));
        assertEquals("1.5 weeks", en.format(weeks, new Value.Amount(new BigDecimal("1.5"), "weeks")));
        assertEquals("1,5 Wochen", de.format(weeks, new Value.Amount(new BigDecimal("1.5"), "weeks")));
        assertEquals("0 machines", en.format(machines, new Value.Amount(BigDecimal.ZERO, "machines")));
        assertEquals("2 Maschinen", de.format(machines, new Value.Amount(new BigDecimal("2"), "machines")));
        assertEquals("1 request per second", en.format(builtIn.question("data.traffic").orElseThrow(),
                new Value.Amount(BigDecimal.ONE, "rps")));
        // a unit without a singular keeps its label
        assertEquals("1 TB", en.format(q("second.volume"), new Value.Amount(BigDecimal.ONE, "tb")));
    }

    @Test
    void countsInMessagesTakeTheirSingular() {
        Messages m = Messages.forLanguage("en");
        Messages d = Messages.forLanguage("de");
        assertEquals("a compared with b: one answer differs, 0 only here, 2 only there, 80 the same.",
                m.get("compare.header", "a", "b", 1, 0, 2, 80));
        assertEquals("a verglichen mit b: 3 Antworten unterscheiden sich, 0 nur hier, 2 nur dort, 80 gleich.",
                d.get("compare.header", "a", "b", 3, 0, 2, 80));
        assertEquals("From x: one answer will be taken over; 2 questions were answered differently on both sides.",
                m.get("merge.header", "x", 1, 2));
        assertEquals("Aus x: 4 Antworten werden übernommen; eine Frage wurde auf beiden Seiten unterschiedlich "
                + "beantwortet.", d.get("merge.header", "x", 4, 1));
        assertEquals("(and one more problem)", m.get("validate.more", 1));
        assertEquals("(und 1.200 weitere Probleme)", d.get("validate.more", 1200));
        assertEquals("One new question:", m.get("upgrade.added", 1));
        assertEquals("0 high, 1 medium and one low risk; 2 open questions", m.get("report.glance", 0, 1, 1, 2));
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
