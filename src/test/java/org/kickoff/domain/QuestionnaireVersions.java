package org.kickoff.domain;

import java.nio.charset.StandardCharsets;
import org.kickoff.Fixtures;
import org.kickoff.storage.QuestionnaireReader;

/** A version 1.1.0 of the mini questionnaire, with changed, removed and added questions. */
public final class QuestionnaireVersions {

    private QuestionnaireVersions() {
    }

    /**
     * first.pattern reworded; second.databases lost its option "redis"; second.orm removed; second.cache
     * added; second.volume became a text question; first.containers only got a better guidance text.
     */
    public static String miniNextJson() {
        String json = new String(Fixtures.resource("/fixtures/mini-questionnaire.json"), StandardCharsets.UTF_8);
        json = replace(json, "\"version\": \"1.0.0\"", "\"version\": \"1.1.0\"");
        json = replace(json, "\"text\": {\"en\": \"Pattern?\", \"de\": \"Muster?\"}",
                "\"text\": {\"en\": \"Architecture pattern?\", \"de\": \"Architekturmuster?\"}");
        json = replace(json, "{\"id\": \"redis\", \"label\": {\"en\": \"Redis\", \"de\": \"Redis\"}},", "");
        int orm = json.indexOf("{\"id\": \"second.orm\"");
        int ormEnd = json.indexOf("\"placeholder\": {\"en\": \"SQLAlchemy\", \"de\": \"SQLAlchemy\"}},", orm);
        json = json.substring(0, orm) + "{\"id\": \"second.cache\", \"type\": \"yesno\", "
                + "\"text\": {\"en\": \"Cache?\", \"de\": \"Cache?\"}, \"guidance\": {\"en\": \"G\", \"de\": \"H\"}},"
                + json.substring(ormEnd + "\"placeholder\": {\"en\": \"SQLAlchemy\", \"de\": \"SQLAlchemy\"}},".length());
        json = replace(json, "\"id\": \"second.volume\", \"type\": \"number\", \"min\": 0,",
                "\"id\": \"second.volume\", \"type\": \"text\",");
        json = replace(json, "\"guidance\": {\"en\": \"G\", \"de\": \"H\"}, \"factor\": \"VI\"",
                "\"guidance\": {\"en\": \"Why containers matter.\", \"de\": \"Warum Container wichtig sind.\"}, "
                        + "\"factor\": \"VI\"");
        return json;
    }

    public static Questionnaire miniNext() {
        try {
            return new QuestionnaireReader().read(miniNextJson().getBytes(StandardCharsets.UTF_8));
        } catch (ProblemException e) {
            throw new IllegalStateException(e.problems().toString(), e);
        }
    }

    private static String replace(String text, String what, String with) {
        if (!text.contains(what)) {
            throw new IllegalStateException("the fixture changed: " + what);
        }
        return text.replace(what, with);
    }
}
