package org.kickoff.storage;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

/**
 * The risk register as JSON for {@code kickoff risks --format json}: an array of findings, each with its id,
 * level, state, owner, due date and questions, so that a CI job or a script can read it.
 */
public final class RegisterJson {

    /**
     * One finding. {@code status} is where it stands today ({@code open}, {@code mitigating}, {@code accepted},
     * {@code expired}, {@code resolved}), {@code state} what the file stores; {@code gone} findings no longer
     * apply.
     */
    public record Row(String id, String level, String status, String state, String title, String owner, LocalDate due,
                      String acceptedBy, String reason, LocalDate until, List<String> questions, boolean gone,
                      boolean failing) {
    }

    private RegisterJson() {
    }

    public static String write(List<Row> rows) {
        byte[] bytes = PrettyJson.write(g -> {
            g.writeStartArray();
            for (Row row : rows) {
                g.writeStartObject();
                g.writeStringField("id", row.id());
                g.writeStringField("level", row.level());
                g.writeStringField("status", row.status());
                g.writeStringField("state", row.state());
                g.writeStringField("title", row.title());
                g.writeStringField("owner", row.owner());
                g.writeStringField("due", row.due() == null ? null : row.due().toString());
                if (!row.acceptedBy().isEmpty() || !row.reason().isEmpty() || row.until() != null) {
                    g.writeObjectFieldStart("acceptance");
                    g.writeStringField("by", row.acceptedBy());
                    g.writeStringField("reason", row.reason());
                    g.writeStringField("until", row.until() == null ? null : row.until().toString());
                    g.writeEndObject();
                }
                g.writeArrayFieldStart("questions");
                for (String question : row.questions()) {
                    g.writeString(question);
                }
                g.writeEndArray();
                g.writeBooleanField("gone", row.gone());
                g.writeBooleanField("failing", row.failing());
                g.writeEndObject();
            }
            g.writeEndArray();
        });
        return new String(bytes, StandardCharsets.UTF_8);
    }
}
