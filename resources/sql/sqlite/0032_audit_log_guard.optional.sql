-- Triggers that refuse UPDATE and DELETE on the audit log.
CREATE TRIGGER IF NOT EXISTS `la_mcpay_audit_log_no_update` BEFORE UPDATE ON `la_mcpay_audit_log` BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
CREATE TRIGGER IF NOT EXISTS `la_mcpay_audit_log_no_delete` BEFORE DELETE ON `la_mcpay_audit_log` BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
