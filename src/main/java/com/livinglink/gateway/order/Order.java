package com.livinglink.gateway.order;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.function.UnaryOperator;

import com.livinglink.gateway.commodity.Commodity;
import com.livinglink.gateway.common.SupportedInstants;
import com.livinglink.gateway.device.DeviceAccess;
import com.livinglink.gateway.device.IotId;
import com.livinglink.gateway.device.IotIdConverter;
import com.livinglink.gateway.failure.CallerNotAllowed;
import com.livinglink.gateway.failure.CrossAccountTransferNotAllowed;
import com.livinglink.gateway.failure.DeviceHasNoAdministrator;
import com.livinglink.gateway.failure.FreeOrderNotTransferable;
import com.livinglink.gateway.failure.OrderBoundToAnotherDevice;
import com.livinglink.gateway.failure.OrderExpired;
import com.livinglink.gateway.failure.OrderFrozen;
import com.livinglink.gateway.failure.OrderNotPaid;
import com.livinglink.gateway.failure.WindowBeyondSupportedRange;
import com.livinglink.gateway.failure.WindowBeyondSupportedRange.Cause;
import com.livinglink.gateway.identity.IdentityId;
import com.livinglink.gateway.identity.IdentityIdConverter;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.JavaType;

/**
 * A purchased cloud-storage order: the customer's inventory until it is bound to a device's
 * administrator, then a service that runs from the bind for {@code copies × monthsPerCopy} months.
 * Its status is never stored: it is derived from payment, freezing and the clock whenever it is read.
 */
@Entity(name = "CloudStorageOrder")
@Table(name = "cloud_order")
public class Order {

    @Id
    @Column(name = "order_id")
    @JavaType(OrderIdJavaType.class)
    private OrderId orderId;

    @Column(name = "commodity_code")
    private String commodityCode;

    private String specification;

    @Column(name = "record_type")
    private int recordType;

    @Column(name = "months_per_copy")
    private int monthsPerCopy;

    private int copies;

    private String price;

    @Column(name = "out_order_no")
    private String outOrderNo;

    @Column(name = "payment_status")
    @Convert(converter = PaymentStatusConverter.class)
    private PaymentStatus paymentStatus;

    @Column(name = "order_type")
    @Convert(converter = OrderTypeConverter.class)
    private OrderType orderType;

    private boolean frozen;

    /** When the order was frozen; null for an order imported frozen, whose service never ran. */
    @Column(name = "frozen_at")
    private Instant frozenAt;

    @Column(name = "iot_id")
    @Convert(converter = IotIdConverter.class)
    private IotId iotId;

    @Column(name = "identity_id")
    @Convert(converter = IdentityIdConverter.class)
    private IdentityId identityId;

    @Column(name = "user_name")
    private String userName;

    @Column(name = "user_id")
    private String userId;

    @Column(name = "start_time")
    private Instant startTime;

    @Column(name = "end_time")
    private Instant endTime;

    @Embedded
    private RecordingSettings recordingSettings;

    @Version
    private Long version;

    protected Order() {
    }

    private Order(OrderId orderId, Commodity commodity, int copies, BigDecimal price, String outOrderNo,
            PaymentStatus paymentStatus, OrderType orderType, boolean frozen) {
        if (copies < 1) {
            throw new IllegalArgumentException("copies must be at least 1");
        }
        this.orderId = orderId;
        this.commodityCode = commodity.code();
        this.specification = commodity.specification();
        this.recordType = commodity.recordType();
        this.monthsPerCopy = commodity.monthsPerCopy();
        this.copies = copies;
        this.price = plainText(price);
        this.outOrderNo = outOrderNo;
        this.paymentStatus = paymentStatus;
        this.orderType = orderType;
        this.frozen = frozen;
    }

