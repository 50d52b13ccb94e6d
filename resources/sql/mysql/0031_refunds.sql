-- Refunds requested through mcpay-admin. out_refund_no is unique: a retry reuses it, so the
-- channel refunds once. Amounts are integer fen; times Unix milliseconds.
CREATE TABLE IF NOT EXISTS `la_mcpay_refund` (
  `id` bigint unsigned NOT NULL AUTO_INCREMENT,
  `order_sn` varchar(64) NOT NULL,
  `out_refund_no` varchar(64) NOT NULL,
  `pay_way` tinyint(1) NOT NULL DEFAULT 0,
  `amount_fen` bigint NOT NULL,
  `reason` varchar(16) NOT NULL,
  `note` varchar(255) NOT NULL DEFAULT '',
  `status` varchar(16) NOT NULL,
  `channel_refund_id` varchar(64) NOT NULL DEFAULT '',
  `requested_by` varchar(64) NOT NULL DEFAULT '',
  `requested_at` bigint NOT NULL,
  `finished_at` bigint DEFAULT NULL,
  `error` varchar(1024) NOT NULL DEFAULT '',
  PRIMARY KEY (`id`),
  UNIQUE KEY `la_mcpay_refund_out_refund_no` (`out_refund_no`),
  KEY `la_mcpay_refund_order_sn` (`order_sn`),
  KEY `la_mcpay_refund_requested_at` (`requested_at`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
