#include "logging.h"

Q_LOGGING_CATEGORY(lcDb, "mcpay.db", QtInfoMsg)
Q_LOGGING_CATEGORY(lcOrders, "mcpay.orders", QtInfoMsg)
Q_LOGGING_CATEGORY(lcFlow, "mcpay.flow", QtInfoMsg)
Q_LOGGING_CATEGORY(lcNotify, "mcpay.notify", QtInfoMsg)
Q_LOGGING_CATEGORY(lcChannel, "mcpay.channel", QtInfoMsg)
Q_LOGGING_CATEGORY(lcSecrets, "mcpay.secrets", QtInfoMsg)
Q_LOGGING_CATEGORY(lcUi, "mcpay.ui", QtInfoMsg)
