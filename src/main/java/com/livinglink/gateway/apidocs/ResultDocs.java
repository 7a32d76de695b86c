package com.livinglink.gateway.apidocs;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import com.livinglink.gateway.api.ApiMessages;
import com.livinglink.gateway.api.Detail;
import com.livinglink.gateway.api.RawBody;
import com.livinglink.gateway.api.ResultCode;
import com.livinglink.gateway.api.SignatureRefusal;
import com.livinglink.gateway.api.SignatureRefusalException;
import com.livinglink.gateway.signature.SignatureVerifier;
import io.swagger.v3.oas.models.examples.Example;

/**
 * The codes of the contract's sections 6 and 7 as the description shows them: when each comes, in tables,
 * and as example envelopes whose messages come from the same bundles as the gateway's answers.
 */
final class ResultDocs {

    /** The seed's client id, echoed by API-level answers. */
    static final String CLIENT_ID = "1509086454180";
    /** A server request id: refusals come before the envelope is read, so they carry the server's id. */
    static final String SERVER_ID = "4de2c367-c1db-417c-aa15-8c585e595d92";
    private static final Locale ZH_CN = Locale.SIMPLIFIED_CHINESE;
    private static final long WINDOW_MINUTES = SignatureVerifier.TIMESTAMP_TOLERANCE.toMinutes();
    private static final String SIGNED_EXAMPLE = "POST\napplication/json\n3ZdKDNBWFjzHUYnP0ZvzbA==\n"
            + "application/json; charset=utf-8\n\nx-ca-key:demo\nx-ca-nonce:2b0b2f57-5c36-4a5e-9a0f-45e6c9d2c5f3\n"
            + "x-ca-signature-method:HmacSHA256\nx-ca-timestamp:1700000000000\n/vision/customer/cloudstorage/order/get";

    private final ApiMessages messages;

    ResultDocs(ApiMessages messages) {
        this.messages = messages;
    }

    static String when(ResultCode result) {
        return switch (result) {
            case SUCCESS -> "success";
            case REQUEST_ERROR -> "malformed JSON or envelope; a content type other than JSON or octet-stream";
            case REQUEST_AUTH_ERROR -> "the iotToken is invalid, expired or unverifiable";
            case REQUEST_FORBIDDEN -> "the signing app may not call this API";
            case SERVICE_NOT_FOUND -> "unsupported apiVer (HTTP 200, the range named), or unknown path (HTTP 404)";
            case TOO_MANY_REQUESTS -> "the app's rate limit is exceeded (HTTP 429, see the signature refusals)";
            case PARAMETER_ERROR -> "invalid params: every violation named, field and rule";
            case AUTH_FAILED -> "the iotToken's identity may not act for this device or order";
            case SERVICE_ERROR -> "unexpected fault (logged with the request id)";
            case SERVICE_NOT_AVAILABLE -> "the database cannot answer within the 3000 ms budget";
            case DEVICE_NOT_EXIST -> "iotId is not registered";
            case ORDER_NOT_EXIST -> "no such order (for this device)";
            case ORDER_BOUND_TO_ANOTHER_DEVICE -> "the order is bound to another device";
            case ORDER_NOT_PAID -> "the order is not paid";
            case ORDER_FROZEN -> "the order is frozen";
            case ORDER_EXPIRED -> "the order's service has ended";
            case DEVICE_HAS_NO_ADMINISTRATOR -> "binding needs the device's administrator";
            case COMMODITY_NOT_AVAILABLE -> "commodity/buy: the plan is not in the catalog or may not be bought";
            case CROSS_ACCOUNT_TRANSFER_NOT_ALLOWED -> "transfer: the destination's administrator does not own the "
                    + "order and supportCrossIdentityTransfer is false";
            case FREE_STORAGE_ALREADY_CLAIMED -> "this administrator claimed the device's free plan before";
            case FREE_STORAGE_CLAIM_LIMIT_REACHED -> "as many identities as allowed have claimed the device's free plan";
            case FREE_STORAGE_QUOTA_INSUFFICIENT -> "the device has fewer free months left than asked for (or none)";
            case FREE_STORAGE_NOT_CLAIMED -> "the device's free plan has no claim to enable or freeze";
        };
    }

    static String when(SignatureRefusal error) {
        return switch (error) {
            case EMPTY_APP_KEY -> "no X-Ca-Key";
            case EMPTY_SIGNATURE -> "no X-Ca-Signature";
            case INVALID_APP_KEY -> "the appKey is not registered";
            case INVALID_CONTENT_MD5 -> "Content-MD5 missing for a body, or not the body's";
            case INVALID_TIMESTAMP -> "neither X-Ca-Timestamp nor Date, X-Ca-Timestamp not epoch milliseconds, or Date"
                    + " not RFC 1123";
            case TIMESTAMP_EXPIRED -> "the request's time (X-Ca-Timestamp, else Date) more than " + WINDOW_MINUTES
                    + " minutes off the server's clock";
            case INVALID_NONCE -> "no X-Ca-Nonce (unless the app is registered with nonce-required: false)";
            case NONCE_USED -> "the nonce was used by this app in the last " + WINDOW_MINUTES + " minutes";
            case INVALID_SIGNATURE -> "the signature does not match; the message shows the server's stringToSign "
                    + "with line breaks as #";
            case PLAIN_HTTP -> "an HTTPS-only API called over plain HTTP";
            case THROTTLED -> "the app's rate limit is exceeded";
            case BODY_TOO_LARGE -> "the body is over " + RawBody.MAX_BYTES / 1024 + " KiB";
            case UNSUPPORTED_METHOD -> "a method other than POST";
        };
    }

    /** One row per code: code, message, zh-CN localizedMsg, when. */
    String resultTable(List<ResultCode> results) {
        return "| code | message | localizedMsg (zh-CN) | when |\n|---|---|---|---|\n" + results.stream()
                .map(result -> "| " + result.code() + " | " + cell(english(result, List.of())) + " | "
                        + cell(localized(result, List.of())) + " | " + when(result) + " |")
                .collect(Collectors.joining("\n"));
    }

    /** One row per refusal: HTTP status, X-Ca-Error-Code, X-Ca-Error-Message, when. */
    static String transportTable(List<SignatureRefusal> errors) {
        return "| HTTP | X-Ca-Error-Code | X-Ca-Error-Message | when |\n|---|---|---|---|\n" + errors.stream()
                .map(error -> "| " + error.status().value() + " | `" + error.errorCode() + "` | `" + error.message()
                        + "` | " + when(error) + " |")
                .collect(Collectors.joining("\n"));
    }

    Example example(ResultCode result, List<Detail> details) {
        return new Example().summary(result.code() + " " + when(result)).value(envelope(CLIENT_ID, result.code(),
                english(result, details), localized(result, details), null));
    }

    Example example(SignatureRefusal error) {
        var message = error == SignatureRefusal.INVALID_SIGNATURE
                ? SignatureRefusalException.invalidSignature(SIGNED_EXAMPLE).errorMessage()
                : error.message();
        return new Example().summary(error.errorCode() + " " + when(error)).value(envelope(SERVER_ID,
                error.status().value(), message, messages.localized(error, ZH_CN), null));
    }

    static Map<String, Object> envelope(String id, int code, String message, String localizedMsg, Object data) {
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
