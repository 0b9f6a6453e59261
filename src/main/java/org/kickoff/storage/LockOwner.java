package org.kickoff.storage;

import java.time.Instant;

/**
 * Who has a project open, as told by its lock file: shown to a second user ("Dana on dana-laptop has
 * had this project open since 10:15").
 *
 * @param refreshed when the holder last confirmed it still has the file open
 */
public record LockOwner(String user, String host, long pid, Instant processStart, String session, Instant since,
                        Instant refreshed, String appVersion) {

    public LockOwner {
        user = user == null ? "" : user;
        host = host == null ? "" : host;
        session = session == null ? "" : session;
        appVersion = appVersion == null ? "" : appVersion;
    }

    static LockOwner of(AppInstance instance, Instant since, Instant refreshed) {
        return new LockOwner(instance.user(), instance.host(), instance.pid(), instance.processStart(),
                instance.session(), since, refreshed, instance.appVersion());
    }

    /** Whether this running Kickoff holds the lock (in another of its windows). */
    public boolean isInstance(AppInstance instance) {
        return session.equals(instance.session());
    }
}
