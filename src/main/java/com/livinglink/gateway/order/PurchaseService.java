package com.livinglink.gateway.order;

import java.time.Clock;
import java.util.Optional;

import com.livinglink.gateway.commodity.CommodityCatalog;
import com.livinglink.gateway.device.DeviceRepository;
import com.livinglink.gateway.device.IotId;
import com.livinglink.gateway.failure.CommodityNotAvailable;
import com.livinglink.gateway.failure.DeviceNotRegistered;
import com.livinglink.gateway.identity.IdentityId;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Buying plans for a device: whether one can be bought (commodity/check) and the purchase (commodity/buy). */
@Service
public class PurchaseService {

    private final OrderRepository orders;
    private final DeviceRepository devices;
    private final CommodityCatalog catalog;
    private final PlanTimeline timeline;
    private final OrderNumbers numbers;
    private final Clock clock;

    PurchaseService(OrderRepository orders, DeviceRepository devices, CommodityCatalog catalog,
            PlanTimeline timeline, OrderNumbers numbers, Clock clock) {
        this.orders = orders;
        this.devices = devices;
        this.catalog = catalog;
        this.timeline = timeline;
        this.numbers = numbers;
        this.clock = clock;
    }

    /**
     * Whether the plan can be bought for the device (contract 11.4): an unknown plan is simply not available.
     *
     * @throws com.livinglink.gateway.failure.DomainFailure the device is not registered, or the caller may
     *         not act for it
     */
    public boolean isAvailable(IotId iotId, String commodityCode, String specification,
            Optional<IdentityId> caller) {
        var device = devices.findById(iotId).orElseThrow(DeviceNotRegistered::new);
        device.accessFor(caller).checkMayInquire();
        return catalog.findPurchasable(commodityCode, specification).isPresent();
    }

    /**
     * Buys the plan for the device (contract 11.5): a new paid order bound to it, committed when this returns.
     *
     * @throws com.livinglink.gateway.failure.DomainFailure the first rule of contract 11.5 the purchase breaks
     */
    @Transactional
    public OrderId buy(BuyCommodity purchase, Optional<IdentityId> caller) {
        var device = devices.findById(purchase.iotId()).orElseThrow(DeviceNotRegistered::new);
        var buyer = device.accessFor(caller).buyer(purchase.deviceNoOwner());
        var commodity = catalog.findPurchasable(purchase.commodityCode(), purchase.specification())
                .orElseThrow(CommodityNotAvailable::new);
        var number = numbers.next();
        var start = timeline.startOfNewPlan(device.iotId(), purchase.immediateUse(), clock.instant());
        var order = Order.boughtFor(number.orderId(), commodity, purchase.copies(),
                commodity.priceOf(purchase.copies()), number.outOrderNo(), OrderType.PAID, device.iotId(),
                buyer.orElse(null), purchase.purchaser(), purchase.settings(), start, clock);
        return orders.save(order).orderId();
    }
}
