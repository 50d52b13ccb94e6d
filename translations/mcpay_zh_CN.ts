<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
    <context>
        <name>AesGcm</name>
        <message>
            <location filename="../app/crypto/aesgcm.cpp" line="+19" />
            <source>The APIv3 key must be exactly 32 bytes, not %1.</source>
            <translation>APIv3 密钥必须正好为 32 字节，而不是 %1 字节。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The GCM nonce must be 1 to 64 bytes.</source>
            <translation>GCM 随机数必须为 1 到 64 字节。</translation>
        </message>
        <message>
            <location line="+29" />
            <source>Encryption failed: %1</source>
            <translation>加密失败：%1</translation>
        </message>
        <message>
            <location line="+11" />
            <source>The ciphertext is shorter than its authentication tag.</source>
            <translation>密文长度短于其认证标签。</translation>
        </message>
        <message>
            <location line="+22" />
            <source>The ciphertext failed authentication (wrong key, nonce, associated data or tag).</source>
            <translation>密文认证失败（密钥、随机数、附加数据或标签有误）。</translation>
        </message>
    </context>
    <context>
        <name>AlipayVerifier</name>
        <message>
            <location filename="../app/channels/alipayverifier.cpp" line="+133" />
            <source>The notification is not a valid UTF-8 form.</source>
            <translation>该通知不是有效的 UTF-8 表单。</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Unsupported charset %1; configure the Alipay app for UTF-8.</source>
            <translation>不支持的字符集 %1；请将支付宝应用配置为 UTF-8。</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The body is not an Alipay notification (no sign or sign_type).</source>
            <translation>请求体不是支付宝回调通知（缺少 sign 或 sign_type）。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Unsupported sign_type %1 (RSA2 expected).</source>
            <translation>不支持的 sign_type %1（应为 RSA2）。</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The sign parameter is missing or not Base64.</source>
            <translation>sign 参数缺失或不是 Base64 格式。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The signature does not verify with the Alipay public key.</source>
            <translation>使用支付宝公钥验签失败。</translation>
        </message>
        <message>
            <location line="+12" />
            <source>total_amount %1 is not an amount.</source>
            <translation>total_amount %1 不是有效金额。</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The notification lacks app_id, out_trade_no or trade_status.</source>
            <translation>通知缺少 app_id、out_trade_no 或 trade_status。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>A paid notification lacks total_amount or trade_no.</source>
            <translation>支付成功通知缺少 total_amount 或 trade_no。</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Alipay answered with something that is not JSON.</source>
            <translation>支付宝返回的内容不是 JSON。</translation>
        </message>
        <message>
            <location line="+7" />
            <source>The Alipay response has no %1 node.</source>
            <translation>支付宝响应中没有 %1 节点。</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Alipay refused the call: %1 (%2)</source>
            <translation>支付宝拒绝了请求：%1（%2）</translation>
        </message>
        <message>
            <location line="+7" />
            <source>The Alipay response is not signed.</source>
            <translation>支付宝响应未签名。</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The Alipay response signature does not verify.</source>
            <translation>支付宝响应验签失败。</translation>
        </message>
    </context>
    <context>
        <name>AppContext</name>
        <message>
            <location filename="../app/core/appcontext.cpp" line="+48" />
            <source>Cannot create the folder %1.</source>
            <translation>无法创建文件夹 %1。</translation>
        </message>
    </context>
    <context>
        <name>AuditLog</name>
        <message>
            <location filename="../models/finance/auditlog.cpp" line="+41" />
            <source>Marked paid by hand</source>
            <translation>手动标记为已支付</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Refund requested</source>
            <translation>已申请退款</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Refund answered</source>
            <translation>收到退款结果</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Flow published</source>
            <translation>流程已发布</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Channel configuration changed</source>
            <translation>支付渠道配置已更改</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Reconciliation applied</source>
            <translation>已应用对账结果</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Profile changed</source>
            <translation>角色已更改</translation>
        </message>
        <message>
            <location line="+16" />
            <source>An audit entry needs an action.</source>
            <translation>审计记录必须包含操作。</translation>
        </message>
        <message>
            <location line="+15" />
            <source>Writing the audit log</source>
            <translation>写入审计日志</translation>
        </message>
        <message>
            <location line="+63" />
            <source>Reading the audit log</source>
            <translation>读取审计日志</translation>
        </message>
    </context>
    <context>
        <name>AuditLogPage</name>
        <message>
            <location filename="../ui/finance/auditlogpage.cpp" line="+94" />
            <location line="+53" />
            <source>Audit log</source>
            <translation>审计日志</translation>
        </message>
        <message>
            <location line="-29" />
            <location line="+61" />
            <source>Time</source>
            <translation>时间</translation>
        </message>
        <message>
            <location line="-61" />
            <location line="+55" />
            <location line="+6" />
            <source>User</source>
            <translation>用户</translation>
        </message>
        <message>
            <location line="-61" />
            <location line="+61" />
            <source>Profile</source>
            <translation>角色</translation>
        </message>
        <message>
            <location line="-61" />
            <location line="+61" />
            <source>Action</source>
            <translation>操作</translation>
        </message>
        <message>
            <location line="-61" />
            <location line="+61" />
            <source>Object</source>
            <translation>对象</translation>
        </message>
        <message>
            <location line="-61" />
            <location line="+61" />
            <source>Reason</source>
            <translation>原因</translation>
        </message>
        <message>
            <location line="-61" />
            <location line="+61" />
            <source>Details</source>
            <translation>详情</translation>
        </message>
        <message>
            <location line="-49" />
            <source>Could not write %1: %2</source>
            <translation>无法写入 %1：%2</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Export audit log</source>
            <translation>导出审计日志</translation>
        </message>
        <message>
            <location line="+3" />
            <source>CSV files (*.csv)</source>
            <translation>CSV 文件 (*.csv)</translation>
        </message>
        <message>
            <location line="+27" />
            <source>All actions</source>
            <translation>全部操作</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Order no. or object</source>
            <translation>订单号或对象</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Text in reason or details</source>
            <translation>原因或详情中的文字</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Filter</source>
            <translation>筛选(&amp;F)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Export CSV…</source>
            <translation>导出 CSV(&amp;E)…</translation>
        </message>
    </context>
    <context>
        <name>CashierDialog</name>
        <message>
            <location filename="../ui/payments/cashierdialog.cpp" line="+29" />
            <source>Sandbox cashier — Alipay</source>
            <translation>沙箱收银台 — 支付宝</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Sandbox cashier — WeChat Pay</source>
            <translation>沙箱收银台 — 微信支付</translation>
        </message>
        <message>
            <location line="+2" />
            <source>SANDBOX — no real money moves. The notification is signed with the sandbox keys.</source>
            <translation>沙箱环境 — 不涉及真实资金。回调通知使用沙箱密钥签名。</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Amount</source>
            <translation>金额</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Merchant (Alipay app id):</source>
            <translation>商户（支付宝 app_id）：</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Merchant (mchid):</source>
            <translation>商户（mchid）：</translation>
        </message>
        <message>
            <location line="+1" />
            <source>App id:</source>
            <translation>appid：</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Order number:</source>
            <translation>订单号：</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Channel:</source>
            <translation>渠道：</translation>
        </message>
        <message>
            <location line="+4" />
            <source>&amp;Pay</source>
            <translation>支付(&amp;P)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Pay the order: the channel sends the signed payment notification (Enter)</source>
            <translation>支付该订单：渠道发送已签名的支付回调通知（Enter）</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Fail (insufficient balance)</source>
            <translation>支付失败（余额不足）(&amp;F)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The payment fails as with an insufficient balance: no notification</source>
            <translation>模拟余额不足导致支付失败：不发送回调通知</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Leave unpaid</source>
            <translation>保持未支付(&amp;L)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Walk away from the cashier: the trade stays waiting for payment</source>
            <translation>离开收银台：交易保持等待支付状态</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+67" />
            <source>Cancel</source>
            <translation>取消</translation>
        </message>
        <message>
            <location line="-66" />
            <source>Close the cashier without paying (Esc)</source>
            <translation>不支付并关闭收银台（Esc）</translation>
        </message>
        <message>
            <location line="+64" />
            <source>Pay</source>
            <translation>支付</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Fail (insufficient balance)</source>
            <translation>支付失败（余额不足）</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Leave unpaid</source>
            <translation>保持未支付</translation>
        </message>
    </context>
    <context>
        <name>ChannelClient</name>
        <message>
            <location filename="../app/channels/channelclient.cpp" line="+28" />
            <source>WeChat Pay</source>
            <translation>微信支付</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Alipay</source>
            <translation>支付宝</translation>
        </message>
        <message>
            <location line="+27" />
            <source>WeChat Pay is not configured: import the merchant key and certificate serial.</source>
            <translation>微信支付未配置：请导入商户私钥和证书序列号。</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Alipay is not configured: import the Alipay public key.</source>
            <translation>支付宝未配置：请导入支付宝公钥。</translation>
        </message>
        <message>
            <location line="+67" />
            <source>%1 %2</source>
            <translation>%1 %2</translation>
        </message>
        <message>
            <location line="+7" />
            <source>%1: no answer within %2 s. Check the network, then try again.</source>
            <translation>%1：%2 秒内无响应。请检查网络后重试。</translation>
        </message>
        <message>
            <location line="+7" />
            <source>%1: the TLS connection is not trusted (%2). Check the system clock and CA certificates; the connection was not used.</source>
            <translation>%1：TLS 连接不受信任（%2）。请检查系统时钟和 CA 证书；该连接未被使用。</translation>
        </message>
        <message>
            <location line="+8" />
            <source>%1: network error: %2.</source>
            <translation>%1：网络错误：%2。</translation>
        </message>
        <message>
            <location line="+22" />
            <source>%1 failed: %2 (%3, HTTP %4)</source>
            <translation>%1 失败：%2（%3，HTTP %4）</translation>
        </message>
        <message>
            <location line="+8" />
            <source>%1: the answer is not signed by WeChat Pay (%2); it was discarded.</source>
            <translation>%1：响应未经微信支付签名（%2），已丢弃。</translation>
        </message>
        <message>
            <location line="+8" />
            <source>%1: the gateway answered HTTP %2.</source>
            <translation>%1：网关返回 HTTP %2。</translation>
        </message>
        <message>
            <location line="+3" />
            <source>%1 failed: %2</source>
            <translation>%1 失败：%2</translation>
        </message>
    </context>
    <context>
        <name>ChannelReconciler</name>
        <message>
            <location filename="../app/finance/channelreconciler.cpp" line="+72" />
            <source>No payment channel is configured to ask.</source>
            <translation>未配置可供查询的支付渠道。</translation>
        </message>
        <message>
            <location line="+18" />
            <source>Reading the orders to reconcile</source>
            <translation>读取待对账的订单</translation>
        </message>
        <message>
            <location line="+29" />
            <source>Reading the refunds to reconcile</source>
            <translation>读取待对账的退款</translation>
        </message>
        <message>
            <location line="+12" />
            <source>%1 orders and refunds fall in the range; choose fewer days (at most %2 calls).</source>
            <translation>该范围内有 %1 笔订单和退款；请缩短天数（最多查询 %2 次）。</translation>
        </message>
        <message>
            <location line="+39" />
            <source>Refund %1: %2</source>
            <translation>退款 %1：%2</translation>
        </message>
        <message>
            <location line="+61" />
            <source>Order %1 (WeChat Pay): %2</source>
            <translation>订单 %1（微信支付）：%2</translation>
        </message>
        <message>
            <location line="+17" />
            <location line="+9" />
            <source>Order %1 (Alipay): %2</source>
            <translation>订单 %1（支付宝）：%2</translation>
        </message>
    </context>
    <context>
        <name>ChannelRefundGateway</name>
        <message>
            <location filename="../app/finance/channelrefundgateway.cpp" line="+62" />
            <location line="+37" />
            <source>The payment channels are not set up.</source>
            <translation>支付渠道尚未设置。</translation>
        </message>
        <message>
            <location line="-21" />
            <source>WeChat Pay answered the refund with status "%1".</source>
            <translation>微信支付返回的退款状态为“%1”。</translation>
        </message>
        <message>
            <location line="+13" />
            <location line="+33" />
            <source>This payment method cannot be refunded here.</source>
            <translation>此支付方式无法在此处退款。</translation>
        </message>
        <message>
            <location line="-12" />
            <source>WeChat Pay answered the refund query without a status.</source>
            <translation>微信支付返回的退款查询结果中没有状态。</translation>
        </message>
        <message>
            <location line="+20" />
            <source>Alipay is not configured: import the app private key.</source>
            <translation>支付宝未配置：请导入应用私钥。</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Alipay does not know this refund.</source>
            <translation>支付宝查无此退款。</translation>
        </message>
    </context>
    <context>
        <name>ChannelServices</name>
        <message>
            <location filename="../app/finance/channelservices.cpp" line="+48" />
            <source>The sandbox channels are selected, but there is no sandbox identity yet.</source>
            <translation>已选择沙箱渠道，但尚未创建沙箱身份。</translation>
        </message>
        <message>
            <location line="+5" />
            <source>The sandbox gateway did not start: %1</source>
            <translation>沙箱网关未能启动：%1</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Sandbox: WeChat Pay, Alipay</source>
            <translation>沙箱：微信支付、支付宝</translation>
        </message>
        <message>
            <location line="+39" />
            <source>WeChat Pay</source>
            <translation>微信支付</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Alipay</source>
            <translation>支付宝</translation>
        </message>
        <message>
            <location line="+3" />
            <source>No payment channel is configured with its keys (Tools ▸ Payment Channels…).</source>
            <translation>没有已配置密钥的支付渠道（工具 ▸ 支付渠道…）。</translation>
        </message>
        <message>
            <location line="+8" />
            <source>, </source>
            <translation>、</translation>
        </message>
    </context>
    <context>
        <name>ChannelSettingsDialog</name>
        <message>
            <location filename="../ui/payments/channelsettingsdialog.cpp" line="+54" />
            <source>Payment channels</source>
            <translation>支付渠道</translation>
        </message>
        <message>
            <location line="+9" />
            <location line="+46" />
            <source>Import PEM file…</source>
            <translation>导入 PEM 文件…</translation>
        </message>
        <message>
            <location line="-46" />
            <source>Enter…</source>
            <translation>输入…</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Enter key</source>
            <translation>输入密钥</translation>
        </message>
        <message>
            <location line="+0" />
            <source>The key (it is not shown again):</source>
            <translation>密钥（之后不再显示）：</translation>
        </message>
        <message>
            <location line="+11" />
            <source>WeChat Pay (API v3)</source>
            <translation>微信支付（API v3）</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Also accept v2 XML notifications (legacy)</source>
            <translation>同时接受 v2 XML 回调通知（旧版）</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Merchant id (mchid):</source>
            <translation>商户号（mchid）：</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Mini program appid:</source>
            <translation>小程序 appid：</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Official account appid:</source>
            <translation>公众号 appid：</translation>
        </message>
        <message>
            <location line="+3" />
            <source>From certificate…</source>
            <translation>从证书读取…</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Merchant certificate serial:</source>
            <translation>商户证书序列号：</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Merchant API private key:</source>
            <translation>商户 API 私钥：</translation>
        </message>
        <message>
            <location line="+1" />
            <source>APIv3 key:</source>
            <translation>APIv3 密钥：</translation>
        </message>
        <message>
            <location line="+1" />
            <source>WeChat Pay public key id:</source>
            <translation>微信支付公钥 ID：</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Platform public key or certificate:</source>
            <translation>平台公钥或平台证书：</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+15" />
            <source>Notify base URL:</source>
            <translation>回调通知基础 URL：</translation>
        </message>
        <message>
            <location line="-14" />
            <source>API base URL:</source>
            <translation>API 基础 URL：</translation>
        </message>
        <message>
            <location line="+2" />
            <source>v2 API key (legacy):</source>
            <translation>v2 API 密钥（旧版）：</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Alipay (RSA2)</source>
            <translation>支付宝（RSA2）</translation>
        </message>
        <message>
            <location line="+6" />
            <source>App id (app_id):</source>
            <translation>应用 ID（app_id）：</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Seller id (seller_id):</source>
            <translation>卖家 ID（seller_id）：</translation>
        </message>
        <message>
            <location line="+1" />
            <source>App private key:</source>
            <translation>应用私钥：</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Alipay public key:</source>
            <translation>支付宝公钥：</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Gateway:</source>
            <translation>网关：</translation>
        </message>
        <message>
            <location line="+6" />
            <source>"Test keys" signs and verifies with the RSA keys and encrypts and decrypts with the APIv3 key.</source>
            <translation>“测试密钥”会用 RSA 密钥进行签名和验签，并用 APIv3 密钥进行加密和解密。</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Import from likeadmin</source>
            <translation>从 likeadmin 导入</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Reads the pay channel configuration (dev_pay_config) of the attached likeadmin database.</source>
            <translation>读取所连接 likeadmin 数据库中的支付渠道配置（dev_pay_config）。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Test keys</source>
            <translation>测试密钥</translation>
        </message>
        <message>
            <location line="+38" />
            <source>RSA %1 private key, public fingerprint %2…</source>
            <translation>RSA %1 位私钥，公钥指纹 %2…</translation>
        </message>
        <message>
            <location line="+4" />
            <location line="+22" />
            <source>RSA %1 public key, fingerprint %2…</source>
            <translation>RSA %1 位公钥，指纹 %2…</translation>
        </message>
        <message>
            <location line="-20" />
            <source>%1 characters</source>
            <translation>%1 个字符</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Imported, not saved yet: %1</source>
            <translation>已导入，尚未保存：%1</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Kept in the keychain (if set); import to replace.</source>
            <translation>已保存在系统钥匙串中（如已设置）；导入即可替换。</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Not set</source>
            <translation>未设置</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Certificate serial %1, valid until %2</source>
            <translation>证书序列号 %1，有效期至 %2</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Invalid certificate</source>
            <translation>无效的证书</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Invalid public key</source>
            <translation>无效的公钥</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Import key</source>
            <translation>导入密钥</translation>
        </message>
        <message>
            <location line="+0" />
            <source>PEM files (*.pem *.key *.txt);;All files (*)</source>
            <translation>PEM 文件 (*.pem *.key *.txt);;所有文件 (*)</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Cannot read %1: %2</source>
            <translation>无法读取 %1：%2</translation>
        </message>
        <message>
            <location line="+18" />
            <source>The APIv3 key must be 32 characters.</source>
            <translation>APIv3 密钥必须为 32 个字符。</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Not imported: %1</source>
            <translation>未导入：%1</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Merchant API certificate</source>
            <translation>商户 API 证书</translation>
        </message>
        <message>
            <location line="+0" />
            <location line="+15" />
            <source>PEM files (*.pem);;All files (*)</source>
            <translation>PEM 文件 (*.pem);;所有文件 (*)</translation>
        </message>
        <message>
            <location line="+0" />
            <source>WeChat Pay public key or platform certificate</source>
            <translation>微信支付公钥或平台证书</translation>
        </message>
        <message>
            <location line="+8" />
            <source>%1 is neither an RSA public key nor a certificate.</source>
            <translation>%1 既不是 RSA 公钥，也不是证书。</translation>
        </message>
        <message>
            <location line="+28" />
            <source>OK    %1</source>
            <translation>通过  %1</translation>
        </message>
        <message>
            <location line="+0" />
            <source>FAIL  %1</source>
            <translation>失败  %1</translation>
        </message>
        <message>
            <location line="+5" />
            <source>WeChat merchant key</source>
            <translation>微信商户私钥</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Alipay app key</source>
            <translation>支付宝应用私钥</translation>
        </message>
        <message>
            <location line="+2" />
            <source>--    %1: not set</source>
            <translation>--    %1：未设置</translation>
        </message>
        <message>
            <location line="+6" />
            <source>%1: sign/verify round trip</source>
            <translation>%1：签名/验签往返测试</translation>
        </message>
        <message>
            <location line="+2" />
            <source>      certificate serial in requests: %1</source>
            <translation>      请求中使用的证书序列号：%1</translation>
        </message>
        <message>
            <location line="+7" />
            <source>APIv3 key: AES-256-GCM round trip</source>
            <translation>APIv3 密钥：AES-256-GCM 加解密往返测试</translation>
        </message>
        <message>
            <location line="+2" />
            <source>--    APIv3 key: not set</source>
            <translation>--    APIv3 密钥：未设置</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Alipay public key: readable</source>
            <translation>支付宝公钥：可读取</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Invalid</source>
            <translation>无效</translation>
        </message>
        <message>
            <location line="+0" />
            <source>WeChat Pay platform key: readable</source>
            <translation>微信支付平台公钥：可读取</translation>
        </message>
        <message>
            <location line="+37" />
            <source>The settings are saved, but the audit log could not record it: %1</source>
            <translation>设置已保存，但审计日志未能记录此操作：%1</translation>
        </message>
        <message>
            <location line="+16" />
            <source>The settings are saved, but a key could not be stored in the keychain: %1</source>
            <translation>设置已保存，但有密钥无法存入系统钥匙串：%1</translation>
        </message>
        <message>
            <location line="+29" />
            <source>WeChat Pay</source>
            <translation>微信支付</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Alipay</source>
            <translation>支付宝</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The likeadmin database has no pay channel configured.</source>
            <translation>likeadmin 数据库中未配置支付渠道。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Read from likeadmin: %1. Check the values, then save to keep them (keys go to the keychain).</source>
            <translation>已从 likeadmin 读取：%1。请核对各项值，然后保存以保留（密钥将存入系统钥匙串）。</translation>
        </message>
    </context>
    <context>
        <name>CheckServerCommand</name>
        <message>
            <location filename="../app/cli/checkservercommand.cpp" line="+24" />
            <source>cannot read the identity file %1: %2</source>
            <translation>无法读取身份文件 %1：%2</translation>
        </message>
        <message>
            <location line="+4" />
            <source>the identity file %1 is not a sandbox identity: %2</source>
            <translation>身份文件 %1 不是沙箱身份：%2</translation>
        </message>
        <message>
            <location line="+8" />
            <source>there is no sandbox identity in the keychain; run mcpay-admin sandbox init, or pass --identity sandbox-identity.json</source>
            <translation>系统钥匙串中没有沙箱身份；请运行 mcpay-admin sandbox init，或传入 --identity sandbox-identity.json</translation>
        </message>
        <message>
            <location line="+2" />
            <source>cannot load the sandbox identity from the keychain (%1); pass --identity sandbox-identity.json instead</source>
            <translation>无法从系统钥匙串加载沙箱身份（%1）；请改为传入 --identity sandbox-identity.json</translation>
        </message>
        <message>
            <location line="+15" />
            <source>Checks another server's notify endpoint: forged notifications, amount check, duplicates, sn truncation, acknowledgement format.</source>
            <translation>检查另一台服务器的回调通知接口：伪造通知、金额校验、重复通知、订单号截断、应答格式。</translation>
        </message>
        <message>
            <location line="+7" />
            <source>The full notify URL of the server under test, such as https://shop.example/api/pay/notifyMnp.</source>
            <translation>被测服务器的完整通知地址，例如 https://shop.example/api/pay/notifyMnp。</translation>
        </message>
        <message>
            <location line="+2" />
            <location line="+11" />
            <location line="+4" />
            <source>URL</source>
            <translation>URL</translation>
        </message>
        <message>
            <location line="-14" />
            <source>The channel to play: wechat or alipay.</source>
            <translation>要模拟的渠道：wechat 或 alipay。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>CHANNEL</source>
            <translation>CHANNEL</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The sandbox identity file (sandbox-identity.json in the folder the sandbox identity was exported to); default: the identity in the keychain.</source>
            <translation>沙箱身份文件（导出沙箱身份的文件夹中的 sandbox-identity.json）；默认：系统钥匙串中的身份。</translation>
        </message>
        <message>
            <location line="+3" />
            <source>FILE</source>
            <translation>FILE</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The server's client API base URL (to learn order states without its database).</source>
            <translation>服务器的客户端接口根 URL（用于在不访问其数据库的情况下获取订单状态）。</translation>
        </message>
        <message>
            <location line="+3" />
            <source>A user token for the client API (or MCPAY_API_TOKEN).</source>
            <translation>客户端接口使用的用户令牌(token)，也可通过 MCPAY_API_TOKEN 提供。</translation>
        </message>
        <message>
            <location line="+0" />
            <source>TOKEN</source>
            <translation>TOKEN</translation>
        </message>
        <message>
            <location line="+2" />
            <source>A URL answering an order's state, with {order_id} or {order_sn} in it.</source>
            <translation>返回订单状态的 URL，其中须包含 {order_id} 或 {order_sn}。</translation>
        </message>
        <message>
            <location line="+3" />
            <source>How many copies the duplicate check sends at once (default 10).</source>
            <translation>重复通知检查一次同时发送的副本数（默认 10）。</translation>
        </message>
        <message>
            <location line="+0" />
            <source>N</source>
            <translation>N</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Seconds to wait for each answer (default 10).</source>
            <translation>等待每个应答的秒数（默认 10）。</translation>
        </message>
        <message>
            <location line="+0" />
            <source>SECONDS</source>
            <translation>SECONDS</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Prints the report as JSON.</source>
            <translation>以 JSON 格式输出报告。</translation>
        </message>
        <message>
            <location line="+6" />
            <location line="+4" />
            <source>check-server: %1</source>
            <translation>check-server: %1</translation>
        </message>
        <message>
            <location line="+7" />
            <source>--notify-url URL is required (the full notify route, such as http://127.0.0.1:8787/api/pay/notifyMnp).</source>
            <translation>必须指定 --notify-url URL（完整的通知路由，例如 http://127.0.0.1:8787/api/pay/notifyMnp）。</translation>
        </message>
        <message>
            <location line="+4" />
            <source>--notify-url takes an http:// or https:// URL: %1</source>
            <translation>--notify-url 须为 http:// 或 https:// URL：%1</translation>
        </message>
        <message>
            <location line="+10" />
            <source>--channel takes wechat or alipay.</source>
            <translation>--channel 只能是 wechat 或 alipay。</translation>
        </message>
        <message>
            <location line="+5" />
            <source>--duplicates takes a number from 2 to 200.</source>
            <translation>--duplicates 须为 2 到 200 之间的数字。</translation>
        </message>
        <message>
            <location line="+3" />
            <source>--timeout takes seconds from 1 to 600.</source>
            <translation>--timeout 须为 1 到 600 之间的秒数。</translation>
        </message>
        <message>
            <location line="+9" />
            <source>--api-base takes the server's http:// or https:// root URL.</source>
            <translation>--api-base 须为服务器的 http:// 或 https:// 根 URL。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>the client API needs a user token: --token TOKEN or MCPAY_API_TOKEN.</source>
            <translation>客户端接口需要用户令牌(token)：--token TOKEN 或 MCPAY_API_TOKEN。</translation>
        </message>
        <message>
            <location line="+3" />
            <source>--status-url needs {order_id} or {order_sn} in it, such as https://shop.example/api/order/detail?id={order_id}.</source>
            <translation>--status-url 中须包含 {order_id} 或 {order_sn}，例如 https://shop.example/api/order/detail?id={order_id}。</translation>
        </message>
        <message>
            <location line="+7" />
            <source>say how to see the orders: --db URL, the database of the server under test (password in MCPAY_DB_PASSWORD), or its client API with --api-base, --token and --status-url.</source>
            <translation>请指定查看订单的方式：--db URL（被测服务器的数据库，密码通过 MCPAY_DB_PASSWORD 提供），或通过 --api-base、--token 和 --status-url 使用其客户端接口。</translation>
        </message>
        <message>
            <location line="+30" />
            <source>Checking %1 with %2 cases…</source>
            <translation>正在用 %2 个用例检查 %1…</translation>
        </message>
    </context>
    <context>
        <name>Cli</name>
        <message>
            <location filename="../app/cli/cli.cpp" line="+34" />
            <source>Usage: %1 [--db URL] [COMMAND] [OPTIONS]
Back-office for marketing-chat payment funnels: dialogue flows, orders, WeChat Pay and Alipay notifications.

Without a command the desktop application starts.

Commands:
</source>
            <translation>用法：%1 [--db URL] [COMMAND] [OPTIONS]
营销聊天支付漏斗后台：对话流程、订单、微信支付和支付宝回调通知。

不带命令时启动桌面应用程序。

命令：
</translation>
        </message>
        <message>
            <location line="+8" />
            <source>
Global options:
  --db URL       the database: sqlite:///abs/path.db or mysql://user@host:port/dbname?prefix=la_
                 (default: MCPAY_DB_URL, else the embedded database %1);
                 a MySQL password is read from MCPAY_DB_PASSWORD
  --lang LANG    zh_CN or en
  -h, --help     this help, or a command's help after the command
  -v, --version  the version
</source>
            <translation>
全局选项：
  --db URL       数据库：sqlite:///abs/path.db 或 mysql://user@host:port/dbname?prefix=la_
                 （默认：MCPAY_DB_URL，否则为内置数据库 %1）；
                 MySQL 密码从 MCPAY_DB_PASSWORD 读取
  --lang LANG    zh_CN 或 en
  -h, --help     显示此帮助；放在命令之后则显示该命令的帮助
  -v, --version  显示版本
</translation>
        </message>
        <message>
            <location line="+14" />
            <source>The database URL.</source>
            <translation>数据库 URL。</translation>
        </message>
        <message>
            <location line="+0" />
            <source>URL</source>
            <translation>URL</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The language: zh_CN or en.</source>
            <translation>语言：zh_CN 或 en。</translation>
        </message>
        <message>
            <location line="+0" />
            <source>LANG</source>
            <translation>LANG</translation>
        </message>
        <message>
            <location line="+47" />
            <source>%1: unknown command "%2"; see %1 --help</source>
            <translation>%1：未知命令“%2”；请参阅 %1 --help</translation>
        </message>
        <message>
            <location line="+20" />
            <source>Shows this help.</source>
            <translation>显示此帮助。</translation>
        </message>
    </context>
    <context>
        <name>ConnectDialog</name>
        <message>
            <location filename="../ui/main/connectdialog.cpp" line="+24" />
            <source>Remember the password in the system keychain</source>
            <translation>在系统钥匙串中记住密码</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Connect to a Database</source>
            <translation>连接数据库</translation>
        </message>
        <message>
            <location line="+2" />
            <source>(new connection)</source>
            <translation>（新连接）</translation>
        </message>
        <message>
            <location line="+8" />
            <source>SQLite file (embedded)</source>
            <translation>SQLite 文件（内置）</translation>
        </message>
        <message>
            <location line="+1" />
            <source>MySQL / MariaDB (likeadmin)</source>
            <translation>MySQL / MariaDB（likeadmin）</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Browse…</source>
            <translation>浏览…</translation>
        </message>
        <message>
            <location line="+4" />
            <source>&amp;File:</source>
            <translation>文件(&amp;F)：</translation>
        </message>
        <message>
            <location line="+9" />
            <source>optional, e.g. /run/mysqld/mysqld.sock</source>
            <translation>可选，例如 /run/mysqld/mysqld.sock</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Host:</source>
            <translation>主机(&amp;H)：</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Port:</source>
            <translation>端口(&amp;P)：</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;User:</source>
            <translation>用户(&amp;U)：</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Pass&amp;word:</source>
            <translation>密码(&amp;W)：</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Database:</source>
            <translation>数据库(&amp;D)：</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Unix &amp;socket:</source>
            <translation>Unix 套接字(&amp;S)：</translation>
        </message>
        <message>
            <location line="+11" />
            <source>&amp;Saved:</source>
            <translation>已保存的连接(&amp;S)：</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Type:</source>
            <translation>类型(&amp;T)：</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Table &amp;prefix:</source>
            <translation>表前缀(&amp;P)：</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Connect</source>
            <translation>连接(&amp;C)</translation>
        </message>
        <message>
            <location line="+20" />
            <source>SQLite Database</source>
            <translation>SQLite 数据库</translation>
        </message>
        <message>
            <location line="+1" />
            <source>SQLite databases (*.db *.sqlite);;All files (*)</source>
            <translation>SQLite 数据库 (*.db *.sqlite);;所有文件 (*)</translation>
        </message>
    </context>
    <context>
        <name>ConsolePreviewPayments</name>
        <message>
            <location filename="../ui/payments/consolepreviewpayments.cpp" line="+16" />
            <source>sandbox, %1, to the embedded listener</source>
            <translation>沙箱，%1，发往内置监听服务</translation>
        </message>
        <message>
            <location line="+7" />
            <source>The test payment console is gone.</source>
            <translation>测试支付控制台已关闭。</translation>
        </message>
        <message>
            <location line="+8" />
            <source>The test payment did not start: %1</source>
            <translation>测试支付未能启动：%1</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Order %1 is paid: the listener applied the signed notification.</source>
            <translation>订单 %1 已支付：监听服务已处理这条签名的回调通知。</translation>
        </message>
        <message>
            <location line="+15" />
            <source>Order %1 was paid at the cashier but is not paid here: %2</source>
            <translation>订单 %1 已在收银台支付，但在此处未显示为已支付：%2</translation>
        </message>
        <message>
            <location line="+6" />
            <source>The test payment stopped: %1</source>
            <translation>测试支付已停止：%1</translation>
        </message>
    </context>
    <context>
        <name>Crypto</name>
        <message>
            <location filename="../app/crypto/cryptohandles.cpp" line="+21" />
            <source>unknown OpenSSL error</source>
            <translation>未知的 OpenSSL 错误</translation>
        </message>
        <message>
            <location line="+32" />
            <source>The key is protected by a passphrase; export it without one.</source>
            <translation>该密钥受口令保护；请导出不带口令的密钥。</translation>
        </message>
        <message>
            <location line="+13" />
            <source>This is not an RSA public key in PEM or Base64 DER form.</source>
            <translation>这不是 PEM 或 Base64 DER 格式的 RSA 公钥。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>This is not an RSA private key in PEM (PKCS#1 or PKCS#8) or Base64 DER form.</source>
            <translation>这不是 PEM（PKCS#1 或 PKCS#8）或 Base64 DER 格式的 RSA 私钥。</translation>
        </message>
        <message>
            <location line="+10" />
            <source>The file holds a public key, not a private key.</source>
            <translation>该文件包含的是公钥，而不是私钥。</translation>
        </message>
    </context>
    <context>
        <name>Database</name>
        <message>
            <location filename="../models/db/database.cpp" line="+53" />
            <source>No database is configured.</source>
            <translation>未配置数据库。</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Cannot reopen the database %1: %2</source>
            <translation>无法重新打开数据库 %1：%2</translation>
        </message>
        <message>
            <location line="+7" />
            <source>The Qt SQL driver %1 is not installed (Debian package %2).</source>
            <translation>未安装 Qt SQL 驱动 %1（Debian 软件包 %2）。</translation>
        </message>
        <message>
            <location line="+25" />
            <source>Cannot open the database %1: %2</source>
            <translation>无法打开数据库 %1：%2</translation>
        </message>
        <message>
            <location line="+55" />
            <source>%1 failed: %2</source>
            <translation>%1失败：%2</translation>
        </message>
        <message>
            <location line="+19" />
            <source>Cannot begin a transaction: %1</source>
            <translation>无法开始事务：%1</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Cannot commit the transaction: %1</source>
            <translation>无法提交事务：%1</translation>
        </message>
    </context>
    <context>
        <name>DatabaseUrl</name>
        <message>
            <location filename="../models/db/databaseurl.cpp" line="+23" />
            <source>No database URL was given. Use sqlite:///path/to/file.db or mysql://user@host:port/dbname.</source>
            <translation>未提供数据库 URL。请使用 sqlite:///path/to/file.db 或 mysql://user@host:port/dbname。</translation>
        </message>
        <message>
            <location line="+4" />
            <source>"%1" is not a valid database URL: %2</source>
            <translation>“%1”不是有效的数据库 URL：%2</translation>
        </message>
        <message>
            <location line="+7" />
            <source>The table prefix "%1" may only contain letters, digits and underscores.</source>
            <translation>表前缀“%1”只能包含字母、数字和下划线。</translation>
        </message>
        <message>
            <location line="+6" />
            <source>A SQLite URL names a file, not a host: write sqlite:///absolute/path.db (three slashes).</source>
            <translation>SQLite URL 指定的是文件而不是主机：请写成 sqlite:///absolute/path.db（三个斜杠）。</translation>
        </message>
        <message>
            <location line="+3" />
            <source>A SQLite URL needs an absolute file path: sqlite:///absolute/path.db.</source>
            <translation>SQLite URL 需要绝对文件路径：sqlite:///absolute/path.db。</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Do not put the password in the database URL; it is read from the keychain or from MCPAY_DB_PASSWORD.</source>
            <translation>请勿将密码写入数据库 URL；密码从系统钥匙串或 MCPAY_DB_PASSWORD 读取。</translation>
        </message>
        <message>
            <location line="+10" />
            <source>A MySQL URL needs a host: mysql://user@host:3306/dbname.</source>
            <translation>MySQL URL 需要主机：mysql://user@host:3306/dbname。</translation>
        </message>
        <message>
            <location line="+4" />
            <source>A MySQL URL needs a user name: mysql://user@host:3306/dbname.</source>
            <translation>MySQL URL 需要用户名：mysql://user@host:3306/dbname。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>A MySQL URL needs a database name after the host: mysql://user@host:3306/dbname.</source>
            <translation>MySQL URL 需要在主机后写数据库名：mysql://user@host:3306/dbname。</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Unknown database type "%1"; use sqlite:// or mysql://.</source>
            <translation>未知的数据库类型“%1”；请使用 sqlite:// 或 mysql://。</translation>
        </message>
        <message>
            <location line="+39" />
            <source>SQLite: %1</source>
            <translation>SQLite：%1</translation>
        </message>
        <message>
            <location line="+1" />
            <source>MySQL: %1@%2:%3/%4</source>
            <translation>MySQL：%1@%2:%3/%4</translation>
        </message>
    </context>
    <context>
        <name>DbCommands</name>
        <message>
            <location filename="../app/cli/dbcommands.cpp" line="+25" />
            <source>Creates the order table if absent and applies mcpay-admin's schema migrations (additive only).</source>
            <translation>如订单表不存在则创建，并应用 mcpay-admin 的数据库结构迁移（仅新增，不修改）。</translation>
        </message>
        <message>
            <location line="+25" />
            <source>Inserts demo orders spread over the last 90 days (after migrating).</source>
            <translation>插入分布在最近 90 天内的演示订单（先执行迁移）。</translation>
        </message>
        <message>
            <location line="+5" />
            <source>How many orders (default 200).</source>
            <translation>订单数量（默认 200）。</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+2" />
            <source>N</source>
            <translation>N</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Seed of the generator, for repeatable data.</source>
            <translation>生成器的随机种子，用于生成可重复的数据。</translation>
        </message>
        <message>
            <location line="+9" />
            <source>--count takes a whole number from 1 to 50000000.</source>
            <translation>--count 须为 1 到 50000000 之间的整数。</translation>
        </message>
        <message>
            <location line="+5" />
            <source>--random-seed takes a whole number.</source>
            <translation>--random-seed 须为整数。</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Inserted %1 demo orders into %2.</source>
            <translation>已向 %2 插入 %1 笔演示订单。</translation>
        </message>
    </context>
    <context>
        <name>DeliveryEngine</name>
        <message>
            <location filename="../app/sandbox/deliveryengine.cpp" line="+44" />
            <source>No answer within %1 s: the receiver took too long (the channel counts this as a failure and retries).</source>
            <translation>%1 秒内无应答：接收方处理超时（渠道将此计为失败并重试）。</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Connection refused by %1: nothing listens there (is the server running, and on this port?).</source>
            <translation>%1 拒绝连接：该地址没有服务在监听（服务器是否在运行，端口是否正确？）。</translation>
        </message>
        <message>
            <location line="+4" />
            <source>%1 closed the connection without an HTTP answer (did the server crash?).</source>
            <translation>%1 未返回 HTTP 应答就关闭了连接（服务器是否崩溃？）。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The host %1 was not found (check the notify URL).</source>
            <translation>找不到主机 %1（请检查通知地址）。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The connection to %1 timed out.</source>
            <translation>连接 %1 超时。</translation>
        </message>
        <message>
            <location line="+2" />
            <location line="+253" />
            <source>Cancelled.</source>
            <translation>已取消。</translation>
        </message>
        <message>
            <location line="-251" />
            <source>The TLS handshake with %1 failed: %2</source>
            <translation>与 %1 的 TLS 握手失败：%2</translation>
        </message>
        <message>
            <location line="+4" />
            <source>%1 did not answer in valid HTTP: %2</source>
            <translation>%1 的应答不是有效的 HTTP：%2</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Network error talking to %1: %2</source>
            <translation>与 %1 通信时出现网络错误：%2</translation>
        </message>
        <message>
            <location line="+248" />
            <source>No HTTP answer.</source>
            <translation>无 HTTP 应答。</translation>
        </message>
    </context>
    <context>
        <name>FinanceReport</name>
        <message>
            <location filename="../models/finance/financereport.cpp" line="+47" />
            <location line="+68" />
            <source>Choose a first day that is not after the last day.</source>
            <translation>开始日期不能晚于结束日期。</translation>
        </message>
        <message>
            <location line="-66" />
            <source>Choose a range of at most ten years.</source>
            <translation>请选择不超过十年的范围。</translation>
        </message>
        <message>
            <location line="+25" />
            <source>Counting created orders</source>
            <translation>统计新建订单</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Summing paid orders</source>
            <translation>汇总已支付订单</translation>
        </message>
        <message>
            <location line="+16" />
            <source>Summing refunds</source>
            <translation>汇总退款</translation>
        </message>
        <message>
            <location line="+29" />
            <source>Computing the conversion</source>
            <translation>计算转化率</translation>
        </message>
        <message>
            <location line="+44" />
            <source>Day</source>
            <translation>日期</translation>
        </message>
        <message>
            <location line="+0" />
            <location line="+14" />
            <source>Created</source>
            <translation>下单数</translation>
        </message>
        <message>
            <location line="-14" />
            <source>Paid orders</source>
            <translation>支付笔数</translation>
        </message>
        <message>
            <location line="+0" />
            <location line="+14" />
            <source>Paid</source>
            <translation>已支付</translation>
        </message>
        <message>
            <location line="-14" />
            <source>Refunds</source>
            <translation>退款笔数</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Refunded</source>
            <translation>已退款</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Net</source>
            <translation>净额</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Total</source>
            <translation>合计</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Conversion %</source>
            <translation>转化率 %</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Paid amount</source>
            <translation>支付金额</translation>
        </message>
    </context>
    <context>
        <name>FlowCommands</name>
        <message>
            <location filename="../app/cli/flowcommands.cpp" line="+24" />
            <source>--max-amount takes an amount in yuan above zero, such as 5000.00: %1</source>
            <translation>--max-amount 需要一个大于零的金额（单位为元），例如 5000.00：%1</translation>
        </message>
        <message>
            <location line="+1" />
            <source>zero</source>
            <translation>零</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Largest amount a payment button may ask for, in yuan (default 5000.00).</source>
            <translation>付款按钮可设置的最大金额，单位为元（默认 5000.00）。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>YUAN</source>
            <translation>YUAN</translation>
        </message>
        <message>
            <location line="+25" />
            <source>Checks dialogue-flow JSON files and prints each problem as file:line:col: severity: code: message; exits 1 when a file has an error.</source>
            <translation>检查对话流程 JSON 文件，按 file:line:col: severity: code: message 格式输出每个问题；任一文件有错误时退出码为 1。</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Flow files to check.</source>
            <translation>要检查的流程文件。</translation>
        </message>
        <message>
            <location line="+0" />
            <source>FILE…</source>
            <translation>FILE…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Print the problems as a JSON array.</source>
            <translation>以 JSON 数组格式输出问题。</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Name at least one flow file: flow validate FILE…</source>
            <translation>请至少指定一个流程文件：flow validate FILE…</translation>
        </message>
        <message>
            <location line="+36" />
            <source>%1 file(s) checked: %2 error(s), %3 warning(s), %4 note(s).</source>
            <translation>已检查 %1 个文件：%2 个错误，%3 个警告，%4 个提示。</translation>
        </message>
        <message>
            <location line="+15" />
            <source>Publishes a flow file to the chat_flow setting (la_config) of --db and records the version; refuses a flow with errors.</source>
            <translation>将流程文件发布到 --db 的 chat_flow 设置（la_config）并记录版本；含错误的流程会被拒绝。</translation>
        </message>
        <message>
            <location line="+6" />
            <source>The flow file to publish.</source>
            <translation>要发布的流程文件。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Why this version (required).</source>
            <translation>发布此版本的原因（必填）。</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+139" />
            <source>TEXT</source>
            <translation>TEXT</translation>
        </message>
        <message>
            <location line="-138" />
            <source>Who publishes (default: the login name).</source>
            <translation>发布人（默认：登录名）。</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+138" />
            <source>NAME</source>
            <translation>NAME</translation>
        </message>
        <message>
            <location line="-136" />
            <source>Publish even when the flow has warnings.</source>
            <translation>即使流程有警告也发布。</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Usage: flow publish FILE --comment TEXT</source>
            <translation>用法：flow publish FILE --comment TEXT</translation>
        </message>
        <message numerus="yes">
            <location line="+15" />
            <source>Not published: the flow has %n error(s).</source>
            <translation>
                <numerusform>未发布：流程有 %n 个错误。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+4" />
            <source>Not published: the flow has %n warning(s); check them and add --accept-warnings to publish anyway.</source>
            <translation>
                <numerusform>未发布：流程有 %n 个警告；请检查，如仍要发布请加上 --accept-warnings。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+18" />
            <source>Published version %1 (%n message(s)) to %2.</source>
            <translation>
                <numerusform>已将版本 %1（%n 条消息）发布到 %2。</numerusform>
            </translation>
        </message>
        <message>
            <location line="+11" />
            <source>Writes the flow that --db serves now (la_config chat_flow) to a file.</source>
            <translation>将 --db 当前提供的流程（la_config chat_flow）写入文件。</translation>
        </message>
        <message>
            <location line="+5" />
            <source>The file to write; - for standard output.</source>
            <translation>要写入的文件；- 表示标准输出。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>FILE</source>
            <translation>FILE</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Usage: flow pull --out FILE</source>
            <translation>用法：flow pull --out FILE</translation>
        </message>
        <message>
            <location line="+12" />
            <source>%1 has no published chat flow yet.</source>
            <translation>%1 尚未发布聊天流程。</translation>
        </message>
        <message>
            <location line="+20" />
            <source>Lists the published versions of the chat flow in --db, newest first.</source>
            <translation>列出 --db 中聊天流程的已发布版本，最新的在前。</translation>
        </message>
        <message>
            <location line="+29" />
            <source>Publishes an earlier version of the chat flow again.</source>
            <translation>重新发布聊天流程的某个早期版本。</translation>
        </message>
        <message>
            <location line="+5" />
            <source>The version id (see flow history).</source>
            <translation>版本 ID（见 flow history）。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Why.</source>
            <translation>原因。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Who (default: the login name).</source>
            <translation>操作人（默认：登录名）。</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Usage: flow rollback VERSION</source>
            <translation>用法：flow rollback VERSION</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Published version %1 again as version %2.</source>
            <translation>已将版本 %1 重新发布为版本 %2。</translation>
        </message>
    </context>
    <context>
        <name>FlowDiagnostic</name>
        <message>
            <location filename="../models/flow/flowvalidator.cpp" line="+523" />
            <source>Error</source>
            <translation>错误</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Warning</source>
            <translation>警告</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Note</source>
            <translation>提示</translation>
        </message>
    </context>
    <context>
        <name>FlowEditCommand</name>
        <message>
            <location filename="../models/flow/floweditcommands.cpp" line="+61" />
            <source>Change %1</source>
            <translation>修改 %1</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Remove %1</source>
            <translation>移除 %1</translation>
        </message>
        <message>
            <location line="+81" />
            <source>Insert message</source>
            <translation>插入消息</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Insert item into %1</source>
            <translation>在 %1 中插入项</translation>
        </message>
        <message>
            <location line="+33" />
            <source>Delete message</source>
            <translation>删除消息</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Delete item of %1</source>
            <translation>删除 %1 中的条目</translation>
        </message>
        <message>
            <location line="+34" />
            <source>Move message</source>
            <translation>移动消息</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Move item of %1</source>
            <translation>移动 %1 中的条目</translation>
        </message>
        <message>
            <location line="+34" />
            <source>Edit JSON text</source>
            <translation>编辑 JSON 文本</translation>
        </message>
    </context>
    <context>
        <name>FlowEditorPage</name>
        <message>
            <location filename="../ui/flow/floweditorpage.cpp" line="+83" />
            <source>+ Message</source>
            <translation>+ 消息</translation>
        </message>
        <message>
            <location line="+0" />
            <source>+ Payment</source>
            <translation>+ 付款</translation>
        </message>
        <message>
            <location line="+0" />
            <source>+ Paid branch</source>
            <translation>+ 已支付分支</translation>
        </message>
        <message>
            <location line="+1" />
            <source>+ Skip branch</source>
            <translation>+ 跳过分支</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Duplicate</source>
            <translation>复制</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Delete</source>
            <translation>删除</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Up</source>
            <translation>上移</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Down</source>
            <translation>下移</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Preview</source>
            <translation>预览</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Publish</source>
            <translation>发布</translation>
        </message>
        <message>
            <location line="+0" />
            <source>History</source>
            <translation>历史</translation>
        </message>
        <message>
            <location line="+11" />
            <source>&amp;Form</source>
            <translation>表单(&amp;F)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;JSON</source>
            <translation>JSON(&amp;J)</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Severity</source>
            <translation>级别</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Where</source>
            <translation>位置</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Problem</source>
            <translation>问题</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Code</source>
            <translation>代码</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Checking the flow…</source>
            <translation>正在检查流程…</translation>
        </message>
        <message>
            <location line="+28" />
            <location line="+269" />
            <source>Move message</source>
            <translation>移动消息</translation>
        </message>
        <message>
            <location line="-221" />
            <source>&amp;New Flow</source>
            <translation>新建流程(&amp;N)</translation>
        </message>
        <message>
            <location line="+4" />
            <source>&amp;Open Flow…</source>
            <translation>打开流程(&amp;O)…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Open &amp;Recent Flow</source>
            <translation>最近打开的流程(&amp;R)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Save Flow</source>
            <translation>保存流程(&amp;S)</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Save Flow &amp;As…</source>
            <translation>流程另存为(&amp;A)…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Load Published Flow</source>
            <translation>加载已发布的流程(&amp;L)</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Load Published Flow</source>
            <translation>加载已发布的流程</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Publish Flow…</source>
            <translation>发布流程(&amp;P)…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Flow &amp;History…</source>
            <translation>流程历史(&amp;H)…</translation>
        </message>
        <message>
            <location line="+5" />
            <location line="+10" />
            <source>&amp;Undo</source>
            <translation>撤销(&amp;U)</translation>
        </message>
        <message>
            <location line="-6" />
            <location line="+8" />
            <source>&amp;Redo</source>
            <translation>重做(&amp;R)</translation>
        </message>
        <message>
            <location line="-2" />
            <source>&amp;Undo %1</source>
            <translation>撤销 %1(&amp;U)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Redo %1</source>
            <translation>重做 %1(&amp;R)</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Insert &amp;Message</source>
            <translation>插入消息(&amp;M)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Insert message</source>
            <translation>插入消息</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Insert &amp;Payment Message</source>
            <translation>插入付款消息(&amp;P)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Insert payment message</source>
            <translation>插入付款消息</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Insert "Paid" Branch</source>
            <translation>插入“已支付”分支</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Insert paid branch</source>
            <translation>插入已支付分支</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Adds a message shown only after the payment above succeeded.</source>
            <translation>添加一条仅在上方支付成功后才显示的消息。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Insert "Skip" Branch</source>
            <translation>插入“跳过”分支</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Insert skip branch</source>
            <translation>插入跳过分支</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Adds a message shown only when the customer chose not to pay above.</source>
            <translation>添加一条仅在客户选择不支付上方款项时才显示的消息。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>D&amp;uplicate Message</source>
            <translation>复制消息(&amp;U)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Delete Message</source>
            <translation>删除消息(&amp;D)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Move Message &amp;Up</source>
            <translation>上移消息(&amp;U)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Move Message Do&amp;wn</source>
            <translation>下移消息(&amp;W)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Pre&amp;view Chat…</source>
            <translation>预览聊天(&amp;V)…</translation>
        </message>
        <message>
            <location line="+68" />
            <location line="+363" />
            <source>Publishing needs the Admin profile (View ▸ Profile).</source>
            <translation>发布需要管理员角色（视图 ▸ 角色）。</translation>
        </message>
        <message>
            <location line="-349" />
            <source>Untitled flow</source>
            <translation>未命名流程</translation>
        </message>
        <message>
            <location line="+55" />
            <source>Duplicate message</source>
            <translation>复制消息</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Delete message</source>
            <translation>删除消息</translation>
        </message>
        <message>
            <location line="+22" />
            <source>No problems found.</source>
            <translation>未发现问题。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Problems: %1 error(s), %2 warning(s), %3 note(s). Click one to go there.</source>
            <translation>问题：%1 个错误，%2 个警告，%3 个提示。点击某项可跳转到对应位置。</translation>
        </message>
        <message>
            <location line="+18" />
            <source>line %1:%2</source>
            <translation>第 %1 行第 %2 列</translation>
        </message>
        <message>
            <location line="+1" />
            <source>%1 (line %2:%3)</source>
            <translation>%1（第 %2 行第 %3 列）</translation>
        </message>
        <message>
            <location line="+46" />
            <source>Unsaved Flow</source>
            <translation>未保存的流程</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The flow "%1" has changes that are not saved. Save them?</source>
            <translation>流程“%1”有未保存的更改。是否保存？</translation>
        </message>
        <message>
            <location line="+15" />
            <location line="+11" />
            <source>Open Flow</source>
            <translation>打开流程</translation>
        </message>
        <message>
            <location line="-9" />
            <source>Flow JSON (*.json);;All files (*)</source>
            <translation>流程 JSON (*.json);;所有文件 (*)</translation>
        </message>
        <message>
            <location line="+17" />
            <source>Opened %1.</source>
            <translation>已打开 %1。</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Save Flow As</source>
            <translation>流程另存为</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Flow JSON (*.json)</source>
            <translation>流程 JSON (*.json)</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Save Flow</source>
            <translation>保存流程</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Saved %1.</source>
            <translation>已保存 %1。</translation>
        </message>
        <message>
            <location line="+18" />
            <source>(none)</source>
            <translation>（无）</translation>
        </message>
        <message>
            <location line="+74" />
            <source>Recover Flow</source>
            <translation>恢复流程</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The flow editor ended without saving changes to %1 (autosaved %2). Recover them?</source>
            <translation>流程编辑器上次关闭时，对 %1 的更改尚未保存（自动保存于 %2）。是否恢复？</translation>
        </message>
        <message>
            <location line="+1" />
            <source>an untitled flow</source>
            <translation>未命名流程</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Recover autosaved changes</source>
            <translation>恢复自动保存的更改</translation>
        </message>
        <message>
            <location line="+18" />
            <location line="+54" />
            <location line="+25" />
            <source>No database is open; connect to one first.</source>
            <translation>未打开数据库；请先连接数据库。</translation>
        </message>
        <message>
            <location line="-75" />
            <source>The flow has %1 error(s); fix them before publishing.</source>
            <translation>流程有 %1 个错误；请修正后再发布。</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The flow has %1 warning(s).</source>
            <translation>流程有 %1 个警告。</translation>
        </message>
        <message>
            <location line="+18" />
            <location line="+7" />
            <location line="+5" />
            <location line="+7" />
            <source>Publish Flow</source>
            <translation>发布流程</translation>
        </message>
        <message>
            <location line="-18" />
            <source>The flow has %1 error(s) and cannot be published. The problems list shows where they are.</source>
            <translation>流程有 %1 个错误，无法发布。问题列表中显示了错误所在位置。</translation>
        </message>
        <message>
            <location line="+7" />
            <source>The flow has %1 warning(s). Publish it anyway?</source>
            <translation>流程有 %1 个警告。仍要发布吗？</translation>
        </message>
        <message>
            <location line="+5" />
            <source>What changed in this version (kept in the history)?</source>
            <translation>此版本有哪些更改（将记录在历史中）？</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Published version %1 to %2.</source>
            <translation>已将版本 %1 发布到 %2。</translation>
        </message>
        <message>
            <location line="+12" />
            <source>%1 has no published chat flow yet.</source>
            <translation>%1 尚未发布聊天流程。</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Loaded the published flow from %1.</source>
            <translation>已从 %1 加载已发布的流程。</translation>
        </message>
        <message>
            <location line="+17" />
            <source>Flow History</source>
            <translation>流程历史</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Open version %1</source>
            <translation>打开版本 %1</translation>
        </message>
    </context>
    <context>
        <name>FlowHistoryDialog</name>
        <message>
            <location filename="../ui/flow/flowhistorydialog.cpp" line="+24" />
            <source>Flow History</source>
            <translation>流程历史</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Version</source>
            <translation>版本</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Published</source>
            <translation>发布时间</translation>
        </message>
        <message>
            <location line="+0" />
            <source>By</source>
            <translation>发布人</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Messages</source>
            <translation>消息数</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Comment</source>
            <translation>说明</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Compare</source>
            <translation>比较</translation>
        </message>
        <message>
            <location line="+2" />
            <source>with</source>
            <translation>与</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Left</source>
            <translation>左侧</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Right</source>
            <translation>右侧</translation>
        </message>
        <message>
            <location line="+19" />
            <source>&amp;Open in Editor</source>
            <translation>在编辑器中打开(&amp;O)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Roll Back to This Version…</source>
            <translation>回滚到此版本(&amp;R)…</translation>
        </message>
        <message>
            <location line="+39" />
            <location line="+7" />
            <source>Roll Back</source>
            <translation>回滚</translation>
        </message>
        <message>
            <location line="-6" />
            <source>Publish version %1 again? The customers will get it at once. Comment for the history:</source>
            <translation>重新发布版本 %1？客户将立即看到该版本。请填写历史说明：</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Rollback to version %1</source>
            <translation>回滚到版本 %1</translation>
        </message>
        <message>
            <location line="+25" />
            <source>[rollback to %1] %2</source>
            <translation>[回滚到 %1] %2</translation>
        </message>
        <message>
            <location line="+20" />
            <source>the editor's text</source>
            <translation>编辑器中的文本</translation>
        </message>
        <message>
            <location line="+2" />
            <source>version %1 (%2)</source>
            <translation>版本 %1（%2）</translation>
        </message>
        <message>
            <location line="+31" />
            <source>%1 changed line(s)</source>
            <translation>%1 行有更改</translation>
        </message>
        <message>
            <location line="+32" />
            <location line="+6" />
            <source>Rolling back publishes a flow: it needs the Admin profile.</source>
            <translation>回滚会发布流程：需要管理员角色。</translation>
        </message>
    </context>
    <context>
        <name>FlowMessageForm</name>
        <message>
            <location filename="../ui/flow/flowmessageform.cpp" line="+54" />
            <source>"service" is a message of the bot; other types are kept as they are.</source>
            <translation>"service" 表示机器人发送的消息；其他类型保持原样。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Type:</source>
            <translation>类型(&amp;T)：</translation>
        </message>
        <message>
            <location line="+4" />
            <source>What the bot says</source>
            <translation>机器人要说的话</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Content:</source>
            <translation>内容(&amp;C)：</translation>
        </message>
        <message>
            <location line="+5" />
            <source> ms</source>
            <translation> 毫秒</translation>
        </message>
        <message>
            <location line="+1" />
            <source>(none)</source>
            <translation>（无）</translation>
        </message>
        <message>
            <location line="+1" />
            <source>How long the page shows "typing…" before the message, in milliseconds.</source>
            <translation>消息出现前页面显示“正在输入…”的时长，单位为毫秒。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Delay:</source>
            <translation>延迟(&amp;D)：</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Wait for the customer to answer</source>
            <translation>等待客户回答(&amp;W)</translation>
        </message>
        <message>
            <location line="+4" />
            <source>e.g. paymentConfirm</source>
            <translation>例如 paymentConfirm</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The answer is stored under this key; later messages can test it in a condition.</source>
            <translation>回答保存在此键下；后续消息可在条件中检测它。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Answer &amp;key:</source>
            <translation>回答键(&amp;K)：</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Show only &amp;when</source>
            <translation>仅在以下情况显示(&amp;W)</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Keys set by the messages above this one.</source>
            <translation>本消息上方各消息所设置的键。</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Answers the messages above can store under the key.</source>
            <translation>上方消息可保存在该键下的回答。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>the answer to:</source>
            <translation>以下键的回答：</translation>
        </message>
        <message>
            <location line="+1" />
            <source>is:</source>
            <translation>等于：</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Buttons</source>
            <translation>按钮(&amp;B)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Text</source>
            <translation>文本</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Value</source>
            <translation>值</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Type</source>
            <translation>类型</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Amount (¥)</source>
            <translation>金额（¥）</translation>
        </message>
        <message>
            <location line="+17" />
            <source>Add</source>
            <translation>添加</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Add a button</source>
            <translation>添加按钮</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Remove</source>
            <translation>移除</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Remove the selected button</source>
            <translation>移除所选按钮</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Up</source>
            <translation>上移</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Move the selected button up</source>
            <translation>上移所选按钮</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Down</source>
            <translation>下移</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Move the selected button down</source>
            <translation>下移所选按钮</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Stored under the answer key when the button is pressed.</source>
            <translation>按下按钮时，此值保存在回答键下。</translation>
        </message>
        <message>
            <location line="+4" />
            <source>"payment" makes a payment button; the others only style the button.</source>
            <translation>"payment" 表示付款按钮；其他类型只影响按钮样式。</translation>
        </message>
        <message>
            <location line="+3" />
            <source>0.40</source>
            <translation>0.40</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The amount in yuan, at most two decimals.</source>
            <translation>金额，单位为元，最多两位小数。</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Te&amp;xt:</source>
            <translation>文本(&amp;X)：</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Value:</source>
            <translation>值(&amp;V)：</translation>
        </message>
        <message>
            <location line="+1" />
            <source>T&amp;ype:</source>
            <translation>类型(&amp;Y)：</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Amount (¥):</source>
            <translation>金额（¥）(&amp;A)：</translation>
        </message>
        <message>
            <location line="+47" />
            <source>Button</source>
            <translation>按钮</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Add button</source>
            <translation>添加按钮</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Remove button</source>
            <translation>移除按钮</translation>
        </message>
        <message>
            <location line="+186" />
            <source>Move button</source>
            <translation>移动按钮</translation>
        </message>
        <message>
            <location line="+11" />
            <source>A payment button needs an amount.</source>
            <translation>付款按钮必须设置金额。</translation>
        </message>
        <message>
            <location line="+12" />
            <source>The amount must be above zero.</source>
            <translation>金额必须大于零。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The amount is above the maximum of %1.</source>
            <translation>金额超过上限 %1。</translation>
        </message>
    </context>
    <context>
        <name>FlowMessageListModel</name>
        <message>
            <location filename="../ui/flow/flowmessagelistmodel.cpp" line="+74" />
            <source>Shown only when "%1" is "%2".</source>
            <translation>仅当“%1”为“%2”时显示。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Stores the answer under "%1".</source>
            <translation>将回答保存在“%1”下。</translation>
        </message>
    </context>
    <context>
        <name>FlowMessageView</name>
        <message>
            <location filename="../models/flow/flowmessage.cpp" line="+144" />
            <source>(no content)</source>
            <translation>（无内容）</translation>
        </message>
    </context>
    <context>
        <name>FlowPlayer</name>
        <message>
            <location filename="../models/flow/flowplayer.cpp" line="+44" />
            <source>Not a message object.</source>
            <translation>不是消息对象。</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Shown only when "%1" is "%2"; it is "%3".</source>
            <translation>仅当“%1”为“%2”时显示；当前为“%3”。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Shown only when "%1" is "%2"; there is no answer for "%1".</source>
            <translation>仅当“%1”为“%2”时显示；“%1”尚无回答。</translation>
        </message>
        <message>
            <location line="+19" />
            <source>No message is waiting for an answer.</source>
            <translation>没有正在等待回答的消息。</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The message has no button %1.</source>
            <translation>该消息没有按钮 %1。</translation>
        </message>
    </context>
    <context>
        <name>FlowPreviewDialog</name>
        <message>
            <location filename="../ui/flow/flowpreviewdialog.cpp" line="+27" />
            <source>Chat Preview</source>
            <translation>聊天预览</translation>
        </message>
        <message>
            <location line="+17" />
            <source>typing…</source>
            <translation>正在输入…</translation>
        </message>
        <message>
            <location line="+14" />
            <source>1× (as customers see it)</source>
            <translation>1×（与客户所见一致）</translation>
        </message>
        <message>
            <location line="+0" />
            <source>10×</source>
            <translation>10×</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Instant</source>
            <translation>即时</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Speed:</source>
            <translation>速度(&amp;S)：</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Show skipped messages</source>
            <translation>显示跳过的消息</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Start &amp;from:</source>
            <translation>起始消息(&amp;F)：</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Answers given in advance</source>
            <translation>预设回答</translation>
        </message>
        <message>
            <location line="+3" />
            <location line="+15" />
            <source>Key</source>
            <translation>键</translation>
        </message>
        <message>
            <location line="-15" />
            <location line="+15" />
            <source>Answer</source>
            <translation>回答</translation>
        </message>
        <message>
            <location line="-11" />
            <source>Add answer</source>
            <translation>添加回答</translation>
        </message>
        <message>
            <location line="+5" />
            <source>&amp;Restart</source>
            <translation>重新开始(&amp;R)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Answers collected</source>
            <translation>已收集的回答</translation>
        </message>
        <message>
            <location line="+87" />
            <source>End of the conversation.</source>
            <translation>对话结束。</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Skipped message %1: %2</source>
            <translation>已跳过消息 %1：%2</translation>
        </message>
        <message>
            <location line="+75" />
            <source>(no text)</source>
            <translation>（无文本）</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Pay in the sandbox (cashier, signed notification)</source>
            <translation>在沙箱中支付（收银台、签名回调通知）</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Payment succeeds (paid)</source>
            <translation>支付成功（paid）</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Customer cancels (payment_cancelled)</source>
            <translation>客户取消（payment_cancelled）</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Payment fails (payment_failed)</source>
            <translation>支付失败（payment_failed）</translation>
        </message>
        <message>
            <location line="+3" />
            <source>A test payment of ¥%1: choose how it ends.</source>
            <translation>测试支付 ¥%1：请选择支付结果。</translation>
        </message>
        <message>
            <location line="+18" />
            <source>This payment button has no valid amount: %1</source>
            <translation>此支付按钮没有有效金额：%1</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Paying ¥%1 in the sandbox: %2</source>
            <translation>正在沙箱中支付 ¥%1：%2</translation>
        </message>
        <message>
            <location line="+31" />
            <source>Left unpaid: the chat keeps waiting for the payment.</source>
            <translation>保持未支付：聊天继续等待支付。</translation>
        </message>
    </context>
    <context>
        <name>FlowRawEditor</name>
        <message>
            <location filename="../ui/flow/flowraweditor.cpp" line="+115" />
            <source>Line %1, column %2: %3 The form shows the last text that could be read; nothing you typed is lost.</source>
            <translation>第 %1 行第 %2 列：%3 表单显示的是最后一次能读取的文本；您输入的内容不会丢失。</translation>
        </message>
    </context>
    <context>
        <name>FlowStore</name>
        <message>
            <location filename="../models/flow/flowstore.cpp" line="+42" />
            <source>Cannot open %1: %2</source>
            <translation>无法打开 %1：%2</translation>
        </message>
        <message>
            <location line="+6" />
            <source>%1 is not UTF-8 text; save it as UTF-8 and open it again.</source>
            <translation>%1 不是 UTF-8 文本；请另存为 UTF-8 后重新打开。</translation>
        </message>
        <message>
            <location line="+9" />
            <location line="+4" />
            <source>Cannot write %1: %2</source>
            <translation>无法写入 %1：%2</translation>
        </message>
        <message>
            <location line="+16" />
            <location line="+60" />
            <source>Reading the published chat flow</source>
            <translation>读取已发布的聊天流程</translation>
        </message>
        <message numerus="yes">
            <location line="-40" />
            <source>The flow has %n error(s) and was not published. First: %1</source>
            <translation>
                <numerusform>流程有 %n 个错误，未发布。第一个错误：%1</numerusform>
            </translation>
        </message>
        <message>
            <location line="+22" />
            <source>The flow is %1 bytes long, but the value column of %2 holds at most %3 bytes. Shorten the flow or widen the column.</source>
            <translation>流程长 %1 字节，但 %2 的 value 列最多只能容纳 %3 字节。请缩短流程或加宽该列。</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Cannot start a transaction: %1</source>
            <translation>无法开始事务：%1</translation>
        </message>
        <message>
            <location line="+16" />
            <location line="+10" />
            <source>Publishing the chat flow</source>
            <translation>发布聊天流程</translation>
        </message>
        <message>
            <location line="+22" />
            <source>Recording the published version</source>
            <translation>记录已发布的版本</translation>
        </message>
        <message>
            <location line="+29" />
            <source>Reading the flow history</source>
            <translation>读取流程历史</translation>
        </message>
        <message>
            <location line="+28" />
            <source>Reading a flow version</source>
            <translation>读取流程版本</translation>
        </message>
        <message>
            <location line="+2" />
            <source>There is no published version %1.</source>
            <translation>不存在已发布的版本 %1。</translation>
        </message>
        <message>
            <location line="+21" />
            <source>Rollback to version %1</source>
            <translation>回滚到版本 %1</translation>
        </message>
    </context>
    <context>
        <name>FlowTemplates</name>
        <message>
            <location filename="../models/flow/flowmessage.cpp" line="+13" />
            <source>To confirm your interest, please pay a deposit of ¥0.40 (deducted from later fees).</source>
            <translation>为了确认您的诚意，请先支付 ¥0.40 诚意金（可抵扣后续费用）。</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Pay now ¥0.40</source>
            <translation>立即支付 ¥0.40</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Not now</source>
            <translation>暂不支付</translation>
        </message>
        <message>
            <location line="+23" />
            <source>✓ Payment received. Thank you for your trust; we will take good care of you.</source>
            <translation>✓ 支付成功。感谢您的信任，我们将用心为您服务。</translation>
        </message>
        <message>
            <location line="+6" />
            <source>No problem. You can pay the deposit any time later.</source>
            <translation>没关系，您之后可以随时支付诚意金。</translation>
        </message>
        <message>
            <location line="+7" />
            <source>New message</source>
            <translation>新消息</translation>
        </message>
    </context>
    <context>
        <name>FlowValidator</name>
        <message>
            <location filename="../models/flow/flowvalidator.cpp" line="-412" />
            <source>A flow must be a JSON array of messages ([ … ]), but this is a %1.</source>
            <translation>对话流程必须是由消息组成的 JSON 数组（[ … ]），但这是一个 %1。</translation>
        </message>
        <message>
            <location line="+36" />
            <source>"%1" must be a %2, not a %3.</source>
            <translation>"%1" 必须是 %2，而不是 %3。</translation>
        </message>
        <message>
            <location line="+13" />
            <source>"%1" appears twice in this object; only the last one counts.</source>
            <translation>"%1" 在此对象中出现了两次；只有最后一个生效。</translation>
        </message>
        <message>
            <location line="+8" />
            <source>"%1" is not a field of the flow format and is kept as it is; did you mean "%2"?</source>
            <translation>"%1" 不是对话流程格式中的字段，将原样保留；您是否想输入 "%2"？</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Message %1 must be a JSON object ({ … }), not a %2.</source>
            <translation>消息 %1 必须是 JSON 对象（{ … }），而不是 %2。</translation>
        </message>
        <message>
            <location line="+17" />
            <source>The message has no content; the customer would see an empty bubble.</source>
            <translation>该消息没有内容；客户将看到一个空白气泡。</translation>
        </message>
        <message>
            <location line="+9" />
            <source>The delay %1 is negative; use 0 or more milliseconds.</source>
            <translation>延迟 %1 为负数；请使用 0 或更大的毫秒数。</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The delay %1 ms is longer than %2 s; the delay is in milliseconds, and customers rarely wait that long.</source>
            <translation>延迟 %1 毫秒超过 %2 秒；延迟以毫秒为单位，客户很少会等待这么久。</translation>
        </message>
        <message>
            <location line="+19" />
            <source>A button must be an object with text and value, not a %1.</source>
            <translation>按钮必须是包含 text 和 value 的对象，而不是 %1。</translation>
        </message>
        <message>
            <location line="+10" />
            <source>The button has no text; the customer would see an empty button.</source>
            <translation>该按钮没有文字；客户将看到一个空白按钮。</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Button %1 has the same value "%2" as button %3; later messages could not tell them apart.</source>
            <translation>按钮 %1 与按钮 %3 的值同为 "%2"；后续消息将无法区分它们。</translation>
        </message>
        <message>
            <location line="+25" />
            <source>A message with a payment button must have "waitForResponse": true, or the flow moves on before the customer pays.</source>
            <translation>含有付款按钮的消息必须设置 "waitForResponse": true，否则流程会在客户付款前继续。</translation>
        </message>
        <message>
            <location line="+5" />
            <source>A message with a payment button needs a "responseKey" to store the payment result ("paid", "payment_failed" or "payment_cancelled") under.</source>
            <translation>含有付款按钮的消息需要一个 "responseKey"，用于存储支付结果（"paid"、"payment_failed" 或 "payment_cancelled"）。</translation>
        </message>
        <message>
            <location line="+6" />
            <source>The message waits for a response but has no buttons to answer with; the conversation would stop here.</source>
            <translation>该消息等待回复，但没有可供回答的按钮；对话将在此中断。</translation>
        </message>
        <message>
            <location line="+6" />
            <source>The message has a responseKey or buttons but does not wait for a response ("waitForResponse": true), so no answer is stored.</source>
            <translation>该消息设置了 responseKey 或 buttons，但不等待回复（"waitForResponse": true），因此不会存储任何回答。</translation>
        </message>
        <message>
            <location line="+17" />
            <source>A condition needs both a "key" and a "value".</source>
            <translation>条件需要同时包含 "key" 和 "value"。</translation>
        </message>
        <message>
            <location line="+15" />
            <source>Message %1 already stores its answer under "%2"; this answer replaces it.</source>
            <translation>消息 %1 已将其回答存储在 "%2" 下；此回答将替换它。</translation>
        </message>
        <message>
            <location line="+20" />
            <source>No earlier message stores an answer under "%1", so this message is never shown.</source>
            <translation>没有更早的消息在 "%1" 下存储回答，因此该消息永远不会显示。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>No earlier message stores an answer under "%1", so this message is never shown; did you mean "%2"?</source>
            <translation>没有更早的消息在 "%1" 下存储回答，因此该消息永远不会显示；您是否想输入 "%2"？</translation>
        </message>
        <message>
            <location line="+11" />
            <source>No earlier message can store "%1" under "%2" (possible answers: %3), so this message is never shown.</source>
            <translation>没有更早的消息能在 "%2" 下存储 "%1"（可能的回答：%3），因此该消息永远不会显示。</translation>
        </message>
        <message>
            <location line="+11" />
            <source>This message is never shown: whenever the conversation gets here, "%1" cannot be "%2" (the messages that store it are skipped or replace it first).</source>
            <translation>该消息永远不会显示：每当对话进行到这里，"%1" 都不可能是 "%2"（存储它的消息会被跳过，或先将其替换）。</translation>
        </message>
        <message>
            <location line="+37" />
            <source>The payment button has no "amount"; add the amount in yuan, such as 0.40.</source>
            <translation>付款按钮没有 "amount"；请添加以元为单位的金额，例如 0.40。</translation>
        </message>
        <message>
            <location line="+5" />
            <source>The amount is the text "%1"; write it as a number without quotes, such as 0.40.</source>
            <translation>金额是文本 "%1"；请写成不带引号的数字，例如 0.40。</translation>
        </message>
        <message>
            <location line="+6" />
            <source>The amount must be a number of yuan such as 0.40, not a %1.</source>
            <translation>金额必须是以元为单位的数字（例如 0.40），而不是 %1。</translation>
        </message>
        <message>
            <location line="+6" />
            <location line="+20" />
            <source>The amount %1 is not above zero; a payment needs at least 0.01 yuan.</source>
            <translation>金额 %1 不大于零；支付金额至少为 0.01 元。</translation>
        </message>
        <message>
            <location line="-12" />
            <source>The amount %1 has more than two decimals; fen (0.01) is the smallest unit.</source>
            <translation>金额 %1 超过两位小数；最小单位是分（0.01）。</translation>
        </message>
        <message>
            <location line="+3" />
            <location line="+12" />
            <source>The amount %1 is above the maximum of %2 yuan.</source>
            <translation>金额 %1 超过上限 %2 元。</translation>
        </message>
        <message>
            <location line="-9" />
            <source>The amount %1 cannot be used: %2</source>
            <translation>金额 %1 不可用：%2</translation>
        </message>
    </context>
    <context>
        <name>GuiApplication</name>
        <message>
            <location filename="../ui/main/guiapplication.cpp" line="+26" />
            <source>Embedded Database</source>
            <translation>内置数据库</translation>
        </message>
        <message>
            <location line="+1" />
            <source>mcpay-admin opens its embedded database instead.</source>
            <translation>mcpay-admin 将改为打开其内置数据库。</translation>
        </message>
    </context>
    <context>
        <name>JsonParser</name>
        <message>
            <location filename="../models/flow/flowjson.cpp" line="+301" />
            <source>The text is empty; a flow is a JSON array such as [].</source>
            <translation>文本为空；流程是一个 JSON 数组，例如 []。</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Unexpected text after the end of the JSON value.</source>
            <translation>JSON 值结束后还有多余的文本。</translation>
        </message>
        <message>
            <location line="+44" />
            <source>the end of the text</source>
            <translation>文本末尾</translation>
        </message>
        <message>
            <location line="+3" />
            <source>a control character</source>
            <translation>控制字符</translation>
        </message>
        <message>
            <location line="+7" />
            <source>The JSON is nested too deeply.</source>
            <translation>JSON 嵌套层级过深。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Expected a value but the text ends here.</source>
            <translation>此处应为一个值，但文本已结束。</translation>
        </message>
        <message>
            <location line="+16" />
            <source>Strings must use double quotes ("), not single quotes.</source>
            <translation>字符串必须使用双引号（"），而不是单引号。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Expected a value (object, array, string, number, true, false or null) but found %1.</source>
            <translation>此处应为一个值（对象、数组、字符串、数字、true、false 或 null），但遇到了 %1。</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Unknown word; expected true, false, null, a number or a quoted string.</source>
            <translation>未知的单词；应为 true、false、null、数字或带引号的字符串。</translation>
        </message>
        <message>
            <location line="+19" />
            <source>Expected a digit in the number.</source>
            <translation>数字格式有误：此处应为 0-9 的数字。</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Numbers must not start with 0 (write 7, not 07).</source>
            <translation>数字不能以 0 开头（应写 7，而不是 07）。</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Expected a digit after the decimal point.</source>
            <translation>小数点后应为数字。</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Expected a digit in the exponent.</source>
            <translation>指数部分应为数字。</translation>
        </message>
        <message>
            <location line="+27" />
            <source>This string has no closing double quote.</source>
            <translation>此字符串缺少结尾的双引号。</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Line break inside a string; write \n instead.</source>
            <translation>字符串内有换行；请改写为 \n。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Control character inside a string; escape it.</source>
            <translation>字符串内有控制字符；请对其转义。</translation>
        </message>
        <message>
            <location line="+25" />
            <source>Expected four hexadecimal digits after \u.</source>
            <translation>\u 之后应为四位十六进制数字。</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Unknown escape sequence in a string.</source>
            <translation>字符串中有未知的转义序列。</translation>
        </message>
        <message>
            <location line="+23" />
            <source>Trailing comma before ']'; remove the comma.</source>
            <translation>']' 前有多余的逗号；请删除该逗号。</translation>
        </message>
        <message>
            <location line="+7" />
            <source>The array is not closed; expected ',' or ']'.</source>
            <translation>数组未闭合；应为 ',' 或 ']'。</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Expected ',' or ']' after an array item but found %1.</source>
            <translation>数组元素后应为 ',' 或 ']'，但遇到了 %1。</translation>
        </message>
        <message>
            <location line="+16" />
            <source>The object is not closed; expected a key or '}'.</source>
            <translation>对象未闭合；应为键或 '}'。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Trailing comma before '}'; remove the comma.</source>
            <translation>'}' 前有多余的逗号；请删除该逗号。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Expected a key in double quotes but found %1.</source>
            <translation>此处应为带双引号的键，但遇到了 %1。</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Expected ':' after the key "%1".</source>
            <translation>键 "%1" 后应为 ':'。</translation>
        </message>
        <message>
            <location line="+8" />
            <source>The object is not closed; expected ',' or '}'.</source>
            <translation>对象未闭合；应为 ',' 或 '}'。</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Expected ',' or '}' after a member but found %1.</source>
            <translation>成员后应为 ',' 或 '}'，但遇到了 %1。</translation>
        </message>
    </context>
    <context>
        <name>LikeadminClient</name>
        <message>
            <location filename="../app/channels/likeadminclient.cpp" line="+31" />
            <source>The likeadmin server address is not a valid URL.</source>
            <translation>likeadmin 服务器地址不是有效的 URL。</translation>
        </message>
        <message>
            <location line="+23" />
            <source>likeadmin %1</source>
            <translation>likeadmin %1</translation>
        </message>
        <message>
            <location line="+5" />
            <source>%1: no answer within %2 s.</source>
            <translation>%1：%2 秒内无应答。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>%1: network error: %2.</source>
            <translation>%1：网络错误：%2。</translation>
        </message>
        <message>
            <location line="+3" />
            <source>%1: the server answered HTTP %2 (likeadmin answers 200 with an envelope; check the address).</source>
            <translation>%1：服务器返回了 HTTP %2（likeadmin 正常时返回 HTTP 200 和统一的响应结构；请检查地址）。</translation>
        </message>
        <message>
            <location line="+6" />
            <source>%1: the answer is not a likeadmin envelope {code, show, msg, data}.</source>
            <translation>%1：应答不是 likeadmin 响应结构 {code, show, msg, data}。</translation>
        </message>
        <message>
            <location line="+5" />
            <source>%1: the user token is invalid or has expired (%2). Log in to the front end again and use the new token.</source>
            <translation>%1：用户令牌无效或已过期（%2）。请重新登录前端并使用新的令牌。</translation>
        </message>
        <message>
            <location line="+5" />
            <source>%1: the server refused: %2</source>
            <translation>%1：服务器拒绝：%2</translation>
        </message>
        <message>
            <location line="+0" />
            <source>(no message)</source>
            <translation>（无消息）</translation>
        </message>
        <message>
            <location line="+4" />
            <source>%1: the answer has no data.</source>
            <translation>%1：应答中没有 data。</translation>
        </message>
        <message>
            <location line="+15" />
            <source>createMarketingChatOrder: the answer's %1 is missing or not valid.</source>
            <translation>createMarketingChatOrder：应答中的 %1 缺失或无效。</translation>
        </message>
        <message>
            <location line="+33" />
            <source>unifiedpay: the answer's data is not valid JSON.</source>
            <translation>unifiedpay：应答中的 data 不是有效的 JSON。</translation>
        </message>
    </context>
    <context>
        <name>LikeadminJson</name>
        <message>
            <location filename="../app/channels/likeadminjson.cpp" line="+116" />
            <source>The amount is not valid JSON text.</source>
            <translation>金额不是有效的 JSON 文本。</translation>
        </message>
        <message>
            <location line="+5" />
            <source>The amount must be a number such as 0.40.</source>
            <translation>金额必须是数字，例如 0.40。</translation>
        </message>
    </context>
    <context>
        <name>LikeadminPayConfig</name>
        <message>
            <location filename="../app/channels/channelconfig.cpp" line="+113" />
            <source>This database has no %1 table: it is not a likeadmin deployment.</source>
            <translation>此数据库没有 %1 表：它不是 likeadmin 部署的数据库。</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <location filename="../ui/main/mainwindow.cpp" line="+40" />
            <source>mcpay-admin — Marketing Chat Payments</source>
            <translation>mcpay-admin — 营销聊天支付</translation>
        </message>
        <message>
            <location line="+7" />
            <location line="+61" />
            <source>&amp;Orders</source>
            <translation>订单(&amp;O)</translation>
        </message>
        <message>
            <location line="-51" />
            <location line="+2" />
            <source>Dialogue &amp;Flow</source>
            <translation>对话流程(&amp;F)</translation>
        </message>
        <message>
            <location line="+6" />
            <source>&amp;Notifications</source>
            <translation>回调通知(&amp;N)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Test &amp;Payments</source>
            <translation>测试支付(&amp;P)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Server C&amp;heck</source>
            <translation>服务器检查(&amp;H)</translation>
        </message>
        <message>
            <location line="+7" />
            <source>&amp;Reports</source>
            <translation>报表(&amp;R)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Re&amp;conciliation</source>
            <translation>对账(&amp;C)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Audit Log</source>
            <translation>审计日志(&amp;A)</translation>
        </message>
        <message>
            <location line="+28" />
            <source>F&amp;low</source>
            <translation>流程(&amp;L)</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Payment &amp;Channels…</source>
            <translation>支付渠道(&amp;C)…</translation>
        </message>
        <message>
            <location line="+9" />
            <source>&amp;Sandbox</source>
            <translation>沙箱(&amp;S)</translation>
        </message>
        <message>
            <location line="+17" />
            <source>&amp;File</source>
            <translation>文件(&amp;F)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Connect to Database…</source>
            <translation>连接数据库(&amp;C)…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Ctrl+Shift+O</source>
            <translation>Ctrl+Shift+O</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Open the &amp;Embedded Database</source>
            <translation>打开内置数据库(&amp;E)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Recent Databases</source>
            <translation>最近的数据库(&amp;R)</translation>
        </message>
        <message>
            <location line="+9" />
            <source>&amp;Quit</source>
            <translation>退出(&amp;Q)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Edit</source>
            <translation>编辑(&amp;E)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;View</source>
            <translation>视图(&amp;V)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Language</source>
            <translation>语言(&amp;L)</translation>
        </message>
        <message>
            <location line="+10" />
            <source>&amp;Tools</source>
            <translation>工具(&amp;T)</translation>
        </message>
        <message>
            <location line="+4" />
            <source>&amp;Profile</source>
            <translation>角色(&amp;P)</translation>
        </message>
        <message>
            <location line="+10" />
            <source>&amp;Help</source>
            <translation>帮助(&amp;H)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;About mcpay-admin</source>
            <translation>关于 mcpay-admin(&amp;A)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>About mcpay-admin</source>
            <translation>关于 mcpay-admin</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&lt;h3&gt;mcpay-admin %1&lt;/h3&gt;&lt;p&gt;Back-office for marketing-chat payment funnels: dialogue flows, orders, WeChat Pay and Alipay notifications.&lt;/p&gt;&lt;p&gt;Licensed under the GNU General Public License, version 3 or later.&lt;/p&gt;</source>
            <translation>&lt;h3&gt;mcpay-admin %1&lt;/h3&gt;&lt;p&gt;营销聊天支付漏斗的后台管理工具：对话流程、订单、微信支付与支付宝回调通知。&lt;/p&gt;&lt;p&gt;依据 GNU 通用公共许可证（GPL）第 3 版或更高版本授权。&lt;/p&gt;</translation>
        </message>
        <message>
            <location line="+5" />
            <source>About &amp;Qt</source>
            <translation>关于 Qt(&amp;Q)</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Database: %1</source>
            <translation>数据库：%1</translation>
        </message>
        <message>
            <location line="+0" />
            <source>No database</source>
            <translation>未打开数据库</translation>
        </message>
        <message>
            <location line="+11" />
            <location line="+20" />
            <source>Cannot Open the Database</source>
            <translation>无法打开数据库</translation>
        </message>
        <message>
            <location line="-11" />
            <source>Database Password</source>
            <translation>数据库密码</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Password for %1:</source>
            <translation>%1 的密码：</translation>
        </message>
        <message>
            <location line="+11" />
            <source>%1

The previous database stays open.</source>
            <translation>%1

原数据库仍保持打开。</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Duplicated Order Numbers</source>
            <translation>订单号重复</translation>
        </message>
        <message>
            <location line="+17" />
            <source>Password Not Saved</source>
            <translation>密码未保存</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The password is saved in the system keychain.</source>
            <translation>密码已保存到系统钥匙串。</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Language</source>
            <translation>语言</translation>
        </message>
        <message>
            <location line="+0" />
            <source>The new language is used from the next start. Restart mcpay-admin now?</source>
            <translation>新语言将在下次启动时生效。是否立即重启 mcpay-admin？</translation>
        </message>
    </context>
    <context>
        <name>Money</name>
        <message>
            <location filename="../models/orders/money.cpp" line="+8" />
            <source>The amount is empty. Enter an amount in yuan such as 0.40.</source>
            <translation>金额为空。请输入以元为单位的金额，例如 0.40。</translation>
        </message>
        <message>
            <location line="+15" />
            <source>The amount "%1" has more than two decimals; fen is the smallest unit.</source>
            <translation>金额 "%1" 超过两位小数；最小单位是分。</translation>
        </message>
        <message>
            <location line="+8" />
            <location line="+43" />
            <source>The amount "%1" is above the maximum of 100000000.00 yuan.</source>
            <translation>金额 "%1" 超过上限 100000000.00 元。</translation>
        </message>
        <message>
            <location line="-35" />
            <source>The amount "%1" has more than one decimal point.</source>
            <translation>金额 "%1" 含有多个小数点。</translation>
        </message>
        <message>
            <location line="+6" />
            <source>The amount "%1" has a sign; enter a plain amount such as 0.40.</source>
            <translation>金额 "%1" 带有正负号；请输入不带符号的金额，例如 0.40。</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The amount "%1" uses an exponent; write it out in full, such as 1200.00.</source>
            <translation>金额 "%1" 使用了科学计数法；请完整写出，例如 1200.00。</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The amount "%1" contains white space; remove it.</source>
            <translation>金额 "%1" 含有空白字符；请将其删除。</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The amount "%1" contains full-width or non-ASCII digits; use 0-9.</source>
            <translation>金额 "%1" 含有全角或非 ASCII 数字；请使用 0-9。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The amount "%1" is not a number; enter an amount in yuan such as 0.40.</source>
            <translation>金额 "%1" 不是数字；请输入以元为单位的金额，例如 0.40。</translation>
        </message>
        <message>
            <location line="+5" />
            <source>The amount "%1" has no digits; enter an amount in yuan such as 0.40.</source>
            <translation>金额 "%1" 不含数字；请输入以元为单位的金额，例如 0.40。</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The amount "%1" ends with a decimal point; write 12 or 12.00.</source>
            <translation>金额 "%1" 以小数点结尾；请写成 12 或 12.00。</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The amount "%1" has no digit before the decimal point; write 0%1.</source>
            <translation>金额 "%1" 的小数点前没有数字；请写成 0%1。</translation>
        </message>
    </context>
    <context>
        <name>NotificationLogPage</name>
        <message>
            <location filename="../ui/payments/notificationlogpage.cpp" line="+31" />
            <source>Start listener</source>
            <translation>启动监听服务</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Stop listener</source>
            <translation>停止监听服务</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Reload log</source>
            <translation>重新加载日志</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Any free port</source>
            <translation>任意空闲端口</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The listener accepts connections on 127.0.0.1 only; put a reverse proxy in front of it.</source>
            <translation>监听服务仅在 127.0.0.1 上接受连接；请在其前面部署反向代理。</translation>
        </message>
        <message>
            <location line="+24" />
            <source>Port:</source>
            <translation>端口：</translation>
        </message>
        <message numerus="yes">
            <location line="+40" />
            <source>%n open alert(s) for finance</source>
            <translation>
                <numerusform>%n 条待财务处理的告警</numerusform>
            </translation>
        </message>
        <message>
            <location line="+35" />
            <location line="+119" />
            <source>Listening on 127.0.0.1:%1 for the SANDBOX channels.</source>
            <translation>正在 127.0.0.1:%1 上监听沙箱渠道。</translation>
        </message>
        <message>
            <location line="-98" />
            <source>Use the Sandbox Channels?</source>
            <translation>使用沙箱渠道？</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The embedded listener is running on the production channels, so it refuses sandbox notifications. Switch it to the sandbox channels?

Real notifications are refused while it is (the channels retry them later). Tools ▸ Sandbox ▸ Use Sandbox Channels switches back.</source>
            <translation>内置监听服务正在使用生产渠道，因此会拒绝沙箱回调通知。要切换到沙箱渠道吗？

切换期间真实的回调通知会被拒绝（渠道稍后会重试）。通过 工具 ▸ 沙箱 ▸ 使用沙箱渠道 可切换回来。</translation>
        </message>
        <message>
            <location line="+22" />
            <source>Reading the sandbox identity…</source>
            <translation>正在读取沙箱身份…</translation>
        </message>
        <message>
            <location line="+9" />
            <source>There is no sandbox identity yet: create one with Tools ▸ Sandbox ▸ Create Sandbox Identity.</source>
            <translation>尚无沙箱身份：请通过 工具 ▸ 沙箱 ▸ 创建沙箱身份 创建。</translation>
        </message>
        <message>
            <location line="+19" />
            <source>Reading the channel keys…</source>
            <translation>正在读取渠道密钥…</translation>
        </message>
        <message>
            <location line="+54" />
            <source>WeChat Pay</source>
            <translation>微信支付</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Alipay</source>
            <translation>支付宝</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Listening on 127.0.0.1:%1, but no channel is configured: notifications get 503.</source>
            <translation>正在监听 127.0.0.1:%1，但未配置任何渠道：回调通知将返回 503。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Listening on 127.0.0.1:%1 for %2.</source>
            <translation>正在 127.0.0.1:%1 上监听 %2 的回调通知。</translation>
        </message>
        <message>
            <location line="+14" />
            <source>The listener is stopped.</source>
            <translation>监听服务已停止。</translation>
        </message>
    </context>
    <context>
        <name>NotifyConfigFile</name>
        <message>
            <location filename="../app/listener/notifyconfigfile.cpp" line="+21" />
            <source>%1 is empty; give the path of the PEM file.</source>
            <translation>%1 为空；请填写 PEM 文件的路径。</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Cannot read %1 (%2): %3.</source>
            <translation>无法读取 %1（%2）：%3。</translation>
        </message>
        <message>
            <location line="+13" />
            <source>No %1: set %1_file to a key file or export %2.</source>
            <translation>缺少 %1：请将 %1_file 设为密钥文件，或导出环境变量 %2。</translation>
        </message>
        <message>
            <location line="+9" />
            <source>The key file %1 does not exist.</source>
            <translation>密钥文件 %1 不存在。</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The key file %1 is accessible to other users; run: chmod 600 %1</source>
            <translation>密钥文件 %1 可被其他用户访问；请运行：chmod 600 %1</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Cannot read the key file %1: %2.</source>
            <translation>无法读取密钥文件 %1：%2。</translation>
        </message>
        <message>
            <location line="+8" />
            <source>--listen needs HOST:PORT, such as 127.0.0.1:8787 (got "%1").</source>
            <translation>--listen 需要 HOST:PORT 格式，例如 127.0.0.1:8787（收到的是“%1”）。</translation>
        </message>
        <message>
            <location line="+8" />
            <source>--listen needs an IP address and a port 0-65535, such as 127.0.0.1:8787 (got "%1").</source>
            <translation>--listen 需要 IP 地址和 0-65535 之间的端口，例如 127.0.0.1:8787（收到的是“%1”）。</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Cannot read the configuration file %1: %2.</source>
            <translation>无法读取配置文件 %1：%2。</translation>
        </message>
        <message>
            <location line="+4" />
            <source>%1 is not a JSON object: %2 at offset %3.</source>
            <translation>%1 不是 JSON 对象：%2（偏移量 %3）。</translation>
        </message>
        <message>
            <location line="+13" />
            <source>wechat.mchid is missing in %1.</source>
            <translation>%1 中缺少 wechat.mchid。</translation>
        </message>
        <message>
            <location line="+7" />
            <source>The WeChat Pay APIv3 key must be 32 characters (it has %1); copy it again from the merchant platform.</source>
            <translation>微信支付 APIv3 密钥必须为 32 个字符（当前为 %1 个）；请从商户平台重新复制。</translation>
        </message>
        <message>
            <location line="+11" />
            <location line="+16" />
            <location line="+29" />
            <source>%1: %2</source>
            <translation>%1：%2</translation>
        </message>
        <message>
            <location line="-38" />
            <source>wechat.platform_public_keys[].id must be the PUB_KEY_ID_… shown on the merchant platform (got "%1").</source>
            <translation>wechat.platform_public_keys[].id 必须是商户平台上显示的 PUB_KEY_ID_…（当前为 "%1"）。</translation>
        </message>
        <message>
            <location line="+13" />
            <source>WeChat Pay needs wechat.platform_certificates or wechat.platform_public_keys in %1.</source>
            <translation>微信支付需要在 %1 中配置 wechat.platform_certificates 或 wechat.platform_public_keys。</translation>
        </message>
        <message>
            <location line="+18" />
            <source>alipay.app_id is missing in %1.</source>
            <translation>%1 中缺少 alipay.app_id。</translation>
        </message>
        <message>
            <location line="+12" />
            <source>%1 configures neither "wechat" nor "alipay"; see docs/serve.md.</source>
            <translation>%1 既未配置 "wechat" 也未配置 "alipay"；请参阅 docs/serve.md。</translation>
        </message>
        <message>
            <location line="+18" />
            <source>The WeChat Pay platform certificate: %1</source>
            <translation>微信支付平台证书：%1</translation>
        </message>
        <message>
            <location line="+5" />
            <source>The WeChat Pay platform public key: %1</source>
            <translation>微信支付平台公钥：%1</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Enter the WeChat Pay public key id (PUB_KEY_ID_…) that goes with the platform key.</source>
            <translation>请填写与平台公钥对应的微信支付公钥 ID（PUB_KEY_ID_…）。</translation>
        </message>
        <message>
            <location line="+10" />
            <source>The Alipay public key: %1</source>
            <translation>支付宝公钥：%1</translation>
        </message>
    </context>
    <context>
        <name>NotifyListener</name>
        <message>
            <location filename="../app/listener/notifylistener.cpp" line="+41" />
            <source>Cannot listen on %1:%2: %3. Choose another port or stop the program that uses it.</source>
            <translation>无法在 %1:%2 上监听：%3。请选择其他端口，或停止占用该端口的程序。</translation>
        </message>
        <message>
            <location line="+103" />
            <source>The listener is already running on port %1.</source>
            <translation>监听服务已在端口 %1 上运行。</translation>
        </message>
    </context>
    <context>
        <name>NotifyLogModel</name>
        <message>
            <location filename="../ui/payments/notifylogmodel.cpp" line="+34" />
            <source>Yes</source>
            <translation>是</translation>
        </message>
        <message>
            <location line="+1" />
            <source>%1 ms</source>
            <translation>%1 毫秒</translation>
        </message>
        <message>
            <location line="+26" />
            <source>Time</source>
            <translation>时间</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Channel</source>
            <translation>渠道</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Route</source>
            <translation>路由</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Verdict</source>
            <translation>判定结果</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Order</source>
            <translation>订单</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Amount</source>
            <translation>金额</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Marked paid</source>
            <translation>已标记支付</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Latency</source>
            <translation>耗时</translation>
        </message>
        <message>
            <location line="+1" />
            <source>HTTP</source>
            <translation>HTTP</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Details</source>
            <translation>详情</translation>
        </message>
    </context>
    <context>
        <name>NotifyProcessor</name>
        <message>
            <location filename="../app/listener/notifyprocessor.cpp" line="+92" />
            <source>The order %1 could not be marked paid.</source>
            <translation>订单 %1 无法标记为已支付。</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The order was already paid by transaction %1; this is a second payment (%2).</source>
            <translation>该订单已通过交易流水号 %1 支付；这是第二笔支付（%2）。</translation>
        </message>
        <message>
            <location line="+106" />
            <source>Content-Type %1 is not accepted here (application/json expected).</source>
            <translation>此处不接受 Content-Type %1（应为 application/json）。</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Content-Type %1 is not accepted here (application/x-www-form-urlencoded expected).</source>
            <translation>此处不接受 Content-Type %1（应为 application/x-www-form-urlencoded）。</translation>
        </message>
        <message>
            <location line="+49" />
            <source>The body is larger than the limit; it was not read.</source>
            <translation>请求体超过大小限制，未读取。</translation>
        </message>
        <message>
            <location line="+19" />
            <source>WeChat Pay is not configured (mchid, APIv3 key, platform key).</source>
            <translation>微信支付未配置（mchid、APIv3 密钥、平台密钥）。</translation>
        </message>
        <message>
            <location line="+18" />
            <source>The refund is for merchant %1, not %2.</source>
            <translation>该退款属于商户 %1，而非 %2。</translation>
        </message>
        <message>
            <location line="+18" />
            <source>The payment is for merchant %1, not %2.</source>
            <translation>该支付属于商户 %1，而非 %2。</translation>
        </message>
        <message>
            <location line="+5" />
            <source>The payment is for appid %1, which is not configured.</source>
            <translation>该支付对应的 appid %1 未配置。</translation>
        </message>
        <message>
            <location line="+5" />
            <source>trade_state is %1; the order is left unpaid.</source>
            <translation>trade_state 为 %1；订单保持未支付。</translation>
        </message>
        <message>
            <location line="+10" />
            <source>WeChat Pay v2 is not configured (mchid, API key).</source>
            <translation>微信支付 v2 未配置（mchid、API 密钥）。</translation>
        </message>
        <message>
            <location line="+18" />
            <source>The payment is for another merchant or appid.</source>
            <translation>该支付属于其他商户或 appid。</translation>
        </message>
        <message>
            <location line="+5" />
            <source>result_code is %1.</source>
            <translation>result_code 为 %1。</translation>
        </message>
        <message>
            <location line="+5" />
            <source>total_fee, out_trade_no or transaction_id is missing.</source>
            <translation>缺少 total_fee、out_trade_no 或 transaction_id。</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Alipay is not configured (app_id, Alipay public key).</source>
            <translation>支付宝未配置（app_id、支付宝公钥）。</translation>
        </message>
        <message>
            <location line="+17" />
            <source>The notification is for app_id %1 / seller_id %2, not ours.</source>
            <translation>该通知属于 app_id %1 / seller_id %2，不是本商户的。</translation>
        </message>
        <message>
            <location line="+14" />
            <source>trade_status is %1; the order is left unpaid.</source>
            <translation>trade_status 为 %1；订单保持未支付。</translation>
        </message>
        <message>
            <location line="+41" />
            <source>No order has the sn %1.</source>
            <translation>不存在订单号为 %1 的订单。</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Notified amount %1 differs from the order amount %2; the order is not marked paid.</source>
            <translation>通知金额 %1 与订单金额 %2 不一致；订单未标记为已支付。</translation>
        </message>
    </context>
    <context>
        <name>NotifyVerdict</name>
        <message>
            <location filename="../app/listener/notifyrecord.cpp" line="+18" />
            <source>Paid</source>
            <translation>已支付</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Duplicate</source>
            <translation>重复</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Not a payment</source>
            <translation>非支付通知</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Refund</source>
            <translation>退款</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Signature probe</source>
            <translation>签名探测</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Bad signature</source>
            <translation>验签失败</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Unknown key serial</source>
            <translation>未知密钥序列号</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Stale timestamp</source>
            <translation>时间戳过期</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Malformed</source>
            <translation>格式错误</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Decryption failed</source>
            <translation>解密失败</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Unsupported algorithm</source>
            <translation>不支持的算法</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Wrong merchant</source>
            <translation>商户不匹配</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Unknown order</source>
            <translation>未知订单</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Amount mismatch</source>
            <translation>金额不符</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Channel not configured</source>
            <translation>渠道未配置</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Wrong content type</source>
            <translation>内容类型错误</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Too large</source>
            <translation>请求体过大</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Database error</source>
            <translation>数据库错误</translation>
        </message>
    </context>
    <context>
        <name>OrderColumn</name>
        <message>
            <location filename="../models/orders/orderfilter.cpp" line="+35" />
            <source>ID</source>
            <translation>ID</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Order No.</source>
            <translation>订单号</translation>
        </message>
        <message>
            <location line="+1" />
            <source>User ID</source>
            <translation>用户 ID</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Amount (¥)</source>
            <translation>金额（¥）</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Pay Way</source>
            <translation>支付方式</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Status</source>
            <translation>状态</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Paid At</source>
            <translation>支付时间</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Transaction ID</source>
            <translation>交易流水号</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Remark</source>
            <translation>备注</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Created At</source>
            <translation>创建时间</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Updated At</source>
            <translation>更新时间</translation>
        </message>
    </context>
    <context>
        <name>OrderDetailPane</name>
        <message>
            <location filename="../ui/orders/orderdetailpane.cpp" line="+108" />
            <source>Select an order to see all of its fields.</source>
            <translation>选择一个订单以查看其全部字段。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>%1:</source>
            <translation>%1：</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Deleted At:</source>
            <translation>删除时间：</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Copy Order No.</source>
            <translation>复制订单号</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Copy the order number to the clipboard</source>
            <translation>将订单号复制到剪贴板</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Order %1</source>
            <translation>订单 %1</translation>
        </message>
        <message>
            <location line="+5" />
            <location line="+2" />
            <source>%1 (%2)</source>
            <translation>%1（%2）</translation>
        </message>
        <message>
            <location line="+2" />
            <source>(none)</source>
            <translation>（无）</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Not deleted</source>
            <translation>未删除</translation>
        </message>
    </context>
    <context>
        <name>OrderExporter</name>
        <message>
            <location filename="../models/orders/orderexporter.cpp" line="+147" />
            <source>Cannot write %1: %2</source>
            <translation>无法写入 %1：%2</translation>
        </message>
        <message>
            <location line="+8" />
            <location line="+5" />
            <location line="+66" />
            <source>Reading orders for the export</source>
            <translation>读取要导出的订单</translation>
        </message>
        <message>
            <location line="-12" />
            <source>The export was cancelled; no file was written.</source>
            <translation>导出已取消；未写入任何文件。</translation>
        </message>
        <message>
            <location line="+4" />
            <location line="+11" />
            <source>Writing %1 failed: %2</source>
            <translation>写入 %1 失败：%2</translation>
        </message>
    </context>
    <context>
        <name>OrderFinancePanel</name>
        <message>
            <location filename="../ui/finance/orderfinancepanel.cpp" line="+117" />
            <source>%1 — refunded %2, in progress %3, refundable %4</source>
            <translation>%1 — 已退款 %2，退款中 %3，可退款 %4</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Not paid</source>
            <translation>未支付</translation>
        </message>
        <message>
            <location line="+17" />
            <source>Configure a payment channel to refund from here.</source>
            <translation>配置支付渠道后即可在此退款。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Give back all or part of the payment</source>
            <translation>退还全部或部分付款</translation>
        </message>
        <message>
            <location line="+13" />
            <location line="+27" />
            <source>Refund</source>
            <translation>退款</translation>
        </message>
        <message>
            <location line="-27" />
            <source>The order could not be read.</source>
            <translation>无法读取该订单。</translation>
        </message>
        <message>
            <location line="+22" />
            <source>Refund %1 of %2: %3</source>
            <translation>退款 %1（%2）：%3</translation>
        </message>
        <message>
            <location line="+18" />
            <source>&amp;Refund…</source>
            <translation>退款(&amp;R)…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Time</source>
            <translation>时间</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Event</source>
            <translation>事件</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Details</source>
            <translation>详情</translation>
        </message>
        <message>
            <location line="+0" />
            <source>By</source>
            <translation>操作人</translation>
        </message>
    </context>
    <context>
        <name>OrderQueryModel</name>
        <message>
            <location filename="../models/orders/orderquerymodel.cpp" line="+250" />
            <location line="+4" />
            <source>Reading orders</source>
            <translation>读取订单</translation>
        </message>
        <message>
            <location line="+108" />
            <source>%1 (deleted)</source>
            <translation>%1（已删除）</translation>
        </message>
    </context>
    <context>
        <name>OrderRepository</name>
        <message>
            <location filename="../models/orders/orderrepository.cpp" line="+119" />
            <source>The order amount must be greater than zero.</source>
            <translation>订单金额必须大于零。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The order amount is above %1 yuan, the most the order table's decimal(10,2) column holds.</source>
            <translation>订单金额超过 %1 元，即订单表 decimal(10,2) 列能容纳的最大值。</translation>
        </message>
        <message>
            <location line="+26" />
            <source>Creating the order</source>
            <translation>创建订单</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Could not find a free order number after %1 attempts; try again in a second.</source>
            <translation>尝试 %1 次后仍未找到可用的订单号；请稍后重试。</translation>
        </message>
        <message>
            <location line="+17" />
            <source>Looking up the order</source>
            <translation>查询订单</translation>
        </message>
        <message>
            <location line="+34" />
            <source>Cannot begin a transaction: %1</source>
            <translation>无法开始事务：%1</translation>
        </message>
        <message>
            <location line="+15" />
            <source>Marking the order paid</source>
            <translation>将订单标记为已支付</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Reading the order back</source>
            <translation>重新读取订单</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Order %1 does not exist.</source>
            <translation>订单 %1 不存在。</translation>
        </message>
        <message>
            <location line="+29" />
            <location line="+3" />
            <source>Counting the orders</source>
            <translation>统计订单数量</translation>
        </message>
        <message>
            <location line="+23" />
            <source>Reading orders</source>
            <translation>读取订单</translation>
        </message>
        <message>
            <location line="+54" />
            <source>Inserting demo orders</source>
            <translation>插入演示订单</translation>
        </message>
    </context>
    <context>
        <name>OrderTimeline</name>
        <message>
            <location filename="../models/finance/ordertimeline.cpp" line="+38" />
            <source>Created: %1</source>
            <translation>创建订单：%1</translation>
        </message>
        <message>
            <location line="+1" />
            <source>User %1, %2</source>
            <translation>用户 %1，%2</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Paid by %1</source>
            <translation>通过 %1 支付</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Transaction %1</source>
            <translation>交易流水号 %1</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Deleted</source>
            <translation>已删除</translation>
        </message>
        <message>
            <location line="+19" />
            <source>Prepay with %1 (%2): %3</source>
            <translation>通过 %1（%2）预下单：%3</translation>
        </message>
        <message>
            <location line="+4" />
            <source>prepay id %1</source>
            <translation>预下单 ID %1</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Reading the notifications of an order</source>
            <translation>读取订单的回调通知</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Notification from %1 (%2): %3, HTTP %4</source>
            <translation>来自 %1 的回调通知（%2）：%3，HTTP %4</translation>
        </message>
        <message>
            <location line="+5" />
            <source>amount %1</source>
            <translation>金额 %1</translation>
        </message>
        <message>
            <location line="+2" />
            <source>marked the order paid</source>
            <translation>已将订单标记为已支付</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Reading the alerts of an order</source>
            <translation>读取订单的告警</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Alert: %1</source>
            <translation>告警：%1</translation>
        </message>
        <message>
            <location line="+15" />
            <source>Refund of %1 requested (%2), now %3</source>
            <translation>申请退款 %1（%2），当前状态：%3</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Refund %1: %2</source>
            <translation>退款 %1：%2</translation>
        </message>
    </context>
    <context>
        <name>OrdersCommands</name>
        <message>
            <location filename="../app/cli/orderscommands.cpp" line="+28" />
            <source>Exports the orders that match the filters to a CSV file (UTF-8 with BOM, opens in Excel).</source>
            <translation>将符合筛选条件的订单导出为 CSV 文件（带 BOM 的 UTF-8，可用 Excel 打开）。</translation>
        </message>
        <message>
            <location line="+6" />
            <source>The CSV file to write (required).</source>
            <translation>要写入的 CSV 文件（必填）。</translation>
        </message>
        <message>
            <location line="+0" />
            <source>FILE</source>
            <translation>FILE</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Only orders whose order sn contains TEXT.</source>
            <translation>仅包含订单号含有 TEXT 的订单。</translation>
        </message>
        <message>
            <location line="+0" />
            <source>TEXT</source>
            <translation>TEXT</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Only orders of this user id.</source>
            <translation>仅包含该用户 ID 的订单。</translation>
        </message>
        <message>
            <location line="+0" />
            <source>ID</source>
            <translation>ID</translation>
        </message>
        <message>
            <location line="+1" />
            <source>paid or unpaid.</source>
            <translation>paid 或 unpaid。</translation>
        </message>
        <message>
            <location line="+0" />
            <source>STATUS</source>
            <translation>STATUS</translation>
        </message>
        <message>
            <location line="+1" />
            <source>wechat, alipay, balance or none.</source>
            <translation>wechat、alipay、balance 或 none。</translation>
        </message>
        <message>
            <location line="+0" />
            <source>WAY</source>
            <translation>WAY</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Created at or after (yyyy-MM-dd or yyyy-MM-ddTHH:mm:ss, local time).</source>
            <translation>创建时间不早于此时间（yyyy-MM-dd 或 yyyy-MM-ddTHH:mm:ss，本地时间）。</translation>
        </message>
        <message>
            <location line="+0" />
            <location line="+1" />
            <source>TIME</source>
            <translation>TIME</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Created before (same forms).</source>
            <translation>创建时间早于此时间（格式同上）。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Amount at least, in yuan (0.40).</source>
            <translation>金额下限，单位为元（0.40）。</translation>
        </message>
        <message>
            <location line="+0" />
            <location line="+1" />
            <source>YUAN</source>
            <translation>YUAN</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Amount at most, in yuan.</source>
            <translation>金额上限，单位为元。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Include soft-deleted orders.</source>
            <translation>包含已软删除的订单。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Sort column: id, order_sn, user_id, order_amount, pay_way, pay_status, pay_time, transaction_id, remark, create_time, update_time.</source>
            <translation>排序列：id、order_sn、user_id、order_amount、pay_way、pay_status、pay_time、transaction_id、remark、create_time、update_time。</translation>
        </message>
        <message>
            <location line="+0" />
            <source>COLUMN</source>
            <translation>COLUMN</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Ascending order (default: descending).</source>
            <translation>升序排列（默认：降序）。</translation>
        </message>
        <message>
            <location line="+13" />
            <source>--user takes a whole number.</source>
            <translation>--user 需要一个整数。</translation>
        </message>
        <message>
            <location line="+6" />
            <source>--status takes paid or unpaid.</source>
            <translation>--status 只能是 paid 或 unpaid。</translation>
        </message>
        <message>
            <location line="+5" />
            <source>--pay-way takes wechat, alipay, balance or none.</source>
            <translation>--pay-way 只能是 wechat、alipay、balance 或 none。</translation>
        </message>
        <message>
            <location line="+7" />
            <source>--%1 takes a date (2026-01-30) or a date and time (2026-01-30T12:00:00).</source>
            <translation>--%1 需要一个日期（2026-01-30）或日期时间（2026-01-30T12:00:00）。</translation>
        </message>
        <message>
            <location line="+21" />
            <source>--sort: unknown column "%1".</source>
            <translation>--sort: 未知的列 "%1"。</translation>
        </message>
        <message>
            <location line="+9" />
            <source>orders export: --out FILE is required.</source>
            <translation>orders export: 必须指定 --out FILE。</translation>
        </message>
        <message>
            <location line="+20" />
            <source>Exported %1 orders to %2.</source>
            <translation>已将 %1 个订单导出到 %2。</translation>
        </message>
    </context>
    <context>
        <name>OrdersPage</name>
        <message>
            <location filename="../ui/orders/orderspage.cpp" line="+381" />
            <source>Copied order number %1.</source>
            <translation>已复制订单号 %1。</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Order &amp;No.:</source>
            <translation>订单号(&amp;N)：</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Contains… (Ctrl+F)</source>
            <translation>包含…（Ctrl+F）</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;User ID:</source>
            <translation>用户 ID(&amp;U)：</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Any</source>
            <translation>不限</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Status:</source>
            <translation>状态(&amp;S)：</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+4" />
            <source>All</source>
            <translation>全部</translation>
        </message>
        <message>
            <location line="-3" />
            <source>Paid</source>
            <translation>已支付</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Unpaid</source>
            <translation>未支付</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Pay &amp;way:</source>
            <translation>支付方式(&amp;W)：</translation>
        </message>
        <message>
            <location line="+2" />
            <source>WeChat Pay</source>
            <translation>微信支付</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Alipay</source>
            <translation>支付宝</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Balance</source>
            <translation>余额支付</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Not chosen</source>
            <translation>未选择</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Created:</source>
            <translation>创建时间(&amp;C)：</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Any time</source>
            <translation>不限时间</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Today</source>
            <translation>今天</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Last 7 days</source>
            <translation>最近 7 天</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Last 30 days</source>
            <translation>最近 30 天</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Custom range</source>
            <translation>自定义范围</translation>
        </message>
        <message>
            <location line="+1" />
            <source>From</source>
            <translation>起始</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Orders created at or after this time</source>
            <translation>创建时间不早于此时间的订单</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Before</source>
            <translation>早于</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Orders created before this time</source>
            <translation>创建时间早于此时间的订单</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Amount (¥):</source>
            <translation>金额（¥）(&amp;A)：</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Min, e.g. 0.40</source>
            <translation>最小值，如 0.40</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Max, e.g. 199.00</source>
            <translation>最大值，如 199.00</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Include &amp;deleted</source>
            <translation>包含已删除(&amp;D)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Apply</source>
            <translation>应用</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Apply the filter (Enter)</source>
            <translation>应用筛选（Enter）</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Reset</source>
            <translation>重置</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Show all orders again</source>
            <translation>重新显示全部订单</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Retry</source>
            <translation>重试</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Dismiss</source>
            <translation>关闭</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Orders:</source>
            <translation>订单数：</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Amount:</source>
            <translation>金额：</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Paid orders:</source>
            <translation>已支付订单：</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Paid amount:</source>
            <translation>已支付金额：</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Refresh Orders</source>
            <translation>刷新订单(&amp;R)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Read the orders again from the database (F5)</source>
            <translation>从数据库重新读取订单（F5）</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Export Orders to CSV…</source>
            <translation>导出订单为 CSV(&amp;E)…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Export the filtered orders in the shown order to a CSV file (Ctrl+E)</source>
            <translation>按当前显示顺序将筛选后的订单导出为 CSV 文件（Ctrl+E）</translation>
        </message>
        <message>
            <location line="+113" />
            <source>User ID must be a whole number up to %1.</source>
            <translation>用户 ID 必须是不超过 %1 的整数。</translation>
        </message>
        <message>
            <location line="+17" />
            <source>The start of the created-time range must be before its end.</source>
            <translation>创建时间范围的起点必须早于终点。</translation>
        </message>
        <message>
            <location line="+8" />
            <source>%1: %2</source>
            <translation>%1：%2</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Minimum amount</source>
            <translation>最小金额</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Maximum amount</source>
            <translation>最大金额</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The minimum amount is above the maximum amount.</source>
            <translation>最小金额大于最大金额。</translation>
        </message>
        <message>
            <location line="+8" />
            <source>The filter was not applied.</source>
            <translation>筛选条件未应用。</translation>
        </message>
        <message>
            <location line="+60" />
            <source>The orders could not be read: %1</source>
            <translation>无法读取订单：%1</translation>
        </message>
        <message>
            <location line="+14" />
            <source>counting…</source>
            <translation>正在统计…</translation>
        </message>
        <message>
            <location line="+45" />
            <source>orders-%1.csv</source>
            <translation>订单-%1.csv</translation>
        </message>
        <message>
            <location line="+2" />
            <location line="+44" />
            <source>Export Orders</source>
            <translation>导出订单</translation>
        </message>
        <message>
            <location line="-44" />
            <source>CSV files (*.csv);;All files (*)</source>
            <translation>CSV 文件 (*.csv);;所有文件 (*)</translation>
        </message>
        <message>
            <location line="+10" />
            <source>An export is already running.</source>
            <translation>已有导出任务正在进行。</translation>
        </message>
        <message>
            <location line="+5" />
            <source>No database is open.</source>
            <translation>未打开数据库。</translation>
        </message>
        <message>
            <location line="+23" />
            <source>Exporting orders… %L1 of %L2</source>
            <translation>正在导出订单… %L1 / %L2</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Exporting orders…</source>
            <translation>正在导出订单…</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Cancel</source>
            <translation>取消</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Cancelling…</source>
            <translation>正在取消…</translation>
        </message>
        <message numerus="yes">
            <location line="+19" />
            <source>Exported %n order(s) to %1.</source>
            <translation>
                <numerusform>已将 %n 个订单导出到 %1。</numerusform>
            </translation>
        </message>
        <message>
            <location line="+2" />
            <source>The export was cancelled; no file was written.</source>
            <translation>导出已取消；未写入任何文件。</translation>
        </message>
        <message>
            <location line="+22" />
            <source>Export Failed</source>
            <translation>导出失败</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The orders could not be exported to %1.</source>
            <translation>无法将订单导出到 %1。</translation>
        </message>
    </context>
    <context>
        <name>PayStatus</name>
        <message>
            <location filename="../models/orders/paytypes.cpp" line="+38" />
            <source>Paid</source>
            <translation>已支付</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Unpaid</source>
            <translation>未支付</translation>
        </message>
    </context>
    <context>
        <name>PayWay</name>
        <message>
            <location line="-11" />
            <source>WeChat Pay</source>
            <translation>微信支付</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Alipay</source>
            <translation>支付宝</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Balance</source>
            <translation>余额支付</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Not chosen</source>
            <translation>未选择</translation>
        </message>
    </context>
    <context>
        <name>PrepayJournal</name>
        <message>
            <location filename="../models/orders/prepayjournal.cpp" line="+37" />
            <source>Recording the pay parameters of an order</source>
            <translation>正在记录订单的支付参数</translation>
        </message>
        <message>
            <location line="+15" />
            <source>Reading the pay parameters of an order</source>
            <translation>正在读取订单的支付参数</translation>
        </message>
    </context>
    <context>
        <name>Profiles</name>
        <message>
            <location filename="../models/finance/profile.cpp" line="+34" />
            <source>Admin</source>
            <translation>管理员</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Finance</source>
            <translation>财务</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Tester</source>
            <translation>测试人员</translation>
        </message>
    </context>
    <context>
        <name>Reconciler</name>
        <message>
            <location filename="../models/finance/reconciler.cpp" line="+41" />
            <source>Paid at the channel, unpaid here (missed notification)</source>
            <translation>渠道已支付，本系统未支付（漏收回调通知）</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Paid here, missing at the channel</source>
            <translation>本系统已支付，渠道无此记录</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Amount differs</source>
            <translation>金额不一致</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Refunded here, not at the channel</source>
            <translation>本系统已退款，渠道未退款</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Paid at the channel, no such order here</source>
            <translation>渠道已支付，本系统无此订单</translation>
        </message>
        <message>
            <location line="+62" />
            <source>Reading the paid orders</source>
            <translation>读取已支付订单</translation>
        </message>
        <message>
            <location line="+21" />
            <source>Reading the refunds</source>
            <translation>读取退款记录</translation>
        </message>
        <message>
            <location line="+19" />
            <source>Only a payment the channel has and this database lacks can be applied.</source>
            <translation>只能应用渠道方存在而本数据库缺失的支付记录。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Write why the order is marked paid.</source>
            <translation>请填写将订单标记为已支付的原因。</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Order %1 changed since the comparison; compare again.</source>
            <translation>订单 %1 在比对后已发生变化；请重新比对。</translation>
        </message>
    </context>
    <context>
        <name>ReconciliationPage</name>
        <message>
            <location filename="../ui/finance/reconciliationpage.cpp" line="+109" />
            <source>Could not read %1: %2</source>
            <translation>无法读取 %1：%2</translation>
        </message>
        <message>
            <location line="+54" />
            <source>%1 statement lines (%2 skipped), %3 differences.</source>
            <translation>对账单共 %1 行（跳过 %2 行），差异 %3 处。</translation>
        </message>
        <message>
            <location line="+41" />
            <source>Asked %1 of %2…</source>
            <translation>已查询 %1 / %2…</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Asking the channels…</source>
            <translation>正在查询支付渠道…</translation>
        </message>
        <message>
            <location line="+13" />
            <source>%1 answers from the channels, %2 differences, %3 calls failed.</source>
            <translation>渠道返回 %1 条结果，差异 %2 处，%3 次调用失败。</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Select a difference first.</source>
            <translation>请先选择一条差异。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Only the Finance profile applies reconciliation findings.</source>
            <translation>只有财务角色可以应用对账结果。</translation>
        </message>
        <message>
            <location line="+23" />
            <source>Mark order paid</source>
            <translation>标记订单为已支付</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Order %1 will be marked paid with %2, trade number %3. Why?</source>
            <translation>订单 %1 将被标记为已支付，金额 %2，交易号 %3。原因是什么？</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Found in the channel statement</source>
            <translation>在渠道对账单中找到</translation>
        </message>
        <message>
            <location line="+5" />
            <location line="+2" />
            <location line="+25" />
            <source>Reconciliation</source>
            <translation>对账</translation>
        </message>
        <message>
            <location line="-25" />
            <source>The order was already paid.</source>
            <translation>该订单已支付。</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Query every order of the chosen days at WeChat Pay and Alipay</source>
            <translation>在微信支付和支付宝查询所选日期内的每个订单</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Configure a payment channel to ask it directly.</source>
            <translation>配置支付渠道后即可直接向其查询。</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Open a channel statement</source>
            <translation>打开渠道对账单</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Statements (*.csv *.txt);;All files (*)</source>
            <translation>对账单 (*.csv *.txt);;所有文件 (*)</translation>
        </message>
        <message>
            <location line="+18" />
            <source>&amp;Open statement…</source>
            <translation>打开对账单(&amp;O)…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;From:</source>
            <translation>起始(&amp;F)：</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;To:</source>
            <translation>截止(&amp;T)：</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Compare</source>
            <translation>比对(&amp;C)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Ask the c&amp;hannels</source>
            <translation>查询渠道(&amp;H)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Apply (mark paid)…</source>
            <translation>应用（标记为已支付）(&amp;A)…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Difference</source>
            <translation>差异</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Order No.</source>
            <translation>订单号</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Refund No.</source>
            <translation>退款单号</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Trade No.</source>
            <translation>交易号</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Here</source>
            <translation>本系统</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Channel</source>
            <translation>渠道</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Line</source>
            <translation>行号</translation>
        </message>
    </context>
    <context>
        <name>RefundCoordinator</name>
        <message>
            <location filename="../models/finance/refundcoordinator.cpp" line="+31" />
            <location line="+28" />
            <source>No payment channel is configured for refunds.</source>
            <translation>未配置可用于退款的支付渠道。</translation>
        </message>
        <message>
            <location line="-5" />
            <source>There is no refund %1.</source>
            <translation>退款单 %1 不存在。</translation>
        </message>
        <message>
            <location line="+17" />
            <source>%1
The refund %2 stays requested; try again later: the same refund number never refunds twice.</source>
            <translation>%1
退款 %2 仍为已申请状态；请稍后重试：同一退款单号绝不会重复退款。</translation>
        </message>
    </context>
    <context>
        <name>RefundDialog</name>
        <message>
            <location filename="../ui/finance/refunddialog.cpp" line="+16" />
            <source>Refund order %1</source>
            <translation>为订单 %1 退款</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Order %1 was paid %2 by %3. Refunded so far: %4; in progress: %5; still refundable: %6.
Refund number: %7</source>
            <translation>订单 %1 已通过 %3 支付 %2。已退款：%4；退款中：%5；仍可退款：%6。
退款单号：%7</translation>
        </message>
        <message>
            <location line="+10" />
            <source>&amp;Amount (yuan):</source>
            <translation>金额（元）(&amp;A)：</translation>
        </message>
        <message>
            <location line="+5" />
            <source>&amp;Reason:</source>
            <translation>原因(&amp;R)：</translation>
        </message>
        <message>
            <location line="+3" />
            <source>What happened (required for "Other")</source>
            <translation>发生了什么（选择 "其他" 时必填）</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Note:</source>
            <translation>说明(&amp;N)：</translation>
        </message>
        <message>
            <location line="+26" />
            <source>The amount must be more than 0.</source>
            <translation>金额必须大于 0。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>At most %1 can still be refunded.</source>
            <translation>最多还可退款 %1。</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Write a note that explains the refund.</source>
            <translation>请填写退款说明。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The note is longer than %1 characters.</source>
            <translation>说明超过 %1 个字符。</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Refund %1</source>
            <translation>退款 %1</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Refund</source>
            <translation>退款</translation>
        </message>
    </context>
    <context>
        <name>RefundNotificationHandler</name>
        <message>
            <location filename="../app/finance/refundnotificationhandler.cpp" line="+78" />
            <source>Refund notification with status "%1" and refund number "%2".</source>
            <translation>退款回调通知：状态 "%1"，退款单号 "%2"。</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Refund %1 of order %2 was not requested through mcpay-admin.</source>
            <translation>订单 %2 的退款 %1 不是通过 mcpay-admin 发起的。</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Refund %1: the notification says order %2, %3 fen; recorded is order %4, %5 fen.</source>
            <translation>退款 %1：通知中为订单 %2、%3 分；记录中为订单 %4、%5 分。</translation>
        </message>
        <message>
            <location line="+12" />
            <source>The refund could not be credited to the payer (ABNORMAL); handle it on the merchant platform.</source>
            <translation>退款无法退回付款人账户（ABNORMAL）；请在商户平台处理。</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Refund %1 is %2; the notified %3 was ignored.</source>
            <translation>退款 %1 当前状态为 %2；已忽略通知中的状态 %3。</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Refund %1 was already %2.</source>
            <translation>退款 %1 已处于 %2 状态。</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Refund %1: %2</source>
            <translation>退款 %1：%2</translation>
        </message>
    </context>
    <context>
        <name>RefundService</name>
        <message>
            <location filename="../models/finance/refundservice.cpp" line="+70" />
            <source>Reading the refunds of an order</source>
            <translation>读取订单的退款记录</translation>
        </message>
        <message>
            <location line="+35" />
            <source>Reading a refund</source>
            <translation>读取退款记录</translation>
        </message>
        <message>
            <location line="+9" />
            <source>The refund amount must be more than 0.</source>
            <translation>退款金额必须大于 0。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Write a note that explains the refund.</source>
            <translation>请填写退款说明。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The note is longer than %1 characters.</source>
            <translation>说明超过 %1 个字符。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The refund number is longer than 64 characters.</source>
            <translation>退款单号超过 64 个字符。</translation>
        </message>
        <message>
            <location line="+7" />
            <location line="+129" />
            <source>Could not start a transaction for the refund.</source>
            <translation>无法为退款开启事务。</translation>
        </message>
        <message>
            <location line="-121" />
            <source>Locking the order</source>
            <translation>锁定订单</translation>
        </message>
        <message>
            <location line="+8" />
            <location line="+221" />
            <source>There is no order %1.</source>
            <translation>订单 %1 不存在。</translation>
        </message>
        <message>
            <location line="-218" />
            <source>Order %1 is not paid; there is nothing to refund.</source>
            <translation>订单 %1 未支付，无可退款项。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Order %1 was paid by %2, which cannot be refunded from here.</source>
            <translation>订单 %1 通过 %2 支付，无法在此退款。</translation>
        </message>
        <message>
            <location line="+15" />
            <source>Refund number %1 already belongs to a refund of %2 for order %3.</source>
            <translation>退款单号 %1 已用于订单 %3 的一笔 %2 的退款。</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Only %1 of order %2 can still be refunded.</source>
            <translation>订单 %2 仅剩 %1 可退款。</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Retrying a refund</source>
            <translation>重试退款</translation>
        </message>
        <message>
            <location line="+18" />
            <source>Only %1 of order %2 can still be refunded; %3 was asked.</source>
            <translation>订单 %2 仅剩 %1 可退款，申请金额为 %3。</translation>
        </message>
        <message>
            <location line="+36" />
            <source>Refund number %1 is taken; open the refund again.</source>
            <translation>退款单号 %1 已被占用；请重新打开退款。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Recording the refund</source>
            <translation>记录退款</translation>
        </message>
        <message>
            <location line="+23" />
            <source>There is no refund %1.</source>
            <translation>退款单 %1 不存在。</translation>
        </message>
        <message>
            <location line="+30" />
            <source>Recording the refund's answer</source>
            <translation>记录退款的渠道应答</translation>
        </message>
        <message>
            <location line="+41" />
            <source>Reading refunds</source>
            <translation>读取退款记录</translation>
        </message>
        <message>
            <location line="+45" />
            <source>Numbering the refund</source>
            <translation>生成退款单号</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Order %1 has too many refunds.</source>
            <translation>订单 %1 的退款次数过多。</translation>
        </message>
    </context>
    <context>
        <name>Refunds</name>
        <message>
            <location filename="../models/finance/refund.cpp" line="+47" />
            <source>Requested</source>
            <translation>已申请</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Processing</source>
            <translation>处理中</translation>
        </message>
        <message>
            <location line="+2" />
            <location line="+97" />
            <source>Refunded</source>
            <translation>已退款</translation>
        </message>
        <message>
            <location line="-95" />
            <source>Closed</source>
            <translation>已关闭</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Abnormal</source>
            <translation>异常</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Refused</source>
            <translation>已拒绝</translation>
        </message>
        <message>
            <location line="+61" />
            <source>Duplicate payment</source>
            <translation>重复支付</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Requested by the customer</source>
            <translation>客户申请</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Other</source>
            <translation>其他</translation>
        </message>
        <message>
            <location line="+22" />
            <source>Not refunded</source>
            <translation>未退款</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Partially refunded</source>
            <translation>部分退款</translation>
        </message>
    </context>
    <context>
        <name>ReportsPage</name>
        <message>
            <location filename="../ui/finance/reportspage.cpp" line="+162" />
            <source>Total</source>
            <translation>合计</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Paid (yuan)</source>
            <translation>已支付（元）</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Refunded (yuan)</source>
            <translation>已退款（元）</translation>
        </message>
        <message>
            <location line="+41" />
            <location line="+63" />
            <source>Amount</source>
            <translation>金额</translation>
        </message>
        <message>
            <location line="-60" />
            <location line="+60" />
            <source>Remark</source>
            <translation>备注</translation>
        </message>
        <message>
            <location line="-51" />
            <source>Could not write %1: %2</source>
            <translation>无法写入 %1：%2</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Export report</source>
            <translation>导出报表</translation>
        </message>
        <message>
            <location line="+3" />
            <source>CSV files (*.csv)</source>
            <translation>CSV 文件 (*.csv)</translation>
        </message>
        <message>
            <location line="+27" />
            <source>&amp;From:</source>
            <translation>起始(&amp;F)：</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;To:</source>
            <translation>截止(&amp;T)：</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Show</source>
            <translation>显示(&amp;S)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Export CSV…</source>
            <translation>导出 CSV(&amp;E)…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Daily</source>
            <translation>每日</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Conversion by amount</source>
            <translation>按金额统计转化</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Conversion by remark</source>
            <translation>按备注统计转化</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Day</source>
            <translation>日期</translation>
        </message>
        <message>
            <location line="+0" />
            <location line="+3" />
            <source>Created</source>
            <translation>创建数</translation>
        </message>
        <message>
            <location line="-3" />
            <source>Paid orders</source>
            <translation>已支付订单</translation>
        </message>
        <message>
            <location line="+0" />
            <location line="+3" />
            <source>Paid</source>
            <translation>已支付</translation>
        </message>
        <message>
            <location line="-3" />
            <source>Refunds</source>
            <translation>退款</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Refunded</source>
            <translation>已退款</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Net</source>
            <translation>净额</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Conversion</source>
            <translation>转化率</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Paid amount</source>
            <translation>已支付金额</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Paid and refunded per day</source>
            <translation>每日已支付与已退款金额</translation>
        </message>
    </context>
    <context>
        <name>RsaPrivateKey</name>
        <message>
            <location filename="../app/crypto/rsaprivatekey.cpp" line="+33" />
            <source>The RSA key is shorter than 2048 bits; payment channels require 2048.</source>
            <translation>RSA 密钥短于 2048 位；支付渠道要求 2048 位。</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Cannot generate an RSA key: %1</source>
            <translation>无法生成 RSA 密钥：%1</translation>
        </message>
        <message>
            <location line="+12" />
            <source>No private key is loaded.</source>
            <translation>未加载私钥。</translation>
        </message>
        <message>
            <location line="+16" />
            <source>Signing failed: %1</source>
            <translation>签名失败：%1</translation>
        </message>
    </context>
    <context>
        <name>SandboxActions</name>
        <message>
            <location filename="../ui/payments/sandboxactions.cpp" line="+26" />
            <source>&amp;Create Sandbox Identity…</source>
            <translation>创建沙箱身份(&amp;C)…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Export Sandbox Identity…</source>
            <translation>导出沙箱身份(&amp;E)…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Use Sandbox Channels</source>
            <translation>使用沙箱渠道(&amp;U)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Generate the sandbox WeChat Pay and Alipay keys and ids and keep them in the system keychain</source>
            <translation>生成沙箱微信支付和支付宝的密钥与 ID，并保存在系统钥匙串中</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Write the keys and ids a server under test needs into a folder, with a README</source>
            <translation>将被测服务器所需的密钥和 ID 写入文件夹，并附带 README</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The embedded listener trusts the sandbox keys instead of the production channels</source>
            <translation>内置监听服务信任沙箱密钥，而不是生产渠道</translation>
        </message>
        <message>
            <location line="+18" />
            <source>SANDBOX</source>
            <translation>沙箱</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The embedded listener trusts the sandbox channels: real payment notifications are refused. Tools ▸ Sandbox ▸ Use Sandbox Channels switches back.</source>
            <translation>内置监听服务信任沙箱渠道：真实的支付回调通知会被拒绝。通过 工具 ▸ 沙箱 ▸ 使用沙箱渠道 可切换回来。</translation>
        </message>
        <message>
            <location line="+21" />
            <source>The embedded listener now trusts the sandbox channels.</source>
            <translation>内置监听服务现在信任沙箱渠道。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The embedded listener is back on the production channels.</source>
            <translation>内置监听服务已切回生产渠道。</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Create Sandbox Identity</source>
            <translation>创建沙箱身份</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Generate a sandbox identity: WeChat Pay platform and merchant keys, an APIv3 key and Alipay keys, made on this machine and kept in the system keychain.

They are useless against the real channels; they let you pay test orders without real money.</source>
            <translation>生成沙箱身份：微信支付平台密钥和商户密钥、APIv3 密钥以及支付宝密钥，均在本机生成并保存在系统钥匙串中。

它们对真实渠道无效；可用于在不动用真实资金的情况下支付测试订单。</translation>
        </message>
        <message>
            <location line="+45" />
            <source>Keychain Unavailable</source>
            <translation>系统钥匙串不可用</translation>
        </message>
        <message>
            <location line="-26" />
            <source>Replace the Sandbox Identity?</source>
            <translation>替换沙箱身份？</translation>
        </message>
        <message>
            <location line="+1" />
            <source>A sandbox identity exists already. Replacing it makes every server configured with the exported sandbox keys refuse the new notifications until you export and install the new ones.

Replace it?</source>
            <translation>沙箱身份已存在。替换后，所有配置了已导出沙箱密钥的服务器都会拒绝新的回调通知，直到你导出并安装新的密钥。

确定替换吗？</translation>
        </message>
        <message>
            <location line="+37" />
            <source>Sandbox Identity Not Created</source>
            <translation>未创建沙箱身份</translation>
        </message>
        <message>
            <location line="-23" />
            <source>Sandbox identity created: WeChat Pay merchant %1, Alipay app %2.</source>
            <translation>已创建沙箱身份：微信支付商户 %1，支付宝应用 %2。</translation>
        </message>
        <message>
            <location line="+12" />
            <source>The sandbox identity cannot be kept in the system keychain:
%1

Use a sandbox identity for this session only? It is forgotten when mcpay-admin closes; export it (Tools ▸ Sandbox ▸ Export Sandbox Identity…) to configure a server with it.</source>
            <translation>无法将沙箱身份保存到系统钥匙串：
%1

是否仅在本次会话中使用沙箱身份？mcpay-admin 关闭后它将被丢弃；如需用它配置服务器，请先导出（工具 ▸ 沙箱 ▸ 导出沙箱身份…）。</translation>
        </message>
        <message>
            <location line="+16" />
            <source>Sandbox identity for this session: WeChat Pay merchant %1, Alipay app %2 (not kept in the keychain).</source>
            <translation>本次会话的沙箱身份：微信支付商户 %1，支付宝应用 %2（未保存到系统钥匙串）。</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Export Sandbox Identity</source>
            <translation>导出沙箱身份</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The sandbox identity is still being read from the keychain. Try again in a moment.</source>
            <translation>仍在从系统钥匙串读取沙箱身份，请稍后再试。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>There is no sandbox identity yet. Create one first (Tools ▸ Sandbox ▸ Create Sandbox Identity).</source>
            <translation>尚无沙箱身份。请先创建（工具 ▸ 沙箱 ▸ 创建沙箱身份）。</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Export the Sandbox Identity to</source>
            <translation>将沙箱身份导出到</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Export Failed</source>
            <translation>导出失败</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Sandbox identity exported to %1.</source>
            <translation>沙箱身份已导出到 %1。</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Sandbox Identity Exported</source>
            <translation>沙箱身份已导出</translation>
        </message>
        <message numerus="yes">
            <location line="+1" />
            <source>%n file(s) written to %1. Files holding private keys are readable by you only; hand them only to the developers of the server under test.</source>
            <translation>
                <numerusform>已将 %n 个文件写入 %1。包含私钥的文件仅你本人可读；请只交给被测服务器的开发人员。</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>SandboxCommands</name>
        <message>
            <location filename="../app/cli/sandboxcommands.cpp" line="+20" />
            <source>WeChat Pay: mchid %1, mini-program appid %2, official-account appid %3</source>
            <translation>微信支付：mchid %1，小程序 appid %2，公众号 appid %3</translation>
        </message>
        <message>
            <location line="+3" />
            <source>  WeChat Pay public key id %1, merchant certificate serial %2</source>
            <translation>  微信支付公钥 ID %1，商户证书序列号 %2</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Alipay: app_id %1, seller_id %2</source>
            <translation>支付宝：app_id %1，seller_id %2</translation>
        </message>
        <message numerus="yes">
            <location line="+11" />
            <source>Exported %n file(s) to %1:</source>
            <translation>
                <numerusform>已导出 %n 个文件到 %1：</numerusform>
            </translation>
        </message>
        <message>
            <location line="+3" />
            <source>Give README.md to the developers of the server under test; to receive the sandbox's notifications with mcpay-admin itself: mcpay-admin serve --config %1</source>
            <translation>请将 README.md 交给被测服务器的开发人员；如需用 mcpay-admin 本身接收沙箱的回调通知：mcpay-admin serve --config %1</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Creates the payment sandbox's keys and ids (WeChat Pay and Alipay), keeps them in the keychain and, with --export, writes the folder a server under test needs.</source>
            <translation>创建支付沙箱的密钥和 ID（微信支付和支付宝），保存在系统钥匙串中；使用 --export 时，还会写出被测服务器所需的文件夹。</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Replace an existing sandbox identity (servers configured with the old keys will refuse the new notifications).</source>
            <translation>替换已有的沙箱身份（使用旧密钥配置的服务器将拒绝新的回调通知）。</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Also write the folder for a server under test.</source>
            <translation>同时写出供被测服务器使用的文件夹。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>DIR</source>
            <translation>DIR</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Do not use the keychain: the identity is kept only in the exported folder (sandbox-identity.json). Needs --export.</source>
            <translation>不使用系统钥匙串：身份只保存在导出的文件夹中（sandbox-identity.json）。需要 --export。</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Usage: sandbox init [--force] [--export DIR [--no-keychain]]</source>
            <translation>用法：sandbox init [--force] [--export DIR [--no-keychain]]</translation>
        </message>
        <message>
            <location line="+7" />
            <source>--export needs a folder: sandbox init --export DIR</source>
            <translation>--export 需要一个文件夹：sandbox init --export DIR</translation>
        </message>
        <message>
            <location line="+4" />
            <source>--no-keychain needs --export DIR: without the keychain the exported folder is the only copy of the identity.</source>
            <translation>--no-keychain 需要 --export DIR：不使用系统钥匙串时，导出的文件夹是身份的唯一副本。</translation>
        </message>
        <message>
            <location line="+10" />
            <source>%1 already holds a sandbox identity; add --force to replace it, or use another folder.</source>
            <translation>%1 中已有沙箱身份；添加 --force 以替换，或使用其他文件夹。</translation>
        </message>
        <message>
            <location line="+12" />
            <source>The keychain already holds a sandbox identity; add --force to replace it (servers configured with the old keys will then refuse the sandbox's notifications), or export it with: mcpay-admin sandbox export DIR</source>
            <translation>系统钥匙串中已有沙箱身份；添加 --force 以替换（之后使用旧密钥配置的服务器将拒绝沙箱的回调通知），或用以下命令导出：mcpay-admin sandbox export DIR</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Without a keychain, keep the identity in a folder instead: mcpay-admin sandbox init --export DIR --no-keychain</source>
            <translation>没有系统钥匙串时，请改为将身份保存在文件夹中：mcpay-admin sandbox init --export DIR --no-keychain</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Generating four RSA 2048 keys…</source>
            <translation>正在生成 4 个 RSA 2048 密钥…</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Created a sandbox identity. These keys work only with the sandbox, never with the real WeChat Pay or Alipay.</source>
            <translation>已创建沙箱身份。这些密钥只能用于沙箱，绝不能用于真实的微信支付或支付宝。</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Saved in the keychain (service "%1", entry "%2").</source>
            <translation>已保存到系统钥匙串（服务 "%1"，条目 "%2"）。</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Writes the folder a server under test needs (keys, ids, README, a serve configuration) from the sandbox identity in the keychain or in a file.</source>
            <translation>根据系统钥匙串或文件中的沙箱身份，写出被测服务器所需的文件夹（密钥、ID、README、serve 配置）。</translation>
        </message>
        <message>
            <location line="+6" />
            <source>The folder to write (created if needed).</source>
            <translation>要写入的文件夹（如不存在则创建）。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Read the identity from this sandbox-identity.json instead of the keychain.</source>
            <translation>从此 sandbox-identity.json 读取身份，而不是从系统钥匙串读取。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>FILE</source>
            <translation>FILE</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Usage: sandbox export DIR [--identity FILE]</source>
            <translation>用法：sandbox export DIR [--identity FILE]</translation>
        </message>
        <message>
            <location line="+22" />
            <source>The keychain holds no sandbox identity; create one with: mcpay-admin sandbox init</source>
            <translation>系统钥匙串中没有沙箱身份；请用以下命令创建：mcpay-admin sandbox init</translation>
        </message>
    </context>
    <context>
        <name>SandboxGateway</name>
        <message>
            <location filename="../app/sandbox/sandboxgateway.cpp" line="+125" />
            <source>The sandbox gateway is already running on port %1.</source>
            <translation>沙箱网关已在端口 %1 上运行。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The sandbox gateway needs a sandbox identity: create one first.</source>
            <translation>沙箱网关需要沙箱身份：请先创建。</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The sandbox gateway cannot listen on %1:%2: %3. Choose another port.</source>
            <translation>沙箱网关无法在 %1:%2 上监听：%3。请选择其他端口。</translation>
        </message>
    </context>
    <context>
        <name>SandboxIdentity</name>
        <message>
            <location filename="../app/sandbox/sandboxidentity.cpp" line="+41" />
            <source>The sandbox identity is not valid: %1 %2.</source>
            <translation>沙箱身份无效：%1 %2。</translation>
        </message>
        <message>
            <location line="+15" />
            <source>Cannot write %1: %2.</source>
            <translation>无法写入 %1：%2。</translation>
        </message>
        <message>
            <location line="+85" />
            <source>The sandbox identity is not a JSON object: %1 at offset %2.</source>
            <translation>沙箱身份不是 JSON 对象：%1（位于偏移 %2）。</translation>
        </message>
        <message>
            <location line="+6" />
            <source>must be "%1"</source>
            <translation>必须为 "%1"</translation>
        </message>
        <message>
            <location line="+2" />
            <source>must be 1 (this file was written by another version)</source>
            <translation>必须为 1（此文件由其他版本写入）</translation>
        </message>
        <message>
            <location line="+4" />
            <location line="+2" />
            <location line="+55" />
            <source>is missing</source>
            <translation>缺失</translation>
        </message>
        <message>
            <location line="-42" />
            <source>must be 8 to 12 digits</source>
            <translation>必须为 8 到 12 位数字</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+3" />
            <source>must be "wx" and 16 hex digits</source>
            <translation>必须为 "wx" 加 16 位十六进制数字</translation>
        </message>
        <message>
            <location line="+2" />
            <source>must be "PUB_KEY_ID_" and digits</source>
            <translation>必须为 "PUB_KEY_ID_" 加数字</translation>
        </message>
        <message>
            <location line="+2" />
            <source>must be upper-case hex</source>
            <translation>必须为大写十六进制</translation>
        </message>
        <message>
            <location line="+1" />
            <source>must be 16 digits</source>
            <translation>必须为 16 位数字</translation>
        </message>
        <message>
            <location line="+1" />
            <source>must be "2088" and 12 digits</source>
            <translation>必须为 "2088" 加 12 位数字</translation>
        </message>
        <message>
            <location line="+13" />
            <source>must be exactly 32 letters and digits</source>
            <translation>必须恰好为 32 位字母和数字</translation>
        </message>
        <message>
            <location line="+22" />
            <location line="+8" />
            <source>is not usable (%1)</source>
            <translation>不可用（%1）</translation>
        </message>
        <message>
            <location line="+3" />
            <source>does not match the certificate's serial %1</source>
            <translation>与证书序列号 %1 不匹配</translation>
        </message>
        <message>
            <location line="+3" />
            <source>does not hold the public key of wechat.merchant_private_key</source>
            <translation>不包含 wechat.merchant_private_key 的公钥</translation>
        </message>
        <message>
            <location line="+4" />
            <source>must be an ISO 8601 date and time</source>
            <translation>必须为 ISO 8601 日期时间</translation>
        </message>
        <message>
            <location line="+81" />
            <source>The sandbox identity is incomplete; create one with: mcpay-admin sandbox init</source>
            <translation>沙箱身份不完整；请用以下命令创建：mcpay-admin sandbox init</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Cannot create the folder %1.</source>
            <translation>无法创建文件夹 %1。</translation>
        </message>
    </context>
    <context>
        <name>SandboxLedger</name>
        <message>
            <location filename="../app/sandbox/sandboxledger.cpp" line="+148" />
            <source>The sandbox has no trade %1.</source>
            <translation>沙箱中没有交易 %1。</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Trade %1 is paid already.</source>
            <translation>交易 %1 已支付。</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Trade %1 is closed.</source>
            <translation>交易 %1 已关闭。</translation>
        </message>
        <message>
            <location line="+7" />
            <source>out_trade_no must have 1 to 64 characters.</source>
            <translation>out_trade_no 必须为 1 到 64 个字符。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The amount must be at least 0.01.</source>
            <translation>金额不能低于 0.01。</translation>
        </message>
        <message>
            <location line="+18" />
            <source>out_trade_no %1 was used with another amount or appid.</source>
            <translation>out_trade_no %1 已用于其他金额或 appid。</translation>
        </message>
        <message>
            <location line="+125" />
            <source>out_refund_no must have 1 to 64 characters.</source>
            <translation>out_refund_no 长度须为 1 到 64 个字符。</translation>
        </message>
        <message>
            <location line="+9" />
            <source>out_refund_no %1 belongs to another trade.</source>
            <translation>out_refund_no %1 属于另一笔交易。</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Trade %1 is not paid: nothing to refund.</source>
            <translation>交易 %1 未支付，无可退款金额。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The refund amount must be at least 0.01.</source>
            <translation>退款金额不能低于 0.01。</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Only %1 of trade %2 can still be refunded.</source>
            <translation>交易 %2 仅剩 %1 可退款。</translation>
        </message>
    </context>
    <context>
        <name>SandboxNotify</name>
        <message>
            <location filename="../app/sandbox/notificationfactory.cpp" line="+266" />
            <source>No fault: a genuine notification</source>
            <translation>无故障：真实的回调通知</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Signature probe (WECHATPAY/SIGNTEST/)</source>
            <translation>签名探测（WECHATPAY/SIGNTEST/）</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Signed with an unknown key</source>
            <translation>使用未知密钥签名</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Timestamp 10 minutes old</source>
            <translation>时间戳过期 10 分钟</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Timestamp 10 minutes ahead</source>
            <translation>时间戳超前 10 分钟</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Unknown key serial</source>
            <translation>未知的密钥序列号</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Amount changed after signing</source>
            <translation>签名后篡改金额</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Signed, but one fen more than the order</source>
            <translation>签名有效，但金额比订单多 1 分</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Signed, but for another appid</source>
            <translation>签名有效，但属于另一个 appid</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Signed, but for another merchant</source>
            <translation>签名有效，但属于另一个商户</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Body cut in half</source>
            <translation>请求体被截去一半</translation>
        </message>
    </context>
    <context>
        <name>SandboxPayCommand</name>
        <message>
            <location filename="../app/cli/sandboxpaycommand.cpp" line="+65" />
            <source>Cannot read the identity file %1: %2</source>
            <translation>无法读取身份文件 %1：%2</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The identity file %1 is not usable: %2</source>
            <translation>身份文件 %1 不可用：%2</translation>
        </message>
        <message>
            <location line="+7" />
            <source>There is no sandbox identity in the keychain yet. Run mcpay-admin sandbox init, or pass --identity sandbox-identity.json from an export.</source>
            <translation>系统钥匙串中尚无沙箱身份。请运行 mcpay-admin sandbox init，或通过 --identity sandbox-identity.json 传入导出的身份文件。</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Makes one sandbox test payment: order, prepay, cashier, signed notification, paid order.</source>
            <translation>执行一次沙箱测试支付：下单、预下单、收银台、签名的回调通知、订单已支付。</translation>
        </message>
        <message>
            <location line="+6" />
            <source>The order amount in yuan, such as 0.40.</source>
            <translation>订单金额（元），例如 0.40。</translation>
        </message>
        <message>
            <location line="+0" />
            <source>YUAN</source>
            <translation>YUAN</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Where the payer pays: mnp (mini program), oa (official account), h5 (WeChat H5), alipay-wap or alipay-page (default mnp).</source>
            <translation>付款方的支付场景：mnp（小程序）、oa（公众号）、h5（微信 H5）、alipay-wap 或 alipay-page（默认 mnp）。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>SCENE</source>
            <translation>SCENE</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Where the notification goes: a base such as http://127.0.0.1:8787 (the route is added) or a full URL. Default: a listener started for this run on the same database.</source>
            <translation>回调通知的发送地址：基础地址（如 http://127.0.0.1:8787，会自动补全路由）或完整 URL。默认：为本次运行在同一数据库上启动的监听服务。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>URL</source>
            <translation>URL</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The sandbox identity file (sandbox-identity.json of an export) instead of the keychain.</source>
            <translation>使用沙箱身份文件（导出结果中的 sandbox-identity.json），而非系统钥匙串。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>FILE</source>
            <translation>FILE</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The payer's decision at the cashier: pay, cancel, fail or leave (default pay).</source>
            <translation>付款方在收银台的操作：pay、cancel、fail 或 leave（默认 pay）。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>OUTCOME</source>
            <translation>OUTCOME</translation>
        </message>
        <message>
            <location line="+2" />
            <source>A fault the payment notification carries, such as bad-signature or wrong-amount.</source>
            <translation>支付回调通知中注入的故障，例如 bad-signature 或 wrong-amount。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>KEY</source>
            <translation>KEY</translation>
        </message>
        <message>
            <location line="+2" />
            <source>How much faster than the channel's retry schedule to retry (60 = a minute per second; default 60).</source>
            <translation>重试相对渠道重试计划的时间压缩倍数（60 = 每秒相当于一分钟；默认 60）。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>N</source>
            <translation>N</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Prints each step's request and answer too.</source>
            <translation>同时打印每个步骤的请求和响应。</translation>
        </message>
        <message>
            <location line="+10" />
            <source>--amount YUAN is required, such as --amount 0.40.</source>
            <translation>必须指定 --amount YUAN，例如 --amount 0.40。</translation>
        </message>
        <message>
            <location line="+5" />
            <source>The amount must be at least 0.01.</source>
            <translation>金额不能低于 0.01。</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Unknown scene "%1"; use mnp, oa, h5, alipay-wap or alipay-page.</source>
            <translation>未知场景“%1”；请使用 mnp、oa、h5、alipay-wap 或 alipay-page。</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Unknown outcome "%1"; use pay, cancel, fail or leave.</source>
            <translation>未知结果“%1”；请使用 pay、cancel、fail 或 leave。</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Unknown fault "%1"; use one of: %2.</source>
            <translation>未知故障“%1”；请使用以下之一：%2。</translation>
        </message>
        <message>
            <location line="+7" />
            <source>--compression must be a whole number of at least 1.</source>
            <translation>--compression 必须是不小于 1 的整数。</translation>
        </message>
        <message>
            <location line="+5" />
            <source>--notify-url must be an http:// or https:// URL.</source>
            <translation>--notify-url 必须是 http:// 或 https:// URL。</translation>
        </message>
        <message>
            <location line="+31" />
            <source>A notify listener for this run is on %1.</source>
            <translation>本次运行的通知监听服务位于 %1。</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Sandbox gateway on %1.</source>
            <translation>沙箱网关位于 %1。</translation>
        </message>
        <message>
            <location line="+47" />
            <source>Result: order %1 %2 (expected: %3).</source>
            <translation>结果：订单 %1 %2（预期：%3）。</translation>
        </message>
    </context>
    <context>
        <name>SandboxScene</name>
        <message>
            <location filename="../app/sandbox/sandboxledger.cpp" line="-282" />
            <source>WeChat mini program</source>
            <translation>微信小程序</translation>
        </message>
        <message>
            <location line="+1" />
            <source>WeChat official account</source>
            <translation>微信公众号</translation>
        </message>
        <message>
            <location line="+1" />
            <source>WeChat H5 (outside browser)</source>
            <translation>微信 H5（外部浏览器）</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Alipay H5 (wap)</source>
            <translation>支付宝 H5（wap）</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Alipay PC (page)</source>
            <translation>支付宝 PC（page）</translation>
        </message>
    </context>
    <context>
        <name>SandboxService</name>
        <message>
            <location filename="../app/sandbox/sandboxservice.cpp" line="+91" />
            <source>There is no sandbox identity yet. Create one first (mcpay-admin sandbox init).</source>
            <translation>尚无沙箱身份。请先创建一个（mcpay-admin sandbox init）。</translation>
        </message>
    </context>
    <context>
        <name>SchemaMigrator</name>
        <message>
            <location filename="../models/db/schemamigrator.cpp" line="+25" />
            <source>The schema is up to date.</source>
            <translation>数据库结构已是最新。</translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>Applied %n migration(s): %1.</source>
            <translation>
                <numerusform>已应用 %n 个迁移：%1。</numerusform>
            </translation>
        </message>
        <message>
            <location line="+6" />
            <source>&lt;empty&gt;</source>
            <translation>&lt;空&gt;</translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>The order table has %n duplicated order sn(s), so the UNIQUE index on order_sn was not added; mcpay-admin carries on without it. Duplicates: %1. Resolve them and run the migration again to add the index.</source>
            <translation>
                <numerusform>订单表中有 %n 个重复的订单号，因此未添加 order_sn 的 UNIQUE 索引；mcpay-admin 将在没有该索引的情况下继续运行。重复项：%1。请处理这些重复项后重新运行迁移以添加索引。</numerusform>
            </translation>
        </message>
        <message>
            <location line="+72" />
            <source>Creating the migration table</source>
            <translation>创建迁移表</translation>
        </message>
        <message>
            <location line="+17" />
            <source>Looking up the order sn index</source>
            <translation>查找订单号索引</translation>
        </message>
        <message>
            <location line="+15" />
            <source>Looking for duplicated order sns</source>
            <translation>查找重复的订单号</translation>
        </message>
        <message>
            <location line="+28" />
            <source>Reading the applied migrations</source>
            <translation>读取已应用的迁移</translation>
        </message>
        <message>
            <location line="-17" />
            <source>No schema files are built into this program; the build is incomplete.</source>
            <translation>本程序未内置任何数据库结构文件；构建不完整。</translation>
        </message>
        <message>
            <location line="+35" />
            <source>The optional migration %1 was not applied: %2</source>
            <translation>可选迁移 %1 未应用：%2</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Migration %1 failed: %2
Statement: %3</source>
            <translation>迁移 %1 失败：%2
语句：%3</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Recording migration %1</source>
            <translation>记录迁移 %1</translation>
        </message>
        <message>
            <location line="+33" />
            <source>Adding the UNIQUE index on order_sn</source>
            <translation>添加 order_sn 的 UNIQUE 索引</translation>
        </message>
    </context>
    <context>
        <name>SecretStore</name>
        <message>
            <location filename="../app/secrets/secretstore.cpp" line="+20" />
            <source>The keychain has no entry "%1".</source>
            <translation>系统钥匙串中没有条目 "%1"。</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The keychain refused access to "%1"; unlock it and try again.</source>
            <translation>系统钥匙串拒绝访问 "%1"；请解锁后重试。</translation>
        </message>
        <message>
            <location line="+3" />
            <source>No OS keychain is available. mcpay-admin keeps secrets in the Secret Service (GNOME Keyring or KWallet) over D-Bus: start a desktop session, or run `dbus-run-session` with gnome-keyring-daemon unlocked. (%1)</source>
            <translation>没有可用的系统钥匙串。mcpay-admin 通过 D-Bus 将密钥保存在 Secret Service（GNOME Keyring 或 KWallet）中：请启动桌面会话，或在已解锁 gnome-keyring-daemon 的情况下使用 `dbus-run-session` 运行。（%1）</translation>
        </message>
        <message>
            <location line="+17" />
            <source>The OS keychain cannot be reached because no D-Bus session is running. Start mcpay-admin inside a desktop session, or wrap it in `dbus-run-session` with gnome-keyring-daemon unlocked. (%1)</source>
            <translation>由于没有运行中的 D-Bus 会话，无法访问系统钥匙串。请在桌面会话中启动 mcpay-admin，或在已解锁 gnome-keyring-daemon 的情况下用 `dbus-run-session` 包装运行。（%1）</translation>
        </message>
        <message>
            <location line="+5" />
            <source>The keychain failed on "%1": %2</source>
            <translation>系统钥匙串处理 "%1" 时失败：%2</translation>
        </message>
    </context>
    <context>
        <name>ServeCommand</name>
        <message>
            <location filename="../app/cli/servecommands.cpp" line="+74" />
            <source>sandbox: trade %1 was paid but has no notify URL</source>
            <translation>sandbox: 交易 %1 已支付，但没有通知地址</translation>
        </message>
        <message>
            <location line="+12" />
            <source>sandbox: notification for %1 to %2: HTTP %3 %4</source>
            <translation>sandbox: 发往 %2 的 %1 回调通知：HTTP %3 %4</translation>
        </message>
        <message>
            <location line="+17" />
            <source>Runs the WeChat Pay / Alipay notify listener without the GUI.</source>
            <translation>以无界面方式运行微信支付/支付宝回调通知监听服务。</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Address and port to listen on (default: the file's "listen", else 127.0.0.1:8787).</source>
            <translation>监听的地址和端口（默认：配置文件中的 "listen"，否则为 127.0.0.1:8787）。</translation>
        </message>
        <message>
            <location line="+2" />
            <location line="+13" />
            <source>HOST:PORT</source>
            <translation>HOST:PORT</translation>
        </message>
        <message>
            <location line="-11" />
            <source>The JSON configuration file (see docs/serve.md).</source>
            <translation>JSON 配置文件（参见 docs/serve.md）。</translation>
        </message>
        <message>
            <location line="+0" />
            <location line="+8" />
            <source>FILE</source>
            <translation>FILE</translation>
        </message>
        <message>
            <location line="-6" />
            <source>Also serve the seed's client endpoints /api/pay/createMarketingChatOrder and /api/pay/unifiedpay (likeadmin envelope, `token` header).</source>
            <translation>同时提供种子应用（seed）的客户端接口 /api/pay/createMarketingChatOrder 和 /api/pay/unifiedpay（likeadmin 响应封装，`token` 请求头）。</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Run the payment sandbox with this identity (sandbox-identity.json of `sandbox export`): the listener trusts the sandbox keys (instead of --config) and the sandbox gateway starts on --gateway-listen.</source>
            <translation>使用此身份运行支付沙箱（`sandbox export` 导出的 sandbox-identity.json）：监听服务信任沙箱密钥（替代 --config），沙箱网关在 --gateway-listen 指定的地址上启动。</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Address and port of the sandbox gateway (default 127.0.0.1:8788).</source>
            <translation>沙箱网关的地址和端口（默认 127.0.0.1:8788）。</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Seconds to let requests in flight finish on SIGTERM (default 10).</source>
            <translation>收到 SIGTERM 后等待处理中请求完成的秒数（默认 10）。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>SECONDS</source>
            <translation>SECONDS</translation>
        </message>
        <message>
            <location line="+7" />
            <source>serve: give either --config FILE or --sandbox-identity FILE (see docs/serve.md for an example).</source>
            <translation>serve: 请指定 --config FILE 或 --sandbox-identity FILE 之一（示例参见 docs/serve.md）。</translation>
        </message>
        <message>
            <location line="+10" />
            <source>serve: the sandbox identity %1: %2</source>
            <translation>serve: 沙箱身份 %1：%2</translation>
        </message>
        <message>
            <location line="+8" />
            <location line="+10" />
            <location line="+6" />
            <location line="+7" />
            <location line="+32" />
            <location line="+28" />
            <source>serve: %1</source>
            <translation>serve: %1</translation>
        </message>
        <message>
            <location line="-55" />
            <source>serve: the database %1 has no notification journal yet; run: mcpay-admin db migrate --db %2</source>
            <translation>serve: 数据库 %1 尚无通知日志；请运行：mcpay-admin db migrate --db %2</translation>
        </message>
        <message>
            <location line="+9" />
            <source>serve: cannot install the SIGTERM handler.</source>
            <translation>serve: 无法安装 SIGTERM 处理程序。</translation>
        </message>
        <message>
            <location line="+12" />
            <source>serve: --gateway-listen: %1</source>
            <translation>serve: --gateway-listen：%1</translation>
        </message>
        <message>
            <location line="+15" />
            <source>sandbox gateway on %1 (WeChat Pay base URL; Alipay %2)</source>
            <translation>沙箱网关位于 %1（微信支付基础 URL；支付宝 %2）</translation>
        </message>
        <message>
            <location line="+37" />
            <source>listening on %1:%2 (database %3; channels %4)</source>
            <translation>正在监听 %1:%2（数据库 %3；渠道 %4）</translation>
        </message>
        <message>
            <location line="+6" />
            <source>client API: POST /api/pay/createMarketingChatOrder and /api/pay/unifiedpay (header token: sandbox-user-1 or sandbox-user-2)</source>
            <translation>客户端接口：POST /api/pay/createMarketingChatOrder 和 /api/pay/unifiedpay（请求头 token: sandbox-user-1 或 sandbox-user-2）</translation>
        </message>
        <message>
            <location line="+12" />
            <source>stopping: finishing requests in flight</source>
            <translation>正在停止：等待处理中的请求完成</translation>
        </message>
        <message>
            <location line="+9" />
            <source>stopped</source>
            <translation>已停止</translation>
        </message>
    </context>
    <context>
        <name>ServerCheck</name>
        <message>
            <location filename="../app/sandbox/servercheck.cpp" line="+61" />
            <source>Alipay</source>
            <translation>支付宝</translation>
        </message>
        <message>
            <location line="+0" />
            <source>WeChat Pay</source>
            <translation>微信支付</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Forged: WECHATPAY/SIGNTEST probe refused</source>
            <translation>伪造：已拒绝 WECHATPAY/SIGNTEST 签名探测</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Forged: signature by an unknown key refused</source>
            <translation>伪造：已拒绝未知密钥的签名</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Forged: unknown Wechatpay-Serial refused</source>
            <translation>伪造：已拒绝未知的 Wechatpay-Serial</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Forged: timestamp 10 minutes old refused</source>
            <translation>伪造：已拒绝过期 10 分钟的时间戳</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Forged: timestamp 10 minutes ahead refused</source>
            <translation>伪造：已拒绝超前 10 分钟的时间戳</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Forged: amount edited after signing refused</source>
            <translation>伪造：已拒绝签名后篡改的金额</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Forged: body cut short refused</source>
            <translation>伪造：已拒绝被截断的请求体</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Forged: another app_id refused</source>
            <translation>伪造：已拒绝其他 app_id</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Forged: another appid refused</source>
            <translation>伪造：已拒绝其他 appid</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Forged: another seller_id refused</source>
            <translation>伪造：已拒绝其他 seller_id</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Forged: another mchid refused</source>
            <translation>伪造：已拒绝其他 mchid</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Forged notification refused</source>
            <translation>已拒绝伪造通知</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Verify the sign parameter (RSA2) over all parameters except sign and sign_type, sorted by name, with the Alipay public key (the SDK's rsaCheckV1), before anything else, and answer "fail" when it does not hold.</source>
            <translation>在做任何其他处理之前，先用支付宝公钥（即 SDK 的 rsaCheckV1）校验 sign 参数（RSA2）：签名覆盖除 sign 和 sign_type 之外的全部参数，按参数名排序；校验不通过时应答 "fail"。</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Verify the Wechatpay-Signature header over "Wechatpay-Timestamp\nWechatpay-Nonce\nraw body\n" with the WeChat Pay public key named by Wechatpay-Serial, before decrypting, and answer HTTP 401 when it does not hold (likeadmin's v3 notify path decrypts without verifying).</source>
            <translation>在解密之前，先用 Wechatpay-Serial 指定的微信支付公钥，对 "Wechatpay-Timestamp\nWechatpay-Nonce\n原始请求体\n" 校验 Wechatpay-Signature 请求头；校验不通过时应答 HTTP 401（likeadmin 的 v3 回调通知处理流程只解密、不验签）。</translation>
        </message>
        <message>
            <location line="+6" />
            <source>WeChat Pay itself sends probe notifications whose Wechatpay-Signature starts with WECHATPAY/SIGNTEST/ to find merchants that do not verify signatures; this server took one. %1</source>
            <translation>微信支付官方会发送 Wechatpay-Signature 以 WECHATPAY/SIGNTEST/ 开头的探测通知，用于找出未验签的商户；该服务器接受了这样一条通知。%1</translation>
        </message>
        <message>
            <location line="+5" />
            <source>This notification was signed with a key that is not %1's, so anyone on the Internet could have sent it and mark orders paid without paying. %2</source>
            <translation>该通知的签名密钥不属于 %1，也就是说互联网上任何人都能发送这样的通知，无需付款即可将订单标记为已支付。%2</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Wechatpay-Serial named a key this server does not have. The server must refuse it, not fall back to another key or skip the check. %1</source>
            <translation>Wechatpay-Serial 指定的密钥在该服务器上不存在。服务器必须拒绝该通知，而不能改用其他密钥或跳过校验。%1</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Wechatpay-Timestamp was 10 minutes away from now. Refuse notifications whose timestamp differs from the server's clock by 300 seconds or more, so that a captured notification cannot be replayed later (and keep the server's clock in sync).</source>
            <translation>Wechatpay-Timestamp 与当前时间相差 10 分钟。时间戳与服务器时钟相差 300 秒及以上的通知应予拒绝，以免截获的通知日后被重放（同时请保持服务器时钟同步）。</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The amount was edited after %1 signed the notification, so the signature no longer holds. Accepting it means the signature is not checked, or not over the raw body as it arrived (never re-encode the JSON or the form before verifying). %2</source>
            <translation>%1 签名后金额被篡改，签名已不成立。接受该通知说明没有验签，或者验签时使用的不是收到的原始请求体（验签前切勿重新编码 JSON 或表单）。%2</translation>
        </message>
        <message>
            <location line="+5" />
            <source>The body was cut in half after signing. The server must refuse it: the signature fails and the content does not parse. Accepting it means errors are ignored and success is answered regardless. %1</source>
            <translation>请求体在签名后被截去一半。服务器必须拒绝：签名校验失败，内容也无法解析。接受该通知说明错误被忽略，且无论如何都会应答 success。%1</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Validly signed, but for another app_id: a payment to a different Alipay application. Compare app_id with your own before using the notification.</source>
            <translation>签名有效，但属于另一个 app_id：这是付给另一个支付宝应用的款项。使用该通知前，请将 app_id 与自己的 app_id 进行比对。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Validly signed, but the decrypted resource names another appid: a payment made in a different mini-program or official account. Compare appid with your own appids before marking the order paid.</source>
            <translation>签名有效，但解密后的 resource 中是另一个 appid：这是在另一个小程序或公众号中完成的支付。将订单标记为已支付前，请将 appid 与自己的各个 appid 进行比对。</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Validly signed, but seller_id names another Alipay account: the money went to someone else. Compare seller_id with your own before marking the order paid.</source>
            <translation>签名有效，但 seller_id 指向另一个支付宝账号：款项付给了别人。将订单标记为已支付前，请将 seller_id 与自己的进行比对。</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Validly signed, but the decrypted resource names another mchid: the money went to another merchant. Compare mchid with your own before marking the order paid.</source>
            <translation>签名有效，但解密后的 resource 中是另一个 mchid：款项进入了另一个商户。将订单标记为已支付前，请将 mchid 与自己的进行比对。</translation>
        </message>
        <message>
            <location line="+53" />
            <source>No HTTP answer came back (%1). The channel treats that as a failure and sends the notification again.</source>
            <translation>未收到 HTTP 响应（%1）。渠道会将其视为失败并重新发送通知。</translation>
        </message>
        <message>
            <location line="+4" />
            <source>WeChat Pay decides by the HTTP status alone: only 200 or 204 mean "received"; anything else (here HTTP %1) makes it send the notification again, up to 15 more times over 24 hours. Answer HTTP 200 with {"code":"SUCCESS","message":"成功"} (or 204 with no body) once the order is saved.</source>
            <translation>微信支付仅根据 HTTP 状态码判断：只有 200 或 204 表示“已接收”；其他任何状态（此处为 HTTP %1）都会使其重新发送通知，24 小时内最多再发 15 次。订单保存后，请应答 HTTP 200 和 {"code":"SUCCESS","message":"成功"}（或不带响应体的 204）。</translation>
        </message>
        <message>
            <location line="+6" />
            <source>A redirect is not followed: check that the notify URL is the exact route (no forced HTTPS or login redirect in front of it).</source>
            <translation>渠道不会跟随重定向：请确认通知地址就是准确的路由（前面没有强制 HTTPS 或登录重定向）。</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Alipay counts a notification as received only when the answer is HTTP 200 with a body of exactly the 7 bytes success; anything else makes it send the notification again, 8 times over about 25 hours.</source>
            <translation>只有当响应为 HTTP 200 且响应体恰好是 7 字节的 success 时，支付宝才认为通知已接收；其他任何响应都会使其重新发送通知，约 25 小时内共 8 次。</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The server answered HTTP %1.</source>
            <translation>服务器返回 HTTP %1。</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The answer starts with a UTF-8 byte-order mark (bytes EF BB BF) before success: a PHP file of the application was saved as "UTF-8 with BOM". Save every PHP file without BOM.</source>
            <translation>响应在 success 之前带有 UTF-8 字节顺序标记（字节 EF BB BF）：应用中某个 PHP 文件以“UTF-8 with BOM”格式保存。请将所有 PHP 文件保存为无 BOM 格式。</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The answer is success with whitespace or a line break around it (%1): echo "success\n", a println, or a line after a closing ?&gt; tag. Output exactly success and leave out the closing ?&gt; tag.</source>
            <translation>响应是 success，但前后带有空白或换行（%1）：原因可能是 echo "success\n"、println，或结束标签 ?&gt; 之后还有一行。请只输出 success，并省略结束标签 ?&gt;。</translation>
        </message>
        <message>
            <location line="+5" />
            <source>The answer was %1: Alipay compares byte for byte, in lower case. Answer success, not SUCCESS or Success.</source>
            <translation>响应为 %1：支付宝逐字节比较，且要求小写。请应答 success，而不是 SUCCESS 或 Success。</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The answer is JSON (%1): ThinkPHP/likeadmin controllers answer JSON by default (return $this-&gt;success(…), return json(…)). Alipay needs the plain text: return response('success'); or echo 'success'; exit;</source>
            <translation>响应是 JSON（%1）：ThinkPHP/likeadmin 控制器默认返回 JSON（return $this-&gt;success(…)、return json(…)）。支付宝需要纯文本：return response('success'); 或 echo 'success'; exit;</translation>
        </message>
        <message>
            <location line="+5" />
            <source>The answer was %1.</source>
            <translation>响应为 %1。</translation>
        </message>
        <message>
            <location line="+7" />
            <location line="+32" />
            <location line="+569" />
            <source>no answer</source>
            <translation>无响应</translation>
        </message>
        <message>
            <location line="-601" />
            <source>no answer: %1</source>
            <translation>无响应：%1</translation>
        </message>
        <message>
            <location line="+1" />
            <source>HTTP %1, %2</source>
            <translation>HTTP %1，%2</translation>
        </message>
        <message>
            <location line="+7" />
            <source>paid</source>
            <translation>已支付</translation>
        </message>
        <message>
            <location line="+0" />
            <source>unpaid</source>
            <translation>未支付</translation>
        </message>
        <message>
            <location line="+16" />
            <source>Server check of %1 (%2)</source>
            <translation>%1 的服务器检查（%2）</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Forged notifications accepted: %1 (must be 0)</source>
            <translation>被接受的伪造通知：%1（必须为 0）</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Every check passed (%1 of %1).</source>
            <translation>全部检查项均通过（%1 / %1）。</translation>
        </message>
        <message>
            <location line="+3" />
            <source>%1 of %2 checks failed.</source>
            <translation>%2 项检查中有 %1 项未通过。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Failures:</source>
            <translation>未通过项：</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Sent: %1</source>
            <translation>已发送：%1</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Answer: %1</source>
            <translation>响应：%1</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Order afterwards: %1</source>
            <translation>之后的订单状态：%1</translation>
        </message>
        <message>
            <location line="+191" />
            <source>The server check needs a channel: WeChat Pay or Alipay.</source>
            <translation>服务器检查需要指定渠道：微信支付或支付宝。</translation>
        </message>
        <message>
            <location line="+5" />
            <source>The notify URL "%1" is not a full http(s) URL.</source>
            <translation>通知地址“%1”不是完整的 http(s) URL。</translation>
        </message>
        <message>
            <location line="+4" />
            <source>There is no sandbox identity: create one (mcpay-admin sandbox init) and configure the server under test with its keys.</source>
            <translation>尚无沙箱身份：请先创建一个（mcpay-admin sandbox init），并用其密钥配置被测服务器。</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Cannot open the database of the server under test: %1</source>
            <translation>无法打开被测服务器的数据库：%1</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Learning order states through the client API needs a user token and an order status URL with {order_id} or {order_sn} in it.</source>
            <translation>通过客户端接口获取订单状态，需要用户令牌(token)以及包含 {order_id} 或 {order_sn} 的订单状态 URL。</translation>
        </message>
        <message>
            <location line="+9" />
            <source>The check needs a way to see the orders: the database URL of the server under test, or its client API (base URL, user token and order status URL).</source>
            <translation>检查需要能够查看订单：提供被测服务器的数据库 URL，或其客户端接口（基础 URL、用户令牌和订单状态 URL）。</translation>
        </message>
        <message>
            <location line="+59" />
            <source>Cannot create a test order in the database of the server under test: %1</source>
            <translation>无法在被测服务器的数据库中创建测试订单：%1</translation>
        </message>
        <message>
            <location line="+11" />
            <source>The server under test did not create a test order through createMarketingChatOrder: %1</source>
            <translation>被测服务器未能通过 createMarketingChatOrder 创建测试订单：%1</translation>
        </message>
        <message>
            <location line="+14" />
            <location line="+84" />
            <source>Cannot read the orders of the server under test: %1</source>
            <translation>无法读取被测服务器的订单：%1</translation>
        </message>
        <message>
            <location line="-55" />
            <source>The order status URL gave no answer: %1</source>
            <translation>订单状态 URL 没有响应：%1</translation>
        </message>
        <message>
            <location line="+6" />
            <source>The order status URL refused the user token (code -1): log in again and pass a fresh token.</source>
            <translation>订单状态 URL 拒绝了该用户令牌（code -1）：请重新登录并传入新的令牌。</translation>
        </message>
        <message>
            <location line="+5" />
            <source>The order status URL answered HTTP %1 without a pay_status for order %2.</source>
            <translation>订单状态 URL 返回了 HTTP %1，但没有订单 %2 的 pay_status。</translation>
        </message>
        <message>
            <location line="+54" />
            <source>Notification for an unknown order handled without a crash</source>
            <translation>未知订单的回调通知已正常处理（未崩溃）</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The server gave no HTTP answer to a notification about an order it does not have (%1): the request probably killed the PHP process. Look the order up and, when there is none, answer an error (WeChat: 404 with {"code":"FAIL"}; Alipay: fail) without throwing.</source>
            <translation>对于一条关于不存在订单的回调通知，服务器没有返回 HTTP 响应（%1）：该请求很可能导致 PHP 进程崩溃。请先查询订单，若不存在，则应答错误（微信：404 和 {"code":"FAIL"}；支付宝：fail），不要抛出异常。</translation>
        </message>
        <message>
            <location line="+6" />
            <source>The server answered HTTP %1 with an HTML error page to a notification about an order it does not have: the handler crashed, typically by using the result of find()/where()-&gt;find() without checking it for null. Check that the order exists and answer an error (WeChat: 404 with {"code":"FAIL"}; Alipay: fail) or success to stop the retries; an exception page can also leak paths and stack traces.</source>
            <translation>对于一条关于不存在订单的回调通知，服务器返回了 HTTP %1 和 HTML 错误页：处理程序已崩溃，通常是因为使用 find()/where()-&gt;find() 的结果前没有检查其是否为 null。请检查订单是否存在，并应答错误（微信：404 和 {"code":"FAIL"}；支付宝：fail）或应答 success 以停止重试；异常页面还可能泄露路径和堆栈信息。</translation>
        </message>
        <message>
            <location line="+21" />
            <source>Genuine notification applied (order marked paid)</source>
            <translation>真实通知已生效（订单已标记为已支付）</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The server acknowledged a genuine notification but order %1 is still unpaid, and the channel will not send it again: the payment is lost. Typical causes: out_trade_no shortened before the lookup (see the sn check), an UPDATE that failed while the handler still answered success, or the wrong table prefix. Answer success only after the order row was updated.</source>
            <translation>服务器已应答一条真实通知，但订单 %1 仍为未支付，且渠道不会再次发送：这笔支付就此丢失。常见原因：查询前截短了 out_trade_no（参见订单号检查项）、UPDATE 失败但处理程序仍应答 success，或表前缀错误。请仅在订单记录更新成功后再应答 success。</translation>
        </message>
        <message>
            <location line="+7" />
            <source>No HTTP answer (%1). Is the notify URL right and the server running?</source>
            <translation>无 HTTP 响应（%1）。请确认通知地址是否正确、服务器是否正在运行。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The server refused a genuine notification for order %1 (amount %2). Check that it uses the sandbox keys of this check: %3 If it compares amounts, compare integer fen parsed from the decimal text: intval(0.29 * 100) is 28, not 29.</source>
            <translation>服务器拒绝了订单 %1（金额 %2）的真实通知。请确认其使用的是本次检查的沙箱密钥：%3 如果要比较金额，请比较从十进制文本解析出的整数分：intval(0.29 * 100) 的结果是 28，而不是 29。</translation>
        </message>
        <message>
            <location line="+5" />
            <source>the Alipay public key, app_id and seller_id from the exported alipay/ folder.</source>
            <translation>导出的 alipay/ 文件夹中的支付宝公钥、app_id 和 seller_id。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>the APIv3 key, the WeChat Pay public key with its PUB_KEY_ID_ id, the mchid and the appids from the exported wechat/ folder.</source>
            <translation>导出的 wechat/ 文件夹中的 APIv3 密钥、微信支付公钥及其 PUB_KEY_ID_ 开头的 ID、mchid 和各个 appid。</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Acknowledged with exactly "success"</source>
            <translation>应答内容恰好为 "success"</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Acknowledged with HTTP 200 or 204</source>
            <translation>以 HTTP 200 或 204 应答</translation>
        </message>
        <message>
            <location line="+21" />
            <source>Amount compared with the order</source>
            <translation>已将金额与订单比对</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The notification was validly signed but for %1 while order %2 is %3, and the server marked the order paid: it never compares the notified amount with the order. Compare %4 with the order's order_amount, both in integer fen, before marking it paid, and refuse the notification when they differ.</source>
            <translation>该通知签名有效，但金额为 %1，而订单 %2 的金额为 %3，服务器却将订单标记为已支付：它从未将通知中的金额与订单比对。将订单标记为已支付前，请将 %4 与订单的 order_amount 比对（两者均换算为整数分），不一致时拒绝该通知。</translation>
        </message>
        <message>
            <location line="+7" />
            <source>total_amount (yuan, parse the decimal text; no floats)</source>
            <translation>total_amount（单位为元，解析十进制文本；不要用浮点数）</translation>
        </message>
        <message>
            <location line="+2" />
            <source>amount.total (fen)</source>
            <translation>amount.total（单位为分）</translation>
        </message>
        <message>
            <location line="+12" />
            <source>The server acknowledged this forged notification and marked order %1 paid.</source>
            <translation>服务器应答了这条伪造通知，并将订单 %1 标记为已支付。</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The server marked order %1 paid from this forged notification.</source>
            <translation>服务器根据这条伪造通知将订单 %1 标记为已支付。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The server acknowledged this forged notification (the order stayed unpaid, but the answer says it was accepted).</source>
            <translation>服务器应答了这条伪造通知（订单仍为未支付，但应答表示已接受）。</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Answering HTTP 200 with "code":"FAIL" still counts as received: WeChat Pay looks at the status only; refuse with HTTP 401.</source>
            <translation>返回 HTTP 200 并附带 "code":"FAIL" 仍会被视为已接收：微信支付只看状态码；请用 HTTP 401 拒绝。</translation>
        </message>
        <message>
            <location line="+55" />
            <source>%1 concurrent duplicates: all acknowledged, paid once</source>
            <translation>%1 条并发重复通知：全部已应答，仅支付一次</translation>
        </message>
        <message>
            <location line="+7" />
            <source>%1 of %2 copies sent at the same moment were not acknowledged (answers: %3). Channels send duplicates as a matter of course; a copy for an order that is already paid must be answered with success, not an error, or the channel keeps retrying.</source>
            <translation>同时发送的 %2 份通知中有 %1 份未被应答（响应：%3）。渠道发送重复通知是常态；对于已支付订单的重复通知，必须应答 success 而不是错误，否则渠道会持续重试。</translation>
        </message>
        <message>
            <location line="+8" />
            <source>A copy sent after the order was paid was not acknowledged (%1): answer success when the order is already paid.</source>
            <translation>订单支付后发送的重复通知未被应答（%1）：订单已支付时请应答 success。</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The order was not marked paid by any of the copies (see the genuine notification check).</source>
            <translation>所有重复通知都未能将订单标记为已支付（参见真实通知检查项）。</translation>
        </message>
        <message>
            <location line="+3" />
            <source>A later copy changed the paid order again (pay_time or transaction_id): the paid check is not atomic. Mark it paid with one conditional UPDATE … SET pay_status = 1 WHERE id = ? AND pay_status = 0 inside the transaction, and run the side effects only when that UPDATE changed a row.</source>
            <translation>后到的重复通知再次修改了已支付订单（pay_time 或 transaction_id）：已支付判断不是原子操作。请在事务内用一条带条件的 UPDATE … SET pay_status = 1 WHERE id = ? AND pay_status = 0 标记已支付，并仅在该 UPDATE 实际修改了一行时才执行后续操作（副作用）。</translation>
        </message>
        <message>
            <location line="+47" />
            <source>Order sn used in full (not cut to 18 characters)</source>
            <translation>使用完整订单号（未截断为 18 个字符）</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The notification was for order %1 (20 characters), but the server marked order %2 paid instead: the same number cut to 18 characters. The handler shortens out_trade_no before the lookup (substr($out_trade_no, 0, 18)); an order sn is "MC" + 14 digits of time + 4 digits, 20 characters. Look the order up by the full out_trade_no, unchanged.</source>
            <translation>通知针对的是订单 %1（20 个字符），服务器却将订单 %2 标记为已支付：即同一编号被截断为 18 个字符。处理程序在查询前截短了 out_trade_no（substr($out_trade_no, 0, 18)）；订单号格式为 "MC" + 14 位时间 + 4 位数字，共 20 个字符。请使用完整、未经改动的 out_trade_no 查询订单。</translation>
        </message>
        <message>
            <location line="+7" />
            <source>The server acknowledged a genuine notification for order %1 (20 characters) but did not mark it paid: the symptom of cutting out_trade_no to 18 characters before the lookup (substr($out_trade_no, 0, 18)), which finds no order while the handler still answers success. The channel will not send it again, so the payment is lost. Look the order up by the full out_trade_no, and answer success only after the order was updated.</source>
            <translation>服务器已应答订单 %1（20 个字符）的真实通知，但未将其标记为已支付：这是查询前将 out_trade_no 截断为 18 个字符（substr($out_trade_no, 0, 18)）的典型症状——查不到订单，处理程序却仍应答 success。渠道不会再次发送，这笔支付就此丢失。请使用完整的 out_trade_no 查询订单，并仅在订单更新后再应答 success。</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Could not be judged: the server refused the genuine notification (see the first check).</source>
            <translation>无法判定：服务器拒绝了真实通知（参见第一个检查项）。</translation>
        </message>
    </context>
    <context>
        <name>ServerCheckPage</name>
        <message>
            <location filename="../ui/payments/servercheckpage.cpp" line="+57" />
            <source>https://shop.example.com/api/pay/notifyMnp</source>
            <translation>https://shop.example.com/api/pay/notifyMnp</translation>
        </message>
        <message>
            <location line="+2" />
            <source>This Application's &amp;Listener</source>
            <translation>本应用的监听服务(&amp;L)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Check the embedded notify listener on the current database (it is switched to the sandbox channels).</source>
            <translation>检查当前数据库上的内置监听服务（会将其切换到沙箱渠道）。</translation>
        </message>
        <message>
            <location line="+10" />
            <source>WeChat Pay (API v3)</source>
            <translation>微信支付（API v3）</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Alipay</source>
            <translation>支付宝</translation>
        </message>
        <message>
            <location line="+5" />
            <source>The server's database</source>
            <translation>服务器的数据库</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The server's client API</source>
            <translation>服务器的客户端接口</translation>
        </message>
        <message>
            <location line="+8" />
            <source>mysql://user@127.0.0.1:3306/likeadmin?prefix=la_</source>
            <translation>mysql://user@127.0.0.1:3306/likeadmin?prefix=la_</translation>
        </message>
        <message>
            <location line="+4" />
            <source>not remembered</source>
            <translation>不保存</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Database &amp;URL:</source>
            <translation>数据库 URL(&amp;U)：</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Password:</source>
            <translation>密码(&amp;P)：</translation>
        </message>
        <message>
            <location line="+8" />
            <source>https://shop.example.com</source>
            <translation>https://shop.example.com</translation>
        </message>
        <message>
            <location line="+4" />
            <source>a test user's token (not remembered)</source>
            <translation>测试用户的令牌（不保存）</translation>
        </message>
        <message>
            <location line="+3" />
            <source>https://shop.example.com/api/pay/payStatus?from=marketing_chat&amp;order_id={order_id}</source>
            <translation>https://shop.example.com/api/pay/payStatus?from=marketing_chat&amp;order_id={order_id}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>A URL answering JSON with "pay_status" (1 = paid); {order_id} and {order_sn} are replaced.</source>
            <translation>返回含 "pay_status" 的 JSON 的 URL（1 = 已支付）；其中的 {order_id} 和 {order_sn} 会被替换。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>API &amp;base URL:</source>
            <translation>API 基础 URL(&amp;B)：</translation>
        </message>
        <message>
            <location line="+1" />
            <source>User &amp;token:</source>
            <translation>用户令牌(&amp;T)：</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Order &amp;status URL:</source>
            <translation>订单状态 URL(&amp;S)：</translation>
        </message>
        <message>
            <location line="+10" />
            <source>How many copies of one notification are sent at the same time.</source>
            <translation>同一条通知同时发送的份数。</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Notify URL:</source>
            <translation>通知地址(&amp;N)：</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Channel:</source>
            <translation>渠道(&amp;C)：</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Learn the outcome from:</source>
            <translation>结果探查方式：</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Concurrent &amp;duplicates:</source>
            <translation>并发重复通知(&amp;D)：</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Run Checks</source>
            <translation>运行检查(&amp;R)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Cancel</source>
            <translation>取消</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Save Report…</source>
            <translation>保存报告(&amp;S)…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Cop&amp;y Report</source>
            <translation>复制报告(&amp;Y)</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Run Server Checks</source>
            <translation>运行服务器检查</translation>
        </message>
        <message>
            <location line="+7" />
            <source>The server under test must use the exported sandbox identity (Tools ▸ Sandbox ▸ Export Sandbox Identity…).</source>
            <translation>被测服务器必须使用导出的沙箱身份（工具 ▸ 沙箱 ▸ 导出沙箱身份…）。</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Result</source>
            <translation>结果</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Check</source>
            <translation>检查项</translation>
        </message>
        <message>
            <location line="+0" />
            <source>HTTP</source>
            <translation>HTTP</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Acknowledged</source>
            <translation>已应答</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Order paid</source>
            <translation>订单已支付</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Select a check to read what was sent, what came back and what to fix.</source>
            <translation>选择一个检查项，查看发送的内容、返回的内容以及需要修复的问题。</translation>
        </message>
        <message>
            <location line="+30" />
            <source>The embedded listener is not running on the sandbox channels; the Notifications tab says why.</source>
            <translation>内置监听服务未在沙箱渠道上运行；原因请见“回调通知”标签页。</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Target: this application's listener at %1, outcome read from the current database.</source>
            <translation>目标：本应用程序位于 %1 的监听服务，结果从当前数据库读取。</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Enter the notify URL of the server under test (http or https).</source>
            <translation>请输入被测服务器的通知地址（http 或 https）。</translation>
        </message>
        <message>
            <location line="+7" />
            <source>The sandbox identity is still being read from the keychain; try again in a moment.</source>
            <translation>仍在从系统钥匙串读取沙箱身份；请稍后再试。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Checks sign with the sandbox identity: create one first (Tools ▸ Sandbox ▸ Create Sandbox Identity…) and configure the server under test with its export.</source>
            <translation>检查项使用沙箱身份签名：请先创建沙箱身份（工具 ▸ 沙箱 ▸ 创建沙箱身份…），并用其导出内容配置被测服务器。</translation>
        </message>
        <message>
            <location line="+14" />
            <source>The database URL is not valid: %1</source>
            <translation>数据库 URL 无效：%1</translation>
        </message>
        <message>
            <location line="+10" />
            <source>The client API needs its base URL, a user token and an order status URL with {order_id} or {order_sn}.</source>
            <translation>客户端接口需要基础 URL、用户令牌(token)，以及包含 {order_id} 或 {order_sn} 的订单状态 URL。</translation>
        </message>
        <message>
            <location line="+22" />
            <source>Every check passed (%1). Forged notifications accepted: 0.</source>
            <translation>所有检查项均已通过（%1）。被接受的伪造通知：0。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>%1 of %2 checks failed. Forged notifications accepted: %3 (must be 0). Select a failed check to read what to fix.</source>
            <translation>%2 个检查项中有 %1 个失败。被接受的伪造通知：%3（必须为 0）。选择失败的检查项可查看修复方法。</translation>
        </message>
        <message>
            <location line="+11" />
            <source>The checks could not run: %1</source>
            <translation>无法运行检查：%1</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Checking %1 (%2 checks)…</source>
            <translation>正在检查 %1（%2 个检查项）…</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Cancelled.</source>
            <translation>已取消。</translation>
        </message>
        <message>
            <location line="+7" />
            <source>✔ passed</source>
            <translation>✔ 通过</translation>
        </message>
        <message>
            <location line="+0" />
            <source>✘ failed</source>
            <translation>✘ 失败</translation>
        </message>
        <message>
            <location line="+3" />
            <source>none</source>
            <translation>无</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+1" />
            <source>yes</source>
            <translation>是</translation>
        </message>
        <message>
            <location line="-1" />
            <location line="+1" />
            <source>no</source>
            <translation>否</translation>
        </message>
        <message>
            <location line="+0" />
            <source>unknown</source>
            <translation>未知</translation>
        </message>
        <message>
            <location line="+20" />
            <source>Sent: %1</source>
            <translation>已发送：%1</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Answer: HTTP %1, body: %2</source>
            <translation>响应：HTTP %1，响应体：%2</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Answer: none (%1)</source>
            <translation>响应：无（%1）</translation>
        </message>
        <message>
            <location line="+23" />
            <source>Save Server Check Report</source>
            <translation>保存服务器检查报告</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Text (*.txt);;JSON (*.json)</source>
            <translation>文本 (*.txt);;JSON (*.json)</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Could not save the report to %1: %2</source>
            <translation>无法将报告保存到 %1：%2</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Saved the report to %1.</source>
            <translation>报告已保存到 %1。</translation>
        </message>
    </context>
    <context>
        <name>Statement</name>
        <message>
            <location filename="../models/finance/statement.cpp" line="+83" />
            <source>The statement has no header row with the columns %1.</source>
            <translation>对账单缺少包含列 %1 的表头行。</translation>
        </message>
        <message>
            <location line="+32" />
            <source>The statement is not UTF-8 text, and this system cannot read GBK; save it as UTF-8 and try again.</source>
            <translation>对账单不是 UTF-8 文本，且本系统无法读取 GBK；请另存为 UTF-8 后重试。</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The statement is neither UTF-8 nor GBK text.</source>
            <translation>对账单既不是 UTF-8 也不是 GBK 文本。</translation>
        </message>
        <message>
            <location line="+6" />
            <source>This is neither a WeChat Pay trade bill nor an Alipay business bill.</source>
            <translation>这既不是微信支付交易账单，也不是支付宝业务账单。</translation>
        </message>
        <message>
            <location line="+28" />
            <location line="+53" />
            <source>Line %1: no merchant order number; skipped.</source>
            <translation>第 %1 行：没有商户订单号；已跳过。</translation>
        </message>
        <message>
            <location line="-44" />
            <location line="+56" />
            <source>Line %1: the refund amount is not an amount; skipped.</source>
            <translation>第 %1 行：退款金额不是有效金额；已跳过。</translation>
        </message>
        <message>
            <location line="-49" />
            <location line="+56" />
            <source>Line %1: the amount is not an amount; skipped.</source>
            <translation>第 %1 行：金额不是有效金额；已跳过。</translation>
        </message>
        <message>
            <location line="-51" />
            <source>Line %1: trade state %2 is neither paid nor refunded; skipped.</source>
            <translation>第 %1 行：交易状态 %2 既不是已支付也不是已退款；已跳过。</translation>
        </message>
        <message>
            <location line="+56" />
            <source>Line %1: business type %2 is neither a trade nor a refund; skipped.</source>
            <translation>第 %1 行：业务类型 %2 既不是交易也不是退款；已跳过。</translation>
        </message>
    </context>
    <context>
        <name>TestPaymentPage</name>
        <message>
            <location filename="../ui/payments/testpaymentpage.cpp" line="+108" />
            <source>Create Sandbox Identity…</source>
            <translation>创建沙箱身份…</translation>
        </message>
        <message>
            <location line="+8" />
            <source>0.40</source>
            <translation>0.40</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The amount in yuan, at most two decimals</source>
            <translation>金额（元），最多两位小数</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Take the amount of a payment button of the flow open in the editor</source>
            <translation>使用编辑器中已打开对话流程里某个支付按钮的金额</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Refresh</source>
            <translation>刷新</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Read the payment buttons of the open flow again</source>
            <translation>重新读取已打开对话流程中的支付按钮</translation>
        </message>
        <message>
            <location line="+14" />
            <source>How the payer reaches the cashier; decides the channel and the notify route</source>
            <translation>付款人进入收银台的方式；决定支付渠道和通知路由</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Embedded listener (sandbox channels)</source>
            <translation>内置监听服务（沙箱渠道）</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Another server</source>
            <translation>其他服务器</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Where the signed notification goes</source>
            <translation>签名后的回调通知发送到何处</translation>
        </message>
        <message>
            <location line="+4" />
            <source>http://127.0.0.1:8000 (the channel's route is added) or a full notify URL</source>
            <translation>http://127.0.0.1:8000（自动追加渠道路由）或完整的通知地址</translation>
        </message>
        <message>
            <location line="+1" />
            <source>A base URL gets the channel's route (/api/pay/notifyMnp, /api/pay/notifyOa, /api/pay/aliNotify); a URL with a path is used as it is</source>
            <translation>若为基础 URL，将追加渠道路由（/api/pay/notifyMnp、/api/pay/notifyOa、/api/pay/aliNotify）；带路径的 URL 按原样使用</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Make the notification one a careful server must refuse or must not apply</source>
            <translation>构造一条严谨的服务器必须拒绝或不得据此处理订单的回调通知</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Retry it</source>
            <translation>重试</translation>
        </message>
        <message>
            <location line="+2" />
            <source>A notification with a fault is sent once; tick to have it retried on the channel's schedule like a real one (every retry carries the same fault)</source>
            <translation>带故障的回调通知只发送一次；勾选后将像真实通知一样按渠道的重试计划重试（每次重试都带有相同的故障）</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Channel schedule, real time</source>
            <translation>渠道重试计划，实际时间</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Compressed: a minute per second</source>
            <translation>时间压缩：每秒相当于 1 分钟</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Compressed: an hour per second</source>
            <translation>时间压缩：每秒相当于 1 小时</translation>
        </message>
        <message>
            <location line="+1" />
            <source>By hand (Next attempt now)</source>
            <translation>手动（立即进行下一次投递）</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Retries follow the channel's own schedule (WeChat 15 s, 15 s, 30 s, 3 min…; Alipay 4 min, 10 min…), in real time, compressed, or one at a time</source>
            <translation>重试按渠道自身的重试计划进行（微信支付 15 秒、15 秒、30 秒、3 分钟…；支付宝 4 分钟、10 分钟…），可按实际时间、时间压缩或逐次手动进行</translation>
        </message>
        <message>
            <location line="+12" />
            <source>&amp;Run Test Payment</source>
            <translation>运行测试支付(&amp;R)</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Create a sandbox order and pay it (Ctrl+Return)</source>
            <translation>创建沙箱订单并支付（Ctrl+Return）</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Run</source>
            <translation>运行</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Test payment</source>
            <translation>测试支付</translation>
        </message>
        <message>
            <location line="+11" />
            <source>&amp;Amount (¥):</source>
            <translation>金额（¥）(&amp;A)：</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Channel and scene:</source>
            <translation>渠道和场景(&amp;C)：</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Target:</source>
            <translation>目标(&amp;T)：</translation>
        </message>
        <message>
            <location line="+5" />
            <source>&amp;Fault:</source>
            <translation>故障(&amp;F)：</translation>
        </message>
        <message>
            <location line="+5" />
            <source>R&amp;etries:</source>
            <translation>重试(&amp;E)：</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Started</source>
            <translation>开始时间</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Order</source>
            <translation>订单</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Amount</source>
            <translation>金额</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Channel</source>
            <translation>渠道</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Result</source>
            <translation>结果</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The test payments of this session; pick one to see its steps</source>
            <translation>本次会话中的测试支付；选择一项可查看其步骤</translation>
        </message>
        <message>
            <location line="+36" />
            <source>Delivery</source>
            <translation>投递</translation>
        </message>
        <message>
            <location line="+0" />
            <source>State</source>
            <translation>状态</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Attempts</source>
            <translation>尝试次数</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Answer</source>
            <translation>响应</translation>
        </message>
        <message>
            <location line="+0" />
            <source>When</source>
            <translation>时间</translation>
        </message>
        <message>
            <location line="+21" />
            <source>To: %1</source>
            <translation>发往：%1</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Replay of delivery %1</source>
            <translation>投递 %1 的重放</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Re&amp;play</source>
            <translation>重放(&amp;P)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Send the selected notification again, signed afresh, as a new delivery</source>
            <translation>将所选回调通知重新签名后再次发送，作为一次新的投递</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Next Attempt Now</source>
            <translation>立即进行下一次投递(&amp;N)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Send the selected delivery's next retry now instead of waiting for the schedule</source>
            <translation>立即发送所选投递的下一次重试，而不等待重试计划</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Select a step or a delivery attempt to see what went over the wire.</source>
            <translation>选择一个步骤或一次投递尝试，查看实际收发的内容。</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Open the H5 cashier in the browser</source>
            <translation>在浏览器中打开 H5 收银台</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Pay at the sandbox's H5 cashier page, as a payer in an outside browser would</source>
            <translation>像外部浏览器中的付款人一样，在沙箱的 H5 收银台页面付款</translation>
        </message>
        <message>
            <location line="+16" />
            <source>Notification deliveries:</source>
            <translation>回调通知投递：</translation>
        </message>
        <message>
            <location line="+99" />
            <source>The open flow has no payment button</source>
            <translation>已打开的对话流程中没有支付按钮</translation>
        </message>
        <message>
            <location line="+0" />
            <source>No flow open</source>
            <translation>未打开对话流程</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Or a payment button of the flow…</source>
            <translation>或选择对话流程中的支付按钮…</translation>
        </message>
        <message>
            <location line="+3" />
            <source>no valid amount</source>
            <translation>无有效金额</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Enter an amount, e.g. 0.40.</source>
            <translation>请输入金额，例如 0.40。</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The amount must be at least 0.01.</source>
            <translation>金额不能小于 0.01。</translation>
        </message>
        <message>
            <location line="+16" />
            <source>Sandbox: not loaded yet.</source>
            <translation>沙箱：尚未加载。</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Sandbox identity: WeChat Pay merchant %1 · Alipay app %2 · created %3</source>
            <translation>沙箱身份：微信支付商户 %1 · 支付宝应用 %2 · 创建于 %3</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Reading the sandbox identity from the keychain…</source>
            <translation>正在从系统钥匙串读取沙箱身份…</translation>
        </message>
        <message>
            <location line="+5" />
            <source>No sandbox identity yet: create one to pay test orders without real money.</source>
            <translation>尚无沙箱身份：创建后即可支付测试订单，无需真实资金。</translation>
        </message>
        <message>
            <location line="+62" />
            <source>The embedded listener is not running on the sandbox channels; the Notifications tab says why.</source>
            <translation>内置监听服务未在沙箱渠道上运行；原因请见“回调通知”标签页。</translation>
        </message>
        <message>
            <location line="+22" />
            <source>Enter the server's notify URL (http or https), e.g. http://127.0.0.1:8000/api/pay/notifyMnp.</source>
            <translation>请输入服务器的通知地址（http 或 https），例如 http://127.0.0.1:8000/api/pay/notifyMnp。</translation>
        </message>
        <message>
            <location line="+26" />
            <source>Open a database first (File ▸ Connect to Database).</source>
            <translation>请先打开数据库（文件 ▸ 连接数据库）。</translation>
        </message>
        <message>
            <location line="+7" />
            <source>The sandbox identity is still being read from the keychain; try again in a moment.</source>
            <translation>仍在从系统钥匙串读取沙箱身份；请稍后再试。</translation>
        </message>
        <message>
            <location line="+3" />
            <source>No Sandbox Identity</source>
            <translation>无沙箱身份</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Test payments need a sandbox identity. Create one now?</source>
            <translation>测试支付需要沙箱身份。是否立即创建？</translation>
        </message>
        <message>
            <location line="+3" />
            <source>No sandbox identity: nothing was run.</source>
            <translation>无沙箱身份：未运行任何测试。</translation>
        </message>
        <message>
            <location line="+7" />
            <source>The sandbox gateway did not start: %1</source>
            <translation>沙箱网关未能启动：%1</translation>
        </message>
        <message>
            <location line="+40" />
            <source>Target: %1</source>
            <translation>目标：%1</translation>
        </message>
        <message>
            <location line="+16" />
            <source>Running a test payment of %1 (%2)…</source>
            <translation>正在运行金额为 %1 的测试支付（%2）…</translation>
        </message>
        <message>
            <location line="+33" />
            <source>Creating…</source>
            <translation>正在创建…</translation>
        </message>
        <message>
            <location line="+3" />
            <source>At the cashier</source>
            <translation>在收银台</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Delivering…</source>
            <translation>正在投递…</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Paid in %1 s</source>
            <translation>已支付（用时 %1 秒）</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Paid</source>
            <translation>已支付</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Not paid</source>
            <translation>未支付</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Failed</source>
            <translation>失败</translation>
        </message>
        <message>
            <location line="+65" />
            <source>Order %1 paid in %2 s.</source>
            <translation>订单 %1 已支付，用时 %2 秒。</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Order %1 not paid after %2 s: %3</source>
            <translation>订单 %1 在 %2 秒后仍未支付：%3</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The test payment stopped: %1</source>
            <translation>测试支付已停止：%1</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The test payment of order %1 stopped: %2</source>
            <translation>订单 %1 的测试支付已停止：%2</translation>
        </message>
        <message>
            <location line="+28" />
            <source>No longer available</source>
            <translation>已不可用</translation>
        </message>
        <message>
            <location line="+3" />
            <source>%1 (replay of %2)</source>
            <translation>%1（%2 的重放）</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Sending…</source>
            <translation>正在发送…</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Waiting to retry</source>
            <translation>等待重试</translation>
        </message>
        <message>
            <location line="+3" />
            <location line="+27" />
            <source>Acknowledged</source>
            <translation>已应答</translation>
        </message>
        <message>
            <location line="-24" />
            <source>Gave up</source>
            <translation>已放弃</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Cancelled</source>
            <translation>已取消</translation>
        </message>
        <message>
            <location line="+7" />
            <location line="+15" />
            <location line="+83" />
            <source>HTTP %1 in %2 ms</source>
            <translation>HTTP %1，耗时 %2 毫秒</translation>
        </message>
        <message>
            <location line="-93" />
            <source>next: by hand</source>
            <translation>下一次：手动</translation>
        </message>
        <message>
            <location line="+1" />
            <source>next at %1</source>
            <translation>下一次：%1</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Attempt %1</source>
            <translation>第 %1 次投递</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Not acknowledged</source>
            <translation>未应答</translation>
        </message>
        <message>
            <location line="+4" />
            <source>sent %1</source>
            <translation>发送于 %1</translation>
        </message>
        <message>
            <location line="+37" />
            <source>Delivery %1 cannot be replayed.</source>
            <translation>投递 %1 无法重放。</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Delivery %1 replayed as delivery %2.</source>
            <translation>投递 %1 已重放为投递 %2。</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Delivery %1 is not waiting for a retry.</source>
            <translation>投递 %1 未在等待重试。</translation>
        </message>
        <message>
            <location line="+22" />
            <source>Attempt %1, sent %2</source>
            <translation>第 %1 次投递，发送于 %2</translation>
        </message>
        <message>
            <location line="+7" />
            <source>the channel's success answer: no more retries</source>
            <translation>渠道认可的成功应答：不再重试</translation>
        </message>
        <message>
            <location line="+1" />
            <source>not the channel's success answer: the channel retries</source>
            <translation>不是渠道认可的成功应答：渠道将会重试</translation>
        </message>
        <message>
            <location line="+3" />
            <source>No answer: %1</source>
            <translation>无响应：%1</translation>
        </message>
    </context>
    <context>
        <name>TestPaymentRun</name>
        <message>
            <location filename="../app/sandbox/testpaymentrun.cpp" line="+129" />
            <source>The receiver acknowledged the notification, but order %1 is still unpaid after %2 s. Check that the receiver applies notifications to this database.</source>
            <translation>接收方已应答回调通知，但 %2 秒后订单 %1 仍未支付。请检查接收方是否将回调通知应用到此数据库。</translation>
        </message>
        <message>
            <location line="+100" />
            <source>The sandbox has no identity yet. Create one first (mcpay-admin sandbox init).</source>
            <translation>沙箱尚无沙箱身份。请先创建（mcpay-admin sandbox init）。</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The sandbox gateway is not running. Start the sandbox, then run the test payment again.</source>
            <translation>沙箱网关未运行。请启动沙箱后重新运行测试支付。</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The amount %1 cannot be paid; give an amount from 0.01 to 99999999.99 yuan.</source>
            <translation>金额 %1 无法支付；请填写 0.01 至 99999999.99 元之间的金额。</translation>
        </message>
        <message>
            <location line="+7" />
            <source>The order could not be created: %1</source>
            <translation>无法创建订单：%1</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Order %1 created: %2 yuan</source>
            <translation>已创建订单 %1：%2 元</translation>
        </message>
        <message>
            <location line="+8" />
            <source>The sandbox identity changed during the test payment; run it again.</source>
            <translation>测试支付过程中沙箱身份已变更；请重新运行。</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The sandbox was stopped during the test payment.</source>
            <translation>测试支付过程中沙箱已停止。</translation>
        </message>
        <message>
            <location line="+61" />
            <source>Prepay failed: %1</source>
            <translation>预下单失败：%1</translation>
        </message>
        <message>
            <location line="+7" />
            <source>H5 prepay: the gateway answered an h5_url (signature verified)</source>
            <translation>H5 预下单：网关返回了 h5_url（签名已验证）</translation>
        </message>
        <message>
            <location line="+3" />
            <source>JSAPI prepay: prepay_id %1 (signature verified)</source>
            <translation>JSAPI 预下单：prepay_id %1（签名已验证）</translation>
        </message>
        <message>
            <location line="+10" />
            <location line="+36" />
            <location line="+4" />
            <location line="+97" />
            <source>answer</source>
            <translation>响应</translation>
        </message>
        <message>
            <location line="-121" />
            <source>The Alipay pay request could not be signed: %1</source>
            <translation>无法对支付宝支付请求签名：%1</translation>
        </message>
        <message>
            <location line="+18" />
            <source>HTTP %1</source>
            <translation>HTTP %1</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The Alipay gateway did not lead to the cashier (%1).</source>
            <translation>支付宝网关未跳转到收银台（%1）。</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Alipay wap pay: the gateway redirected to the cashier</source>
            <translation>支付宝手机网站支付：网关已跳转到收银台</translation>
        </message>
        <message>
            <location line="+8" />
            <location line="+25" />
            <source>The sandbox was closed during the test payment.</source>
            <translation>测试支付过程中沙箱已关闭。</translation>
        </message>
        <message>
            <location line="-20" />
            <source>The gateway answered, but it has no trade %1.</source>
            <translation>网关已响应，但其中没有交易 %1。</translation>
        </message>
        <message>
            <location line="+25" />
            <source>The cashier refused the decision: %1</source>
            <translation>收银台拒绝了所选的支付结果：%1</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Channel trade state: %1</source>
            <translation>渠道交易状态：%1</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Transaction: %1</source>
            <translation>交易号：%1</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Cashier: the payer paid %1 yuan</source>
            <translation>收银台：付款人支付了 %1 元</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Cashier: the payer closed the cashier</source>
            <translation>收银台：付款人关闭了收银台</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Cashier: the payment failed (insufficient balance)</source>
            <translation>收银台：支付失败（余额不足）</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Cashier: the payer left without paying</source>
            <translation>收银台：付款人未支付即离开</translation>
        </message>
        <message>
            <location line="+5" />
            <source>No payment was made, so no notification was sent; order %1 stays unpaid.</source>
            <translation>未发生支付，因此未发送回调通知；订单 %1 仍为未支付。</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The payer paid, but no notification was sent: there is no notify URL for trade %1.</source>
            <translation>付款人已支付，但未发送回调通知：交易 %1 没有通知地址。</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Notification %1 sent to %2</source>
            <translation>回调通知 %1 已发送至 %2</translation>
        </message>
        <message>
            <location line="+2" />
            <source>with the fault "%1"</source>
            <translation>附带故障“%1”</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Event id: %1</source>
            <translation>事件 ID：%1</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Notification attempt %1: HTTP %2 in %3 ms</source>
            <translation>第 %1 次通知投递：HTTP %2，耗时 %3 毫秒</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Notification attempt %1: no answer (%2)</source>
            <translation>第 %1 次通知投递：无响应（%2）</translation>
        </message>
        <message>
            <location line="+10" />
            <source>resource, decrypted</source>
            <translation>resource（已解密）</translation>
        </message>
        <message>
            <location line="+8" />
            <source>The receiver acknowledged the notification (attempt %1)</source>
            <translation>接收方已应答回调通知（第 %1 次投递）</translation>
        </message>
        <message numerus="yes">
            <location line="+29" />
            <source>The notification was not acknowledged after %n attempt(s); order %1 stays unpaid.</source>
            <translation>
                <numerusform>经过 %n 次投递，回调通知仍未被应答；订单 %1 仍为未支付。</numerusform>
            </translation>
        </message>
        <message>
            <location line="+4" />
            <source>The delivery was cancelled; order %1 stays unpaid.</source>
            <translation>投递已取消；订单 %1 仍为未支付。</translation>
        </message>
        <message>
            <location line="+20" />
            <source>Order %1 could not be read: %2</source>
            <translation>无法读取订单 %1：%2</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Order %1 is no longer in the database.</source>
            <translation>订单 %1 已不在数据库中。</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Order %1 is still unpaid</source>
            <translation>订单 %1 仍未支付</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Order %1 is paid (transaction %2)</source>
            <translation>订单 %1 已支付（交易号 %2）</translation>
        </message>
    </context>
    <context>
        <name>TestPaymentStepModel</name>
        <message>
            <location filename="../ui/payments/testpaymentstepmodel.cpp" line="+54" />
            <source>+%1 s</source>
            <translation>+%1 秒</translation>
        </message>
        <message>
            <location line="+32" />
            <source>Time</source>
            <translation>时间</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Step</source>
            <translation>步骤</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Order created</source>
            <translation>订单已创建</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Prepay</source>
            <translation>预下单</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Cashier</source>
            <translation>收银台</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Notification attempt</source>
            <translation>通知投递</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Acknowledged</source>
            <translation>已应答</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Order paid</source>
            <translation>订单已支付</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Failed</source>
            <translation>失败</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Info</source>
            <translation>信息</translation>
        </message>
    </context>
    <context>
        <name>WeChatNotificationVerifier</name>
        <message>
            <location filename="../app/channels/wechatnotificationverifier.cpp" line="+83" />
            <source>A Wechatpay-Timestamp, -Nonce, -Signature or -Serial header is missing.</source>
            <translation>缺少 Wechatpay-Timestamp、-Nonce、-Signature 或 -Serial 请求头。</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Unsupported signature type %1.</source>
            <translation>不支持的签名类型 %1。</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The Wechatpay-Timestamp header is not a Unix time.</source>
            <translation>Wechatpay-Timestamp 请求头不是 Unix 时间戳。</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The notification is %1 s away from the current time (limit 300 s).</source>
            <translation>该通知与当前时间相差 %1 秒（上限 300 秒）。</translation>
        </message>
        <message>
            <location line="+5" />
            <source>No platform key is configured for serial %1.</source>
            <translation>未配置序列号为 %1 的平台密钥。</translation>
        </message>
        <message>
            <location line="+3" />
            <source>A WeChat Pay signature probe (WECHATPAY/SIGNTEST/) was rejected.</source>
            <translation>已拒绝一次微信支付签名探测（WECHATPAY/SIGNTEST/）。</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The Wechatpay-Signature header is not Base64.</source>
            <translation>Wechatpay-Signature 请求头不是 Base64 编码。</translation>
        </message>
        <message>
            <location line="+5" />
            <source>The signature does not verify with the platform key %1.</source>
            <translation>使用平台密钥 %1 验签未通过。</translation>
        </message>
        <message>
            <location line="+14" />
            <source>The notification body is not a JSON object.</source>
            <translation>通知正文不是 JSON 对象。</translation>
        </message>
        <message>
            <location line="+11" />
            <source>The notification has no event_type or resource.</source>
            <translation>通知缺少 event_type 或 resource。</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Unsupported resource algorithm %1.</source>
            <translation>不支持的 resource 加密算法 %1。</translation>
        </message>
        <message>
            <location line="+5" />
            <source>The resource ciphertext or nonce is missing or not Base64.</source>
            <translation>resource 的 ciphertext 或 nonce 缺失或不是 Base64 编码。</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The resource does not decrypt with the APIv3 key: %1</source>
            <translation>无法使用 APIv3 密钥解密 resource：%1</translation>
        </message>
        <message>
            <location line="+22" />
            <source>The transaction is not a JSON object.</source>
            <translation>交易数据（transaction）不是 JSON 对象。</translation>
        </message>
        <message>
            <location line="+19" />
            <source>The transaction lacks mchid, out_trade_no or trade_state.</source>
            <translation>交易数据缺少 mchid、out_trade_no 或 trade_state。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>A paid transaction lacks amount.total or transaction_id.</source>
            <translation>已支付的交易缺少 amount.total 或 transaction_id。</translation>
        </message>
        <message>
            <location line="+8" />
            <source>The refund is not a JSON object.</source>
            <translation>退款数据（refund）不是 JSON 对象。</translation>
        </message>
        <message>
            <location line="+14" />
            <source>The refund lacks out_trade_no, out_refund_no or refund_status.</source>
            <translation>退款数据缺少 out_trade_no、out_refund_no 或 refund_status。</translation>
        </message>
    </context>
    <context>
        <name>WeChatPayV2</name>
        <message>
            <location filename="../app/channels/wechatpayv2.cpp" line="+37" />
            <source>The XML declares a DTD or entities; refused.</source>
            <translation>XML 声明了 DTD 或实体；已拒绝。</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The root element is not &lt;xml&gt;.</source>
            <translation>根元素不是 &lt;xml&gt;。</translation>
        </message>
        <message>
            <location line="+4" />
            <source>A field occurs twice.</source>
            <translation>某个字段出现了两次。</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Nested elements are not expected.</source>
            <translation>不应出现嵌套元素。</translation>
        </message>
        <message>
            <location line="+8" />
            <source>The body is not WeChat Pay v2 XML.</source>
            <translation>请求体不是微信支付 v2 XML。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>return_code is not SUCCESS.</source>
            <translation>return_code 不是 SUCCESS。</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Unsupported sign_type.</source>
            <translation>不支持的 sign_type。</translation>
        </message>
        <message>
            <location line="+9" />
            <source>The v2 sign does not match.</source>
            <translation>v2 签名不匹配。</translation>
        </message>
    </context>
    <context>
        <name>X509Certificate</name>
        <message>
            <location filename="../app/crypto/x509certificate.cpp" line="+35" />
            <source>This is not an X.509 certificate in PEM form.</source>
            <translation>这不是 PEM 格式的 X.509 证书。</translation>
        </message>
        <message>
            <location line="+5" />
            <source>The certificate does not hold an RSA key.</source>
            <translation>该证书不包含 RSA 密钥。</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Cannot create the certificate: %1</source>
            <translation>无法创建证书：%1</translation>
        </message>
        <message>
            <location line="+4" />
            <source>no private key</source>
            <translation>没有私钥</translation>
        </message>
        <message>
            <location line="+2" />
            <source>the serial number must be 1 to 20 bytes and not zero</source>
            <translation>序列号必须为 1 到 20 字节且不能为零</translation>
        </message>
        <message>
            <location line="+2" />
            <source>a common name and a positive validity are required</source>
            <translation>必须提供通用名称（CN）和大于零的有效期</translation>
        </message>
    </context>
</TS>
