package com.livinglink.gateway.apidocs;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import com.livinglink.gateway.api.ApiMessages;
import com.livinglink.gateway.api.Detail;
import com.livinglink.gateway.api.ResultCode;
import com.livinglink.gateway.api.SignatureRefusal;
import com.livinglink.gateway.api.SignatureRefusalException;
import io.swagger.v3.oas.models.examples.Example;

/**
 * The codes of the contract's sections 6 and 7 as the description shows them: in tables, and as example
 * envelopes whose messages come from the same bundles as the gateway's answers.
 */
final class ResultDocs {

    /** The seed's client id, echoed by API-level answers. */
    static final String CLIENT_ID = "1509086454180";
    /** A server request id: refusals come before the envelope is read, so they carry the server's id. */
    static final String SERVER_ID = "4de2c367-c1db-417c-aa15-8c585e595d92";
    private static final Locale ZH_CN = Locale.SIMPLIFIED_CHINESE;
    private static final String SIGNED_EXAMPLE = "POST\napplication/json\n3ZdKDNBWFjzHUYnP0ZvzbA==\n"
            + "application/json; charset=utf-8\n\nx-ca-key:demo\nx-ca-nonce:2b0b2f57-5c36-4a5e-9a0f-45e6c9d2c5f3\n"
            + "x-ca-signature-method:HmacSHA256\nx-ca-timestamp:1700000000000\n/vision/customer/cloudstorage/order/get";

    private final ApiMessages messages;

    ResultDocs(ApiMessages messages) {
        this.messages = messages;
    }

    /** One row per code: code, message, zh-CN localizedMsg, when. */
    String resultTable(List<ResultCode> results) {
        return "| code | message | localizedMsg (zh-CN) | when |\n|---|---|---|---|\n" + results.stream()
                .map(result -> "| " + result.code() + " | " + cell(english(result, List.of())) + " | "
                        + cell(localized(result, List.of())) + " | " + result.meaning() + " |")
                .collect(Collectors.joining("\n"));
    }

    /** One row per refusal: HTTP status, X-Ca-Error-Code, X-Ca-Error-Message, when. */
    static String transportTable(List<SignatureRefusal> errors) {
        return "| HTTP | X-Ca-Error-Code | X-Ca-Error-Message | when |\n|---|---|---|---|\n" + errors.stream()
                .map(error -> "| " + error.status().value() + " | `" + error.errorCode() + "` | `" + error.message()
                        + "` | " + error.meaning() + " |")
                .collect(Collectors.joining("\n"));
    }

    /** The success of the seed's request, with the {@code data} the demo profile answers. */
    Example success(Object data) {
        return new Example().summary("200 success (the seed's example)")
                .value(envelope(CLIENT_ID, ResultCode.SUCCESS.code(), null, null, data));
    }

    Example example(ResultCode result, List<Detail> details) {
        return new Example().summary(result.code() + " " + result.meaning()).value(envelope(CLIENT_ID,
                result.code(), english(result, details), localized(result, details), null));
    }

    Example example(SignatureRefusal error) {
        var message = error == SignatureRefusal.INVALID_SIGNATURE
                ? SignatureRefusalException.invalidSignature(SIGNED_EXAMPLE).errorMessage()
                : error.message();
        return new Example().summary(error.errorCode() + " " + error.meaning()).value(envelope(SERVER_ID,
                error.status().value(), message, messages.localized(error, ZH_CN), null));
    }

    /** An envelope as the gateway writes it: all five keys, {@code null} included (swagger's mapper drops nulls). */
    private static Map<String, Object> envelope(String id, int code, String message, String localizedMsg,
            Object data) {
        var envelope = new LinkedHashMap<String, Object>();
        envelope.put("id", id);
        envelope.put("code", code);
        envelope.put("message", message);
        envelope.put("localizedMsg", localizedMsg);
        envelope.put("data", data);
        return envelope;
    }

    private String english(ResultCode result, List<Detail> details) {
        return result == ResultCode.SUCCESS ? null : messages.english(result, details);
    }

    private String localized(ResultCode result, List<Detail> details) {
        return result == ResultCode.SUCCESS ? null : messages.localized(result, details, ZH_CN);
    }

    private static String cell(String text) {
        return text == null ? "null" : "`" + text + "`";
    }
}
