-- The marketing-chat order table in SQLite's dialect. order_amount keeps the seed's
-- decimal(10,2) declaration (NUMERIC affinity); mcpay-admin reads it only as integer fen
-- through CAST(ROUND(order_amount * 100) AS INTEGER), which is exact for every value the
-- column can hold, and writes it as two-decimal text.
CREATE TABLE IF NOT EXISTS `la_marketing_chat_order` (
  `id` INTEGER PRIMARY KEY AUTOINCREMENT,
  `order_sn` varchar(64) NOT NULL DEFAULT '',
  `user_id` INTEGER NOT NULL DEFAULT 0 CHECK (`user_id` >= 0),
  `order_amount` decimal(10,2) NOT NULL DEFAULT 0.00,
  `pay_way` tinyint(1) NOT NULL DEFAULT 0,
  `pay_status` tinyint(1) NOT NULL DEFAULT 0,
  `pay_time` INTEGER NOT NULL DEFAULT 0,
  `transaction_id` varchar(128) NOT NULL DEFAULT '',
  `remark` varchar(255) NOT NULL DEFAULT '',
  `create_time` INTEGER NOT NULL DEFAULT 0,
  `update_time` INTEGER NOT NULL DEFAULT 0,
  `delete_time` INTEGER DEFAULT NULL
);
CREATE INDEX IF NOT EXISTS `la_marketing_chat_order_order_sn` ON `la_marketing_chat_order` (`order_sn`);
CREATE INDEX IF NOT EXISTS `la_marketing_chat_order_user_id` ON `la_marketing_chat_order` (`user_id`);
CREATE INDEX IF NOT EXISTS `la_marketing_chat_order_pay_status` ON `la_marketing_chat_order` (`pay_status`);
