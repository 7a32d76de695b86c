package com.example.camerabackend;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import com.livinglink.gateway.testkit.Fault;
import com.livinglink.gateway.testkit.Gateway;
import com.livinglink.gateway.testkit.GatewayTest;
import com.livinglink.gateway.testkit.JournalEntry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The backend against the gateway, which the test kit starts once for the run and resets before each test: the
 * demo data, the demo app, a fresh journal, no faults, real time.
 */
@GatewayTest
class CloudStorageTest {

    /** The demo data: a camera whose owner is identity 123, and its order bound until 2020-09-25T02:00:00Z. */
    static final String CAMERA = "QIuozfUcxRX6frOTO4dK****";
    static final String ORDER = "20200731124115****";
    static final Instant ORDER_END = Instant.parse("2020-09-25T02:00:00Z");
    /** The demo data: a camera whose owner is demo-identity-1, and a paid order bound to nothing. */
    static final String NEW_CAMERA = "QIuozfUcxRX6frOTO4dKz2****";
    static final String NEW_ORDER = "202210131******040001";

    CloudStorage backend;

    @BeforeEach
    void startTheBackend(Gateway gateway) {
        backend = new CloudStorage(new PlatformSettings("127.0.0.1:" + gateway.httpsUrl().getPort(), gateway.appKey(),
                gateway.appSecret(), gateway.sslContext()));
    }

    @AfterEach
    void stopTheBackend() {
        backend.close();
    }

    @Test
    void itsFirstCallIsAnsweredWith200(Gateway gateway) {
        var order = backend.order(CAMERA, ORDER);

        assertEquals(ORDER, order.orderId());
        assertEquals(ORDER_END, order.endsAt());
        List<JournalEntry> calls = gateway.journal().calls("order/get");
        assertEquals(1, calls.size());
        assertEquals(200, calls.get(0).code());
    }

    @Test
    void anOrderExpiresWhenThePinnedClockReachesItsEnd(Gateway gateway) {
        gateway.clock().fix(ORDER_END.minusSeconds(1));
        assertEquals(StoredOrder.State.ACTIVE, backend.order(CAMERA, ORDER).state());

        gateway.clock().advance(Duration.ofSeconds(1));

        assertEquals(StoredOrder.State.EXPIRED, backend.order(CAMERA, ORDER).state());
    }

    @Test
    void theBackendRetriesWhenThePlatformIsUnavailableOnce(Gateway gateway) {
        gateway.faults().add(Fault.on("order/get").forOrder(ORDER).answering(503).once());

        var order = backend.order(CAMERA, ORDER);

        assertEquals(ORDER, order.orderId());
        var calls = gateway.journal().calls("order/get");
        assertEquals(2, calls.size());
        assertEquals(200, calls.get(0).code(), "the retry, newest first");
        assertEquals(503, calls.get(1).code(), "the first try");
    }

    @Test
    void theJournalShowsWhatTheBackendSent(Gateway gateway) {
        backend.bind(NEW_CAMERA, NEW_ORDER, "Ann", "user-ann");

        var bind = gateway.journal().calls("bind/order").get(0);
        assertAll(() -> assertEquals(gateway.appKey(), bind.appKey()),
                () -> assertEquals("1.0.0", bind.apiVer()),
                () -> assertEquals(NEW_CAMERA, bind.param("iotId")),
                () -> assertEquals(NEW_ORDER, bind.param("orderId")),
                () -> assertEquals("Ann", bind.param("userName")),
                () -> assertEquals(5, bind.param("preRecordDuration")),
                () -> assertEquals(10, bind.param("recordDuration")),
                () -> assertEquals(200, bind.code()));
        assertEquals(NEW_CAMERA, gateway.orders().get(NEW_ORDER).iotId());
    }
}
