package com.livinglink.gateway.common;

import java.sql.SQLException;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;

import org.hibernate.TransactionException;

import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.jdbc.support.SQLExceptionSubclassTranslator;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * Tells whether a failure means the database cannot answer (gone, silent, overloaded, a statement or lock
 * timed out): a retryable 503, not a bug.
 * <p>
 * Spring usually says so with its exception type, but not always: when a connection dies inside a
 * transaction, the rollback that follows fails too, and Spring throws that failure, untranslated, in place
 * of the original one. So the causes are searched: Spring's retryable types; any {@link SQLException}
 * classified by its type and SQLState as Spring's JDBC layer does; and a transaction that could not be
 * begun, committed or rolled back at the JDBC level, which means its connection is broken.
 */
public final class DatabaseFailures {

    private static final SQLExceptionSubclassTranslator SQL_TRANSLATOR = new SQLExceptionSubclassTranslator();

    private DatabaseFailures() {
    }

    public static boolean unavailable(Throwable failure) {
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        for (var cause = failure; cause != null && seen.add(cause); cause = cause.getCause()) {
            if (retryable(cause)
                    || cause instanceof SQLException sql && retryable(SQL_TRANSLATOR.translate("", null, sql))
                    || cause instanceof TransactionException && cause.getCause() instanceof SQLException) {
                return true;
            }
        }
        return false;
    }

    private static boolean retryable(Throwable failure) {
        return failure instanceof DataAccessResourceFailureException || failure instanceof TransientDataAccessException
                || failure instanceof CannotCreateTransactionException;
    }
}
