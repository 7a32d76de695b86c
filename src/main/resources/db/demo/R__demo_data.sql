-- The demo profile's data (contract section 10). Inserted only where missing, so that a restart keeps
-- what the demo user did with it.

INSERT INTO device (iot_id, owner_identity_id, version)
SELECT 'QIuozfUcxRX6frOTO4dKz2****', 'demo-identity-1', 0
WHERE NOT EXISTS (SELECT 1 FROM device WHERE iot_id = 'QIuozfUcxRX6frOTO4dKz2****');

INSERT INTO device (iot_id, owner_identity_id, version)
SELECT 'QIuozfUcxRX6frOTO4dK****', '123', 0
WHERE NOT EXISTS (SELECT 1 FROM device WHERE iot_id = 'QIuozfUcxRX6frOTO4dK****');

INSERT INTO device (iot_id, owner_identity_id, version)
SELECT 'demo-device-no-owner', NULL, 0
WHERE NOT EXISTS (SELECT 1 FROM device WHERE iot_id = 'demo-device-no-owner');

-- Each demo device has the configured free-plan quota (3 months) and no claims: a device without a free_plan
-- row has exactly that (V4__free_plan.sql), so none is inserted.

INSERT INTO cloud_order (order_id, commodity_code, specification, record_type, months_per_copy, copies, price,
                         out_order_no, payment_status, order_type, frozen, version)
SELECT '202210131******040001', 'ilopLVCloudResource', 'eventResource_7', 2, 1, 1, '1.0',
       NULL, 1, 0, FALSE, 0
WHERE NOT EXISTS (SELECT 1 FROM cloud_order WHERE order_id = '202210131******040001');

INSERT INTO cloud_order (order_id, commodity_code, specification, record_type, months_per_copy, copies, price,
                         out_order_no, payment_status, order_type, frozen, iot_id, identity_id, user_name, user_id,
                         start_time, end_time, enable_default_plan, pre_record_duration, record_duration,
                         event_record_prolong, max_record_file_duration, version)
SELECT '20200731124115****', 'ilopLVCloudResource', 'eventResource_7', 2, 1, 1, '1.0',
       '20670001970****', 1, 0, FALSE, 'QIuozfUcxRX6frOTO4dK****', '123', '123', '123',
       TIMESTAMP WITH TIME ZONE '2020-08-25 02:00:00+00', TIMESTAMP WITH TIME ZONE '2020-09-25 02:00:00+00',
       TRUE, 5, 30, FALSE, 1800, 0
WHERE NOT EXISTS (SELECT 1 FROM cloud_order WHERE order_id = '20200731124115****');

-- commodity/enable, status/set and transfer (contract 11.7–11.9): a queued order to enable, a running one to
-- freeze, and a queued one to move to a second device of the same administrator.
INSERT INTO device (iot_id, owner_identity_id, version)
SELECT 'demo-device-transfer', 'demo-identity-1', 0
WHERE NOT EXISTS (SELECT 1 FROM device WHERE iot_id = 'demo-device-transfer');

INSERT INTO cloud_order (order_id, commodity_code, specification, record_type, months_per_copy, copies, price,
                         out_order_no, payment_status, order_type, frozen, iot_id, identity_id, user_name, user_id,
                         start_time, end_time, enable_default_plan, pre_record_duration, record_duration,
                         event_record_prolong, max_record_file_duration, version)
SELECT '202210131******050001', 'ilopLVCloudResource', 'eventResource_7', 2, 1, 12, '12.0',
       '20670001970****', 1, 0, FALSE, 'QIuozfUcxRX6frOTO4dKz2****', 'demo-identity-1', 'demo-user', 'demo-user',
       TIMESTAMP WITH TIME ZONE '2099-01-01 00:00:00+00', TIMESTAMP WITH TIME ZONE '2100-01-01 00:00:00+00',
       FALSE, 5, 10, FALSE, 1800, 0
WHERE NOT EXISTS (SELECT 1 FROM cloud_order WHERE order_id = '202210131******050001');

INSERT INTO cloud_order (order_id, commodity_code, specification, record_type, months_per_copy, copies, price,
                         out_order_no, payment_status, order_type, frozen, iot_id, identity_id, user_name, user_id,
                         start_time, end_time, enable_default_plan, pre_record_duration, record_duration,
                         event_record_prolong, max_record_file_duration, version)
SELECT '202210131******050002', 'ilopLVCloudResource', 'eventResource_7', 2, 1, 12, '12.0',
       '20670001971****', 1, 0, FALSE, 'QIuozfUcxRX6frOTO4dKz2****', 'demo-identity-1', 'demo-user', 'demo-user',
       TIMESTAMP WITH TIME ZONE '2026-01-01 00:00:00+00', TIMESTAMP WITH TIME ZONE '2027-01-01 00:00:00+00',
       FALSE, 5, 10, FALSE, 1800, 0
WHERE NOT EXISTS (SELECT 1 FROM cloud_order WHERE order_id = '202210131******050002');

INSERT INTO cloud_order (order_id, commodity_code, specification, record_type, months_per_copy, copies, price,
                         out_order_no, payment_status, order_type, frozen, iot_id, identity_id, user_name, user_id,
                         start_time, end_time, enable_default_plan, pre_record_duration, record_duration,
                         event_record_prolong, max_record_file_duration, version)
SELECT '202210131******050003', 'ilopLVCloudResource', 'eventResource_7', 2, 1, 12, '12.0',
       '20670001972****', 1, 0, FALSE, 'QIuozfUcxRX6frOTO4dKz2****', 'demo-identity-1', 'demo-user', 'demo-user',
       TIMESTAMP WITH TIME ZONE '2098-01-01 00:00:00+00', TIMESTAMP WITH TIME ZONE '2099-01-01 00:00:00+00',
       FALSE, 5, 10, FALSE, 1800, 0
WHERE NOT EXISTS (SELECT 1 FROM cloud_order WHERE order_id = '202210131******050003');
