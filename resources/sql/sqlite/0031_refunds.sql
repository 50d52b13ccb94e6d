-- Refunds requested through mcpay-admin. out_refund_no is unique: a retry reuses it, so the
-- channel refunds once. Amounts are integer fen; times Unix milliseconds.
CREATE TABLE IF NOT EXISTS `la_mcpay_refund` (
  `id` INTEGER PRIMARY KEY AUTOINCREMENT,
  `order_sn` varchar(64) NOT NULL,
  `out_refund_no` varchar(64) NOT NULL,
  `pay_way` tinyint(1) NOT NULL DEFAULT 0,
  `amount_fen` INTEGER NOT NULL CHECK (`amount_fen` > 0),
  `reason` varchar(16) NOT NULL,
  `note` varchar(255) NOT NULL DEFAULT '',
  `status` varchar(16) NOT NULL,
  `channel_refund_id` varchar(64) NOT NULL DEFAULT '',
  `requested_by` varchar(64) NOT NULL DEFAULT '',
  `requested_at` INTEGER NOT NULL,
  `finished_at` INTEGER DEFAULT NULL,
  `error` varchar(1024) NOT NULL DEFAULT ''
);
CREATE UNIQUE INDEX IF NOT EXISTS `la_mcpay_refund_out_refund_no` ON `la_mcpay_refund` (`out_refund_no`);
CREATE INDEX IF NOT EXISTS `la_mcpay_refund_order_sn` ON `la_mcpay_refund` (`order_sn`);
CREATE INDEX IF NOT EXISTS `la_mcpay_refund_requested_at` ON `la_mcpay_refund` (`requested_at`);
