package org.icsse.governance.batch.archivemeetings;

import java.util.List;

import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.batch.runtime.context.JobContext;
import jakarta.batch.runtime.context.StepContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.icsse.governance.application.archive.ArchiveService;
import org.icsse.governance.batch.support.OwnTransaction;

/**
 * Seals each meeting through {@link ArchiveService#archive}, in the chunk's transaction (one meeting per chunk:
 * the checkpoint). A meeting already sealed — by an earlier run, or by another server now — is left alone.
 */
@Named("archiveMeetingWriter")
@Dependent
public class ArchiveMeetingWriter extends AbstractItemWriter {

    @Inject
    ArchiveService archive;

    @Inject
    OwnTransaction transaction;

    @Inject
    JobContext job;

    @Inject
    StepContext step;

    @Override
    public void writeItems(List<Object> items) {
        int sealed = 0;
        for (Object id : items) {
            if (transaction.asSystem(() -> archive.archive((Long) id)).isPresent()) {
                sealed++;
            }
        }
        int total = sealed + (step.getPersistentUserData() instanceof Integer before ? before : 0);
        step.setPersistentUserData(total);
        step.setExitStatus("ARCHIVED " + total);
        // shown by the monitor, counted over the job instance (a restart adds to the failed execution's count);
        // a run with nothing to do keeps "COMPLETED"
        job.setExitStatus("ARCHIVED " + total);
    }
}
