package com.example.camerabackend;

import java.nio.charset.StandardCharsets;

import com.alibaba.cloudapi.sdk.client.ApacheHttpClient;
import com.alibaba.cloudapi.sdk.enums.HttpMethod;
import com.alibaba.cloudapi.sdk.enums.Scheme;
import com.alibaba.cloudapi.sdk.model.ApiRequest;
import com.alibaba.cloudapi.sdk.model.HttpClientBuilderParams;
import org.apache.http.config.RegistryBuilder;
import org.apache.http.conn.socket.ConnectionSocketFactory;
import org.apache.http.conn.socket.PlainConnectionSocketFactory;
import org.apache.http.conn.ssl.DefaultHostnameVerifier;
import org.apache.http.conn.ssl.SSLConnectionSocketFactory;

/** The platform's SDK as its generated clients use it: HTTPS, every request signed by the SDK. */
final class PlatformClient extends ApacheHttpClient {

    PlatformClient(PlatformSettings settings) {
        var params = new HttpClientBuilderParams();
        params.setAppKey(settings.appKey());
        params.setAppSecret(settings.appSecret());
        params.setHost(settings.host());
        params.setScheme(Scheme.HTTPS);
        params.setConnectionTimeout(2_000);
        params.setReadTimeout(5_000);
        if (settings.sslContext() != null) {
            params.setRegistry(RegistryBuilder.<ConnectionSocketFactory>create()
                    .register("http", PlainConnectionSocketFactory.INSTANCE)
                    .register("https", new SSLConnectionSocketFactory(settings.sslContext(), new DefaultHostnameVerifier()))
                    .build());
        }
        init(params);
    }

    /** The platform's answer: its HTTP status and body. */
    record Answer(int httpStatus, String body) {
    }

    Answer post(String path, String envelope) {
        var response = sendSyncRequest(new ApiRequest(HttpMethod.POST_BODY, path,
                envelope.getBytes(StandardCharsets.UTF_8)));
        if (response.getEx() != null) {
            throw new PlatformUnavailable("No answer from " + path + ": " + response.getEx(), response.getEx());
        }
        return new Answer(response.getCode(), new String(response.getBody(), StandardCharsets.UTF_8));
    }
}
