package com.livinglink.gateway.order;

import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.List;

import org.springframework.stereotype.Component;

/**
 * The numbers of an order the gateway creates, bought (contract 11.5 rule 3) or claimed as a free plan: its
 * {@code orderId}, 21 digits, the second of its creation ({@code yyyyMMddHHmmss} in the service zone) and a
 * 7-digit sequence, and its {@code outOrderNo}, 15 digits. Both come from one value of the database's sequence,
 * so two orders never share either, even in the same second on two instances, however long the clock stands
 * still: the sequence wraps only after ten million orders in one second. An id that exists already (the clock
 * was set back, or an order was imported with it) is passed over for the sequence's next value.
 */
@Component
public class OrderNumbers {

    private static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("yyyyMMddHHmmss");
    private static final long SEQUENCE_SPAN = 10_000_000;
    private static final long FIFTEEN_DIGITS = 100_000_000_000_000L;

    private final OrderRepository orders;
    private final Clock clock;

    OrderNumbers(OrderRepository orders, Clock clock) {
        this.orders = orders;
        this.clock = clock;
    }

    /** An order's numbers: its id and its number in the shop ({@code outOrderNo}). */
    public record Numbers(OrderId orderId, String outOrderNo) {
    }

    /** Fresh numbers for an order created now, in the caller's transaction. */
    public Numbers next() {
        var moment = MOMENT.format(clock.instant().atZone(clock.getZone()));
        while (true) {
            var number = orders.nextOrderNumber();
            var orderId = new OrderId(moment + String.format("%07d", number % SEQUENCE_SPAN));
            if (orders.findExistingIds(List.of(orderId)).isEmpty()) {
                return new Numbers(orderId, String.valueOf(FIFTEEN_DIGITS + number));
            }
        }
    }
}
