package org.icsse.governance.web.startup;

import jakarta.inject.Inject;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;

import org.icsse.governance.batch.schedule.JobSchedule;
import org.icsse.governance.infrastructure.bootstrap.ApplicationStartup;

/** Starts the application (schema migration, first-start work, job schedule) when the web module starts. */
@WebListener
public class StartupListener implements ServletContextListener {

    @Inject
    ApplicationStartup startup;

    @Inject
    JobSchedule jobs;

    @Override
    public void contextInitialized(ServletContextEvent event) {
        startup.start();
        jobs.start();
    }
}
