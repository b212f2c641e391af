package org.icsse.governance.batch.archivemeetings;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.icsse.governance.application.archive.ArchiveService;
import org.icsse.governance.batch.support.CountingWriter;

/**
 * Seals each meeting through {@link ArchiveService#archive}, each in its own transaction, ten per chunk (the
 * checkpoint: see {@code archive-meetings.xml}). A meeting
 * already sealed — by an earlier run, or by another server now — is left alone. Counts the meetings it sealed.
 */
@Named("archiveMeetingWriter")
@Dependent
public class ArchiveMeetingWriter extends CountingWriter {

    @Inject
    ArchiveService archive;

    @Override
    protected String verb() {
        return "ARCHIVED";
    }

    @Override
    protected int write(Object meetingId) {
        return archive.archive((Long) meetingId).isPresent() ? 1 : 0;
    }
}
