-- The orders of one device, in order/query's order (newest start first, then by id): order/query's page and
-- count, the plan timeline's queue end (commodity/buy, commodity/enable, freecloudstorage/consume) and
-- transfer read a device's orders. Without this index each of them scanned the whole order table: at 70 000
-- orders, order/query took over a second and ran out of its budget under load (docs/benchmarks.md).
CREATE INDEX cloud_order_by_device ON cloud_order (iot_id, start_time DESC, order_id);
