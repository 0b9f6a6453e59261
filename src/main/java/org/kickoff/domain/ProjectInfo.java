package org.kickoff.domain;

import java.time.Instant;
import java.util.List;

/** What a project is: its name, description, authors and when it was created and last saved. */
public record ProjectInfo(String name, String description, List<String> authors, Instant created, Instant modified,
                          UnknownFields unknown) {

    public ProjectInfo {
        name = name == null ? "" : name;
        description = description == null ? "" : description;
        authors = List.copyOf(authors);
        unknown = unknown == null ? UnknownFields.NONE : unknown;
    }

    public ProjectInfo withName(String newName) {
        return new ProjectInfo(newName, description, authors, created, modified, unknown);
    }

    public ProjectInfo withDescription(String newDescription) {
        return new ProjectInfo(name, newDescription, authors, created, modified, unknown);
    }

    public ProjectInfo withAuthors(List<String> newAuthors) {
        return new ProjectInfo(name, description, newAuthors, created, modified, unknown);
    }

    public ProjectInfo withModified(Instant newModified) {
        return new ProjectInfo(name, description, authors, created, newModified, unknown);
    }
}
