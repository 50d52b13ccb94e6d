-- Pay parameters handed out by the client API stand-in's unifiedpay: one row per call, for
-- the test payment timeline ("prepay" events). Amounts are integer fen; created_at is Unix
-- milliseconds; summary is a one-line account of the channel's answer.
CREATE TABLE IF NOT EXISTS `la_mcpay_prepay` (
  `id` INTEGER PRIMARY KEY AUTOINCREMENT,
  `order_sn` varchar(64) NOT NULL,
  `user_id` INTEGER NOT NULL DEFAULT 0,
  `pay_way` tinyint(1) NOT NULL DEFAULT 0,
  `scene` varchar(16) NOT NULL,
  `prepay_id` varchar(128) NOT NULL DEFAULT '',
  `pay_url` varchar(1024) NOT NULL DEFAULT '',
  `amount_fen` INTEGER NOT NULL,
  `created_at` INTEGER NOT NULL,
  `summary` varchar(255) NOT NULL DEFAULT ''
);
CREATE INDEX IF NOT EXISTS `la_mcpay_prepay_order_sn` ON `la_mcpay_prepay` (`order_sn`);
CREATE INDEX IF NOT EXISTS `la_mcpay_prepay_created_at` ON `la_mcpay_prepay` (`created_at`);
