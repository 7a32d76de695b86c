package com.livinglink.gateway.freeplan;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.Optional;
import java.util.function.Function;

import com.livinglink.gateway.commodity.Commodity;
import com.livinglink.gateway.commodity.CommodityCatalog;
import com.livinglink.gateway.device.Device;
import com.livinglink.gateway.device.DeviceRepository;
import com.livinglink.gateway.device.IotId;
import com.livinglink.gateway.failure.DeviceNotRegistered;
import com.livinglink.gateway.failure.FreeStorageNotClaimed;
import com.livinglink.gateway.identity.IdentityId;
import com.livinglink.gateway.order.Order;
import com.livinglink.gateway.order.OrderNumbers;
import com.livinglink.gateway.order.OrderRepository;
import com.livinglink.gateway.order.OrderType;
import com.livinglink.gateway.order.PlanTimeline;
import com.livinglink.gateway.order.Purchaser;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The five free-plan APIs (contract 11.10 to 11.14) and the operator's quota: load, let the entities decide,
 * save. What changes a device's plan holds the device's row lock, so that concurrent claims on one device
 * take their turns, and makes its answer before it commits, so that an answer that cannot be made (contract
 * 11.2.7: no code 500 after a write) leaves nothing written.
 */
@Service
public class FreePlanService {

    private static final BigDecimal FREE = new BigDecimal("0.0");

    private final FreePlanRepository plans;
    private final DeviceRepository devices;
    private final OrderRepository orders;
    private final OrderNumbers numbers;
    private final PlanTimeline timeline;
    private final Commodity gift;
    private final FreePlanProperties properties;
    private final Clock clock;

    FreePlanService(FreePlanRepository plans, DeviceRepository devices, OrderRepository orders, OrderNumbers numbers,
            PlanTimeline timeline, CommodityCatalog catalog, FreePlanProperties properties, Clock clock) {
        this.plans = plans;
        this.devices = devices;
        this.orders = orders;
        this.numbers = numbers;
        this.timeline = timeline;
        this.properties = properties;
        this.clock = clock;
        var entry = catalog.find(properties.commodityCode(), properties.specification())
                .orElseThrow(() -> new IllegalStateException("gateway.free-plan names " + properties.commodityCode()
                        + "/" + properties.specification() + ", which is not in gateway.catalog"));
        // A claim's copies are its months (contract 11.15): one copy of the gift is one month, whatever the
        // catalog sells a copy of the entry for.
        this.gift = new Commodity(entry.code(), entry.specification(), entry.recordType(), entry.lifecycleDays(), 1,
                FREE, entry.name(), entry.purchasable());
    }

    /** freecloudstorage/get (contract 11.10). */
    @Transactional(readOnly = true)
    public FreePlanView view(IotId iotId, Optional<IdentityId> caller) {
        var device = devices.findById(iotId).orElseThrow(DeviceNotRegistered::new);
        var plan = planOf(iotId);
        device.accessFor(caller).checkMayActOnFreePlan(plan.latestClaimant());
        return viewOf(plan, device);
    }

    /** freestorage/quota/check (contract 11.14): read-only, the first rule broken wins. */
    @Transactional(readOnly = true)
    public void checkClaimable(IotId iotId, Optional<IdentityId> caller) {
        var device = devices.findById(iotId).orElseThrow(DeviceNotRegistered::new);
        var administrator = device.accessFor(caller).actingAdministrator();
        planOf(iotId).checkClaimable(administrator, 1, properties.maxClaimants());
    }

