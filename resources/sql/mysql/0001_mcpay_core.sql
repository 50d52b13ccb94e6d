-- mcpay-admin's first additions: an index for browsing by creation time (additive; the PHP
-- server does not notice it).
CREATE INDEX `mcpay_create_time` ON `la_marketing_chat_order` (`create_time`);
