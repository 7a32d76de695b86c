package com.livinglink.gateway.order.web;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import com.livinglink.gateway.api.ApiDocs;
import com.livinglink.gateway.api.ApiExchange;
import com.livinglink.gateway.api.ApiResponse;
import com.livinglink.gateway.api.ApiRoute;
import com.livinglink.gateway.api.Envelope;
import com.livinglink.gateway.api.EnvelopeReader;
import com.livinglink.gateway.api.ParamsBinder;
import com.livinglink.gateway.device.IotId;
import com.livinglink.gateway.identity.IdentityId;
import com.livinglink.gateway.order.OrderDetails;
import com.livinglink.gateway.order.OrderId;
import com.livinglink.gateway.order.OrderStatus;
import com.livinglink.gateway.order.OrderType;
import com.livinglink.gateway.order.PaymentStatus;
import jakarta.validation.Validation;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import org.springframework.mock.web.MockHttpServletRequest;

import tools.jackson.databind.json.JsonMapper;

/**
 * The envelope of order/get: reading the request (parse, strict UTF-8 check, structure), reading its
 * params as the API edge does, and writing the response with its order data.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class EnvelopeBenchmark {

    private static final ApiRoute<GetOrderParams, OrderData> GET_ORDER = ApiRoute
            .post("/vision/customer/cloudstorage/order/get").id("get-order").versions("1.0.0", "1.0.6")
            .params(GetOrderParams.class).data(OrderData.class).handler((params, caller) -> null)
            .documented(ApiDocs.named("GetOrder"));

    private final EnvelopeReader reader = new EnvelopeReader();
    private final ParamsBinder binder = new ParamsBinder(Validation.buildDefaultValidatorFactory().getValidator());
    private final JsonMapper json = JsonMapper.builder().build();
    private byte[] body;
    private ApiResponse response;

    @Setup
    public void setUp() {
        body = ("{\"id\":\"1509086454180\",\"version\":\"1.0\",\"request\":{\"apiVer\":\"1.0.6\"},\"params\":"
                + "{\"iotId\":\"QIuozfUcxRX6frOTO4dK****\",\"orderId\":\"20200731124115****\",\"deviceNoOwner\":false}}")
                .getBytes(StandardCharsets.UTF_8);
        var start = Instant.parse("2020-08-25T02:00:00Z");
        var details = new OrderDetails(new OrderId("20200731124115****"), "ilopLVCloudResource", "eventResource_7", 2,
                1, "1.0", "20670001970****", PaymentStatus.PAID, OrderType.PAID, false, null, OrderStatus.VALID,
                Optional.of(new IotId("QIuozfUcxRX6frOTO4dK****")), Optional.of(new IdentityId("123")), "123", "123",
                start, Instant.parse("2020-09-25T02:00:00Z"), 86_400, null);
        response = new ApiResponse("1509086454180", 200, null, null,
                OrderData.from(details, ZoneId.of("Asia/Shanghai")));
    }

    @Benchmark
    public Envelope readEnvelope() {
        return reader.read(body, GET_ORDER, ApiExchange.of(new MockHttpServletRequest()));
    }

    @Benchmark
    public GetOrderParams readEnvelopeAndParams() {
        return binder.bind(readEnvelope().params(), GetOrderParams.class);
    }

    @Benchmark
    public byte[] writeResponse() {
        return json.writeValueAsBytes(response);
    }
}
