package com.livinglink.gateway.order;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import com.livinglink.gateway.commodity.CommodityCatalog;
import com.livinglink.gateway.common.Identifiers;
import com.livinglink.gateway.order.ImportResult.ImportError;
import jakarta.validation.Validator;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Brings purchased orders into the gateway. Each entry stands alone: an invalid one is reported and the
 * others are still created; an existing orderId is skipped and never overwritten.
 */
@Service
public class OrderImportService {

    private final OrderRepository orders;
    private final CommodityCatalog catalog;
    private final Validator validator;

    public OrderImportService(OrderRepository orders, CommodityCatalog catalog, Validator validator) {
        this.orders = orders;
        this.catalog = catalog;
        this.validator = validator;
    }

    @Transactional
    public ImportResult importOrders(List<ImportedOrder> orders) {
        return importEntries(orders.stream().map(ImportEntry::of).toList());
    }

    @Transactional
    public ImportResult importEntries(List<ImportEntry> entries) {
        var errors = new ArrayList<ImportError>();
        var candidates = new ArrayList<Order>();
        for (int index = 0; index < entries.size(); index++) {
            var entry = entries.get(index);
            var problem = problemWith(entry);
            if (problem.isPresent()) {
                errors.add(new ImportError(index, entry.orderId(), problem.get()));
            }
            else {
                candidates.add(toOrder(entry.order()));
            }
        }
        Set<OrderId> taken = existingIds(candidates);
        var created = new ArrayList<Order>();
        for (var order : candidates) {
            if (taken.add(order.orderId())) {
                created.add(order);
            }
        }
        orders.saveAll(created);
        return new ImportResult(created.size(), candidates.size() - created.size(), errors);
    }

    /** What an import of these orders would refuse, by index; nothing is read from or written to the database. */
    public List<ImportError> problemsWith(List<ImportedOrder> orders) {
        var errors = new ArrayList<ImportError>();
        for (int index = 0; index < orders.size(); index++) {
            var entry = ImportEntry.of(orders.get(index));
            var problem = problemWith(entry);
            if (problem.isPresent()) {
                errors.add(new ImportError(index, entry.orderId(), problem.get()));
            }
        }
        return errors;
    }

    private Optional<String> problemWith(ImportEntry entry) {
        return entry.problem() != null ? Optional.of(entry.problem()) : problemWith(entry.order());
    }

    private Optional<String> problemWith(ImportedOrder entry) {
        var violations = validator.validate(entry).stream()
                .map(violation -> violation.getPropertyPath() + " " + violation.getMessage()).sorted()
                .collect(Collectors.toList());
        if (entry.orderId() != null && Identifiers.check(entry.orderId()).isPresent()) {
            violations.add(0, "orderId must be 1 to " + Identifiers.MAX_LENGTH
                    + " characters without whitespace or control characters");
        }
        if (violations.isEmpty() && catalog.find(entry.commodityCode(), entry.specification()).isEmpty()) {
            violations.add("commodityCode/specification " + entry.commodityCode() + "/" + entry.specification()
                    + " is not in the commodity catalog");
        }
        return violations.isEmpty() ? Optional.empty() : Optional.of(String.join("; ", violations));
    }

    private Order toOrder(ImportedOrder entry) {
        var commodity = catalog.find(entry.commodityCode(), entry.specification()).orElseThrow();
        return Order.purchased(new OrderId(entry.orderId()), commodity, entry.copies(),
                entry.price() != null ? entry.price() : commodity.price(), entry.outOrderNo(),
                PaymentStatus.of(entry.paymentStatus()),
                OrderType.of(entry.orderType() != null ? entry.orderType() : OrderType.PAID.code()), entry.frozen());
    }

    private Set<OrderId> existingIds(List<Order> candidates) {
        var ids = candidates.stream().map(Order::orderId).collect(Collectors.toSet());
        return ids.isEmpty() ? new HashSet<>() : new HashSet<>(orders.findExistingIds(ids));
    }
}
