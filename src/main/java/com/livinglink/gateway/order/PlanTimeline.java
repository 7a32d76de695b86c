package com.livinglink.gateway.order;

import java.time.Instant;

import com.livinglink.gateway.device.IotId;

import org.springframework.stereotype.Component;

/**
 * A device's plan timeline (contract 11.2.3): the orders bound to it that are paid, not frozen and not yet
 * ended, paid and free alike. A plan that is not to be used at once starts at the timeline's queue end,
 * when the last of those ends; nothing ever moves the other plans, so plans may overlap.
 */
@Component
public class PlanTimeline {

    private final OrderRepository orders;

    PlanTimeline(OrderRepository orders) {
        this.orders = orders;
    }

    /** {@code max(now, latest end of the device's active plans)}. */
    public Instant queueEnd(IotId device, Instant now) {
        return orders.findLatestActiveEnd(device, now).filter(end -> end.isAfter(now)).orElse(now);
    }

    /** Where a new plan on {@code device} starts: now when it is to be used at once, else the queue end. */
    public Instant startOfNewPlan(IotId device, boolean immediateUse, Instant now) {
        return immediateUse ? now : queueEnd(device, now);
    }
}
