/**
 * The database connection pool, whose every wait (for a connection, on a statement, on a commit) keeps to
 * what is left of the current request's budget ({@link com.livinglink.gateway.common.RequestDeadline}).
 */
package com.livinglink.gateway.database;
