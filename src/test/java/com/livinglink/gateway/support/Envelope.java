package com.livinglink.gateway.support;

import java.util.LinkedHashMap;
import java.util.Map;

import tools.jackson.databind.json.JsonMapper;

/** Builds request envelopes as a platform client writes them. */
public final class Envelope {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final Map<String, Object> root = new LinkedHashMap<>();
    private final Map<String, Object> request = new LinkedHashMap<>();
    private final Map<String, Object> params = new LinkedHashMap<>();

    private Envelope(String apiVer) {
        root.put("id", "1509086454180");
        root.put("version", "1.0");
        request.put("apiVer", apiVer);
        root.put("request", request);
        root.put("params", params);
    }

    public static Envelope bind() {
        return new Envelope("1.0.0");
    }

    public static Envelope get() {
        return new Envelope("1.0.6");
    }

    /** commodity/enable (documented apiVer 1.0.0). */
    public static Envelope enable() {
        return new Envelope("1.0.0");
    }

    /** status/set (documented apiVer 1.0.1). */
    public static Envelope statusSet() {
        return new Envelope("1.0.1");
    }

    /** transfer (documented apiVer 1.0.1). */
    public static Envelope transfer() {
        return new Envelope("1.0.1");
    }

    public Envelope param(String name, Object value) {
        params.put(name, value);
        return this;
    }

    /** More params, as name, value, name, value… */
    public Envelope params(Object... namesAndValues) {
        for (int i = 0; i < namesAndValues.length; i += 2) {
            param((String) namesAndValues[i], namesAndValues[i + 1]);
        }
        return this;
    }

    public Envelope id(Object id) {
        root.put("id", id);
        return this;
    }

    public Envelope apiVer(Object apiVer) {
        request.put("apiVer", apiVer);
        return this;
    }

    public Envelope iotToken(String iotToken) {
        request.put("iotToken", iotToken);
        return this;
    }

    public Envelope language(String language) {
        request.put("language", language);
        return this;
    }

    public Envelope root(String key, Object value) {
        root.put(key, value);
        return this;
    }

    public String json() {
        return JSON.writeValueAsString(root);
    }
}