    /**
     * The price as it is kept and shown: as written when that has at most four fraction digits ({@code 99.00}
     * stays {@code 99.00}), otherwise its value in plain digits ({@code 1E+3} is {@code 1000}, {@code 1.00000}
     * is {@code 1}), so that the text never grows with the exponent it was written with.
     */
    private static String plainText(BigDecimal price) {
        if (price.scale() >= 0 && price.scale() <= ImportedOrder.PRICE_FRACTION_DIGITS) {
            return price.toPlainString();
        }
        var significant = price.stripTrailingZeros();
        return (significant.scale() < 0 ? significant.setScale(0) : significant).toPlainString();
    }

    /** A new, unbound order of the catalog's {@code commodity}, as the customer's shop sold it. */
    public static Order purchased(OrderId orderId, Commodity commodity, int copies, BigDecimal price,
            String outOrderNo, PaymentStatus paymentStatus, OrderType orderType, boolean frozen) {
        return new Order(orderId, commodity, copies, price, outOrderNo, paymentStatus, orderType, frozen);
    }

    /**
     * A new order bought for a device (commodity/buy) or claimed as its free plan, bound from the start: paid,
     * serving {@code copies × monthsPerCopy} months from {@code start} (now, or the device's queue end, see
     * {@link PlanTimeline}).
     *
     * @throws WindowBeyondSupportedRange when the window would end after the supported range, by its copies (a
     *         free order's: its quota) or by the device's queue
     */
    public static Order boughtFor(OrderId orderId, Commodity commodity, int copies, BigDecimal price,
            String outOrderNo, OrderType orderType, IotId device, IdentityId identity, Purchaser purchaser,
            RecordingSettings settings, Instant start, Clock clock) {
        var order = new Order(orderId, commodity, copies, price, outOrderNo, PaymentStatus.PAID, orderType, false);
        order.iotId = device;
        order.identityId = identity;
        order.userName = purchaser.userName();
        order.userId = purchaser.userId();
        order.recordingSettings = settings;
        order.serveFrom(start, clock);
        return order;
    }

    /**
     * Binds this order to a device on behalf of its administrator and starts the service now. Binding again
     * to the same device replaces the purchaser and the recording settings; the service period stays.
     *
     * @throws com.livinglink.gateway.failure.DomainFailure the first rule broken, checked in this order:
     *         {@link OrderNotPaid}, {@link OrderFrozen}, {@link OrderExpired}, {@link OrderBoundToAnotherDevice},
     *         {@link WindowBeyondSupportedRange} (its copies would end the service after the supported range)
     */
    public void bindTo(IotId device, IdentityId administrator, Purchaser purchaser, RecordingSettings settings,
            Clock clock) {
        var now = clock.instant();
        checkInServiceAt(now);
        if (iotId != null && !isBoundTo(device)) {
            throw new OrderBoundToAnotherDevice();
        }
        if (iotId == null) {
            serveFrom(now, clock);
            this.iotId = device;
            this.identityId = administrator;
        }
        this.userName = purchaser.userName();
        this.userId = purchaser.userId();
        this.recordingSettings = settings;
    }

    /**
     * commodity/enable (contract 11.7 rules 1–3): a paid, running or queued order takes effect now; one in
     * effect already stays as it is.
     *
     * @throws com.livinglink.gateway.failure.DomainFailure the first rule broken, checked in this order:
     *         {@link OrderNotPaid}, {@link OrderFrozen}, {@link OrderExpired}, then the caller's identity
     *         ({@link DeviceAccess#checkMayActOn}), then {@link WindowBeyondSupportedRange} (see {@link #startNow})
     */
    public void enableThrough(DeviceAccess access, Clock clock) {
        checkInServiceAt(clock.instant());
        access.checkMayActOn(boundFor());
        startNow(clock);
    }

    /**
     * freecloudstorage/enable (contract 11.12): the free plan's order takes effect now if it is queued; one in
     * effect already stays as it is. Only its freeze and its end are checked, in that order.
     *
     * @throws com.livinglink.gateway.failure.DomainFailure {@link OrderFrozen}, {@link OrderExpired}, then
     *         {@link WindowBeyondSupportedRange} (see {@link #startNow})
     */
    public void enableAsFreePlan(Clock clock) {
        var status = statusAt(clock.instant());
        if (status == OrderStatus.FROZEN) {
            throw new OrderFrozen();
        }
        if (status == OrderStatus.EXPIRED) {
            throw new OrderExpired();
        }
        startNow(clock);
    }

