package com.livinglink.gateway.order;

import java.time.Clock;
import java.time.format.DateTimeFormatter;

import org.springframework.stereotype.Component;

/**
 * The numbers of a bought order (contract 11.5 rule 3): its {@code orderId}, 21 digits, the moment of purchase
 * ({@code yyyyMMddHHmmssSSS} in the service zone) and a 4-digit sequence, and its {@code outOrderNo}, 15
 * digits. Both come from one value of the database's sequence, so two purchases never share either, even in
 * the same millisecond on two instances.
 */
@Component
class OrderNumbers {

    private static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("yyyyMMddHHmmssSSS");
    private static final long SEQUENCE_DIGITS = 10_000;
    private static final long FIFTEEN_DIGITS = 100_000_000_000_000L;

    private final OrderRepository orders;
    private final Clock clock;

    OrderNumbers(OrderRepository orders, Clock clock) {
        this.orders = orders;
        this.clock = clock;
    }

    record Numbers(OrderId orderId, String outOrderNo) {
    }

    Numbers next() {
        var number = orders.nextOrderNumber();
        var moment = MOMENT.format(clock.instant().atZone(clock.getZone()));
        var orderId = moment + String.format("%04d", number % SEQUENCE_DIGITS);
        return new Numbers(new OrderId(orderId), String.valueOf(FIFTEEN_DIGITS + number));
    }
}
