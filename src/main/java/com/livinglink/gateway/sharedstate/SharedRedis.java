package com.livinglink.gateway.sharedstate;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;

import com.livinglink.gateway.common.RequestDeadline;

import io.lettuce.core.ClientOptions;
import io.lettuce.core.RedisCommandTimeoutException;
import io.lettuce.core.RedisException;
import io.lettuce.core.RedisFuture;
import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisConnectionException;
import io.lettuce.core.RedisURI;
import io.lettuce.core.ScanArgs;
import io.lettuce.core.SocketOptions;
import io.lettuce.core.TimeoutOptions;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.api.async.RedisAsyncCommands;
import io.lettuce.core.api.sync.RedisCommands;
import io.lettuce.core.codec.ByteArrayCodec;
import io.lettuce.core.codec.RedisCodec;
import io.lettuce.core.codec.StringCodec;
import io.lettuce.core.resource.ClientResources;
import io.lettuce.core.resource.DefaultClientResources;
import io.lettuce.core.resource.Delay;

/**
 * The instance's one connection to the shared Redis (Lettuce multiplexes every thread over it).
 * <p>
 * It is opened on first use, not at start: an instance whose Redis is down still starts, reports itself
 * not ready, and connects by itself once Redis is back. While Redis cannot be reached every caller fails
 * within {@link SharedStateProperties#timeout()}, or what is left of the request's budget if that is less
 * ({@link RequestDeadline#bound}): concurrent callers share one connection attempt instead
 * of queueing behind each other's, and commands are rejected at once while Lettuce reconnects a dropped
 * connection rather than buffered. Reconnect attempts back off to at most {@link #MAX_RECONNECT_DELAY}, so
 * the instance is whole again within seconds of Redis's return.
 */
public final class SharedRedis implements AutoCloseable {

    private static final RedisCodec<String, byte[]> CODEC = RedisCodec.of(StringCodec.UTF8, ByteArrayCodec.INSTANCE);
    private static final int SCAN_BATCH = 500;
    static final Duration MAX_RECONNECT_DELAY = Duration.ofSeconds(2);

    private final ClientResources resources;
    private final RedisClient client;
    private final RedisURI uri;
    private final SharedStateProperties properties;
    private final AtomicReference<CompletableFuture<StatefulRedisConnection<String, byte[]>>> connection =
            new AtomicReference<>();

    SharedRedis(SharedStateProperties properties) {
        this.properties = properties;
        this.uri = RedisURI.create(properties.redisUrl());
        uri.setTimeout(properties.timeout());
        this.resources = DefaultClientResources.builder()
                .reconnectDelay(Delay.exponential(Duration.ofMillis(50), MAX_RECONNECT_DELAY, 2, TimeUnit.MILLISECONDS))
                .build();
        this.client = RedisClient.create(resources);
        client.setOptions(ClientOptions.builder()
                .socketOptions(SocketOptions.builder().connectTimeout(properties.timeout()).keepAlive(true).build())
                .timeoutOptions(TimeoutOptions.enabled(properties.timeout()))
                .disconnectedBehavior(ClientOptions.DisconnectedBehavior.REJECT_COMMANDS)
                .autoReconnect(true)
                .build());
    }

    /** {@code keyPrefix} + {@code name}: every key the gateway writes goes through here. */
    public String key(String name) {
        return properties.keyPrefix() + name;
    }

    /**
     * Deletes every key that starts with {@code prefix} (a full key, prefix included), a batch at a time
     * ({@code SCAN}, then {@code UNLINK}), so that Redis is never blocked by one long command.
     */
    public void deleteKeys(String prefix) {
        try {
            var commands = commands();
            var match = ScanArgs.Builder.matches(globEscaped(prefix) + "*").limit(SCAN_BATCH);
            var cursor = commands.scan(match);
            while (true) {
                if (!cursor.getKeys().isEmpty()) {
                    commands.unlink(cursor.getKeys().toArray(String[]::new));
                }
                if (cursor.isFinished()) {
                    return;
                }
                cursor = commands.scan(cursor, match);
            }
        }
        catch (RedisException unavailable) {
            throw SharedStateUnavailable.because("shared state (deleting " + prefix + "*)", unavailable);
        }
    }

    private static String globEscaped(String text) {
        return text.replaceAll("([\\\\*?\\[\\]])", "\\\\$1");
    }

    public RedisCommands<String, byte[]> commands() {
        return connection().sync();
    }

    /**
     * Runs one command, waiting for its answer no longer than the timeout or what is left of the request's
     * budget, whichever is less; none is sent once the budget is spent.
     *
     * @throws RedisException when Redis cannot answer in that time
     */
    public <T> T call(Function<RedisAsyncCommands<String, byte[]>, RedisFuture<T>> command) {
        var future = command.apply(connection().async());
        var wait = waitAllowed();
        try {
            return future.get(wait.toMillis(), TimeUnit.MILLISECONDS);
        }
        catch (TimeoutException late) {
            future.cancel(true);
            throw new RedisCommandTimeoutException("no answer from Redis within " + wait.toMillis() + " ms");
        }
        catch (ExecutionException failed) {
            throw failed.getCause() instanceof RedisException redis ? redis : new RedisException(failed.getCause());
        }
        catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new RedisException("interrupted while waiting for Redis", interrupted);
        }
    }

    /**
     * How long the caller may wait on Redis now.
     *
     * @throws RedisCommandTimeoutException when the request's budget is spent
     */
    public Duration waitAllowed() {
        var wait = RequestDeadline.bound(properties.timeout());
        if (wait.toMillis() <= 0) {
            throw new RedisCommandTimeoutException("the request's budget is spent");
        }
        return wait;
    }

    /**
     * The connection, opening it if there is none yet.
     *
     * @throws RedisConnectionException when Redis cannot be reached within the timeout
     */
    public StatefulRedisConnection<String, byte[]> connection() {
        var attempt = connection.get();
        if (attempt == null || attempt.isCompletedExceptionally()) {
            var next = client.connectAsync(CODEC, uri).toCompletableFuture();
            if (connection.compareAndSet(attempt, next)) {
                attempt = next;
            }
            else {
                next.thenAccept(StatefulRedisConnection::close);
                attempt = connection.get();
            }
        }
        try {
            return attempt.get(waitAllowed().toMillis(), TimeUnit.MILLISECONDS);
        }
        catch (ExecutionException | TimeoutException unreachable) {
            throw new RedisConnectionException("Redis is not reachable",
                    unreachable instanceof ExecutionException failed ? failed.getCause() : unreachable);
        }
        catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new RedisConnectionException("interrupted while connecting to Redis", interrupted);
        }
    }

    /** Closes the connection, and any attempt still under way, with the client. */
    @Override
    public void close() {
        client.shutdown();
        resources.shutdown();
    }
}
