package com.livinglink.gateway.config;

import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings shared by every feature of the gateway.
 *
 * @param dataDir where the gateway writes everything it keeps (embedded database, generated certificate)
 * @param zone the service zone in which {@code startTime}/{@code endTime} are written and months are counted
 * @param clock the clock the gateway reads time from
 */
@ConfigurationProperties("gateway")
public record GatewayProperties(
        @DefaultValue("./data") Path dataDir,
        @DefaultValue("Asia/Shanghai") ZoneId zone,
        @DefaultValue Clock clock) {

    /**
     * @param fixed pins the gateway's clock to this instant (ISO-8601, e.g. {@code 2020-09-01T00:00:00Z}), so
     *     that integration test suites get reproducible statuses; unset, the system clock is used. It must lie in
     *     the supported time range (from 1970-01-01T00:00:00Z to the last second of the year 9999 in UTC and in
     *     the service zone), else the gateway does not start
     */
    public record Clock(Instant fixed) {
    }
}
