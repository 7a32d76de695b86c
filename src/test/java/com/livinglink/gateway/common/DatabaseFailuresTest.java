package com.livinglink.gateway.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

import org.hibernate.TransactionException;
import org.junit.jupiter.api.Test;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.orm.jpa.JpaSystemException;

/** Which failures mean "the database cannot answer" (503) rather than a bug (500). */
class DatabaseFailuresTest {

    @Test
    void aRollbackThatFailsOnABrokenConnectionMeansTheDatabaseCannotAnswer() {
        // What Spring throws when a connection died mid-transaction: the failed rollback, not the original failure.
        var rollbackFailure = new JpaSystemException(new TransactionException("Unable to rollback against JDBC Connection",
                new SQLException("Connection is closed")));

        assertThat(DatabaseFailures.unavailable(rollbackFailure)).isTrue();
    }

    @Test
    void sqlExceptionsOfTheConnectionOrResourceClassesMeanTheDatabaseCannotAnswer() {
        assertThat(DatabaseFailures.unavailable(new RuntimeException(new SQLException("I/O error", "08006")))).isTrue();
        assertThat(DatabaseFailures.unavailable(new RuntimeException(new SQLException("canceled", "57014")))).isTrue();
        assertThat(DatabaseFailures.unavailable(new RuntimeException(new SQLTransientConnectionException("pool"))))
                .isTrue();
        assertThat(DatabaseFailures.unavailable(new QueryTimeoutException("statement timeout"))).isTrue();
    }

    @Test
    void bugsAndBrokenRulesAreNotUnavailability() {
        assertThat(DatabaseFailures.unavailable(new IllegalStateException("bug"))).isFalse();
        assertThat(DatabaseFailures.unavailable(new JpaSystemException(new TransactionException("not active"))))
                .isFalse();
        assertThat(DatabaseFailures.unavailable(new DataIntegrityViolationException("duplicate key"))).isFalse();
        assertThat(DatabaseFailures.unavailable(new RuntimeException(new SQLException("syntax", "42601")))).isFalse();
    }
}
