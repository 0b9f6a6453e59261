package org.kickoff.report;

import java.io.IOException;

/**
 * Writes a {@link Summary} in one file format. Implementations keep no state between calls, so one may be
 * used from any thread, for example from a background task of the window.
 */
public interface Exporter {

    byte[] export(Summary summary, ExportOptions options) throws IOException;
}
