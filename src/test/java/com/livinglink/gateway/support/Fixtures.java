package com.livinglink.gateway.support;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.UUID;

import com.livinglink.gateway.commodity.CommodityCatalog;
import com.livinglink.gateway.device.Device;
import com.livinglink.gateway.device.DeviceRepository;
import com.livinglink.gateway.device.IotId;
import com.livinglink.gateway.identity.IdentityId;
import com.livinglink.gateway.order.Order;
import com.livinglink.gateway.order.OrderId;
import com.livinglink.gateway.order.OrderRepository;
import com.livinglink.gateway.order.OrderType;
import com.livinglink.gateway.order.PaymentStatus;
import com.livinglink.gateway.order.Purchaser;
import com.livinglink.gateway.order.RecordingSettings;

import org.springframework.boot.test.context.TestComponent;

/**
 * Puts devices and orders straight into the database, each with a fresh id, so that tests sharing a
 * database never see each other's data.
 */
@TestComponent
public class Fixtures {

    public static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    private final DeviceRepository devices;
    private final OrderRepository orders;
    private final CommodityCatalog catalog;

    public Fixtures(DeviceRepository devices, OrderRepository orders, CommodityCatalog catalog) {
        this.devices = devices;
        this.orders = orders;
        this.catalog = catalog;
    }

    public static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 18);
    }

    public IotId device(String administrator) {
        var iotId = new IotId(unique("dev"));
        devices.save(new Device(iotId, administrator == null ? null : new IdentityId(administrator)));
        return iotId;
    }

    public OrderId paidOrder() {
        return order(PaymentStatus.PAID, false, 1);
    }

    public OrderId order(PaymentStatus payment, boolean frozen, int copies) {
        var commodity = catalog.find("ilopLVCloudResource", "eventResource_7").orElseThrow();
        var order = Order.purchased(new OrderId(unique("ord")), commodity, copies, new BigDecimal("1.0"),
                "out-1", payment, OrderType.PAID, frozen);
        return orders.save(order).orderId();
    }

    /** A paid order of one month, bound to {@code device} for {@code administrator} at {@code boundAt}. */
    public OrderId boundOrder(IotId device, String administrator, Instant boundAt) {
        var id = paidOrder();
        var order = orders.findById(id).orElseThrow();
        order.bindTo(device, new IdentityId(administrator), new Purchaser("user-name", "user-id"),
                RecordingSettings.defaults(), Clock.fixed(boundAt, SHANGHAI));
        orders.save(order);
        return id;
    }

    /** A paid order of {@code months} one-month copies, bound to {@code device} for {@code identity} from {@code start}. */
    public OrderId planFrom(IotId device, String identity, Instant start, int months) {
        return plan(device, identity, start, months, OrderType.PAID);
    }

    /** A free order (orderType 1) of one month, bound to {@code device} for {@code identity} from {@code start}. */
    public OrderId freeOrder(IotId device, String identity, Instant start) {
        return plan(device, identity, start, 1, OrderType.FREE);
    }

    /** Freezes the order at {@code at}, as status/set would. */
    public void freeze(OrderId id, Instant at) {
        var order = orders.findById(id).orElseThrow();
        order.freeze(Clock.fixed(at, SHANGHAI));
        orders.save(order);
    }

    private OrderId plan(IotId device, String identity, Instant start, int months, OrderType type) {
        var commodity = catalog.find("ilopLVCloudResource", "eventResource_7").orElseThrow();
        var order = Order.boughtFor(new OrderId(unique("ord")), commodity, months, new BigDecimal(months + ".0"),
                "out-1", type, device, identity == null ? null : new IdentityId(identity),
                new Purchaser("user-name", "user-id"), RecordingSettings.defaults(), start,
                Clock.fixed(start, SHANGHAI));
        return orders.save(order).orderId();
    }

    /** The device loses its administrator, as when the user unbinds the camera. */
    public void removeAdministrator(IotId device) {
        var stored = devices.findById(device).orElseThrow();
        stored.assignAdministrator(null);
        devices.save(stored);
    }
}
