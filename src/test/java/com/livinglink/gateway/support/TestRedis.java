package com.livinglink.gateway.support;

import java.net.URI;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;

import io.lettuce.core.RedisClient;
import io.lettuce.core.ScanArgs;
import io.lettuce.core.ScanIterator;
import io.lettuce.core.api.sync.RedisCommands;

/**
 * A namespace of its own in the Redis named by {@value #URL_VARIABLE} (e.g. {@code redis://127.0.0.1:6379}):
 * every key the gateways of one test class write starts with a random prefix, so runs sharing a server
 * never see each other, and {@link #clean()} deletes them afterwards.
 */
public final class TestRedis {

    public static final String URL_VARIABLE = "GATEWAY_TEST_REDIS_URL";

    private final String prefix = "gateway-test-" + UUID.randomUUID().toString().substring(0, 8) + ":";

    public static String url() {
        return Objects.requireNonNull(System.getenv(URL_VARIABLE), URL_VARIABLE + " is not set");
    }

    /** The server's address, for a proxy in front of it. */
    public static URI address() {
        return URI.create(url());
    }

    public String prefix() {
        return prefix;
    }

    /** Command-line arguments that point a gateway at this namespace, through {@code url}. */
    public List<String> arguments(String url) {
        return List.of("--gateway.shared-state.redis-url=" + url, "--gateway.shared-state.key-prefix=" + prefix);
    }

    public List<String> arguments() {
        return arguments(url());
    }

    /** Runs {@code work} with a connection of the test's own, for looking at what the gateways wrote. */
    public <T> T inspect(Function<RedisCommands<String, String>, T> work) {
        var client = RedisClient.create(url());
        try (var connection = client.connect()) {
            return work.apply(connection.sync());
        }
        finally {
            client.shutdown();
        }
    }

    public void clean() {
        inspect(commands -> {
            var keys = ScanIterator.scan(commands, ScanArgs.Builder.matches(prefix + "*").limit(500)).stream().toList();
            return keys.isEmpty() ? 0L : commands.del(keys.toArray(String[]::new));
        });
    }
}
