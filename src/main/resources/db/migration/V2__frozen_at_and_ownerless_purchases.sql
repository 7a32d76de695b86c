-- When an order was frozen (contract 11.2.5): a frozen order's consumption (preConsume) stops there.
-- Orders frozen before this column existed keep NULL: they were imported frozen and never served.
ALTER TABLE cloud_order ADD COLUMN frozen_at TIMESTAMP WITH TIME ZONE;

-- An order bought for a device that has no administrator, by a caller without an iotToken (contract 11.5
-- rule 1), is bound with no identity: the binding is complete without one.
ALTER TABLE cloud_order DROP CONSTRAINT cloud_order_binding_complete;
ALTER TABLE cloud_order ADD CONSTRAINT cloud_order_binding_complete CHECK (
    (iot_id IS NULL AND identity_id IS NULL AND start_time IS NULL AND end_time IS NULL)
    OR (iot_id IS NOT NULL AND start_time IS NOT NULL AND end_time IS NOT NULL));
