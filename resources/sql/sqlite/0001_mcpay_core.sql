-- mcpay-admin's first additions: an index for browsing by creation time.
CREATE INDEX IF NOT EXISTS `la_marketing_chat_order_mcpay_create_time` ON `la_marketing_chat_order` (`create_time`);
