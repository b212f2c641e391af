package org.icsse.governance.batch.support;

import java.io.Serializable;
import java.util.Iterator;
import java.util.List;
import java.util.function.Supplier;
import java.util.logging.Logger;

import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.inject.Inject;

/**
 * Reads the work a job has still to do, as the application asks it when the step opens (in a transaction of its
 * own: see {@link OwnTransaction}). The checkpoint is how
 * many items were read; on a restart the list is asked again, and since finished work is no longer in it (every
 * writer marks its work done in the same transaction), the step goes on where it stopped.
 */
public abstract class WorkListReader<T extends Serializable> extends AbstractItemReader {

    private static final Logger LOG = Logger.getLogger(WorkListReader.class.getName());

    @Inject
    OwnTransaction transaction;

    private Iterator<T> remaining;
    private int read;

    /** The items still to do, asked as the application itself. */
    protected abstract List<T> work();

    @Override
    public void open(Serializable checkpoint) {
        if (checkpoint instanceof Integer done) {
            LOG.info(() -> getClass().getSimpleName() + " restarts after " + done + " items");
        }
        Supplier<List<T>> work = this::work;
        remaining = transaction.asSystem(work).iterator();
    }

    @Override
    public Object readItem() {
        if (!remaining.hasNext()) {
            return null;
        }
        read++;
        return remaining.next();
    }

    @Override
    public Serializable checkpointInfo() {
        return read;
    }
}
