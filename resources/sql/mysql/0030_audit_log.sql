-- The audit log: every change a person made (manual mark-paid, refund, flow publish, channel
-- configuration, reconciliation). Append-only: mcpay-admin has no way to change or remove an
-- entry, and 0032_audit_log_guard adds triggers that refuse UPDATE and DELETE.
-- at_ms is Unix milliseconds; details is a JSON object.
CREATE TABLE IF NOT EXISTS `la_mcpay_audit_log` (
  `id` bigint unsigned NOT NULL AUTO_INCREMENT,
  `at_ms` bigint NOT NULL,
  `os_user` varchar(64) NOT NULL DEFAULT '',
  `profile` varchar(16) NOT NULL DEFAULT '',
  `action` varchar(64) NOT NULL,
  `object` varchar(128) NOT NULL DEFAULT '',
  `details` text NOT NULL,
  `reason` varchar(1024) NOT NULL DEFAULT '',
  PRIMARY KEY (`id`),
  KEY `la_mcpay_audit_log_at_ms` (`at_ms`),
  KEY `la_mcpay_audit_log_object` (`object`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