    /**
     * status/set (contract 11.8): freezes the order through its device, whatever its payment or expiry;
     * freezing it again succeeds and changes nothing.
     *
     * @throws com.livinglink.gateway.failure.DomainFailure when the caller may not
     *         ({@link DeviceAccess#checkMayFreeze})
     */
    public void freezeThrough(DeviceAccess access, boolean deviceNoOwner, Clock clock) {
        access.checkMayFreeze(boundFor(), deviceNoOwner);
        freeze(clock);
    }

    /**
     * transfer (contract 11.9 rules 2–3): moves what is left of this paid order's window to another device, for
     * that device's administrator. The remaining time ({@code end − max(now, start)}) is served from
     * {@code start} (now, or the destination's queue end); the event-recording settings are the request's,
     * the longest file length stays, and the purchaser's fields are replaced only where the request names them.
     *
     * @param destinationAdministrator the destination device's administrator, if it has one
     * @param caller the request's user identity, if it has one
     * @throws com.livinglink.gateway.failure.DomainFailure the first rule broken, checked in this order:
     *         {@link FreeOrderNotTransferable}, {@link OrderNotPaid}, {@link OrderFrozen}, {@link OrderExpired},
     *         {@link DeviceHasNoAdministrator} (destination), {@link CallerNotAllowed} (the caller does not own
     *         the order), {@link CrossAccountTransferNotAllowed}, then {@link WindowBeyondSupportedRange} (the
     *         destination's queue ends too late)
     */
    public void transferTo(OrderTransfer transfer, Optional<IdentityId> destinationAdministrator,
            Optional<IdentityId> caller, Instant start, Clock clock) {
        var now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        if (orderType == OrderType.FREE) {
            throw new FreeOrderNotTransferable();
        }
        checkInServiceAt(now);
        var newAdministrator = destinationAdministrator.orElseThrow(DeviceHasNoAdministrator::new);
        var owner = boundFor();
        if (caller.isPresent() && !caller.equals(owner)) {
            throw new CallerNotAllowed();
        }
        if (!owner.equals(destinationAdministrator) && !transfer.crossIdentityAllowed()) {
            throw new CrossAccountTransferNotAllowed();
        }
        var remaining = Duration.between(startTime.isAfter(now) ? startTime : now, endTime);
        var newStart = start.truncatedTo(ChronoUnit.SECONDS);
        var newEnd = newStart.plus(remaining);
        checkWindowInRange(newStart, newEnd, clock, from -> from.plus(remaining));
        this.iotId = transfer.destination();
        this.identityId = newAdministrator;
        this.startTime = newStart;
        this.endTime = newEnd;
        this.recordingSettings = transfer.settingsKeeping(recordingSettings == null
                ? RecordingSettings.DEFAULT_MAX_RECORD_FILE_DURATION : recordingSettings.maxRecordFileDuration());
        if (transfer.userName() != null) {
            this.userName = transfer.userName();
        }
        if (transfer.userId() != null) {
            this.userId = transfer.userId();
        }
    }

    /** Paid, not frozen, not past its end: an order whose service can be used or changed. */
    private void checkInServiceAt(Instant now) {
        if (paymentStatus != PaymentStatus.PAID) {
            throw new OrderNotPaid();
        }
        if (frozen) {
            throw new OrderFrozen();
        }
        if (isExpiredAt(now)) {
            throw new OrderExpired();
        }
    }

    private Optional<IdentityId> boundFor() {
        return Optional.ofNullable(identityId);
    }

    /**
     * The service window: from {@code start} (to the second) for {@code copies × monthsPerCopy} calendar months.
     *
     * @throws WindowBeyondSupportedRange when it would end after the supported range
     */
    private void serveFrom(Instant start, Clock clock) {
        var from = start.truncatedTo(ChronoUnit.SECONDS);
        var until = endOfMonthsFrom(from, clock);
        checkWindowInRange(from, until, clock, other -> endOfMonthsFrom(other, clock));
        this.startTime = from;
        this.endTime = until;
    }

