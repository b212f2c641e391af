package org.icsse.governance.batch.archivemeetings;

import java.util.List;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.icsse.governance.application.archive.ArchiveService;
import org.icsse.governance.batch.support.WorkListReader;

/** The closed meetings whose minutes are approved and that are not archived yet, oldest approval first. */
@Named("meetingsToArchiveReader")
@Dependent
public class MeetingsToArchiveReader extends WorkListReader<Long> {

    @Inject
    ArchiveService archive;

    @Override
    protected List<Long> work() {
        return archive.awaitingArchive();
    }
}
