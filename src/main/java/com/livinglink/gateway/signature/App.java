package com.livinglink.gateway.signature;

import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import com.livinglink.gateway.api.ApiEndpoint;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.PositiveOrZero;

import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * An app registered to call the gateway: it signs every request with its secret.
 *
 * @param key the appKey ({@code X-Ca-Key})
 * @param secret the appSecret that keys the HMAC; never logged or returned
 * @param apis the APIs it may call, by their ids ({@code bind-order}, {@code get-order}, … as docs/api.md's
 *     table of endpoints lists them), or {@code *} for every API; others answer 403
 * @param rateLimit requests per second it may make, with a burst of as many; 0 = unlimited
 * @param nonceRequired whether its requests must carry {@code X-Ca-Nonce} ({@code true} unless configured
 *     {@code nonce-required: false}); without a nonce a signed request can be replayed for as long as its
 *     time is accepted, and every client known to us sends one, so the gateway is stricter than the
 *     platform, whose own default lets an app go without
 */
public record App(@NotBlank String key, @NotBlank String secret, @NotEmpty Set<String> apis,
        @PositiveOrZero int rateLimit, @DefaultValue("true") boolean nonceRequired) {

    /** In {@link #apis()}: every API. */
    public static final String EVERY_API = "*";

    /** Ids are compared as configuration spells enum-like names too: {@code BIND_ORDER} is {@code bind-order}. */
    public App {
        apis = apis.stream().map(api -> api.trim().toLowerCase(Locale.ROOT).replace('_', '-'))
                .collect(Collectors.toUnmodifiableSet());
    }

    public boolean mayCall(ApiEndpoint endpoint) {
        return apis.contains(EVERY_API) || apis.contains(endpoint.id());
    }

    @Override
    public String toString() {
        return "App[key=" + key + ", apis=" + apis + ", rateLimit=" + rateLimit + ", nonceRequired=" + nonceRequired
                + "]";
    }
}
