package org.icsse.governance.web.pages.admin;

import java.io.Serializable;
import java.util.List;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.icsse.governance.batch.monitor.JobMonitor;
import org.icsse.governance.domain.shared.AccessDeniedException;
import org.icsse.governance.domain.shared.DomainException;
import org.icsse.governance.web.faces.Messages;

/**
 * admin/jobs.xhtml: the job monitor. The latest executions of every batch job, newest first (the page polls for
 * them), a job started now, a failed or stopped execution restarted.
 * <p>
 * The monitor admits the secretariat only, while web.xml opens /admin/* to administrators too. Administrators do
 * not see the page in their menu (see the layout); one who opens it by its address is told that it is for the
 * secretariat rather than shown an error: the refusal comes from the service, so this bean decides nothing itself.
 */
@Named
@ViewScoped
public class JobsBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    /** How many executions of each job the table shows. */
    private static final int PER_JOB = 10;

    @Inject
    JobMonitor monitor;

    @Inject
    Messages messages;

    private List<String> jobs;
    private List<JobRow> executions = List.of();
    private boolean secretariatOnly;

    @PostConstruct
    void init() {
        jobs = monitor.jobNames();
        refresh();
    }

    /** Reads the executions again (the poll, the refresh button, and after every action). */
    public void refresh() {
        try {
            executions = monitor.executions(PER_JOB).stream().map(JobRow::new).toList();
        } catch (AccessDeniedException notSecretariat) {
            secretariatOnly = true;
            executions = List.of();
        }
    }

    public void start(String jobName) {
        try {
            long executionId = monitor.start(jobName);
            messages.info("jobs.startedNow", messages.text("job.name." + jobName), executionId);
        } catch (DomainException refused) {
            messages.error(refused);
        }
        refresh();
    }

    public void restart(long executionId) {
        try {
            long newExecutionId = monitor.restart(executionId);
            messages.info("jobs.restarted", executionId, newExecutionId);
        } catch (DomainException refused) {
            messages.error(refused);
        }
        refresh();
    }

    /** The jobs that can be started, in the monitor's order. */
    public List<String> getJobs() {
        return jobs;
    }

    public List<JobRow> getExecutions() {
        return executions;
    }

    /** The caller is not of the secretariat (an administrator): the page explains instead of showing the monitor. */
    public boolean isSecretariatOnly() {
        return secretariatOnly;
    }
}
