package com.livinglink.gateway.admin;

import java.util.ArrayList;
import java.util.List;

import com.livinglink.gateway.order.ImportEntry;
import com.livinglink.gateway.order.ImportedOrder;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.util.TokenBuffer;

/**
 * The body of {@code POST /admin/orders}: a JSON array of orders, each read on its own, so that an entry of
 * the wrong shape (a field of the wrong type, a key no order has) is that entry's error while the others are
 * still imported, as an entry that breaks a rule is. Each entry's numbers are kept as written until it is
 * read, so that a price is read exactly, or refused as that entry's error when no decimal can hold it.
 */
@JsonDeserialize(using = ImportEntries.Reader.class)
@ArraySchema(schema = @Schema(implementation = ImportedOrder.class))
record ImportEntries(List<ImportEntry> entries) {

    static final class Reader extends ValueDeserializer<ImportEntries> {

        @Override
        public ImportEntries deserialize(JsonParser parser, DeserializationContext context) {
            if (!parser.isExpectedStartArrayToken()) {
                return context.reportInputMismatch(List.class, "the body must be a JSON array of orders");
            }
            var entries = new ArrayList<ImportEntry>();
            for (var token = parser.nextToken(); token != JsonToken.END_ARRAY; token = parser.nextToken()) {
                if (token == null) {
                    return context.reportInputMismatch(List.class, "the array of orders is not closed");
                }
                if (token == JsonToken.START_OBJECT) {
                    entries.add(entry(context.bufferAsCopyOfValue(parser), context));
                }
                else {
                    parser.skipChildren();
                    entries.add(ImportEntry.of(null));
                }
            }
            return new ImportEntries(entries);
        }

        private static ImportEntry entry(TokenBuffer entry, DeserializationContext context) {
            try (var parser = entry.asParserOnFirstToken(context)) {
                return ImportEntry.of(context.readValue(parser, ImportedOrder.class));
            }
            catch (JacksonException unreadable) {
                return ImportEntry.unreadable(orderIdOf(entry, context), JsonProblems.describe(unreadable));
            }
        }

        private static String orderIdOf(TokenBuffer entry, DeserializationContext context) {
            try (var parser = entry.asParserOnFirstToken(context)) {
                var orderId = context.readTree(parser).get("orderId");
                return orderId != null && orderId.isString() ? orderId.stringValue() : null;
            }
            catch (JacksonException unreadable) {
                return null;
            }
        }
    }
}
