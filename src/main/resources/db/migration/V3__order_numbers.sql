-- The numbers behind the orders commodity/buy creates (contract 11.5): each purchase takes the next value, from
-- which both its orderId's 4-digit sequence and its 15-digit outOrderNo are made, so that they stay unique
-- however many gateway instances share the database.
CREATE SEQUENCE cloud_order_number START WITH 1 INCREMENT BY 1;
