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
            <location filename="../app/core/appcontext.cpp" line="+46" />
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
        <name>ChannelSettingsDialog</name>
        <message>
            <location filename="../ui/payments/channelsettingsdialog.cpp" line="+52" />
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
            <location line="+38" />
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
            <location line="+25" />
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
            <location filename="../ui/flow/floweditorpage.cpp" line="+82" />
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
            <location line="+247" />
            <source>Move message</source>
            <translation>移动消息</translation>
        </message>
        <message>
            <location line="-199" />
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
            <location line="+60" />
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
            <location line="+50" />
            <location line="+24" />
            <source>No database is open; connect to one first.</source>
            <translation>未打开数据库；请先连接数据库。</translation>
        </message>
        <message>
            <location line="-70" />
            <source>The flow has %1 error(s); fix them before publishing.</source>
            <translation>流程有 %1 个错误；请修正后再发布。</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The flow has %1 warning(s).</source>
            <translation>流程有 %1 个警告。</translation>
        </message>
        <message>
            <location line="+14" />
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
            <location line="+16" />
            <source>Flow History</source>
            <translation>流程历史</translation>
        </message>
        <message>
            <location line="+6" />
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
            <location filename="../ui/flow/flowpreviewdialog.cpp" line="+26" />
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
            <location line="+4" />
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
            <location filename="../models/flow/flowstore.cpp" line="+41" />
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
            <location line="+20" />
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
        <name>LikeadminPayConfig</name>
        <message>
            <location filename="../app/channels/channelconfig.cpp" line="+82" />
            <source>This database has no %1 table: it is not a likeadmin deployment.</source>
            <translation>此数据库没有 %1 表：它不是 likeadmin 部署的数据库。</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <location filename="../ui/main/mainwindow.cpp" line="+33" />
            <source>mcpay-admin — Marketing Chat Payments</source>
            <translation>mcpay-admin — 营销聊天支付</translation>
        </message>
        <message>
            <location line="+7" />
            <location line="+27" />
            <source>&amp;Orders</source>
            <translation>订单(&amp;O)</translation>
        </message>
        <message>
            <location line="-18" />
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
            <location line="+1" />
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
            <location line="+7" />
            <source>F&amp;low</source>
            <translation>流程(&amp;L)</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Payment &amp;Channels…</source>
            <translation>支付渠道(&amp;C)…</translation>
        </message>
        <message>
            <location line="+22" />
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
            <location filename="../ui/payments/notificationlogpage.cpp" line="+29" />
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
            <location line="+6" />
            <source>The listener accepts connections on 127.0.0.1 only; put a reverse proxy in front of it.</source>
            <translation>监听服务仅在 127.0.0.1 上接受连接；请在其前面部署反向代理。</translation>
        </message>
        <message>
            <location line="+24" />
            <source>Port:</source>
            <translation>端口：</translation>
        </message>
        <message numerus="yes">
            <location line="+39" />
            <source>%n open alert(s) for finance</source>
            <translation>
                <numerusform>%n 条待财务处理的告警</numerusform>
            </translation>
        </message>
        <message>
            <location line="+17" />
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
            <location line="+13" />
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
            <location filename="../app/listener/notifylistener.cpp" line="+39" />
            <source>Cannot listen on %1:%2: %3. Choose another port or stop the program that uses it.</source>
            <translation>无法在 %1:%2 上监听：%3。请选择其他端口，或停止占用该端口的程序。</translation>
        </message>
        <message>
            <location line="+100" />
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
            <location filename="../models/finance/ordertimeline.cpp" line="+37" />
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
            <location line="+15" />
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
            <location filename="../app/secrets/secretstore.cpp" line="+18" />
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
            <location filename="../app/cli/servecommands.cpp" line="+68" />
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
            <source>HOST:PORT</source>
            <translation>HOST:PORT</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The JSON configuration file (see docs/serve.md).</source>
            <translation>JSON 配置文件（参见 docs/serve.md）。</translation>
        </message>
        <message>
            <location line="+0" />
            <source>FILE</source>
            <translation>FILE</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Seconds to let requests in flight finish on SIGTERM (default 10).</source>
            <translation>收到 SIGTERM 后等待处理中请求完成的秒数（默认 10）。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>SECONDS</source>
            <translation>SECONDS</translation>
        </message>
        <message>
            <location line="+6" />
            <source>serve: --config FILE is required (see docs/serve.md for an example).</source>
            <translation>serve: 必须指定 --config FILE（示例参见 docs/serve.md）。</translation>
        </message>
        <message>
            <location line="+5" />
            <location line="+8" />
            <location line="+6" />
            <location line="+7" />
            <location line="+25" />
            <source>serve: %1</source>
            <translation>serve: %1</translation>
        </message>
        <message>
            <location line="-20" />
            <source>serve: the database %1 has no notification journal yet; run: mcpay-admin db migrate --db %2</source>
            <translation>serve: 数据库 %1 尚无通知日志；请运行：mcpay-admin db migrate --db %2</translation>
        </message>
        <message>
            <location line="+9" />
            <source>serve: cannot install the SIGTERM handler.</source>
            <translation>serve: 无法安装 SIGTERM 处理程序。</translation>
        </message>
        <message>
            <location line="+19" />
            <source>listening on %1:%2 (database %3; channels %4)</source>
            <translation>正在监听 %1:%2（数据库 %3；渠道 %4）</translation>
        </message>
        <message>
            <location line="+14" />
            <source>stopping: finishing requests in flight</source>
            <translation>正在停止：等待处理中的请求完成</translation>
        </message>
        <message>
            <location line="+7" />
            <source>stopped</source>
            <translation>已停止</translation>
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
            <location filename="../app/crypto/x509certificate.cpp" line="+33" />
            <source>This is not an X.509 certificate in PEM form.</source>
            <translation>这不是 PEM 格式的 X.509 证书。</translation>
        </message>
        <message>
            <location line="+5" />
            <source>The certificate does not hold an RSA key.</source>
            <translation>该证书不包含 RSA 密钥。</translation>
        </message>
    </context>
</TS>
