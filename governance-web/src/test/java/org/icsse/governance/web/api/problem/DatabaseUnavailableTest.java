package org.icsse.governance.web.api.problem;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

import jakarta.persistence.PersistenceException;
import jakarta.resource.spi.ResourceAllocationException;

import org.junit.jupiter.api.Test;

/** Which failures are answered 503 (the database cannot be reached) rather than 409 or 500. */
class DatabaseUnavailableTest {

    @Test
    void aConnectionExceptionAnywhereInTheCausesIsAnOutage() {
        SQLException refused = new SQLException("Connection to 127.0.0.1:5432 refused", "08001", new ConnectException("refused"));
        SQLException broken = new SQLException("An I/O error occurred while sending to the backend", "08006");

        assertThat(DatabaseUnavailable.isCauseOf(new PersistenceException("query failed", new RuntimeException(refused)))).isTrue();
        assertThat(DatabaseUnavailable.isCauseOf(broken)).isTrue();
        assertThat(DatabaseUnavailable.isCauseOf(new SQLTransientConnectionException("gone"))).isTrue();
        assertThat(DatabaseUnavailable.isCauseOf(new SQLException("the database system is shutting down", "57P03"))).isTrue();
    }

    @Test
    void aPoolThatCannotHandOutAConnectionIsAnOutage() {
        SQLException allocation = new SQLException("Error in allocating a connection",
                new ResourceAllocationException("Connection could not be allocated"));

        assertThat(DatabaseUnavailable.isCauseOf(new PersistenceException(allocation))).isTrue();
    }

    @Test
    void aChainedNextExceptionCounts() {
        SQLException batch = new SQLException("batch failed", "XX000");
        batch.setNextException(new SQLException("connection lost", "08003"));

        assertThat(DatabaseUnavailable.isCauseOf(batch)).isTrue();
    }

    @Test
    void constraintViolationsAndOtherFailuresAreNot() {
        assertThat(DatabaseUnavailable.isCauseOf(new PersistenceException(new SQLException("duplicate key", "23505")))).isFalse();
        assertThat(DatabaseUnavailable.isCauseOf(new SQLException("no state"))).isFalse();
        assertThat(DatabaseUnavailable.isCauseOf(new IllegalStateException("bug"))).isFalse();
        assertThat(DatabaseUnavailable.isCauseOf(null)).isFalse();
    }

    @Test
    void aCauseThatLoopsOnItselfEnds() {
        RuntimeException loop = new RuntimeException("first");
        RuntimeException second = new RuntimeException("second", loop);
        loop.initCause(second);

        assertThat(DatabaseUnavailable.isCauseOf(loop)).isFalse();
    }
}
