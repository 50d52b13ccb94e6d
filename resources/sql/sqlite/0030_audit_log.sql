-- The audit log: every change a person made (manual mark-paid, refund, flow publish, channel
-- configuration, reconciliation). Append-only: mcpay-admin has no way to change or remove an entry,
-- and 0032_audit_log_guard adds triggers that refuse UPDATE and DELETE.
-- at_ms is Unix milliseconds; details is a JSON object.
CREATE TABLE IF NOT EXISTS `la_mcpay_audit_log` (
  `id` INTEGER PRIMARY KEY AUTOINCREMENT,
  `at_ms` INTEGER NOT NULL,
  `os_user` varchar(64) NOT NULL DEFAULT '',
  `profile` varchar(16) NOT NULL DEFAULT '',
  `action` varchar(64) NOT NULL,
  `object` varchar(128) NOT NULL DEFAULT '',
  `details` TEXT NOT NULL,
  `reason` varchar(1024) NOT NULL DEFAULT ''
);
CREATE INDEX IF NOT EXISTS `la_mcpay_audit_log_at_ms` ON `la_mcpay_audit_log` (`at_ms`);
CREATE INDEX IF NOT EXISTS `la_mcpay_audit_log_object` ON `la_mcpay_audit_log` (`object`);
