package org.icsse.governance.infrastructure.persistence;

import org.eclipse.persistence.config.SessionCustomizer;
import org.eclipse.persistence.sessions.DatabaseLogin;
import org.eclipse.persistence.sessions.Session;

/**
 * When the database cannot be reached, EclipseLink by default retries a read three times, five seconds apart, so
 * that every request of an outage hangs for 15 to 20 seconds before it fails (measured by DatabaseOutageIT). Here
 * a read that failed for want of a connection is retried once, at once: enough to step over a connection that died
 * in the pool (which the pool then replaces, see the datasource in web.xml), and the caller gets its 503 without
 * waiting while the database is away.
 */
public class FailFastOnLostDatabase implements SessionCustomizer {

    @Override
    public void customize(Session session) {
        if (session.getDatasourceLogin() instanceof DatabaseLogin login) {
            login.setQueryRetryAttemptCount(1);
            login.setDelayBetweenConnectionAttempts(0);
        }
    }
}
