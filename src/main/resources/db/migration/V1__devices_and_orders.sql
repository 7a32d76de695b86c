-- One schema for H2 (in PostgreSQL mode) and PostgreSQL.
-- Every lookup the APIs make is by primary key: a device by iot_id, an order by order_id.
-- Lengths are twice the contract's limits: the contract counts code points, H2 counts UTF-16 units, and an
-- id of 64 emoji is 128 of those.

CREATE TABLE device (
    iot_id             VARCHAR(128)  NOT NULL PRIMARY KEY,
    owner_identity_id  VARCHAR(256),
    version            BIGINT       NOT NULL
);

CREATE TABLE cloud_order (
    order_id                 VARCHAR(128)   NOT NULL PRIMARY KEY,
    commodity_code           VARCHAR(128)   NOT NULL,
    specification            VARCHAR(128)   NOT NULL,
    record_type              INTEGER       NOT NULL,
    months_per_copy          INTEGER       NOT NULL,
    copies                   INTEGER       NOT NULL,
    price                    VARCHAR(32)   NOT NULL,
    out_order_no             VARCHAR(128),
    payment_status           INTEGER       NOT NULL,
    order_type               INTEGER       NOT NULL,
    frozen                   BOOLEAN       NOT NULL,
    iot_id                   VARCHAR(128),
    identity_id              VARCHAR(256),
    user_name                VARCHAR(256),
    user_id                  VARCHAR(256),
    start_time               TIMESTAMP WITH TIME ZONE,
    end_time                 TIMESTAMP WITH TIME ZONE,
    enable_default_plan      BOOLEAN,
    pre_record_duration      INTEGER,
    record_duration          INTEGER,
    event_record_prolong     BOOLEAN,
    max_record_file_duration INTEGER,
    version                  BIGINT        NOT NULL,
    CONSTRAINT cloud_order_binding_complete CHECK (
        (iot_id IS NULL AND identity_id IS NULL AND start_time IS NULL AND end_time IS NULL)
        OR (iot_id IS NOT NULL AND identity_id IS NOT NULL AND start_time IS NOT NULL AND end_time IS NOT NULL))
);
