-- The money path's own tables: every notification the listener answered, and alerts that
-- finance must look at (an amount that does not match its order, a second payment of a
-- paid order). Times: received_at in Unix milliseconds, the rest Unix seconds.
CREATE TABLE IF NOT EXISTS `la_mcpay_notify_journal` (
  `id` bigint unsigned NOT NULL AUTO_INCREMENT,
  `received_at` bigint NOT NULL,
  `channel` varchar(16) NOT NULL,
  `route` varchar(64) NOT NULL,
  `remote` varchar(64) NOT NULL DEFAULT '',
  `headers` text NOT NULL,
  `body` mediumtext NOT NULL,
  `verdict` varchar(32) NOT NULL,
  `http_status` smallint NOT NULL,
  `order_sn` varchar(64) NOT NULL DEFAULT '',
  `transaction_id` varchar(128) NOT NULL DEFAULT '',
  `notified_fen` bigint DEFAULT NULL,
  `transitioned` tinyint(1) NOT NULL DEFAULT 0,
  `error` varchar(1024) NOT NULL DEFAULT '',
  `latency_us` int NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`),
  KEY `la_mcpay_notify_journal_received_at` (`received_at`),
  KEY `la_mcpay_notify_journal_order_sn` (`order_sn`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
CREATE TABLE IF NOT EXISTS `la_mcpay_alert` (
  `id` bigint unsigned NOT NULL AUTO_INCREMENT,
  `created_at` int NOT NULL,
  `kind` varchar(32) NOT NULL,
  `channel` varchar(16) NOT NULL,
  `order_sn` varchar(64) NOT NULL DEFAULT '',
  `transaction_id` varchar(128) NOT NULL DEFAULT '',
  `expected_fen` bigint DEFAULT NULL,
  `notified_fen` bigint DEFAULT NULL,
  `message` text NOT NULL,
  `resolved_at` int DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `la_mcpay_alert_created_at` (`created_at`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
