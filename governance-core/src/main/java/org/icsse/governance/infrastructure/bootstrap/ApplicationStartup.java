package org.icsse.governance.infrastructure.bootstrap;

import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.icsse.governance.application.audit.AuditSealing;
import org.icsse.governance.infrastructure.persistence.SchemaMigration;

/**
 * What the application does when it starts, in order: migrate the schema, then the first-start work, then the
 * sealing of audit records (whatever a previous run left waiting first).
 * Called by the web module when its context starts (when the container has bound the datasource,
 * which is not yet the case when CDI's application scope is initialised).
 */
@ApplicationScoped
public class ApplicationStartup {

    private static final Logger LOG = Logger.getLogger(ApplicationStartup.class.getName());

    @Inject
    SchemaMigration schema;

    @Inject
    FirstStart firstStart;

    @Inject
    AuditSealing auditSealing;

    public void start() {
        try {
            schema.migrate();
            firstStart.run();
            auditSealing.start();
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "ICSSE Governance could not start", e);
            throw e;
        }
    }
}
