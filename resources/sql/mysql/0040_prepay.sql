-- Pay parameters handed out by the client API stand-in's unifiedpay: one row per call, for
-- the test payment timeline ("prepay" events). Amounts are integer fen; created_at is Unix
-- milliseconds; summary is a one-line account of the channel's answer.
CREATE TABLE IF NOT EXISTS `la_mcpay_prepay` (
  `id` bigint unsigned NOT NULL AUTO_INCREMENT,
  `order_sn` varchar(64) NOT NULL,
  `user_id` int(11) unsigned NOT NULL DEFAULT 0,
  `pay_way` tinyint(1) NOT NULL DEFAULT 0,
  `scene` varchar(16) NOT NULL,
  `prepay_id` varchar(128) NOT NULL DEFAULT '',
  `pay_url` varchar(1024) NOT NULL DEFAULT '',
  `amount_fen` bigint NOT NULL,
  `created_at` bigint NOT NULL,
  `summary` varchar(255) NOT NULL DEFAULT '',
  PRIMARY KEY (`id`),
  KEY `la_mcpay_prepay_order_sn` (`order_sn`),
  KEY `la_mcpay_prepay_created_at` (`created_at`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
