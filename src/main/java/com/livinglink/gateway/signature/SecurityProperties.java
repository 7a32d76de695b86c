package com.livinglink.gateway.signature;

import java.util.List;

import jakarta.validation.Valid;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Who may call the APIs.
 *
 * @param apps the registered apps, each with {@code key}, {@code secret}, {@code apis} (the API ids of
 *     docs/api.md's endpoints, such as {@code bind-order}, or {@code *} for every API), {@code rate-limit} (requests per second, and burst; 0 = unlimited) and
 *     {@code nonce-required} (default {@code true}: a request without {@code X-Ca-Nonce} is refused as
 *     {@code Invalid Nonce}; {@code false} accepts it, leaving only the 15-minute time window against
 *     replays); without any, every API request is refused ({@code Invalid AppKey})
 */
@ConfigurationProperties("gateway.security")
@Validated
public record SecurityProperties(@DefaultValue List<@Valid App> apps) {
}
