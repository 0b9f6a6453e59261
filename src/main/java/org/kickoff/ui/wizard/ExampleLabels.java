package org.kickoff.ui.wizard;

/** The menu label (message key) and node id of each example project; every key spelt out for the bundle test. */
public final class ExampleLabels {

    private ExampleLabels() {
    }

    public static String key(ExampleProject example) {
        return switch (example) {
            case PARCEL_TRACKING -> "example.parcel-tracking";
            case UTILITY_PORTAL -> "example.utility-portal";
            case MVP -> "example.mvp";
        };
    }

    /** A stable part for node ids, e.g. {@code welcome-example-mvp}. */
    public static String id(ExampleProject example) {
        return switch (example) {
            case PARCEL_TRACKING -> "parcel-tracking";
            case UTILITY_PORTAL -> "utility-portal";
            case MVP -> "mvp";
        };
    }
}
