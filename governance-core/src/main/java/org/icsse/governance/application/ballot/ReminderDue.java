package org.icsse.governance.application.ballot;

/** A network of a remote ballot's electorate to remind: it has not voted and the deadline is near. */
public record ReminderDue(long ballotId, long networkId) implements java.io.Serializable {
}
