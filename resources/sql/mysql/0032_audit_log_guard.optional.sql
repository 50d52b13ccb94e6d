-- Triggers that refuse UPDATE and DELETE on the audit log.
-- Optional: creating a trigger needs the TRIGGER privilege and, with binary logging on,
-- SUPER or log_bin_trust_function_creators = 1. Where the database account lacks them,
-- mcpay-admin says so and carries on; a DBA can run this file by hand.
DROP TRIGGER IF EXISTS `la_mcpay_audit_log_no_update`;
CREATE TRIGGER `la_mcpay_audit_log_no_update` BEFORE UPDATE ON `la_mcpay_audit_log` FOR EACH ROW SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'the audit log is append-only';
DROP TRIGGER IF EXISTS `la_mcpay_audit_log_no_delete`;
CREATE TRIGGER `la_mcpay_audit_log_no_delete` BEFORE DELETE ON `la_mcpay_audit_log` FOR EACH ROW SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'the audit log is append-only';