    private Instant endOfMonthsFrom(Instant start, Clock clock) {
        return start.atZone(clock.getZone()).plusMonths((long) copies * monthsPerCopy).toInstant();
    }

    /**
     * Refuses a window the gateway could not write with a four-digit year (contract 11.2.7). A window that would
     * fit if it started now is carried out of the range by the device's queue; any other by its own length.
     *
     * @param sameWindowFrom where the same window would end from another start
     */
    private void checkWindowInRange(Instant start, Instant end, Clock clock, UnaryOperator<Instant> sameWindowFrom) {
        var range = SupportedInstants.in(clock.getZone());
        if (range.contains(start) && range.contains(end)) {
            return;
        }
        var now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        var queued = start.isAfter(now) && range.contains(now) && range.contains(sameWindowFrom.apply(now));
        throw new WindowBeyondSupportedRange(queued ? Cause.QUEUE
                : orderType == OrderType.FREE ? Cause.QUOTA : Cause.COPIES, range.last());
    }

    /**
     * Freezes the order (contract 11.2.5): terminal, its consumption stops at this moment. Freezing a frozen
     * order again changes nothing.
     */
    public void freeze(Clock clock) {
        if (!frozen) {
            this.frozen = true;
            this.frozenAt = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        }
    }

    /** Whether the service window has not begun yet: the order waits in the device's queue (contract 11.2.3). */
    public boolean isQueuedAt(Instant now) {
        return startTime != null && startTime.isAfter(now);
    }

    /**
     * Makes a queued order take effect now, keeping the length of its window; an order already in effect
     * stays as it is (contract 11.7 rule 3).
     *
     * @throws WindowBeyondSupportedRange when even from now the window would end after the supported range,
     *         which only an order stored outside the range can
     */
    public void startNow(Clock clock) {
        var now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        if (isQueuedAt(now)) {
            var length = Duration.between(startTime, endTime);
            var end = now.plus(length);
            checkWindowInRange(now, end, clock, from -> from.plus(length));
            this.startTime = now;
            this.endTime = end;
        }
    }

    public boolean isBoundTo(IotId device) {
        return device.equals(iotId);
    }

    /**
     * Whether the caller of {@code access} may read this order through its device; on a device without an
     * administrator, this depends on whom the order was bound for (see {@link DeviceAccess#checkMayRead}).
     *
     * @throws com.livinglink.gateway.failure.CallerNotAllowed when the caller may not
     */
    public void checkReadableThrough(DeviceAccess access, boolean deviceNoOwner) {
        access.checkMayRead(boundFor(), deviceNoOwner);
    }

    public OrderStatus statusAt(Instant now) {
        if (frozen) {
            return OrderStatus.FROZEN;
        }
        if (paymentStatus != PaymentStatus.PAID) {
            return OrderStatus.UNPAID;
        }
        return isExpiredAt(now) ? OrderStatus.EXPIRED : OrderStatus.VALID;
    }

    /**
     * Seconds of service already used: {@code clamp(now − start, 0, end − start)}, 0 while unbound; for a
     * frozen order, consumption stopped when it was frozen.
     */
    public long preConsumedSecondsAt(Instant now) {
        if (startTime == null) {
            return 0;
        }
        var until = frozenAt != null && frozenAt.isBefore(now) ? frozenAt : now;
        long used = Duration.between(startTime, until).getSeconds();
        return Math.max(0, Math.min(used, Duration.between(startTime, endTime).getSeconds()));
    }

    public OrderDetails detailsAt(Instant now) {
        return new OrderDetails(orderId, commodityCode, specification, recordType, copies, price, outOrderNo,
                paymentStatus, orderType, frozen, frozenAt, statusAt(now), Optional.ofNullable(iotId),
                Optional.ofNullable(identityId), userName, userId, startTime, endTime, preConsumedSecondsAt(now),
                recordingSettings);
    }

    public OrderId orderId() {
        return orderId;
    }

    private boolean isExpiredAt(Instant now) {
        return endTime != null && !now.isBefore(endTime);
    }
}
