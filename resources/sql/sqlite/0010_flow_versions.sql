-- The dialogue-flow editor. likeadmin keeps its settings in la_config; an embedded database
-- has no likeadmin tables, so the table is created here when absent, with likeadmin's own
-- columns (an existing one is never altered).
CREATE TABLE IF NOT EXISTS `la_config` (
  `id` INTEGER PRIMARY KEY AUTOINCREMENT,
  `type` varchar(30) DEFAULT NULL,
  `name` varchar(60) NOT NULL DEFAULT '',
  `value` text,
  `create_time` INTEGER DEFAULT NULL,
  `update_time` INTEGER DEFAULT NULL
);
-- Every published version of the chat flow: who published it, when, why, and the JSON text
-- exactly as it was written to la_config.
CREATE TABLE IF NOT EXISTS `la_mcpay_flow_version` (
  `id` INTEGER PRIMARY KEY AUTOINCREMENT,
  `config_type` varchar(30) NOT NULL DEFAULT 'marketing_chat',
  `config_name` varchar(60) NOT NULL DEFAULT 'chat_flow',
  `flow` text NOT NULL,
  `author` varchar(64) NOT NULL DEFAULT '',
  `comment` varchar(255) NOT NULL DEFAULT '',
  `message_count` INTEGER NOT NULL DEFAULT 0,
  `rollback_of` INTEGER DEFAULT NULL,
  `create_time` INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX IF NOT EXISTS `la_mcpay_flow_version_config` ON `la_mcpay_flow_version` (`config_type`, `config_name`, `id`);