    /**
     * freecloudstorage/consume (contract 11.11): the administrator claims {@code quota} months as a new free
     * order, starting now or at the device's queue end; committed when this returns. The order's id is made as a
     * bought order's ({@link OrderNumbers}); a free order has no {@code outOrderNo}.
     *
     * @param answer what the API answers, made from the plan after the claim inside the transaction: should it
     *     fail, nothing is committed
     */
    @Transactional
    public <T> T claim(FreeClaimRequest request, Optional<IdentityId> caller, Function<FreePlanView, T> answer) {
        var device = devices.findForUpdate(request.iotId()).orElseThrow(DeviceNotRegistered::new);
        var administrator = device.accessFor(caller).actingAdministrator();
        var plan = planOf(device.iotId());
        plan.checkClaimable(administrator, request.quota(), properties.maxClaimants());
        var now = clock.instant();
        var order = Order.boughtFor(numbers.next().orderId(), gift, request.quota(), FREE, null, OrderType.FREE,
                device.iotId(), administrator, new Purchaser(null, null), request.settings(),
                timeline.startOfNewPlan(device.iotId(), request.immediateUse(), now), clock);
        orders.save(order);
        plan.claim(administrator, order.orderId(), request.quota(), now, properties.maxClaimants());
        plans.save(plan);
        return answer.apply(viewOf(plan, device));
    }

    /**
     * freecloudstorage/enable (contract 11.12): the shown claim's order takes effect now if it is queued.
     *
     * @param answer what the API answers, made from the plan after the change inside the transaction: should it
     *     fail, nothing is committed
     */
    @Transactional
    public <T> T enable(IotId iotId, Optional<IdentityId> caller, Function<FreePlanView, T> answer) {
        var device = devices.findById(iotId).orElseThrow(DeviceNotRegistered::new);
        var plan = planOf(iotId);
        device.accessFor(caller).checkMayActOnFreePlan(plan.latestClaimant());
        currentOrder(plan, device).enableAsFreePlan(clock);
        return answer.apply(viewOf(plan, device));
    }

    /**
     * freecloudstorage/status/set 2 (contract 11.13): the shown claim's order is frozen, for good; the claim
     * stays counted and its months are not given back.
     *
     * @param answer what the API answers, made from the plan after the change inside the transaction: should it
     *     fail, nothing is committed
     */
    @Transactional
    public <T> T freeze(IotId iotId, Optional<IdentityId> caller, Function<FreePlanView, T> answer) {
        var device = devices.findById(iotId).orElseThrow(DeviceNotRegistered::new);
        var plan = planOf(iotId);
        device.accessFor(caller).checkMayActOnFreePlan(plan.latestClaimant());
        currentOrder(plan, device).freeze(clock);
        return answer.apply(viewOf(plan, device));
    }

    /** A registered device with its free plan, as operators see it. */
    @Transactional(readOnly = true)
    public Optional<DeviceFreePlan> find(IotId iotId) {
        return devices.findById(iotId).map(device -> DeviceFreePlan.of(device, planOf(iotId)));
    }

    /** Sets a registered device's gift months left (operator API, contract 11.15). */
    @Transactional
    public DeviceFreePlan changeRemainQuota(IotId iotId, int months) {
        var device = devices.findForUpdate(iotId).orElseThrow(DeviceNotRegistered::new);
        var plan = planOf(device.iotId());
        plan.changeRemainQuota(months);
        return DeviceFreePlan.of(device, plans.save(plan));
    }

    private FreePlan planOf(IotId iotId) {
        return plans.findById(iotId).orElseGet(() -> FreePlan.fresh(iotId, properties.quotaMonths()));
    }

    /**
     * The claim's order, row-locked: concurrent enable and freeze calls on it wait for each other instead of
     * one failing on the order's version.
     */
    private Order currentOrder(FreePlan plan, Device device) {
        var claim = plan.claimShownFor(device.administrator()).orElseThrow(FreeStorageNotClaimed::new);
        return orders.findForUpdate(claim.order()).orElseThrow(FreeStorageNotClaimed::new);
    }

    private FreePlanView viewOf(FreePlan plan, Device device) {
        var claim = plan.claimShownFor(device.administrator());
        if (claim.isEmpty()) {
            return new FreePlanView(gift.recordType(), gift.lifecycleDays(), plan.remainQuota(), false, null, null,
                    0, plan.remainQuota());
        }
        var order = orders.findById(claim.get().order()).orElseThrow().detailsAt(clock.instant());
        var expired = switch (order.status()) {
            case FROZEN -> 2;
            case EXPIRED -> 1;
            default -> 0;
        };
        return new FreePlanView(gift.recordType(), gift.lifecycleDays(), claim.get().months(), true,
                order.startTime(), order.endTime(), expired, plan.remainQuota());
    }
}
