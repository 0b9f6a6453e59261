package org.kickoff.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.kickoff.Fixtures;

/** The questionnaire that ships with Kickoff: complete, clean, and faithful to the original checklist. */
class BuiltInQuestionnaireTest {

    private final Questionnaire questionnaire = Fixtures.builtIn();

    @Test
    void lintsClean() {
        assertEquals(List.of(), QuestionnaireCheck.check(questionnaire));
        assertEquals(List.of("en", "de"), questionnaire.languages());
        assertEquals(org.kickoff.storage.QuestionnaireReader.BUILT_IN_ID, questionnaire.id(), "named after its id");
    }

    @Test
    void hasTheAgreedTopicsInConversationOrder() {
        List<String> ids = questionnaire.topics().stream().map(Topic::id).toList();
        assertEquals(List.of("business", "team", "process", "architecture", "security", "data", "api", "quality",
                "operations"), ids);
        for (Topic topic : questionnaire.topics()) {
            assertFalse(topic.intro().isEmpty(), topic.id() + " has an introduction");
            for (Question question : topic.questions()) {
                assertTrue(question.id().startsWith(topic.id() + "."), question.id() + " is named after its topic");
            }
        }
    }

    @Test
    void usesEveryQuestionTypeAndGuidesEveryQuestion() {
        Set<String> used = questionnaire.questions().stream().map(q -> q.type().fileName())
                .collect(Collectors.toSet());
        assertEquals(Set.copyOf(QuestionType.FILE_NAMES), used);
        for (Question question : questionnaire.questions()) {
            for (String language : questionnaire.languages()) {
                assertTrue(question.guidance().has(language), question.id() + " has guidance in " + language);
            }
            if (question.type() instanceof NumberType number) {
                assertFalse(number.units().isEmpty(), question.id() + " has a unit");
            }
        }
        assertTrue(questionnaire.questions().stream().anyMatch(q -> q.type() instanceof MultiChoiceType m
                && m.options().stream().anyMatch(Choice::exclusive)));
        assertTrue(questionnaire.questions().stream().anyMatch(q -> q.type() instanceof SingleChoiceType s
                && s.allowOther()));
    }

    @Test
    void followUpsOfTheIssueAreConditional() {
        assertTrue(questionnaire.question("architecture.kubernetes").orElseThrow().visibleIf().source()
                .contains("architecture.containers"));
        assertTrue(questionnaire.question("api.public").orElseThrow().visibleIf().source().contains("api."));
    }

    @Test
    void everySeedLineIsCoveredByExistingQuestions() {
        // a copy of shared/seed/000_bf29e8e5a9a636ab.txt, the original checklist
        List<String> seed = new String(Fixtures.resource("/seed/checklist.txt"), StandardCharsets.UTF_8).lines()
                .filter(line -> line.startsWith("- ")).map(line -> line.substring(2).strip()).toList();
        List<String[]> coverage = new String(Fixtures.resource("/seed-coverage.tsv"), StandardCharsets.UTF_8)
                .lines().filter(l -> !l.isBlank()).map(l -> l.split("\t")).toList();
        assertEquals(56, seed.size());
        assertEquals(seed, coverage.stream().map(row -> row[0].strip()).toList(), "one coverage row per seed line");
        for (String[] row : coverage) {
            assertEquals(2, row.length, "ids for: " + row[0]);
            for (String id : Arrays.stream(row[1].split(",")).map(String::strip).toList()) {
                assertTrue(questionnaire.question(id).isPresent(), "question " + id + " for: " + row[0]);
            }
        }
    }

    @Test
    void riskRulesCoverTheIssuesExamples() {
        Set<String> ids = questionnaire.risks().stream().map(RiskRule::id).collect(Collectors.toSet());
        assertTrue(ids.containsAll(Set.of("no-backup", "secrets-in-code-or-image", "no-migration-plan",
                "no-compromised-credentials-procedure", "no-leaving-member-procedure", "no-alerting",
                "public-api-without-auth", "kubernetes-without-containers")), ids.toString());
        // the contradictions and combinations an experienced reviewer flags (issue 13)
        assertTrue(ids.containsAll(Set.of("dotenv-without-secret-scanning", "tls-at-missing-proxy",
                "kubernetes-not-justified", "in-code-migrations-relational", "custom-auth-without-mfa",
                "microservices-small-team", "high-availability-without-night-alerting",
                "public-api-without-rate-limiting", "no-quality-gates", "no-version-numbers",
                "personal-data-no-regulation")), ids.toString());
    }

    @Test
    void everyRuleCitesWhatItComesFromAndMostQuestionsDo() {
        for (RiskRule rule : questionnaire.risks()) {
            assertFalse(rule.references().isEmpty(), rule.id() + " has references");
            assertFalse(rule.questions().isEmpty(), rule.id() + " names the questions behind it");
        }
        long cited = questionnaire.questions().stream().filter(q -> !q.references().isEmpty()).count();
        assertTrue(cited * 4 >= questionnaire.questions().size() * 3, cited + " of " + questionnaire.questions().size());
        assertTrue(questionnaire.questions().stream().flatMap(q -> q.references().stream())
                .map(Reference::knownSource).map(java.util.Optional::orElseThrow).distinct().count()
                == ReferenceSource.values().length, "every kind of source is cited somewhere");
    }

    @Test
    void bothLanguagesStateTheSameNumbers() {
        // the two languages must never disagree on a fact: deadlines, articles, versions, percentages
        java.util.function.Function<String, List<String>> numbers = text -> java.util.regex.Pattern
                .compile("\\d+(?:[.,]\\d+)*").matcher(text).results()
                .map(m -> m.group().replace(',', '.')).sorted().toList();
        List<LocalizedText> texts = new java.util.ArrayList<>();
        for (Question q : questionnaire.questions()) {
            texts.add(q.text());
            texts.add(q.guidance());
            texts.add(q.placeholder());
            if (q.type() instanceof SingleChoiceType single) {
                single.options().forEach(o -> texts.add(o.label()));
            } else if (q.type() instanceof MultiChoiceType multi) {
                multi.options().forEach(o -> texts.add(o.label()));
            }
        }
        for (RiskRule r : questionnaire.risks()) {
            texts.addAll(List.of(r.title(), r.explanation(), r.recommendation()));
        }
        for (LocalizedText text : texts) {
            if (!text.texts().isEmpty()) {
                assertEquals(numbers.apply(text.in("en")), numbers.apply(text.in("de")), text.in("en"));
            }
        }
    }

    @Test
    void aMachineToMachineApiIsAskedHowItsClientsAuthenticate() {
        // asked whether or not there are end users
        assertEquals("", questionnaire.question("security.auth-protocols").orElseThrow().visibleIf().source());
        assertEquals("", questionnaire.question("security.central-auth").orElseThrow().visibleIf().source());
        assertTrue(questionnaire.question("security.auth-protocols").orElseThrow().hasOption("client-credentials"));
    }
}
