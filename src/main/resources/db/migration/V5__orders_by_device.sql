-- A device's orders, read through indexes instead of by scanning the whole order table (at 70 000 orders,
-- order/query and commodity/buy answered 15 requests a second, most of them past the budget;
-- docs/benchmarks.md):
-- in order/query's order (newest start first, then by id): order/query's page and count, transfer;
CREATE INDEX cloud_order_by_device ON cloud_order (iot_id, start_time DESC, order_id);
-- latest end first: the plan timeline's queue end (commodity/buy, commodity/enable, freecloudstorage/consume).
CREATE INDEX cloud_order_by_device_end ON cloud_order (iot_id, end_time DESC);
