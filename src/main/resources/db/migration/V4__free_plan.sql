-- The free cloud-storage plan of each device (contract 11.15): the gift months it has left and its claims.
-- A device without a row here has the configured quota (gateway.free-plan.quota-months) and no claims: the
-- row is written at the first claim or operator change. So every device registered before this migration
-- has the configured quota, which SQL cannot read from the configuration. No foreign keys to device and
-- cloud_order: like cloud_order.iot_id, these rows name a device and an order without tying their removal.

CREATE TABLE free_plan (
    iot_id        VARCHAR(128) NOT NULL PRIMARY KEY,
    remain_quota  INTEGER      NOT NULL CHECK (remain_quota >= 0),
    version       BIGINT       NOT NULL
);

-- One claim per identity on a device; claim_index keeps the order they were made in (the last is the latest).
CREATE TABLE free_plan_claim (
    iot_id       VARCHAR(128)             NOT NULL REFERENCES free_plan (iot_id),
    claim_index  INTEGER                  NOT NULL,
    identity_id  VARCHAR(256)             NOT NULL,
    order_id     VARCHAR(128)             NOT NULL,
    months       INTEGER                  NOT NULL,
    claimed_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (iot_id, claim_index),
    CONSTRAINT free_plan_claim_one_per_identity UNIQUE (iot_id, identity_id)
);
