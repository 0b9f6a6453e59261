package org.kickoff.storage;

/**
 * Bounds on what Kickoff reads, so that a hostile or broken file is refused quickly instead of exhausting
 * memory or time. Generous for real files: the example project is about 20 KB.
 */
record JsonLimits(long maxBytes, int maxDepth, int maxStringLength, int maxNumberLength) {

    static final JsonLimits PROJECT = new JsonLimits(16L * 1024 * 1024, 64, 1_000_000, 40);
    static final JsonLimits QUESTIONNAIRE = new JsonLimits(16L * 1024 * 1024, 64, 100_000, 40);
    static final JsonLimits SETTINGS = new JsonLimits(1024L * 1024, 16, 10_000, 40);
    /** A project with a few fields around it. */
    static final JsonLimits RECOVERY = new JsonLimits(PROJECT.maxBytes() + 64 * 1024, PROJECT.maxDepth() + 1,
            PROJECT.maxStringLength(), 40);
    /** A handful of short fields. */
    static final JsonLimits LOCK = new JsonLimits(16 * 1024, 4, 1_000, 20);
}
