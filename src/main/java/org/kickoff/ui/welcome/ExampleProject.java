package org.kickoff.ui.welcome;

/**
 * The example projects that ship with Kickoff, each a different shape of project, so that a new user sees
 * more than one way to answer. The composition root maps each to its file.
 */
public enum ExampleProject {
    /** A mid-sized company's parcel tracking platform on Kubernetes, in English. */
    PARCEL_TRACKING("example.parcel-tracking", "parcel-tracking"),
    /** A German municipal utility's customer portal on virtual machines, in German. */
    UTILITY_PORTAL("example.utility-portal", "utility-portal"),
    /** A three-person team shipping an MVP on a PaaS, in English. */
    MVP("example.mvp", "mvp");

    private final String labelKey;
    private final String id;

    ExampleProject(String labelKey, String id) {
        this.labelKey = labelKey;
        this.id = id;
    }

    /** The message key of its name in menus and on the welcome page. */
    public String labelKey() {
        return labelKey;
    }

    /** A stable part for node ids, e.g. {@code welcome-example-mvp}. */
    public String id() {
        return id;
    }

    /** The example written in {@code language}: the one the welcome page offers first. */
    public static ExampleProject forLanguage(String language) {
        return "de".equals(language) ? UTILITY_PORTAL : PARCEL_TRACKING;
    }
}
