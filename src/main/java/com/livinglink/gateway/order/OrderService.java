package com.livinglink.gateway.order;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

import com.livinglink.gateway.device.Device;
import com.livinglink.gateway.device.DeviceAccess;
import com.livinglink.gateway.device.DeviceRepository;
import com.livinglink.gateway.device.IotId;
import com.livinglink.gateway.failure.DeviceNotRegistered;
import com.livinglink.gateway.failure.OrderNotFound;
import com.livinglink.gateway.identity.IdentityId;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The customer APIs on existing orders: load, let the entities decide, save. */
@Service
public class OrderService {

    private final OrderRepository orders;
    private final CommittedOrders committedOrders;
    private final DeviceRepository devices;
    private final Clock clock;

    OrderService(OrderRepository orders, CommittedOrders committedOrders, DeviceRepository devices, Clock clock) {
        this.orders = orders;
        this.committedOrders = committedOrders;
        this.devices = devices;
        this.clock = clock;
    }

    /**
     * Binds an order to a device's administrator; committed when this returns.
     *
     * @throws com.livinglink.gateway.failure.DomainFailure the first rule of contract section 3 that the
     *         request breaks
     */
    @Transactional
    public void bind(BindOrder command, Optional<IdentityId> caller) {
        var device = devices.findById(command.iotId()).orElseThrow(DeviceNotRegistered::new);
        var administrator = device.accessFor(caller).actingAdministrator();
        var order = orders.findForUpdate(command.orderId()).orElseThrow(OrderNotFound::new);
        order.bindTo(device.iotId(), administrator, command.purchaser(), command.settings(), clock);
    }

    /**
     * Reads an order through the device it is bound to; an order of another device does not exist for
     * this caller. Without a transaction: each read is a single statement (see {@link CommittedOrders}).
     */
    public OrderDetails get(IotId iotId, OrderId orderId, Optional<IdentityId> caller, boolean deviceNoOwner) {
        var order = committedOrders.find(orderId).filter(candidate -> candidate.isBoundTo(iotId))
                .orElseThrow(OrderNotFound::new);
        // Only a caller with a user identity is checked against the device's administrator: without one
        // (the signing app alone, the common case) the read is a single query.
        var administrator = caller.isEmpty() ? Optional.<IdentityId>empty()
                : devices.findById(iotId).flatMap(Device::administrator);
        order.checkReadableThrough(new DeviceAccess(caller, administrator), deviceNoOwner);
        return order.detailsAt(clock.instant());
    }

    /**
     * One page of the orders bound to the device that the caller may list (contract 11.6), all read in one
     * transaction so that the page and its total agree. A page past the end is empty.
     *
     * @throws com.livinglink.gateway.failure.DomainFailure the device is not registered, or the caller may
     *         not list its orders
     */
    @Transactional(readOnly = true)
    public OrderPage query(IotId iotId, Optional<IdentityId> caller, boolean deviceNoOwner, int pageNo,
            int pageSize) {
        var device = devices.findById(iotId).orElseThrow(DeviceNotRegistered::new);
        var only = device.accessFor(caller).listableOrdersOf(deviceNoOwner);
        var total = orders.countBoundTo(iotId, only);
        long offset = (long) pageNo * pageSize;
        var now = clock.instant();
        var page = offset >= total ? List.<OrderDetails>of()
                : orders.findBoundTo(iotId, only, (int) offset, pageSize).stream()
                        .map(order -> order.detailsAt(now)).toList();
        return new OrderPage(pageNo, pageSize, total, page);
    }

    /** The whole order as operators see it, whoever it is bound to. */
    @Transactional(readOnly = true)
    public Optional<OrderDetails> find(OrderId orderId) {
        return orders.findById(orderId).map(order -> order.detailsAt(clock.instant()));
    }
}
