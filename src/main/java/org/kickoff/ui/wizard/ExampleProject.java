package org.kickoff.ui.wizard;

/**
 * The example projects that ship with Kickoff, each a different shape of project, so that a new user sees
 * more than one way to answer. The composition root maps each to its file.
 */
public enum ExampleProject {
    /** A mid-sized company's parcel tracking platform on Kubernetes, in English. */
    PARCEL_TRACKING,
    /** A German municipal utility's customer portal on virtual machines, in German. */
    UTILITY_PORTAL,
    /** A three-person team shipping an MVP on a PaaS, in English. */
    MVP;

    /** The example written in {@code language}: the one the welcome page offers first. */
    public static ExampleProject forLanguage(String language) {
        return "de".equals(language) ? UTILITY_PORTAL : PARCEL_TRACKING;
    }
}
