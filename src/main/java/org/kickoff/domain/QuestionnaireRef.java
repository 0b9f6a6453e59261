package org.kickoff.domain;

/** Which questionnaire, in which version, a project answers. */
public record QuestionnaireRef(String id, String version) {
}
