-- The money path's own tables: every notification the listener answered, and alerts that
-- finance must look at (an amount that does not match its order, a second payment of a
-- paid order). Times: received_at in Unix milliseconds, the rest Unix seconds.
CREATE TABLE IF NOT EXISTS `la_mcpay_notify_journal` (
  `id` INTEGER PRIMARY KEY AUTOINCREMENT,
  `received_at` INTEGER NOT NULL,
  `channel` varchar(16) NOT NULL,
  `route` varchar(64) NOT NULL,
  `remote` varchar(64) NOT NULL DEFAULT '',
  `headers` TEXT NOT NULL,
  `body` TEXT NOT NULL,
  `verdict` varchar(32) NOT NULL,
  `http_status` INTEGER NOT NULL,
  `order_sn` varchar(64) NOT NULL DEFAULT '',
  `transaction_id` varchar(128) NOT NULL DEFAULT '',
  `notified_fen` INTEGER DEFAULT NULL,
  `transitioned` tinyint(1) NOT NULL DEFAULT 0,
  `error` varchar(1024) NOT NULL DEFAULT '',
  `latency_us` INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX IF NOT EXISTS `la_mcpay_notify_journal_received_at` ON `la_mcpay_notify_journal` (`received_at`);
CREATE INDEX IF NOT EXISTS `la_mcpay_notify_journal_order_sn` ON `la_mcpay_notify_journal` (`order_sn`);
CREATE TABLE IF NOT EXISTS `la_mcpay_alert` (
  `id` INTEGER PRIMARY KEY AUTOINCREMENT,
  `created_at` INTEGER NOT NULL,
  `kind` varchar(32) NOT NULL,
  `channel` varchar(16) NOT NULL,
  `order_sn` varchar(64) NOT NULL DEFAULT '',
  `transaction_id` varchar(128) NOT NULL DEFAULT '',
  `expected_fen` INTEGER DEFAULT NULL,
  `notified_fen` INTEGER DEFAULT NULL,
  `message` TEXT NOT NULL,
  `resolved_at` INTEGER DEFAULT NULL
);
CREATE INDEX IF NOT EXISTS `la_mcpay_alert_created_at` ON `la_mcpay_alert` (`created_at`);
