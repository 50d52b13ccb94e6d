-- The dialogue-flow editor. likeadmin's la_config is created only when absent, with
-- likeadmin's own definition; an existing one is never altered.
CREATE TABLE IF NOT EXISTS `la_config` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `type` varchar(30) DEFAULT NULL COMMENT '类型',
  `name` varchar(60) NOT NULL DEFAULT '' COMMENT '名称',
  `value` text COMMENT '值',
  `create_time` int(10) DEFAULT NULL COMMENT '创建时间',
  `update_time` int(10) DEFAULT NULL COMMENT '更新时间',
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='配置表';
-- Every published version of the chat flow: who published it, when, why, and the JSON text
-- exactly as it was written to la_config.
CREATE TABLE IF NOT EXISTS `la_mcpay_flow_version` (
  `id` int(11) unsigned NOT NULL AUTO_INCREMENT,
  `config_type` varchar(30) NOT NULL DEFAULT 'marketing_chat',
  `config_name` varchar(60) NOT NULL DEFAULT 'chat_flow',
  `flow` mediumtext NOT NULL,
  `author` varchar(64) NOT NULL DEFAULT '',
  `comment` varchar(255) NOT NULL DEFAULT '',
  `message_count` int(11) NOT NULL DEFAULT 0,
  `rollback_of` int(11) unsigned DEFAULT NULL,
  `create_time` int(11) NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`),
  KEY `config` (`config_type`, `config_name`, `id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='mcpay-admin: published chat flow versions';
