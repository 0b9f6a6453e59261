package org.kickoff.report;

import java.io.IOException;
import java.util.function.BooleanSupplier;

/**
 * Writes a {@link Summary} in one file format. Implementations keep no state between calls, so one may be
 * used from any thread, for example from a background task of the window.
 */
public interface Exporter {

    byte[] export(Summary summary, ExportOptions options) throws IOException;

    /**
     * As {@link #export(Summary, ExportOptions)}, stopping early once {@code cancelled} says so. The formats
     * that take a moment (PDF) ask it while they work and then throw {@link java.util.concurrent.CancellationException};
     * the quick ones ask it once they are done.
     */
    default byte[] export(Summary summary, ExportOptions options, BooleanSupplier cancelled) throws IOException {
        byte[] bytes = export(summary, options);
        Cancelling.check(cancelled);
        return bytes;
    }
}
