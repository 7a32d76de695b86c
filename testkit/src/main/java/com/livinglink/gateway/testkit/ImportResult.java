package com.livinglink.gateway.testkit;

import java.util.List;

/**
 * What an order import did ({@code POST /admin/orders}).
 *
 * @param created orders created
 * @param skipped orders skipped because their orderId existed (an import never overwrites)
 * @param errors the entries refused, each with its index in the import, its orderId and why
 */
public record ImportResult(int created, int skipped, List<String> errors) {

    static ImportResult from(Object json) {
        var result = Json.object(json);
        var errors = ((List<?>) result.getOrDefault("errors", List.of())).stream().map(Json::object)
                .map(error -> "#" + error.get("index") + " " + error.get("orderId") + ": " + error.get("message"))
                .toList();
        return new ImportResult((int) Json.number(result, "created"), (int) Json.number(result, "skipped"), errors);
    }
}
