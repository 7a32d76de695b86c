package com.livinglink.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import com.livinglink.gateway.device.DeviceRepository;
import com.livinglink.gateway.device.DeviceService;
import com.livinglink.gateway.device.IotId;
import com.livinglink.gateway.identity.IdentityId;
import com.livinglink.gateway.order.BindOrder;
import com.livinglink.gateway.order.ImportedOrder;
import com.livinglink.gateway.order.OrderId;
import com.livinglink.gateway.order.OrderImportService;
import com.livinglink.gateway.order.OrderRepository;
import com.livinglink.gateway.order.OrderService;
import com.livinglink.gateway.order.Purchaser;
import com.livinglink.gateway.order.RecordingSettings;
import com.livinglink.gateway.support.GatewayInstance;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The gateway as an operator runs it: the embedded file-backed database under the data directory keeps
 * everything across restarts (contract section 10). The test configuration is left out so that the
 * gateway's own default database URL is the one under test.
 */
class GatewayRestartTest {

    static final String DEMO_DEVICE = "QIuozfUcxRX6frOTO4dKz2****";
    static final String DEMO_UNBOUND_ORDER = "202210131******040001";
    static final String DEMO_BOUND_ORDER = "20200731124115****";

    @TempDir
    Path dataDir;

    @Test
    void bindingSurvivesARestart() {
        var device = new IotId("restart-device");
        var order = new OrderId("restart-order");
        try (var gateway = start()) {
            gateway.bean(DeviceService.class).register(device, new IdentityId("restart-admin"));
            gateway.bean(OrderImportService.class).importOrders(List.of(new ImportedOrder(order.value(),
                    "ilopLVCloudResource", "eventResource_7", 2, null, "out-restart", 1, null, null)));
            gateway.bean(OrderService.class).bind(new BindOrder(device, order, new Purchaser("Li Lei", "u-1"),
                    RecordingSettings.defaults()), Optional.empty());
        }

        try (var gateway = start()) {
            var bound = gateway.bean(OrderService.class).find(order).orElseThrow();
            assertThat(bound.iotId()).contains(device);
            assertThat(bound.identityId()).contains(new IdentityId("restart-admin"));
            assertThat(bound.userName()).isEqualTo("Li Lei");
            assertThat(bound.startTime()).isNotNull();
            assertThat(bound.endTime()).isAfter(bound.startTime());
        }
    }

    @Test
    void demoDataLoadsOnceAndKeepsWhatTheDemoUserDidAcrossRestarts() {
        try (var gateway = start("--spring.profiles.active=demo")) {
            var orders = gateway.bean(OrderService.class);
            var seeded = orders.find(new OrderId(DEMO_BOUND_ORDER)).orElseThrow();
            assertThat(seeded.iotId()).contains(new IotId("QIuozfUcxRX6frOTO4dK****"));
            assertThat(seeded.identityId()).contains(new IdentityId("123"));
            assertThat(seeded.startTime()).hasToString("2020-08-25T02:00:00Z");
            assertThat(seeded.endTime()).hasToString("2020-09-25T02:00:00Z");
            assertThat(orders.find(new OrderId(DEMO_UNBOUND_ORDER)).orElseThrow().iotId()).isEmpty();
            orders.bind(new BindOrder(new IotId(DEMO_DEVICE), new OrderId(DEMO_UNBOUND_ORDER),
                    new Purchaser("demo-user", null), RecordingSettings.defaults()), Optional.empty());
        }

        for (int restart = 0; restart < 2; restart++) {
            try (var gateway = start("--spring.profiles.active=demo")) {
                // Section 10's three devices and two orders, and those of commodity/enable, status/set and
                // transfer: their destination device and one order each.
                assertThat(gateway.bean(DeviceRepository.class).count()).isEqualTo(4);
                assertThat(gateway.bean(OrderRepository.class).count()).isEqualTo(5);
                var bound = gateway.bean(OrderService.class).find(new OrderId(DEMO_UNBOUND_ORDER)).orElseThrow();
                assertThat(bound.iotId()).contains(new IotId(DEMO_DEVICE));
                assertThat(bound.userName()).isEqualTo("demo-user");
            }
        }
    }

    private GatewayInstance start(String... extraArguments) {
        var arguments = new ArrayList<>(List.of("--spring.config.location=classpath:/application.yaml",
                "--spring.main.banner-mode=off"));
        arguments.addAll(List.of(extraArguments));
        return GatewayInstance.start(dataDir, arguments.toArray(String[]::new));
    }
}
