package com.livinglink.gateway.order;

import java.time.Clock;
import java.util.Optional;
import java.util.function.Function;

import com.livinglink.gateway.device.Device;
import com.livinglink.gateway.device.DeviceRepository;
import com.livinglink.gateway.device.IotId;
import com.livinglink.gateway.failure.DeviceNotRegistered;
import com.livinglink.gateway.failure.OrderNotFound;
import com.livinglink.gateway.identity.IdentityId;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The customer APIs that change a bound plan: commodity/enable, status/set and transfer (contract 11.7–11.9).
 * Each locks the order's row, so that of concurrent changes of one order each sees the one before it
 * committed: of concurrent transfers exactly one finds the order still on its source device. Each makes its
 * answer from the changed order before it commits, so that an answer that cannot be made (contract 11.2.7: no
 * code 500 after a write) leaves nothing written.
 */
@Service
public class PlanService {

    private final OrderRepository orders;
    private final DeviceRepository devices;
    private final PlanTimeline timeline;
    private final Clock clock;

    public PlanService(OrderRepository orders, DeviceRepository devices, PlanTimeline timeline, Clock clock) {
        this.orders = orders;
        this.devices = devices;
        this.timeline = timeline;
        this.clock = clock;
    }

    /**
     * commodity/enable: a queued order takes effect now; committed when this returns.
     *
     * @param answer what the API answers, made from the enabled order inside the transaction: should it fail,
     *     nothing is committed
     * @throws com.livinglink.gateway.failure.DomainFailure the first rule of contract 11.7 the request breaks
     */
    @Transactional
    public <T> T enable(IotId iotId, OrderId orderId, Optional<IdentityId> caller,
            Function<OrderDetails, T> answer) {
        var device = registered(iotId);
        var order = boundOrderForUpdate(iotId, orderId);
        order.enableThrough(device.accessFor(caller), clock);
        return answer.apply(order.detailsAt(clock.instant()));
    }

    /**
     * status/set: freezes the order; committed when this returns.
     *
     * @param answer what the API answers, made from the frozen order inside the transaction: should it fail,
     *     nothing is committed
     * @throws com.livinglink.gateway.failure.DomainFailure the first rule of contract 11.8 the request breaks
     */
    @Transactional
    public <T> T freeze(IotId iotId, OrderId orderId, Optional<IdentityId> caller, boolean deviceNoOwner,
            Function<OrderDetails, T> answer) {
        var device = registered(iotId);
        var order = boundOrderForUpdate(iotId, orderId);
        order.freezeThrough(device.accessFor(caller), deviceNoOwner, clock);
        return answer.apply(order.detailsAt(clock.instant()));
    }

    /**
     * transfer: moves the order to another device, all of it or nothing; committed when this returns.
     *
     * @param answer what the API answers, made from the moved order inside the transaction: should it fail,
     *     nothing is committed
     * @throws com.livinglink.gateway.failure.DomainFailure the first rule of contract 11.9 the request breaks
     */
    @Transactional
    public <T> T transfer(OrderTransfer transfer, Optional<IdentityId> caller, Function<OrderDetails, T> answer) {
        registered(transfer.source());
        var destination = registered(transfer.destination());
        var order = boundOrderForUpdate(transfer.source(), transfer.orderId());
        var now = clock.instant();
        var start = timeline.startOfNewPlan(destination.iotId(), transfer.immediateUse(), now);
        order.transferTo(transfer, destination.administrator(), caller, start, clock);
        return answer.apply(order.detailsAt(now));
    }

    private Device registered(IotId iotId) {
        return devices.findById(iotId).orElseThrow(DeviceNotRegistered::new);
    }

    /** The order, locked, if it is bound to this device: an order of another device does not exist here. */
    private Order boundOrderForUpdate(IotId iotId, OrderId orderId) {
        return orders.findForUpdate(orderId).filter(order -> order.isBoundTo(iotId))
                .orElseThrow(OrderNotFound::new);
    }
}
