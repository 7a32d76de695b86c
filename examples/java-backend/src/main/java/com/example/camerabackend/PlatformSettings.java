package com.example.camerabackend;

import javax.net.ssl.SSLContext;

/**
 * Where the backend calls the platform, and as which app.
 *
 * @param host the API gateway's host, with a port when it is not 443 ({@code 127.0.0.1:18443} for a gateway under
 *     test)
 * @param appKey the app's key
 * @param appSecret the app's secret
 * @param sslContext the trust for the host's certificate; null: the JVM's default trust, as for the platform
 */
public record PlatformSettings(String host, String appKey, String appSecret, SSLContext sslContext) {
}
