<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
    <context>
        <name>AesGcm</name>
        <message>
            <location filename="../app/crypto/aesgcm.cpp" line="+19" />
            <source>The APIv3 key must be exactly 32 bytes, not %1.</source>
            <translation>The APIv3 key must be exactly 32 bytes, not %1.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The GCM nonce must be 1 to 64 bytes.</source>
            <translation>The GCM nonce must be 1 to 64 bytes.</translation>
        </message>
        <message>
            <location line="+29" />
            <source>Encryption failed: %1</source>
            <translation>Encryption failed: %1</translation>
        </message>
        <message>
            <location line="+11" />
            <source>The ciphertext is shorter than its authentication tag.</source>
            <translation>The ciphertext is shorter than its authentication tag.</translation>
        </message>
        <message>
            <location line="+22" />
            <source>The ciphertext failed authentication (wrong key, nonce, associated data or tag).</source>
            <translation>The ciphertext failed authentication (wrong key, nonce, associated data or tag).</translation>
        </message>
    </context>
    <context>
        <name>AlipayVerifier</name>
        <message>
            <location filename="../app/channels/alipayverifier.cpp" line="+133" />
            <source>The notification is not a valid UTF-8 form.</source>
            <translation>The notification is not a valid UTF-8 form.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Unsupported charset %1; configure the Alipay app for UTF-8.</source>
            <translation>Unsupported charset %1; configure the Alipay app for UTF-8.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The body is not an Alipay notification (no sign or sign_type).</source>
            <translation>The body is not an Alipay notification (no sign or sign_type).</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Unsupported sign_type %1 (RSA2 expected).</source>
            <translation>Unsupported sign_type %1 (RSA2 expected).</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The sign parameter is missing or not Base64.</source>
            <translation>The sign parameter is missing or not Base64.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The signature does not verify with the Alipay public key.</source>
            <translation>The signature does not verify with the Alipay public key.</translation>
        </message>
        <message>
            <location line="+12" />
            <source>total_amount %1 is not an amount.</source>
            <translation>total_amount %1 is not an amount.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The notification lacks app_id, out_trade_no or trade_status.</source>
            <translation>The notification lacks app_id, out_trade_no or trade_status.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>A paid notification lacks total_amount or trade_no.</source>
            <translation>A paid notification lacks total_amount or trade_no.</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Alipay answered with something that is not JSON.</source>
            <translation>Alipay answered with something that is not JSON.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>The Alipay response has no %1 node.</source>
            <translation>The Alipay response has no %1 node.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Alipay refused the call: %1 (%2)</source>
            <translation>Alipay refused the call: %1 (%2)</translation>
        </message>
        <message>
            <location line="+7" />
            <source>The Alipay response is not signed.</source>
            <translation>The Alipay response is not signed.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The Alipay response signature does not verify.</source>
            <translation>The Alipay response signature does not verify.</translation>
        </message>
    </context>
    <context>
        <name>AppContext</name>
        <message>
            <location filename="../app/core/appcontext.cpp" line="+48" />
            <source>Cannot create the folder %1.</source>
            <translation>Cannot create the folder %1.</translation>
        </message>
    </context>
    <context>
        <name>AuditLog</name>
        <message>
            <location filename="../models/finance/auditlog.cpp" line="+41" />
            <source>Marked paid by hand</source>
            <translation>Marked paid by hand</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Refund requested</source>
            <translation>Refund requested</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Refund answered</source>
            <translation>Refund answered</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Flow published</source>
            <translation>Flow published</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Channel configuration changed</source>
            <translation>Channel configuration changed</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Reconciliation applied</source>
            <translation>Reconciliation applied</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Profile changed</source>
            <translation>Profile changed</translation>
        </message>
        <message>
            <location line="+16" />
            <source>An audit entry needs an action.</source>
            <translation>An audit entry needs an action.</translation>
        </message>
        <message>
            <location line="+15" />
            <source>Writing the audit log</source>
            <translation>Writing the audit log</translation>
        </message>
        <message>
            <location line="+63" />
            <source>Reading the audit log</source>
            <translation>Reading the audit log</translation>
        </message>
    </context>
    <context>
        <name>AuditLogPage</name>
        <message>
            <location filename="../ui/finance/auditlogpage.cpp" line="+94" />
            <location line="+53" />
            <source>Audit log</source>
            <translation>Audit log</translation>
        </message>
        <message>
            <location line="-29" />
            <location line="+61" />
            <source>Time</source>
            <translation>Time</translation>
        </message>
        <message>
            <location line="-61" />
            <location line="+55" />
            <location line="+6" />
            <source>User</source>
            <translation>User</translation>
        </message>
        <message>
            <location line="-61" />
            <location line="+61" />
            <source>Profile</source>
            <translation>Profile</translation>
        </message>
        <message>
            <location line="-61" />
            <location line="+61" />
            <source>Action</source>
            <translation>Action</translation>
        </message>
        <message>
            <location line="-61" />
            <location line="+61" />
            <source>Object</source>
            <translation>Object</translation>
        </message>
        <message>
            <location line="-61" />
            <location line="+61" />
            <source>Reason</source>
            <translation>Reason</translation>
        </message>
        <message>
            <location line="-61" />
            <location line="+61" />
            <source>Details</source>
            <translation>Details</translation>
        </message>
        <message>
            <location line="-49" />
            <source>Could not write %1: %2</source>
            <translation>Could not write %1: %2</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Export audit log</source>
            <translation>Export audit log</translation>
        </message>
        <message>
            <location line="+3" />
            <source>CSV files (*.csv)</source>
            <translation>CSV files (*.csv)</translation>
        </message>
        <message>
            <location line="+27" />
            <source>All actions</source>
            <translation>All actions</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Order no. or object</source>
            <translation>Order no. or object</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Text in reason or details</source>
            <translation>Text in reason or details</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Filter</source>
            <translation>&amp;Filter</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Export CSV…</source>
            <translation>&amp;Export CSV…</translation>
        </message>
    </context>
    <context>
        <name>CashierDialog</name>
        <message>
            <location filename="../ui/payments/cashierdialog.cpp" line="+29" />
            <source>Sandbox cashier — Alipay</source>
            <translation>Sandbox cashier — Alipay</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Sandbox cashier — WeChat Pay</source>
            <translation>Sandbox cashier — WeChat Pay</translation>
        </message>
        <message>
            <location line="+2" />
            <source>SANDBOX — no real money moves. The notification is signed with the sandbox keys.</source>
            <translation>SANDBOX — no real money moves. The notification is signed with the sandbox keys.</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Amount</source>
            <translation>Amount</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Merchant (Alipay app id):</source>
            <translation>Merchant (Alipay app id):</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Merchant (mchid):</source>
            <translation>Merchant (mchid):</translation>
        </message>
        <message>
            <location line="+1" />
            <source>App id:</source>
            <translation>App id:</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Order number:</source>
            <translation>Order number:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Channel:</source>
            <translation>Channel:</translation>
        </message>
        <message>
            <location line="+4" />
            <source>&amp;Pay</source>
            <translation>&amp;Pay</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Pay the order: the channel sends the signed payment notification (Enter)</source>
            <translation>Pay the order: the channel sends the signed payment notification (Enter)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Fail (insufficient balance)</source>
            <translation>&amp;Fail (insufficient balance)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The payment fails as with an insufficient balance: no notification</source>
            <translation>The payment fails as with an insufficient balance: no notification</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Leave unpaid</source>
            <translation>&amp;Leave unpaid</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Walk away from the cashier: the trade stays waiting for payment</source>
            <translation>Walk away from the cashier: the trade stays waiting for payment</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+67" />
            <source>Cancel</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <location line="-66" />
            <source>Close the cashier without paying (Esc)</source>
            <translation>Close the cashier without paying (Esc)</translation>
        </message>
        <message>
            <location line="+64" />
            <source>Pay</source>
            <translation>Pay</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Fail (insufficient balance)</source>
            <translation>Fail (insufficient balance)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Leave unpaid</source>
            <translation>Leave unpaid</translation>
        </message>
    </context>
    <context>
        <name>ChannelClient</name>
        <message>
            <location filename="../app/channels/channelclient.cpp" line="+28" />
            <source>WeChat Pay</source>
            <translation>WeChat Pay</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Alipay</source>
            <translation>Alipay</translation>
        </message>
        <message>
            <location line="+27" />
            <source>WeChat Pay is not configured: import the merchant key and certificate serial.</source>
            <translation>WeChat Pay is not configured: import the merchant key and certificate serial.</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Alipay is not configured: import the Alipay public key.</source>
            <translation>Alipay is not configured: import the Alipay public key.</translation>
        </message>
        <message>
            <location line="+67" />
            <source>%1 %2</source>
            <translation>%1 %2</translation>
        </message>
        <message>
            <location line="+7" />
            <source>%1: no answer within %2 s. Check the network, then try again.</source>
            <translation>%1: no answer within %2 s. Check the network, then try again.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>%1: the TLS connection is not trusted (%2). Check the system clock and CA certificates; the connection was not used.</source>
            <translation>%1: the TLS connection is not trusted (%2). Check the system clock and CA certificates; the connection was not used.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>%1: network error: %2.</source>
            <translation>%1: network error: %2.</translation>
        </message>
        <message>
            <location line="+22" />
            <source>%1 failed: %2 (%3, HTTP %4)</source>
            <translation>%1 failed: %2 (%3, HTTP %4)</translation>
        </message>
        <message>
            <location line="+8" />
            <source>%1: the answer is not signed by WeChat Pay (%2); it was discarded.</source>
            <translation>%1: the answer is not signed by WeChat Pay (%2); it was discarded.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>%1: the gateway answered HTTP %2.</source>
            <translation>%1: the gateway answered HTTP %2.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>%1 failed: %2</source>
            <translation>%1 failed: %2</translation>
        </message>
    </context>
    <context>
        <name>ChannelReconciler</name>
        <message>
            <location filename="../app/finance/channelreconciler.cpp" line="+72" />
            <source>No payment channel is configured to ask.</source>
            <translation>No payment channel is configured to ask.</translation>
        </message>
        <message>
            <location line="+18" />
            <source>Reading the orders to reconcile</source>
            <translation>Reading the orders to reconcile</translation>
        </message>
        <message>
            <location line="+29" />
            <source>Reading the refunds to reconcile</source>
            <translation>Reading the refunds to reconcile</translation>
        </message>
        <message>
            <location line="+12" />
            <source>%1 orders and refunds fall in the range; choose fewer days (at most %2 calls).</source>
            <translation>%1 orders and refunds fall in the range; choose fewer days (at most %2 calls).</translation>
        </message>
        <message>
            <location line="+39" />
            <source>Refund %1: %2</source>
            <translation>Refund %1: %2</translation>
        </message>
        <message>
            <location line="+61" />
            <source>Order %1 (WeChat Pay): %2</source>
            <translation>Order %1 (WeChat Pay): %2</translation>
        </message>
        <message>
            <location line="+17" />
            <location line="+9" />
            <source>Order %1 (Alipay): %2</source>
            <translation>Order %1 (Alipay): %2</translation>
        </message>
    </context>
    <context>
        <name>ChannelRefundGateway</name>
        <message>
            <location filename="../app/finance/channelrefundgateway.cpp" line="+62" />
            <location line="+37" />
            <source>The payment channels are not set up.</source>
            <translation>The payment channels are not set up.</translation>
        </message>
        <message>
            <location line="-21" />
            <source>WeChat Pay answered the refund with status "%1".</source>
            <translation>WeChat Pay answered the refund with status "%1".</translation>
        </message>
        <message>
            <location line="+13" />
            <location line="+33" />
            <source>This payment method cannot be refunded here.</source>
            <translation>This payment method cannot be refunded here.</translation>
        </message>
        <message>
            <location line="-12" />
            <source>WeChat Pay answered the refund query without a status.</source>
            <translation>WeChat Pay answered the refund query without a status.</translation>
        </message>
        <message>
            <location line="+20" />
            <source>Alipay is not configured: import the app private key.</source>
            <translation>Alipay is not configured: import the app private key.</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Alipay does not know this refund.</source>
            <translation>Alipay does not know this refund.</translation>
        </message>
    </context>
    <context>
        <name>ChannelServices</name>
        <message>
            <location filename="../app/finance/channelservices.cpp" line="+48" />
            <source>The sandbox channels are selected, but there is no sandbox identity yet.</source>
            <translation>The sandbox channels are selected, but there is no sandbox identity yet.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>The sandbox gateway did not start: %1</source>
            <translation>The sandbox gateway did not start: %1</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Sandbox: WeChat Pay, Alipay</source>
            <translation>Sandbox: WeChat Pay, Alipay</translation>
        </message>
        <message>
            <location line="+39" />
            <source>WeChat Pay</source>
            <translation>WeChat Pay</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Alipay</source>
            <translation>Alipay</translation>
        </message>
        <message>
            <location line="+3" />
            <source>No payment channel is configured with its keys (Tools ▸ Payment Channels…).</source>
            <translation>No payment channel is configured with its keys (Tools ▸ Payment Channels…).</translation>
        </message>
        <message>
            <location line="+8" />
            <source>, </source>
            <translation>, </translation>
        </message>
    </context>
    <context>
        <name>ChannelSettingsDialog</name>
        <message>
            <location filename="../ui/payments/channelsettingsdialog.cpp" line="+54" />
            <source>Payment channels</source>
            <translation>Payment channels</translation>
        </message>
        <message>
            <location line="+9" />
            <location line="+46" />
            <source>Import PEM file…</source>
            <translation>Import PEM file…</translation>
        </message>
        <message>
            <location line="-46" />
            <source>Enter…</source>
            <translation>Enter…</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Enter key</source>
            <translation>Enter key</translation>
        </message>
        <message>
            <location line="+0" />
            <source>The key (it is not shown again):</source>
            <translation>The key (it is not shown again):</translation>
        </message>
        <message>
            <location line="+11" />
            <source>WeChat Pay (API v3)</source>
            <translation>WeChat Pay (API v3)</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Also accept v2 XML notifications (legacy)</source>
            <translation>Also accept v2 XML notifications (legacy)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Merchant id (mchid):</source>
            <translation>Merchant id (mchid):</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Mini program appid:</source>
            <translation>Mini program appid:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Official account appid:</source>
            <translation>Official account appid:</translation>
        </message>
        <message>
            <location line="+3" />
            <source>From certificate…</source>
            <translation>From certificate…</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Merchant certificate serial:</source>
            <translation>Merchant certificate serial:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Merchant API private key:</source>
            <translation>Merchant API private key:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>APIv3 key:</source>
            <translation>APIv3 key:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>WeChat Pay public key id:</source>
            <translation>WeChat Pay public key id:</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Platform public key or certificate:</source>
            <translation>Platform public key or certificate:</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+15" />
            <source>Notify base URL:</source>
            <translation>Notify base URL:</translation>
        </message>
        <message>
            <location line="-14" />
            <source>API base URL:</source>
            <translation>API base URL:</translation>
        </message>
        <message>
            <location line="+2" />
            <source>v2 API key (legacy):</source>
            <translation>v2 API key (legacy):</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Alipay (RSA2)</source>
            <translation>Alipay (RSA2)</translation>
        </message>
        <message>
            <location line="+6" />
            <source>App id (app_id):</source>
            <translation>App id (app_id):</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Seller id (seller_id):</source>
            <translation>Seller id (seller_id):</translation>
        </message>
        <message>
            <location line="+1" />
            <source>App private key:</source>
            <translation>App private key:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Alipay public key:</source>
            <translation>Alipay public key:</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Gateway:</source>
            <translation>Gateway:</translation>
        </message>
        <message>
            <location line="+6" />
            <source>"Test keys" signs and verifies with the RSA keys and encrypts and decrypts with the APIv3 key.</source>
            <translation>"Test keys" signs and verifies with the RSA keys and encrypts and decrypts with the APIv3 key.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Import from likeadmin</source>
            <translation>Import from likeadmin</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Reads the pay channel configuration (dev_pay_config) of the attached likeadmin database.</source>
            <translation>Reads the pay channel configuration (dev_pay_config) of the attached likeadmin database.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Test keys</source>
            <translation>Test keys</translation>
        </message>
        <message>
            <location line="+38" />
            <source>RSA %1 private key, public fingerprint %2…</source>
            <translation>RSA %1 private key, public fingerprint %2…</translation>
        </message>
        <message>
            <location line="+4" />
            <location line="+22" />
            <source>RSA %1 public key, fingerprint %2…</source>
            <translation>RSA %1 public key, fingerprint %2…</translation>
        </message>
        <message>
            <location line="-20" />
            <source>%1 characters</source>
            <translation>%1 characters</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Imported, not saved yet: %1</source>
            <translation>Imported, not saved yet: %1</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Kept in the keychain (if set); import to replace.</source>
            <translation>Kept in the keychain (if set); import to replace.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Not set</source>
            <translation>Not set</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Certificate serial %1, valid until %2</source>
            <translation>Certificate serial %1, valid until %2</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Invalid certificate</source>
            <translation>Invalid certificate</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Invalid public key</source>
            <translation>Invalid public key</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Import key</source>
            <translation>Import key</translation>
        </message>
        <message>
            <location line="+0" />
            <source>PEM files (*.pem *.key *.txt);;All files (*)</source>
            <translation>PEM files (*.pem *.key *.txt);;All files (*)</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Cannot read %1: %2</source>
            <translation>Cannot read %1: %2</translation>
        </message>
        <message>
            <location line="+18" />
            <source>The APIv3 key must be 32 characters.</source>
            <translation>The APIv3 key must be 32 characters.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Not imported: %1</source>
            <translation>Not imported: %1</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Merchant API certificate</source>
            <translation>Merchant API certificate</translation>
        </message>
        <message>
            <location line="+0" />
            <location line="+15" />
            <source>PEM files (*.pem);;All files (*)</source>
            <translation>PEM files (*.pem);;All files (*)</translation>
        </message>
        <message>
            <location line="+0" />
            <source>WeChat Pay public key or platform certificate</source>
            <translation>WeChat Pay public key or platform certificate</translation>
        </message>
        <message>
            <location line="+8" />
            <source>%1 is neither an RSA public key nor a certificate.</source>
            <translation>%1 is neither an RSA public key nor a certificate.</translation>
        </message>
        <message>
            <location line="+28" />
            <source>OK    %1</source>
            <translation>OK    %1</translation>
        </message>
        <message>
            <location line="+0" />
            <source>FAIL  %1</source>
            <translation>FAIL  %1</translation>
        </message>
        <message>
            <location line="+5" />
            <source>WeChat merchant key</source>
            <translation>WeChat merchant key</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Alipay app key</source>
            <translation>Alipay app key</translation>
        </message>
        <message>
            <location line="+2" />
            <source>--    %1: not set</source>
            <translation>--    %1: not set</translation>
        </message>
        <message>
            <location line="+6" />
            <source>%1: sign/verify round trip</source>
            <translation>%1: sign/verify round trip</translation>
        </message>
        <message>
            <location line="+2" />
            <source>      certificate serial in requests: %1</source>
            <translation>      certificate serial in requests: %1</translation>
        </message>
        <message>
            <location line="+7" />
            <source>APIv3 key: AES-256-GCM round trip</source>
            <translation>APIv3 key: AES-256-GCM round trip</translation>
        </message>
        <message>
            <location line="+2" />
            <source>--    APIv3 key: not set</source>
            <translation>--    APIv3 key: not set</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Alipay public key: readable</source>
            <translation>Alipay public key: readable</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Invalid</source>
            <translation>Invalid</translation>
        </message>
        <message>
            <location line="+0" />
            <source>WeChat Pay platform key: readable</source>
            <translation>WeChat Pay platform key: readable</translation>
        </message>
        <message>
            <location line="+37" />
            <source>The settings are saved, but the audit log could not record it: %1</source>
            <translation>The settings are saved, but the audit log could not record it: %1</translation>
        </message>
        <message>
            <location line="+16" />
            <source>The settings are saved, but a key could not be stored in the keychain: %1</source>
            <translation>The settings are saved, but a key could not be stored in the keychain: %1</translation>
        </message>
        <message>
            <location line="+29" />
            <source>WeChat Pay</source>
            <translation>WeChat Pay</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Alipay</source>
            <translation>Alipay</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The likeadmin database has no pay channel configured.</source>
            <translation>The likeadmin database has no pay channel configured.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Read from likeadmin: %1. Check the values, then save to keep them (keys go to the keychain).</source>
            <translation>Read from likeadmin: %1. Check the values, then save to keep them (keys go to the keychain).</translation>
        </message>
    </context>
    <context>
        <name>CheckServerCommand</name>
        <message>
            <location filename="../app/cli/checkservercommand.cpp" line="+24" />
            <source>cannot read the identity file %1: %2</source>
            <translation>cannot read the identity file %1: %2</translation>
        </message>
        <message>
            <location line="+4" />
            <source>the identity file %1 is not a sandbox identity: %2</source>
            <translation>the identity file %1 is not a sandbox identity: %2</translation>
        </message>
        <message>
            <location line="+8" />
            <source>there is no sandbox identity in the keychain; run mcpay-admin sandbox init, or pass --identity sandbox-identity.json</source>
            <translation>there is no sandbox identity in the keychain; run mcpay-admin sandbox init, or pass --identity sandbox-identity.json</translation>
        </message>
        <message>
            <location line="+2" />
            <source>cannot load the sandbox identity from the keychain (%1); pass --identity sandbox-identity.json instead</source>
            <translation>cannot load the sandbox identity from the keychain (%1); pass --identity sandbox-identity.json instead</translation>
        </message>
        <message>
            <location line="+15" />
            <source>Checks another server's notify endpoint: forged notifications, amount check, duplicates, sn truncation, acknowledgement format.</source>
            <translation>Checks another server's notify endpoint: forged notifications, amount check, duplicates, sn truncation, acknowledgement format.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>The full notify URL of the server under test, such as https://shop.example/api/pay/notifyMnp.</source>
            <translation>The full notify URL of the server under test, such as https://shop.example/api/pay/notifyMnp.</translation>
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
            <translation>The channel to play: wechat or alipay.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>CHANNEL</source>
            <translation>CHANNEL</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The sandbox identity file (sandbox-identity.json in the folder the sandbox identity was exported to); default: the identity in the keychain.</source>
            <translation>The sandbox identity file (sandbox-identity.json in the folder the sandbox identity was exported to); default: the identity in the keychain.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>FILE</source>
            <translation>FILE</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The server's client API base URL (to learn order states without its database).</source>
            <translation>The server's client API base URL (to learn order states without its database).</translation>
        </message>
        <message>
            <location line="+3" />
            <source>A user token for the client API (or MCPAY_API_TOKEN).</source>
            <translation>A user token for the client API (or MCPAY_API_TOKEN).</translation>
        </message>
        <message>
            <location line="+0" />
            <source>TOKEN</source>
            <translation>TOKEN</translation>
        </message>
        <message>
            <location line="+2" />
            <source>A URL answering an order's state, with {order_id} or {order_sn} in it.</source>
            <translation>A URL answering an order's state, with {order_id} or {order_sn} in it.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>How many copies the duplicate check sends at once (default 10).</source>
            <translation>How many copies the duplicate check sends at once (default 10).</translation>
        </message>
        <message>
            <location line="+0" />
            <source>N</source>
            <translation>N</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Seconds to wait for each answer (default 10).</source>
            <translation>Seconds to wait for each answer (default 10).</translation>
        </message>
        <message>
            <location line="+0" />
            <source>SECONDS</source>
            <translation>SECONDS</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Prints the report as JSON.</source>
            <translation>Prints the report as JSON.</translation>
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
            <translation>--notify-url URL is required (the full notify route, such as http://127.0.0.1:8787/api/pay/notifyMnp).</translation>
        </message>
        <message>
            <location line="+4" />
            <source>--notify-url takes an http:// or https:// URL: %1</source>
            <translation>--notify-url takes an http:// or https:// URL: %1</translation>
        </message>
        <message>
            <location line="+10" />
            <source>--channel takes wechat or alipay.</source>
            <translation>--channel takes wechat or alipay.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>--duplicates takes a number from 2 to 200.</source>
            <translation>--duplicates takes a number from 2 to 200.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>--timeout takes seconds from 1 to 600.</source>
            <translation>--timeout takes seconds from 1 to 600.</translation>
        </message>
        <message>
            <location line="+9" />
            <source>--api-base takes the server's http:// or https:// root URL.</source>
            <translation>--api-base takes the server's http:// or https:// root URL.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>the client API needs a user token: --token TOKEN or MCPAY_API_TOKEN.</source>
            <translation>the client API needs a user token: --token TOKEN or MCPAY_API_TOKEN.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>--status-url needs {order_id} or {order_sn} in it, such as https://shop.example/api/order/detail?id={order_id}.</source>
            <translation>--status-url needs {order_id} or {order_sn} in it, such as https://shop.example/api/order/detail?id={order_id}.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>say how to see the orders: --db URL, the database of the server under test (password in MCPAY_DB_PASSWORD), or its client API with --api-base, --token and --status-url.</source>
            <translation>say how to see the orders: --db URL, the database of the server under test (password in MCPAY_DB_PASSWORD), or its client API with --api-base, --token and --status-url.</translation>
        </message>
        <message>
            <location line="+30" />
            <source>Checking %1 with %2 cases…</source>
            <translation>Checking %1 with %2 cases…</translation>
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
            <translation>Usage: %1 [--db URL] [COMMAND] [OPTIONS]
Back-office for marketing-chat payment funnels: dialogue flows, orders, WeChat Pay and Alipay notifications.

Without a command the desktop application starts.

Commands:
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
Global options:
  --db URL       the database: sqlite:///abs/path.db or mysql://user@host:port/dbname?prefix=la_
                 (default: MCPAY_DB_URL, else the embedded database %1);
                 a MySQL password is read from MCPAY_DB_PASSWORD
  --lang LANG    zh_CN or en
  -h, --help     this help, or a command's help after the command
  -v, --version  the version
</translation>
        </message>
        <message>
            <location line="+14" />
            <source>The database URL.</source>
            <translation>The database URL.</translation>
        </message>
        <message>
            <location line="+0" />
            <source>URL</source>
            <translation>URL</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The language: zh_CN or en.</source>
            <translation>The language: zh_CN or en.</translation>
        </message>
        <message>
            <location line="+0" />
            <source>LANG</source>
            <translation>LANG</translation>
        </message>
        <message>
            <location line="+47" />
            <source>%1: unknown command "%2"; see %1 --help</source>
            <translation>%1: unknown command "%2"; see %1 --help</translation>
        </message>
        <message>
            <location line="+20" />
            <source>Shows this help.</source>
            <translation>Shows this help.</translation>
        </message>
    </context>
    <context>
        <name>ConnectDialog</name>
        <message>
            <location filename="../ui/main/connectdialog.cpp" line="+24" />
            <source>Remember the password in the system keychain</source>
            <translation>Remember the password in the system keychain</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Connect to a Database</source>
            <translation>Connect to a Database</translation>
        </message>
        <message>
            <location line="+2" />
            <source>(new connection)</source>
            <translation>(new connection)</translation>
        </message>
        <message>
            <location line="+8" />
            <source>SQLite file (embedded)</source>
            <translation>SQLite file (embedded)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>MySQL / MariaDB (likeadmin)</source>
            <translation>MySQL / MariaDB (likeadmin)</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Browse…</source>
            <translation>Browse…</translation>
        </message>
        <message>
            <location line="+4" />
            <source>&amp;File:</source>
            <translation>&amp;File:</translation>
        </message>
        <message>
            <location line="+9" />
            <source>optional, e.g. /run/mysqld/mysqld.sock</source>
            <translation>optional, e.g. /run/mysqld/mysqld.sock</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Host:</source>
            <translation>&amp;Host:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Port:</source>
            <translation>&amp;Port:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;User:</source>
            <translation>&amp;User:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Pass&amp;word:</source>
            <translation>Pass&amp;word:</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Database:</source>
            <translation>&amp;Database:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Unix &amp;socket:</source>
            <translation>Unix &amp;socket:</translation>
        </message>
        <message>
            <location line="+11" />
            <source>&amp;Saved:</source>
            <translation>&amp;Saved:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Type:</source>
            <translation>&amp;Type:</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Table &amp;prefix:</source>
            <translation>Table &amp;prefix:</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Connect</source>
            <translation>&amp;Connect</translation>
        </message>
        <message>
            <location line="+20" />
            <source>SQLite Database</source>
            <translation>SQLite Database</translation>
        </message>
        <message>
            <location line="+1" />
            <source>SQLite databases (*.db *.sqlite);;All files (*)</source>
            <translation>SQLite databases (*.db *.sqlite);;All files (*)</translation>
        </message>
    </context>
    <context>
        <name>ConsolePreviewPayments</name>
        <message>
            <location filename="../ui/payments/consolepreviewpayments.cpp" line="+16" />
            <source>sandbox, %1, to the embedded listener</source>
            <translation>sandbox, %1, to the embedded listener</translation>
        </message>
        <message>
            <location line="+7" />
            <source>The test payment console is gone.</source>
            <translation>The test payment console is gone.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>The test payment did not start: %1</source>
            <translation>The test payment did not start: %1</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Order %1 is paid: the listener applied the signed notification.</source>
            <translation>Order %1 is paid: the listener applied the signed notification.</translation>
        </message>
        <message>
            <location line="+15" />
            <source>Order %1 was paid at the cashier but is not paid here: %2</source>
            <translation>Order %1 was paid at the cashier but is not paid here: %2</translation>
        </message>
        <message>
            <location line="+6" />
            <source>The test payment stopped: %1</source>
            <translation>The test payment stopped: %1</translation>
        </message>
    </context>
    <context>
        <name>Crypto</name>
        <message>
            <location filename="../app/crypto/cryptohandles.cpp" line="+21" />
            <source>unknown OpenSSL error</source>
            <translation>unknown OpenSSL error</translation>
        </message>
        <message>
            <location line="+32" />
            <source>The key is protected by a passphrase; export it without one.</source>
            <translation>The key is protected by a passphrase; export it without one.</translation>
        </message>
        <message>
            <location line="+13" />
            <source>This is not an RSA public key in PEM or Base64 DER form.</source>
            <translation>This is not an RSA public key in PEM or Base64 DER form.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>This is not an RSA private key in PEM (PKCS#1 or PKCS#8) or Base64 DER form.</source>
            <translation>This is not an RSA private key in PEM (PKCS#1 or PKCS#8) or Base64 DER form.</translation>
        </message>
        <message>
            <location line="+10" />
            <source>The file holds a public key, not a private key.</source>
            <translation>The file holds a public key, not a private key.</translation>
        </message>
    </context>
    <context>
        <name>Database</name>
        <message>
            <location filename="../models/db/database.cpp" line="+53" />
            <source>No database is configured.</source>
            <translation>No database is configured.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Cannot reopen the database %1: %2</source>
            <translation>Cannot reopen the database %1: %2</translation>
        </message>
        <message>
            <location line="+7" />
            <source>The Qt SQL driver %1 is not installed (Debian package %2).</source>
            <translation>The Qt SQL driver %1 is not installed (Debian package %2).</translation>
        </message>
        <message>
            <location line="+25" />
            <source>Cannot open the database %1: %2</source>
            <translation>Cannot open the database %1: %2</translation>
        </message>
        <message>
            <location line="+55" />
            <source>%1 failed: %2</source>
            <translation>%1 failed: %2</translation>
        </message>
        <message>
            <location line="+19" />
            <source>Cannot begin a transaction: %1</source>
            <translation>Cannot begin a transaction: %1</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Cannot commit the transaction: %1</source>
            <translation>Cannot commit the transaction: %1</translation>
        </message>
    </context>
    <context>
        <name>DatabaseUrl</name>
        <message>
            <location filename="../models/db/databaseurl.cpp" line="+23" />
            <source>No database URL was given. Use sqlite:///path/to/file.db or mysql://user@host:port/dbname.</source>
            <translation>No database URL was given. Use sqlite:///path/to/file.db or mysql://user@host:port/dbname.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>"%1" is not a valid database URL: %2</source>
            <translation>"%1" is not a valid database URL: %2</translation>
        </message>
        <message>
            <location line="+7" />
            <source>The table prefix "%1" may only contain letters, digits and underscores.</source>
            <translation>The table prefix "%1" may only contain letters, digits and underscores.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>A SQLite URL names a file, not a host: write sqlite:///absolute/path.db (three slashes).</source>
            <translation>A SQLite URL names a file, not a host: write sqlite:///absolute/path.db (three slashes).</translation>
        </message>
        <message>
            <location line="+3" />
            <source>A SQLite URL needs an absolute file path: sqlite:///absolute/path.db.</source>
            <translation>A SQLite URL needs an absolute file path: sqlite:///absolute/path.db.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Do not put the password in the database URL; it is read from the keychain or from MCPAY_DB_PASSWORD.</source>
            <translation>Do not put the password in the database URL; it is read from the keychain or from MCPAY_DB_PASSWORD.</translation>
        </message>
        <message>
            <location line="+10" />
            <source>A MySQL URL needs a host: mysql://user@host:3306/dbname.</source>
            <translation>A MySQL URL needs a host: mysql://user@host:3306/dbname.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>A MySQL URL needs a user name: mysql://user@host:3306/dbname.</source>
            <translation>A MySQL URL needs a user name: mysql://user@host:3306/dbname.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>A MySQL URL needs a database name after the host: mysql://user@host:3306/dbname.</source>
            <translation>A MySQL URL needs a database name after the host: mysql://user@host:3306/dbname.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Unknown database type "%1"; use sqlite:// or mysql://.</source>
            <translation>Unknown database type "%1"; use sqlite:// or mysql://.</translation>
        </message>
        <message>
            <location line="+39" />
            <source>SQLite: %1</source>
            <translation>SQLite: %1</translation>
        </message>
        <message>
            <location line="+1" />
            <source>MySQL: %1@%2:%3/%4</source>
            <translation>MySQL: %1@%2:%3/%4</translation>
        </message>
    </context>
    <context>
        <name>DbCommands</name>
        <message>
            <location filename="../app/cli/dbcommands.cpp" line="+25" />
            <source>Creates the order table if absent and applies mcpay-admin's schema migrations (additive only).</source>
            <translation>Creates the order table if absent and applies mcpay-admin's schema migrations (additive only).</translation>
        </message>
        <message>
            <location line="+25" />
            <source>Inserts demo orders spread over the last 90 days (after migrating).</source>
            <translation>Inserts demo orders spread over the last 90 days (after migrating).</translation>
        </message>
        <message>
            <location line="+5" />
            <source>How many orders (default 200).</source>
            <translation>How many orders (default 200).</translation>
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
            <translation>Seed of the generator, for repeatable data.</translation>
        </message>
        <message>
            <location line="+9" />
            <source>--count takes a whole number from 1 to 50000000.</source>
            <translation>--count takes a whole number from 1 to 50000000.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>--random-seed takes a whole number.</source>
            <translation>--random-seed takes a whole number.</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Inserted %1 demo orders into %2.</source>
            <translation>Inserted %1 demo orders into %2.</translation>
        </message>
    </context>
    <context>
        <name>DeliveryEngine</name>
        <message>
            <location filename="../app/sandbox/deliveryengine.cpp" line="+44" />
            <source>No answer within %1 s: the receiver took too long (the channel counts this as a failure and retries).</source>
            <translation>No answer within %1 s: the receiver took too long (the channel counts this as a failure and retries).</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Connection refused by %1: nothing listens there (is the server running, and on this port?).</source>
            <translation>Connection refused by %1: nothing listens there (is the server running, and on this port?).</translation>
        </message>
        <message>
            <location line="+4" />
            <source>%1 closed the connection without an HTTP answer (did the server crash?).</source>
            <translation>%1 closed the connection without an HTTP answer (did the server crash?).</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The host %1 was not found (check the notify URL).</source>
            <translation>The host %1 was not found (check the notify URL).</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The connection to %1 timed out.</source>
            <translation>The connection to %1 timed out.</translation>
        </message>
        <message>
            <location line="+2" />
            <location line="+253" />
            <source>Cancelled.</source>
            <translation>Cancelled.</translation>
        </message>
        <message>
            <location line="-251" />
            <source>The TLS handshake with %1 failed: %2</source>
            <translation>The TLS handshake with %1 failed: %2</translation>
        </message>
        <message>
            <location line="+4" />
            <source>%1 did not answer in valid HTTP: %2</source>
            <translation>%1 did not answer in valid HTTP: %2</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Network error talking to %1: %2</source>
            <translation>Network error talking to %1: %2</translation>
        </message>
        <message>
            <location line="+248" />
            <source>No HTTP answer.</source>
            <translation>No HTTP answer.</translation>
        </message>
    </context>
    <context>
        <name>FinanceReport</name>
        <message>
            <location filename="../models/finance/financereport.cpp" line="+47" />
            <location line="+68" />
            <source>Choose a first day that is not after the last day.</source>
            <translation>Choose a first day that is not after the last day.</translation>
        </message>
        <message>
            <location line="-66" />
            <source>Choose a range of at most ten years.</source>
            <translation>Choose a range of at most ten years.</translation>
        </message>
        <message>
            <location line="+25" />
            <source>Counting created orders</source>
            <translation>Counting created orders</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Summing paid orders</source>
            <translation>Summing paid orders</translation>
        </message>
        <message>
            <location line="+16" />
            <source>Summing refunds</source>
            <translation>Summing refunds</translation>
        </message>
        <message>
            <location line="+29" />
            <source>Computing the conversion</source>
            <translation>Computing the conversion</translation>
        </message>
        <message>
            <location line="+44" />
            <source>Day</source>
            <translation>Day</translation>
        </message>
        <message>
            <location line="+0" />
            <location line="+14" />
            <source>Created</source>
            <translation>Created</translation>
        </message>
        <message>
            <location line="-14" />
            <source>Paid orders</source>
            <translation>Paid orders</translation>
        </message>
        <message>
            <location line="+0" />
            <location line="+14" />
            <source>Paid</source>
            <translation>Paid</translation>
        </message>
        <message>
            <location line="-14" />
            <source>Refunds</source>
            <translation>Refunds</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Refunded</source>
            <translation>Refunded</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Net</source>
            <translation>Net</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Total</source>
            <translation>Total</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Conversion %</source>
            <translation>Conversion %</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Paid amount</source>
            <translation>Paid amount</translation>
        </message>
    </context>
    <context>
        <name>FlowCommands</name>
        <message>
            <location filename="../app/cli/flowcommands.cpp" line="+24" />
            <source>--max-amount takes an amount in yuan above zero, such as 5000.00: %1</source>
            <translation>--max-amount takes an amount in yuan above zero, such as 5000.00: %1</translation>
        </message>
        <message>
            <location line="+1" />
            <source>zero</source>
            <translation>zero</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Largest amount a payment button may ask for, in yuan (default 5000.00).</source>
            <translation>Largest amount a payment button may ask for, in yuan (default 5000.00).</translation>
        </message>
        <message>
            <location line="+1" />
            <source>YUAN</source>
            <translation>YUAN</translation>
        </message>
        <message>
            <location line="+25" />
            <source>Checks dialogue-flow JSON files and prints each problem as file:line:col: severity: code: message; exits 1 when a file has an error.</source>
            <translation>Checks dialogue-flow JSON files and prints each problem as file:line:col: severity: code: message; exits 1 when a file has an error.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Flow files to check.</source>
            <translation>Flow files to check.</translation>
        </message>
        <message>
            <location line="+0" />
            <source>FILE…</source>
            <translation>FILE…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Print the problems as a JSON array.</source>
            <translation>Print the problems as a JSON array.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Name at least one flow file: flow validate FILE…</source>
            <translation>Name at least one flow file: flow validate FILE…</translation>
        </message>
        <message>
            <location line="+36" />
            <source>%1 file(s) checked: %2 error(s), %3 warning(s), %4 note(s).</source>
            <translation>%1 file(s) checked: %2 error(s), %3 warning(s), %4 note(s).</translation>
        </message>
        <message>
            <location line="+15" />
            <source>Publishes a flow file to the chat_flow setting (la_config) of --db and records the version; refuses a flow with errors.</source>
            <translation>Publishes a flow file to the chat_flow setting (la_config) of --db and records the version; refuses a flow with errors.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>The flow file to publish.</source>
            <translation>The flow file to publish.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Why this version (required).</source>
            <translation>Why this version (required).</translation>
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
            <translation>Who publishes (default: the login name).</translation>
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
            <translation>Publish even when the flow has warnings.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Usage: flow publish FILE --comment TEXT</source>
            <translation>Usage: flow publish FILE --comment TEXT</translation>
        </message>
        <message numerus="yes">
            <location line="+15" />
            <source>Not published: the flow has %n error(s).</source>
            <translation>
                <numerusform>Not published: the flow has %n error.</numerusform>
                <numerusform>Not published: the flow has %n errors.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+4" />
            <source>Not published: the flow has %n warning(s); check them and add --accept-warnings to publish anyway.</source>
            <translation>
                <numerusform>Not published: the flow has %n warning; check them and add --accept-warnings to publish anyway.</numerusform>
                <numerusform>Not published: the flow has %n warnings; check them and add --accept-warnings to publish anyway.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+18" />
            <source>Published version %1 (%n message(s)) to %2.</source>
            <translation>
                <numerusform>Published version %1 (%n message) to %2.</numerusform>
                <numerusform>Published version %1 (%n messages) to %2.</numerusform>
            </translation>
        </message>
        <message>
            <location line="+11" />
            <source>Writes the flow that --db serves now (la_config chat_flow) to a file.</source>
            <translation>Writes the flow that --db serves now (la_config chat_flow) to a file.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>The file to write; - for standard output.</source>
            <translation>The file to write; - for standard output.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>FILE</source>
            <translation>FILE</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Usage: flow pull --out FILE</source>
            <translation>Usage: flow pull --out FILE</translation>
        </message>
        <message>
            <location line="+12" />
            <source>%1 has no published chat flow yet.</source>
            <translation>%1 has no published chat flow yet.</translation>
        </message>
        <message>
            <location line="+20" />
            <source>Lists the published versions of the chat flow in --db, newest first.</source>
            <translation>Lists the published versions of the chat flow in --db, newest first.</translation>
        </message>
        <message>
            <location line="+29" />
            <source>Publishes an earlier version of the chat flow again.</source>
            <translation>Publishes an earlier version of the chat flow again.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>The version id (see flow history).</source>
            <translation>The version id (see flow history).</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Why.</source>
            <translation>Why.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Who (default: the login name).</source>
            <translation>Who (default: the login name).</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Usage: flow rollback VERSION</source>
            <translation>Usage: flow rollback VERSION</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Published version %1 again as version %2.</source>
            <translation>Published version %1 again as version %2.</translation>
        </message>
    </context>
    <context>
        <name>FlowDiagnostic</name>
        <message>
            <location filename="../models/flow/flowvalidator.cpp" line="+523" />
            <source>Error</source>
            <translation>Error</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Warning</source>
            <translation>Warning</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Note</source>
            <translation>Note</translation>
        </message>
    </context>
    <context>
        <name>FlowEditCommand</name>
        <message>
            <location filename="../models/flow/floweditcommands.cpp" line="+61" />
            <source>Change %1</source>
            <translation>Change %1</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Remove %1</source>
            <translation>Remove %1</translation>
        </message>
        <message>
            <location line="+81" />
            <source>Insert message</source>
            <translation>Insert message</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Insert item into %1</source>
            <translation>Insert item into %1</translation>
        </message>
        <message>
            <location line="+33" />
            <source>Delete message</source>
            <translation>Delete message</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Delete item of %1</source>
            <translation>Delete item of %1</translation>
        </message>
        <message>
            <location line="+34" />
            <source>Move message</source>
            <translation>Move message</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Move item of %1</source>
            <translation>Move item of %1</translation>
        </message>
        <message>
            <location line="+34" />
            <source>Edit JSON text</source>
            <translation>Edit JSON text</translation>
        </message>
    </context>
    <context>
        <name>FlowEditorPage</name>
        <message>
            <location filename="../ui/flow/floweditorpage.cpp" line="+83" />
            <source>+ Message</source>
            <translation>+ Message</translation>
        </message>
        <message>
            <location line="+0" />
            <source>+ Payment</source>
            <translation>+ Payment</translation>
        </message>
        <message>
            <location line="+0" />
            <source>+ Paid branch</source>
            <translation>+ Paid branch</translation>
        </message>
        <message>
            <location line="+1" />
            <source>+ Skip branch</source>
            <translation>+ Skip branch</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Duplicate</source>
            <translation>Duplicate</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Delete</source>
            <translation>Delete</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Up</source>
            <translation>Up</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Down</source>
            <translation>Down</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Preview</source>
            <translation>Preview</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Publish</source>
            <translation>Publish</translation>
        </message>
        <message>
            <location line="+0" />
            <source>History</source>
            <translation>History</translation>
        </message>
        <message>
            <location line="+11" />
            <source>&amp;Form</source>
            <translation>&amp;Form</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;JSON</source>
            <translation>&amp;JSON</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Severity</source>
            <translation>Severity</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Where</source>
            <translation>Where</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Problem</source>
            <translation>Problem</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Code</source>
            <translation>Code</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Checking the flow…</source>
            <translation>Checking the flow…</translation>
        </message>
        <message>
            <location line="+28" />
            <location line="+269" />
            <source>Move message</source>
            <translation>Move message</translation>
        </message>
        <message>
            <location line="-221" />
            <source>&amp;New Flow</source>
            <translation>&amp;New Flow</translation>
        </message>
        <message>
            <location line="+4" />
            <source>&amp;Open Flow…</source>
            <translation>&amp;Open Flow…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Open &amp;Recent Flow</source>
            <translation>Open &amp;Recent Flow</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Save Flow</source>
            <translation>&amp;Save Flow</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Save Flow &amp;As…</source>
            <translation>Save Flow &amp;As…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Load Published Flow</source>
            <translation>&amp;Load Published Flow</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Load Published Flow</source>
            <translation>Load Published Flow</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Publish Flow…</source>
            <translation>&amp;Publish Flow…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Flow &amp;History…</source>
            <translation>Flow &amp;History…</translation>
        </message>
        <message>
            <location line="+5" />
            <location line="+10" />
            <source>&amp;Undo</source>
            <translation>&amp;Undo</translation>
        </message>
        <message>
            <location line="-6" />
            <location line="+8" />
            <source>&amp;Redo</source>
            <translation>&amp;Redo</translation>
        </message>
        <message>
            <location line="-2" />
            <source>&amp;Undo %1</source>
            <translation>&amp;Undo %1</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Redo %1</source>
            <translation>&amp;Redo %1</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Insert &amp;Message</source>
            <translation>Insert &amp;Message</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Insert message</source>
            <translation>Insert message</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Insert &amp;Payment Message</source>
            <translation>Insert &amp;Payment Message</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Insert payment message</source>
            <translation>Insert payment message</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Insert "Paid" Branch</source>
            <translation>Insert "Paid" Branch</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Insert paid branch</source>
            <translation>Insert paid branch</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Adds a message shown only after the payment above succeeded.</source>
            <translation>Adds a message shown only after the payment above succeeded.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Insert "Skip" Branch</source>
            <translation>Insert "Skip" Branch</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Insert skip branch</source>
            <translation>Insert skip branch</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Adds a message shown only when the customer chose not to pay above.</source>
            <translation>Adds a message shown only when the customer chose not to pay above.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>D&amp;uplicate Message</source>
            <translation>D&amp;uplicate Message</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Delete Message</source>
            <translation>&amp;Delete Message</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Move Message &amp;Up</source>
            <translation>Move Message &amp;Up</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Move Message Do&amp;wn</source>
            <translation>Move Message Do&amp;wn</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Pre&amp;view Chat…</source>
            <translation>Pre&amp;view Chat…</translation>
        </message>
        <message>
            <location line="+68" />
            <location line="+363" />
            <source>Publishing needs the Admin profile (View ▸ Profile).</source>
            <translation>Publishing needs the Admin profile (View ▸ Profile).</translation>
        </message>
        <message>
            <location line="-349" />
            <source>Untitled flow</source>
            <translation>Untitled flow</translation>
        </message>
        <message>
            <location line="+55" />
            <source>Duplicate message</source>
            <translation>Duplicate message</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Delete message</source>
            <translation>Delete message</translation>
        </message>
        <message>
            <location line="+22" />
            <source>No problems found.</source>
            <translation>No problems found.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Problems: %1 error(s), %2 warning(s), %3 note(s). Click one to go there.</source>
            <translation>Problems: %1 error(s), %2 warning(s), %3 note(s). Click one to go there.</translation>
        </message>
        <message>
            <location line="+18" />
            <source>line %1:%2</source>
            <translation>line %1:%2</translation>
        </message>
        <message>
            <location line="+1" />
            <source>%1 (line %2:%3)</source>
            <translation>%1 (line %2:%3)</translation>
        </message>
        <message>
            <location line="+46" />
            <source>Unsaved Flow</source>
            <translation>Unsaved Flow</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The flow "%1" has changes that are not saved. Save them?</source>
            <translation>The flow "%1" has changes that are not saved. Save them?</translation>
        </message>
        <message>
            <location line="+15" />
            <location line="+11" />
            <source>Open Flow</source>
            <translation>Open Flow</translation>
        </message>
        <message>
            <location line="-9" />
            <source>Flow JSON (*.json);;All files (*)</source>
            <translation>Flow JSON (*.json);;All files (*)</translation>
        </message>
        <message>
            <location line="+17" />
            <source>Opened %1.</source>
            <translation>Opened %1.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Save Flow As</source>
            <translation>Save Flow As</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Flow JSON (*.json)</source>
            <translation>Flow JSON (*.json)</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Save Flow</source>
            <translation>Save Flow</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Saved %1.</source>
            <translation>Saved %1.</translation>
        </message>
        <message>
            <location line="+18" />
            <source>(none)</source>
            <translation>(none)</translation>
        </message>
        <message>
            <location line="+74" />
            <source>Recover Flow</source>
            <translation>Recover Flow</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The flow editor ended without saving changes to %1 (autosaved %2). Recover them?</source>
            <translation>The flow editor ended without saving changes to %1 (autosaved %2). Recover them?</translation>
        </message>
        <message>
            <location line="+1" />
            <source>an untitled flow</source>
            <translation>an untitled flow</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Recover autosaved changes</source>
            <translation>Recover autosaved changes</translation>
        </message>
        <message>
            <location line="+18" />
            <location line="+54" />
            <location line="+25" />
            <source>No database is open; connect to one first.</source>
            <translation>No database is open; connect to one first.</translation>
        </message>
        <message>
            <location line="-75" />
            <source>The flow has %1 error(s); fix them before publishing.</source>
            <translation>The flow has %1 error(s); fix them before publishing.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The flow has %1 warning(s).</source>
            <translation>The flow has %1 warning(s).</translation>
        </message>
        <message>
            <location line="+18" />
            <location line="+7" />
            <location line="+5" />
            <location line="+7" />
            <source>Publish Flow</source>
            <translation>Publish Flow</translation>
        </message>
        <message>
            <location line="-18" />
            <source>The flow has %1 error(s) and cannot be published. The problems list shows where they are.</source>
            <translation>The flow has %1 error(s) and cannot be published. The problems list shows where they are.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>The flow has %1 warning(s). Publish it anyway?</source>
            <translation>The flow has %1 warning(s). Publish it anyway?</translation>
        </message>
        <message>
            <location line="+5" />
            <source>What changed in this version (kept in the history)?</source>
            <translation>What changed in this version (kept in the history)?</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Published version %1 to %2.</source>
            <translation>Published version %1 to %2.</translation>
        </message>
        <message>
            <location line="+12" />
            <source>%1 has no published chat flow yet.</source>
            <translation>%1 has no published chat flow yet.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Loaded the published flow from %1.</source>
            <translation>Loaded the published flow from %1.</translation>
        </message>
        <message>
            <location line="+17" />
            <source>Flow History</source>
            <translation>Flow History</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Open version %1</source>
            <translation>Open version %1</translation>
        </message>
    </context>
    <context>
        <name>FlowHistoryDialog</name>
        <message>
            <location filename="../ui/flow/flowhistorydialog.cpp" line="+24" />
            <source>Flow History</source>
            <translation>Flow History</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Version</source>
            <translation>Version</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Published</source>
            <translation>Published</translation>
        </message>
        <message>
            <location line="+0" />
            <source>By</source>
            <translation>By</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Messages</source>
            <translation>Messages</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Comment</source>
            <translation>Comment</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Compare</source>
            <translation>Compare</translation>
        </message>
        <message>
            <location line="+2" />
            <source>with</source>
            <translation>with</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Left</source>
            <translation>Left</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Right</source>
            <translation>Right</translation>
        </message>
        <message>
            <location line="+19" />
            <source>&amp;Open in Editor</source>
            <translation>&amp;Open in Editor</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Roll Back to This Version…</source>
            <translation>&amp;Roll Back to This Version…</translation>
        </message>
        <message>
            <location line="+39" />
            <location line="+7" />
            <source>Roll Back</source>
            <translation>Roll Back</translation>
        </message>
        <message>
            <location line="-6" />
            <source>Publish version %1 again? The customers will get it at once. Comment for the history:</source>
            <translation>Publish version %1 again? The customers will get it at once. Comment for the history:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Rollback to version %1</source>
            <translation>Rollback to version %1</translation>
        </message>
        <message>
            <location line="+25" />
            <source>[rollback to %1] %2</source>
            <translation>[rollback to %1] %2</translation>
        </message>
        <message>
            <location line="+20" />
            <source>the editor's text</source>
            <translation>the editor's text</translation>
        </message>
        <message>
            <location line="+2" />
            <source>version %1 (%2)</source>
            <translation>version %1 (%2)</translation>
        </message>
        <message>
            <location line="+31" />
            <source>%1 changed line(s)</source>
            <translation>%1 changed line(s)</translation>
        </message>
        <message>
            <location line="+32" />
            <location line="+6" />
            <source>Rolling back publishes a flow: it needs the Admin profile.</source>
            <translation>Rolling back publishes a flow: it needs the Admin profile.</translation>
        </message>
    </context>
    <context>
        <name>FlowMessageForm</name>
        <message>
            <location filename="../ui/flow/flowmessageform.cpp" line="+54" />
            <source>"service" is a message of the bot; other types are kept as they are.</source>
            <translation>"service" is a message of the bot; other types are kept as they are.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Type:</source>
            <translation>&amp;Type:</translation>
        </message>
        <message>
            <location line="+4" />
            <source>What the bot says</source>
            <translation>What the bot says</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Content:</source>
            <translation>&amp;Content:</translation>
        </message>
        <message>
            <location line="+5" />
            <source> ms</source>
            <translation> ms</translation>
        </message>
        <message>
            <location line="+1" />
            <source>(none)</source>
            <translation>(none)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>How long the page shows "typing…" before the message, in milliseconds.</source>
            <translation>How long the page shows "typing…" before the message, in milliseconds.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Delay:</source>
            <translation>&amp;Delay:</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Wait for the customer to answer</source>
            <translation>&amp;Wait for the customer to answer</translation>
        </message>
        <message>
            <location line="+4" />
            <source>e.g. paymentConfirm</source>
            <translation>e.g. paymentConfirm</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The answer is stored under this key; later messages can test it in a condition.</source>
            <translation>The answer is stored under this key; later messages can test it in a condition.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Answer &amp;key:</source>
            <translation>Answer &amp;key:</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Show only &amp;when</source>
            <translation>Show only &amp;when</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Keys set by the messages above this one.</source>
            <translation>Keys set by the messages above this one.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Answers the messages above can store under the key.</source>
            <translation>Answers the messages above can store under the key.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>the answer to:</source>
            <translation>the answer to:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>is:</source>
            <translation>is:</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Buttons</source>
            <translation>&amp;Buttons</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Text</source>
            <translation>Text</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Value</source>
            <translation>Value</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Type</source>
            <translation>Type</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Amount (¥)</source>
            <translation>Amount (¥)</translation>
        </message>
        <message>
            <location line="+17" />
            <source>Add</source>
            <translation>Add</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Add a button</source>
            <translation>Add a button</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Remove</source>
            <translation>Remove</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Remove the selected button</source>
            <translation>Remove the selected button</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Up</source>
            <translation>Up</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Move the selected button up</source>
            <translation>Move the selected button up</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Down</source>
            <translation>Down</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Move the selected button down</source>
            <translation>Move the selected button down</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Stored under the answer key when the button is pressed.</source>
            <translation>Stored under the answer key when the button is pressed.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>"payment" makes a payment button; the others only style the button.</source>
            <translation>"payment" makes a payment button; the others only style the button.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>0.40</source>
            <translation>0.40</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The amount in yuan, at most two decimals.</source>
            <translation>The amount in yuan, at most two decimals.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Te&amp;xt:</source>
            <translation>Te&amp;xt:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Value:</source>
            <translation>&amp;Value:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>T&amp;ype:</source>
            <translation>T&amp;ype:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Amount (¥):</source>
            <translation>&amp;Amount (¥):</translation>
        </message>
        <message>
            <location line="+47" />
            <source>Button</source>
            <translation>Button</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Add button</source>
            <translation>Add button</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Remove button</source>
            <translation>Remove button</translation>
        </message>
        <message>
            <location line="+186" />
            <source>Move button</source>
            <translation>Move button</translation>
        </message>
        <message>
            <location line="+11" />
            <source>A payment button needs an amount.</source>
            <translation>A payment button needs an amount.</translation>
        </message>
        <message>
            <location line="+12" />
            <source>The amount must be above zero.</source>
            <translation>The amount must be above zero.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The amount is above the maximum of %1.</source>
            <translation>The amount is above the maximum of %1.</translation>
        </message>
    </context>
    <context>
        <name>FlowMessageListModel</name>
        <message>
            <location filename="../ui/flow/flowmessagelistmodel.cpp" line="+74" />
            <source>Shown only when "%1" is "%2".</source>
            <translation>Shown only when "%1" is "%2".</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Stores the answer under "%1".</source>
            <translation>Stores the answer under "%1".</translation>
        </message>
    </context>
    <context>
        <name>FlowMessageView</name>
        <message>
            <location filename="../models/flow/flowmessage.cpp" line="+144" />
            <source>(no content)</source>
            <translation>(no content)</translation>
        </message>
    </context>
    <context>
        <name>FlowPlayer</name>
        <message>
            <location filename="../models/flow/flowplayer.cpp" line="+44" />
            <source>Not a message object.</source>
            <translation>Not a message object.</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Shown only when "%1" is "%2"; it is "%3".</source>
            <translation>Shown only when "%1" is "%2"; it is "%3".</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Shown only when "%1" is "%2"; there is no answer for "%1".</source>
            <translation>Shown only when "%1" is "%2"; there is no answer for "%1".</translation>
        </message>
        <message>
            <location line="+19" />
            <source>No message is waiting for an answer.</source>
            <translation>No message is waiting for an answer.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The message has no button %1.</source>
            <translation>The message has no button %1.</translation>
        </message>
    </context>
    <context>
        <name>FlowPreviewDialog</name>
        <message>
            <location filename="../ui/flow/flowpreviewdialog.cpp" line="+27" />
            <source>Chat Preview</source>
            <translation>Chat Preview</translation>
        </message>
        <message>
            <location line="+17" />
            <source>typing…</source>
            <translation>typing…</translation>
        </message>
        <message>
            <location line="+14" />
            <source>1× (as customers see it)</source>
            <translation>1× (as customers see it)</translation>
        </message>
        <message>
            <location line="+0" />
            <source>10×</source>
            <translation>10×</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Instant</source>
            <translation>Instant</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Speed:</source>
            <translation>&amp;Speed:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Show skipped messages</source>
            <translation>Show skipped messages</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Start &amp;from:</source>
            <translation>Start &amp;from:</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Answers given in advance</source>
            <translation>Answers given in advance</translation>
        </message>
        <message>
            <location line="+3" />
            <location line="+15" />
            <source>Key</source>
            <translation>Key</translation>
        </message>
        <message>
            <location line="-15" />
            <location line="+15" />
            <source>Answer</source>
            <translation>Answer</translation>
        </message>
        <message>
            <location line="-11" />
            <source>Add answer</source>
            <translation>Add answer</translation>
        </message>
        <message>
            <location line="+5" />
            <source>&amp;Restart</source>
            <translation>&amp;Restart</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Answers collected</source>
            <translation>Answers collected</translation>
        </message>
        <message>
            <location line="+87" />
            <source>End of the conversation.</source>
            <translation>End of the conversation.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Skipped message %1: %2</source>
            <translation>Skipped message %1: %2</translation>
        </message>
        <message>
            <location line="+75" />
            <source>(no text)</source>
            <translation>(no text)</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Pay in the sandbox (cashier, signed notification)</source>
            <translation>Pay in the sandbox (cashier, signed notification)</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Payment succeeds (paid)</source>
            <translation>Payment succeeds (paid)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Customer cancels (payment_cancelled)</source>
            <translation>Customer cancels (payment_cancelled)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Payment fails (payment_failed)</source>
            <translation>Payment fails (payment_failed)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>A test payment of ¥%1: choose how it ends.</source>
            <translation>A test payment of ¥%1: choose how it ends.</translation>
        </message>
        <message>
            <location line="+18" />
            <source>This payment button has no valid amount: %1</source>
            <translation>This payment button has no valid amount: %1</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Paying ¥%1 in the sandbox: %2</source>
            <translation>Paying ¥%1 in the sandbox: %2</translation>
        </message>
        <message>
            <location line="+31" />
            <source>Left unpaid: the chat keeps waiting for the payment.</source>
            <translation>Left unpaid: the chat keeps waiting for the payment.</translation>
        </message>
    </context>
    <context>
        <name>FlowRawEditor</name>
        <message>
            <location filename="../ui/flow/flowraweditor.cpp" line="+115" />
            <source>Line %1, column %2: %3 The form shows the last text that could be read; nothing you typed is lost.</source>
            <translation>Line %1, column %2: %3 The form shows the last text that could be read; nothing you typed is lost.</translation>
        </message>
    </context>
    <context>
        <name>FlowStore</name>
        <message>
            <location filename="../models/flow/flowstore.cpp" line="+42" />
            <source>Cannot open %1: %2</source>
            <translation>Cannot open %1: %2</translation>
        </message>
        <message>
            <location line="+6" />
            <source>%1 is not UTF-8 text; save it as UTF-8 and open it again.</source>
            <translation>%1 is not UTF-8 text; save it as UTF-8 and open it again.</translation>
        </message>
        <message>
            <location line="+9" />
            <location line="+4" />
            <source>Cannot write %1: %2</source>
            <translation>Cannot write %1: %2</translation>
        </message>
        <message>
            <location line="+16" />
            <location line="+60" />
            <source>Reading the published chat flow</source>
            <translation>Reading the published chat flow</translation>
        </message>
        <message numerus="yes">
            <location line="-40" />
            <source>The flow has %n error(s) and was not published. First: %1</source>
            <translation>
                <numerusform>The flow has %n error and was not published. First: %1</numerusform>
                <numerusform>The flow has %n errors and was not published. First: %1</numerusform>
            </translation>
        </message>
        <message>
            <location line="+22" />
            <source>The flow is %1 bytes long, but the value column of %2 holds at most %3 bytes. Shorten the flow or widen the column.</source>
            <translation>The flow is %1 bytes long, but the value column of %2 holds at most %3 bytes. Shorten the flow or widen the column.</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Cannot start a transaction: %1</source>
            <translation>Cannot start a transaction: %1</translation>
        </message>
        <message>
            <location line="+16" />
            <location line="+10" />
            <source>Publishing the chat flow</source>
            <translation>Publishing the chat flow</translation>
        </message>
        <message>
            <location line="+22" />
            <source>Recording the published version</source>
            <translation>Recording the published version</translation>
        </message>
        <message>
            <location line="+29" />
            <source>Reading the flow history</source>
            <translation>Reading the flow history</translation>
        </message>
        <message>
            <location line="+28" />
            <source>Reading a flow version</source>
            <translation>Reading a flow version</translation>
        </message>
        <message>
            <location line="+2" />
            <source>There is no published version %1.</source>
            <translation>There is no published version %1.</translation>
        </message>
        <message>
            <location line="+21" />
            <source>Rollback to version %1</source>
            <translation>Rollback to version %1</translation>
        </message>
    </context>
    <context>
        <name>FlowTemplates</name>
        <message>
            <location filename="../models/flow/flowmessage.cpp" line="+13" />
            <source>To confirm your interest, please pay a deposit of ¥0.40 (deducted from later fees).</source>
            <translation>To confirm your interest, please pay a deposit of ¥0.40 (deducted from later fees).</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Pay now ¥0.40</source>
            <translation>Pay now ¥0.40</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Not now</source>
            <translation>Not now</translation>
        </message>
        <message>
            <location line="+23" />
            <source>✓ Payment received. Thank you for your trust; we will take good care of you.</source>
            <translation>✓ Payment received. Thank you for your trust; we will take good care of you.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>No problem. You can pay the deposit any time later.</source>
            <translation>No problem. You can pay the deposit any time later.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>New message</source>
            <translation>New message</translation>
        </message>
    </context>
    <context>
        <name>FlowValidator</name>
        <message>
            <location filename="../models/flow/flowvalidator.cpp" line="-412" />
            <source>A flow must be a JSON array of messages ([ … ]), but this is a %1.</source>
            <translation>A flow must be a JSON array of messages ([ … ]), but this is a %1.</translation>
        </message>
        <message>
            <location line="+36" />
            <source>"%1" must be a %2, not a %3.</source>
            <translation>"%1" must be a %2, not a %3.</translation>
        </message>
        <message>
            <location line="+13" />
            <source>"%1" appears twice in this object; only the last one counts.</source>
            <translation>"%1" appears twice in this object; only the last one counts.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>"%1" is not a field of the flow format and is kept as it is; did you mean "%2"?</source>
            <translation>"%1" is not a field of the flow format and is kept as it is; did you mean "%2"?</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Message %1 must be a JSON object ({ … }), not a %2.</source>
            <translation>Message %1 must be a JSON object ({ … }), not a %2.</translation>
        </message>
        <message>
            <location line="+17" />
            <source>The message has no content; the customer would see an empty bubble.</source>
            <translation>The message has no content; the customer would see an empty bubble.</translation>
        </message>
        <message>
            <location line="+9" />
            <source>The delay %1 is negative; use 0 or more milliseconds.</source>
            <translation>The delay %1 is negative; use 0 or more milliseconds.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The delay %1 ms is longer than %2 s; the delay is in milliseconds, and customers rarely wait that long.</source>
            <translation>The delay %1 ms is longer than %2 s; the delay is in milliseconds, and customers rarely wait that long.</translation>
        </message>
        <message>
            <location line="+19" />
            <source>A button must be an object with text and value, not a %1.</source>
            <translation>A button must be an object with text and value, not a %1.</translation>
        </message>
        <message>
            <location line="+10" />
            <source>The button has no text; the customer would see an empty button.</source>
            <translation>The button has no text; the customer would see an empty button.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Button %1 has the same value "%2" as button %3; later messages could not tell them apart.</source>
            <translation>Button %1 has the same value "%2" as button %3; later messages could not tell them apart.</translation>
        </message>
        <message>
            <location line="+25" />
            <source>A message with a payment button must have "waitForResponse": true, or the flow moves on before the customer pays.</source>
            <translation>A message with a payment button must have "waitForResponse": true, or the flow moves on before the customer pays.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>A message with a payment button needs a "responseKey" to store the payment result ("paid", "payment_failed" or "payment_cancelled") under.</source>
            <translation>A message with a payment button needs a "responseKey" to store the payment result ("paid", "payment_failed" or "payment_cancelled") under.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>The message waits for a response but has no buttons to answer with; the conversation would stop here.</source>
            <translation>The message waits for a response but has no buttons to answer with; the conversation would stop here.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>The message has a responseKey or buttons but does not wait for a response ("waitForResponse": true), so no answer is stored.</source>
            <translation>The message has a responseKey or buttons but does not wait for a response ("waitForResponse": true), so no answer is stored.</translation>
        </message>
        <message>
            <location line="+17" />
            <source>A condition needs both a "key" and a "value".</source>
            <translation>A condition needs both a "key" and a "value".</translation>
        </message>
        <message>
            <location line="+15" />
            <source>Message %1 already stores its answer under "%2"; this answer replaces it.</source>
            <translation>Message %1 already stores its answer under "%2"; this answer replaces it.</translation>
        </message>
        <message>
            <location line="+20" />
            <source>No earlier message stores an answer under "%1", so this message is never shown.</source>
            <translation>No earlier message stores an answer under "%1", so this message is never shown.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>No earlier message stores an answer under "%1", so this message is never shown; did you mean "%2"?</source>
            <translation>No earlier message stores an answer under "%1", so this message is never shown; did you mean "%2"?</translation>
        </message>
        <message>
            <location line="+11" />
            <source>No earlier message can store "%1" under "%2" (possible answers: %3), so this message is never shown.</source>
            <translation>No earlier message can store "%1" under "%2" (possible answers: %3), so this message is never shown.</translation>
        </message>
        <message>
            <location line="+11" />
            <source>This message is never shown: whenever the conversation gets here, "%1" cannot be "%2" (the messages that store it are skipped or replace it first).</source>
            <translation>This message is never shown: whenever the conversation gets here, "%1" cannot be "%2" (the messages that store it are skipped or replace it first).</translation>
        </message>
        <message>
            <location line="+37" />
            <source>The payment button has no "amount"; add the amount in yuan, such as 0.40.</source>
            <translation>The payment button has no "amount"; add the amount in yuan, such as 0.40.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>The amount is the text "%1"; write it as a number without quotes, such as 0.40.</source>
            <translation>The amount is the text "%1"; write it as a number without quotes, such as 0.40.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>The amount must be a number of yuan such as 0.40, not a %1.</source>
            <translation>The amount must be a number of yuan such as 0.40, not a %1.</translation>
        </message>
        <message>
            <location line="+6" />
            <location line="+20" />
            <source>The amount %1 is not above zero; a payment needs at least 0.01 yuan.</source>
            <translation>The amount %1 is not above zero; a payment needs at least 0.01 yuan.</translation>
        </message>
        <message>
            <location line="-12" />
            <source>The amount %1 has more than two decimals; fen (0.01) is the smallest unit.</source>
            <translation>The amount %1 has more than two decimals; fen (0.01) is the smallest unit.</translation>
        </message>
        <message>
            <location line="+3" />
            <location line="+12" />
            <source>The amount %1 is above the maximum of %2 yuan.</source>
            <translation>The amount %1 is above the maximum of %2 yuan.</translation>
        </message>
        <message>
            <location line="-9" />
            <source>The amount %1 cannot be used: %2</source>
            <translation>The amount %1 cannot be used: %2</translation>
        </message>
    </context>
    <context>
        <name>GuiApplication</name>
        <message>
            <location filename="../ui/main/guiapplication.cpp" line="+26" />
            <source>Embedded Database</source>
            <translation>Embedded Database</translation>
        </message>
        <message>
            <location line="+1" />
            <source>mcpay-admin opens its embedded database instead.</source>
            <translation>mcpay-admin opens its embedded database instead.</translation>
        </message>
    </context>
    <context>
        <name>JsonParser</name>
        <message>
            <location filename="../models/flow/flowjson.cpp" line="+301" />
            <source>The text is empty; a flow is a JSON array such as [].</source>
            <translation>The text is empty; a flow is a JSON array such as [].</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Unexpected text after the end of the JSON value.</source>
            <translation>Unexpected text after the end of the JSON value.</translation>
        </message>
        <message>
            <location line="+44" />
            <source>the end of the text</source>
            <translation>the end of the text</translation>
        </message>
        <message>
            <location line="+3" />
            <source>a control character</source>
            <translation>a control character</translation>
        </message>
        <message>
            <location line="+7" />
            <source>The JSON is nested too deeply.</source>
            <translation>The JSON is nested too deeply.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Expected a value but the text ends here.</source>
            <translation>Expected a value but the text ends here.</translation>
        </message>
        <message>
            <location line="+16" />
            <source>Strings must use double quotes ("), not single quotes.</source>
            <translation>Strings must use double quotes ("), not single quotes.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Expected a value (object, array, string, number, true, false or null) but found %1.</source>
            <translation>Expected a value (object, array, string, number, true, false or null) but found %1.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Unknown word; expected true, false, null, a number or a quoted string.</source>
            <translation>Unknown word; expected true, false, null, a number or a quoted string.</translation>
        </message>
        <message>
            <location line="+19" />
            <source>Expected a digit in the number.</source>
            <translation>Expected a digit in the number.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Numbers must not start with 0 (write 7, not 07).</source>
            <translation>Numbers must not start with 0 (write 7, not 07).</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Expected a digit after the decimal point.</source>
            <translation>Expected a digit after the decimal point.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Expected a digit in the exponent.</source>
            <translation>Expected a digit in the exponent.</translation>
        </message>
        <message>
            <location line="+27" />
            <source>This string has no closing double quote.</source>
            <translation>This string has no closing double quote.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Line break inside a string; write \n instead.</source>
            <translation>Line break inside a string; write \n instead.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Control character inside a string; escape it.</source>
            <translation>Control character inside a string; escape it.</translation>
        </message>
        <message>
            <location line="+25" />
            <source>Expected four hexadecimal digits after \u.</source>
            <translation>Expected four hexadecimal digits after \u.</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Unknown escape sequence in a string.</source>
            <translation>Unknown escape sequence in a string.</translation>
        </message>
        <message>
            <location line="+23" />
            <source>Trailing comma before ']'; remove the comma.</source>
            <translation>Trailing comma before ']'; remove the comma.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>The array is not closed; expected ',' or ']'.</source>
            <translation>The array is not closed; expected ',' or ']'.</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Expected ',' or ']' after an array item but found %1.</source>
            <translation>Expected ',' or ']' after an array item but found %1.</translation>
        </message>
        <message>
            <location line="+16" />
            <source>The object is not closed; expected a key or '}'.</source>
            <translation>The object is not closed; expected a key or '}'.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Trailing comma before '}'; remove the comma.</source>
            <translation>Trailing comma before '}'; remove the comma.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Expected a key in double quotes but found %1.</source>
            <translation>Expected a key in double quotes but found %1.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Expected ':' after the key "%1".</source>
            <translation>Expected ':' after the key "%1".</translation>
        </message>
        <message>
            <location line="+8" />
            <source>The object is not closed; expected ',' or '}'.</source>
            <translation>The object is not closed; expected ',' or '}'.</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Expected ',' or '}' after a member but found %1.</source>
            <translation>Expected ',' or '}' after a member but found %1.</translation>
        </message>
    </context>
    <context>
        <name>LikeadminClient</name>
        <message>
            <location filename="../app/channels/likeadminclient.cpp" line="+31" />
            <source>The likeadmin server address is not a valid URL.</source>
            <translation>The likeadmin server address is not a valid URL.</translation>
        </message>
        <message>
            <location line="+23" />
            <source>likeadmin %1</source>
            <translation>likeadmin %1</translation>
        </message>
        <message>
            <location line="+5" />
            <source>%1: no answer within %2 s.</source>
            <translation>%1: no answer within %2 s.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>%1: network error: %2.</source>
            <translation>%1: network error: %2.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>%1: the server answered HTTP %2 (likeadmin answers 200 with an envelope; check the address).</source>
            <translation>%1: the server answered HTTP %2 (likeadmin answers 200 with an envelope; check the address).</translation>
        </message>
        <message>
            <location line="+6" />
            <source>%1: the answer is not a likeadmin envelope {code, show, msg, data}.</source>
            <translation>%1: the answer is not a likeadmin envelope {code, show, msg, data}.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>%1: the user token is invalid or has expired (%2). Log in to the front end again and use the new token.</source>
            <translation>%1: the user token is invalid or has expired (%2). Log in to the front end again and use the new token.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>%1: the server refused: %2</source>
            <translation>%1: the server refused: %2</translation>
        </message>
        <message>
            <location line="+0" />
            <source>(no message)</source>
            <translation>(no message)</translation>
        </message>
        <message>
            <location line="+4" />
            <source>%1: the answer has no data.</source>
            <translation>%1: the answer has no data.</translation>
        </message>
        <message>
            <location line="+15" />
            <source>createMarketingChatOrder: the answer's %1 is missing or not valid.</source>
            <translation>createMarketingChatOrder: the answer's %1 is missing or not valid.</translation>
        </message>
        <message>
            <location line="+33" />
            <source>unifiedpay: the answer's data is not valid JSON.</source>
            <translation>unifiedpay: the answer's data is not valid JSON.</translation>
        </message>
    </context>
    <context>
        <name>LikeadminJson</name>
        <message>
            <location filename="../app/channels/likeadminjson.cpp" line="+116" />
            <source>The amount is not valid JSON text.</source>
            <translation>The amount is not valid JSON text.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>The amount must be a number such as 0.40.</source>
            <translation>The amount must be a number such as 0.40.</translation>
        </message>
    </context>
    <context>
        <name>LikeadminPayConfig</name>
        <message>
            <location filename="../app/channels/channelconfig.cpp" line="+113" />
            <source>This database has no %1 table: it is not a likeadmin deployment.</source>
            <translation>This database has no %1 table: it is not a likeadmin deployment.</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <location filename="../ui/main/mainwindow.cpp" line="+40" />
            <source>mcpay-admin — Marketing Chat Payments</source>
            <translation>mcpay-admin — Marketing Chat Payments</translation>
        </message>
        <message>
            <location line="+7" />
            <location line="+61" />
            <source>&amp;Orders</source>
            <translation>&amp;Orders</translation>
        </message>
        <message>
            <location line="-51" />
            <location line="+2" />
            <source>Dialogue &amp;Flow</source>
            <translation>Dialogue &amp;Flow</translation>
        </message>
        <message>
            <location line="+6" />
            <source>&amp;Notifications</source>
            <translation>&amp;Notifications</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Test &amp;Payments</source>
            <translation>Test &amp;Payments</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Server C&amp;heck</source>
            <translation>Server C&amp;heck</translation>
        </message>
        <message>
            <location line="+7" />
            <source>&amp;Reports</source>
            <translation>&amp;Reports</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Re&amp;conciliation</source>
            <translation>Re&amp;conciliation</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Audit Log</source>
            <translation>&amp;Audit Log</translation>
        </message>
        <message>
            <location line="+28" />
            <source>F&amp;low</source>
            <translation>F&amp;low</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Payment &amp;Channels…</source>
            <translation>Payment &amp;Channels…</translation>
        </message>
        <message>
            <location line="+9" />
            <source>&amp;Sandbox</source>
            <translation>&amp;Sandbox</translation>
        </message>
        <message>
            <location line="+17" />
            <source>&amp;File</source>
            <translation>&amp;File</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Connect to Database…</source>
            <translation>&amp;Connect to Database…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Ctrl+Shift+O</source>
            <translation>Ctrl+Shift+O</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Open the &amp;Embedded Database</source>
            <translation>Open the &amp;Embedded Database</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Recent Databases</source>
            <translation>&amp;Recent Databases</translation>
        </message>
        <message>
            <location line="+9" />
            <source>&amp;Quit</source>
            <translation>&amp;Quit</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Edit</source>
            <translation>&amp;Edit</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;View</source>
            <translation>&amp;View</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Language</source>
            <translation>&amp;Language</translation>
        </message>
        <message>
            <location line="+10" />
            <source>&amp;Tools</source>
            <translation>&amp;Tools</translation>
        </message>
        <message>
            <location line="+4" />
            <source>&amp;Profile</source>
            <translation>&amp;Profile</translation>
        </message>
        <message>
            <location line="+10" />
            <source>&amp;Help</source>
            <translation>&amp;Help</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;About mcpay-admin</source>
            <translation>&amp;About mcpay-admin</translation>
        </message>
        <message>
            <location line="+1" />
            <source>About mcpay-admin</source>
            <translation>About mcpay-admin</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&lt;h3&gt;mcpay-admin %1&lt;/h3&gt;&lt;p&gt;Back-office for marketing-chat payment funnels: dialogue flows, orders, WeChat Pay and Alipay notifications.&lt;/p&gt;&lt;p&gt;Licensed under the GNU General Public License, version 3 or later.&lt;/p&gt;</source>
            <translation>&lt;h3&gt;mcpay-admin %1&lt;/h3&gt;&lt;p&gt;Back-office for marketing-chat payment funnels: dialogue flows, orders, WeChat Pay and Alipay notifications.&lt;/p&gt;&lt;p&gt;Licensed under the GNU General Public License, version 3 or later.&lt;/p&gt;</translation>
        </message>
        <message>
            <location line="+5" />
            <source>About &amp;Qt</source>
            <translation>About &amp;Qt</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Database: %1</source>
            <translation>Database: %1</translation>
        </message>
        <message>
            <location line="+0" />
            <source>No database</source>
            <translation>No database</translation>
        </message>
        <message>
            <location line="+11" />
            <location line="+20" />
            <source>Cannot Open the Database</source>
            <translation>Cannot Open the Database</translation>
        </message>
        <message>
            <location line="-11" />
            <source>Database Password</source>
            <translation>Database Password</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Password for %1:</source>
            <translation>Password for %1:</translation>
        </message>
        <message>
            <location line="+11" />
            <source>%1

The previous database stays open.</source>
            <translation>%1

The previous database stays open.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Duplicated Order Numbers</source>
            <translation>Duplicated Order Numbers</translation>
        </message>
        <message>
            <location line="+17" />
            <source>Password Not Saved</source>
            <translation>Password Not Saved</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The password is saved in the system keychain.</source>
            <translation>The password is saved in the system keychain.</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Language</source>
            <translation>Language</translation>
        </message>
        <message>
            <location line="+0" />
            <source>The new language is used from the next start. Restart mcpay-admin now?</source>
            <translation>The new language is used from the next start. Restart mcpay-admin now?</translation>
        </message>
    </context>
    <context>
        <name>Money</name>
        <message>
            <location filename="../models/orders/money.cpp" line="+8" />
            <source>The amount is empty. Enter an amount in yuan such as 0.40.</source>
            <translation>The amount is empty. Enter an amount in yuan such as 0.40.</translation>
        </message>
        <message>
            <location line="+15" />
            <source>The amount "%1" has more than two decimals; fen is the smallest unit.</source>
            <translation>The amount "%1" has more than two decimals; fen is the smallest unit.</translation>
        </message>
        <message>
            <location line="+8" />
            <location line="+43" />
            <source>The amount "%1" is above the maximum of 100000000.00 yuan.</source>
            <translation>The amount "%1" is above the maximum of 100000000.00 yuan.</translation>
        </message>
        <message>
            <location line="-35" />
            <source>The amount "%1" has more than one decimal point.</source>
            <translation>The amount "%1" has more than one decimal point.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>The amount "%1" has a sign; enter a plain amount such as 0.40.</source>
            <translation>The amount "%1" has a sign; enter a plain amount such as 0.40.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The amount "%1" uses an exponent; write it out in full, such as 1200.00.</source>
            <translation>The amount "%1" uses an exponent; write it out in full, such as 1200.00.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The amount "%1" contains white space; remove it.</source>
            <translation>The amount "%1" contains white space; remove it.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The amount "%1" contains full-width or non-ASCII digits; use 0-9.</source>
            <translation>The amount "%1" contains full-width or non-ASCII digits; use 0-9.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The amount "%1" is not a number; enter an amount in yuan such as 0.40.</source>
            <translation>The amount "%1" is not a number; enter an amount in yuan such as 0.40.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>The amount "%1" has no digits; enter an amount in yuan such as 0.40.</source>
            <translation>The amount "%1" has no digits; enter an amount in yuan such as 0.40.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The amount "%1" ends with a decimal point; write 12 or 12.00.</source>
            <translation>The amount "%1" ends with a decimal point; write 12 or 12.00.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The amount "%1" has no digit before the decimal point; write 0%1.</source>
            <translation>The amount "%1" has no digit before the decimal point; write 0%1.</translation>
        </message>
    </context>
    <context>
        <name>NotificationLogPage</name>
        <message>
            <location filename="../ui/payments/notificationlogpage.cpp" line="+31" />
            <source>Start listener</source>
            <translation>Start listener</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Stop listener</source>
            <translation>Stop listener</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Reload log</source>
            <translation>Reload log</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Any free port</source>
            <translation>Any free port</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The listener accepts connections on 127.0.0.1 only; put a reverse proxy in front of it.</source>
            <translation>The listener accepts connections on 127.0.0.1 only; put a reverse proxy in front of it.</translation>
        </message>
        <message>
            <location line="+24" />
            <source>Port:</source>
            <translation>Port:</translation>
        </message>
        <message numerus="yes">
            <location line="+40" />
            <source>%n open alert(s) for finance</source>
            <translation>
                <numerusform>%n open alert for finance</numerusform>
                <numerusform>%n open alerts for finance</numerusform>
            </translation>
        </message>
        <message>
            <location line="+35" />
            <location line="+119" />
            <source>Listening on 127.0.0.1:%1 for the SANDBOX channels.</source>
            <translation>Listening on 127.0.0.1:%1 for the SANDBOX channels.</translation>
        </message>
        <message>
            <location line="-98" />
            <source>Use the Sandbox Channels?</source>
            <translation>Use the Sandbox Channels?</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The embedded listener is running on the production channels, so it refuses sandbox notifications. Switch it to the sandbox channels?

Real notifications are refused while it is (the channels retry them later). Tools ▸ Sandbox ▸ Use Sandbox Channels switches back.</source>
            <translation>The embedded listener is running on the production channels, so it refuses sandbox notifications. Switch it to the sandbox channels?

Real notifications are refused while it is (the channels retry them later). Tools ▸ Sandbox ▸ Use Sandbox Channels switches back.</translation>
        </message>
        <message>
            <location line="+22" />
            <source>Reading the sandbox identity…</source>
            <translation>Reading the sandbox identity…</translation>
        </message>
        <message>
            <location line="+9" />
            <source>There is no sandbox identity yet: create one with Tools ▸ Sandbox ▸ Create Sandbox Identity.</source>
            <translation>There is no sandbox identity yet: create one with Tools ▸ Sandbox ▸ Create Sandbox Identity.</translation>
        </message>
        <message>
            <location line="+19" />
            <source>Reading the channel keys…</source>
            <translation>Reading the channel keys…</translation>
        </message>
        <message>
            <location line="+54" />
            <source>WeChat Pay</source>
            <translation>WeChat Pay</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Alipay</source>
            <translation>Alipay</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Listening on 127.0.0.1:%1, but no channel is configured: notifications get 503.</source>
            <translation>Listening on 127.0.0.1:%1, but no channel is configured: notifications get 503.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Listening on 127.0.0.1:%1 for %2.</source>
            <translation>Listening on 127.0.0.1:%1 for %2.</translation>
        </message>
        <message>
            <location line="+14" />
            <source>The listener is stopped.</source>
            <translation>The listener is stopped.</translation>
        </message>
    </context>
    <context>
        <name>NotifyConfigFile</name>
        <message>
            <location filename="../app/listener/notifyconfigfile.cpp" line="+21" />
            <source>%1 is empty; give the path of the PEM file.</source>
            <translation>%1 is empty; give the path of the PEM file.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Cannot read %1 (%2): %3.</source>
            <translation>Cannot read %1 (%2): %3.</translation>
        </message>
        <message>
            <location line="+13" />
            <source>No %1: set %1_file to a key file or export %2.</source>
            <translation>No %1: set %1_file to a key file or export %2.</translation>
        </message>
        <message>
            <location line="+9" />
            <source>The key file %1 does not exist.</source>
            <translation>The key file %1 does not exist.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The key file %1 is accessible to other users; run: chmod 600 %1</source>
            <translation>The key file %1 is accessible to other users; run: chmod 600 %1</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Cannot read the key file %1: %2.</source>
            <translation>Cannot read the key file %1: %2.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>--listen needs HOST:PORT, such as 127.0.0.1:8787 (got "%1").</source>
            <translation>--listen needs HOST:PORT, such as 127.0.0.1:8787 (got "%1").</translation>
        </message>
        <message>
            <location line="+8" />
            <source>--listen needs an IP address and a port 0-65535, such as 127.0.0.1:8787 (got "%1").</source>
            <translation>--listen needs an IP address and a port 0-65535, such as 127.0.0.1:8787 (got "%1").</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Cannot read the configuration file %1: %2.</source>
            <translation>Cannot read the configuration file %1: %2.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>%1 is not a JSON object: %2 at offset %3.</source>
            <translation>%1 is not a JSON object: %2 at offset %3.</translation>
        </message>
        <message>
            <location line="+13" />
            <source>wechat.mchid is missing in %1.</source>
            <translation>wechat.mchid is missing in %1.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>The WeChat Pay APIv3 key must be 32 characters (it has %1); copy it again from the merchant platform.</source>
            <translation>The WeChat Pay APIv3 key must be 32 characters (it has %1); copy it again from the merchant platform.</translation>
        </message>
        <message>
            <location line="+11" />
            <location line="+16" />
            <location line="+29" />
            <source>%1: %2</source>
            <translation>%1: %2</translation>
        </message>
        <message>
            <location line="-38" />
            <source>wechat.platform_public_keys[].id must be the PUB_KEY_ID_… shown on the merchant platform (got "%1").</source>
            <translation>wechat.platform_public_keys[].id must be the PUB_KEY_ID_… shown on the merchant platform (got "%1").</translation>
        </message>
        <message>
            <location line="+13" />
            <source>WeChat Pay needs wechat.platform_certificates or wechat.platform_public_keys in %1.</source>
            <translation>WeChat Pay needs wechat.platform_certificates or wechat.platform_public_keys in %1.</translation>
        </message>
        <message>
            <location line="+18" />
            <source>alipay.app_id is missing in %1.</source>
            <translation>alipay.app_id is missing in %1.</translation>
        </message>
        <message>
            <location line="+12" />
            <source>%1 configures neither "wechat" nor "alipay"; see docs/serve.md.</source>
            <translation>%1 configures neither "wechat" nor "alipay"; see docs/serve.md.</translation>
        </message>
        <message>
            <location line="+18" />
            <source>The WeChat Pay platform certificate: %1</source>
            <translation>The WeChat Pay platform certificate: %1</translation>
        </message>
        <message>
            <location line="+5" />
            <source>The WeChat Pay platform public key: %1</source>
            <translation>The WeChat Pay platform public key: %1</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Enter the WeChat Pay public key id (PUB_KEY_ID_…) that goes with the platform key.</source>
            <translation>Enter the WeChat Pay public key id (PUB_KEY_ID_…) that goes with the platform key.</translation>
        </message>
        <message>
            <location line="+10" />
            <source>The Alipay public key: %1</source>
            <translation>The Alipay public key: %1</translation>
        </message>
    </context>
    <context>
        <name>NotifyListener</name>
        <message>
            <location filename="../app/listener/notifylistener.cpp" line="+41" />
            <source>Cannot listen on %1:%2: %3. Choose another port or stop the program that uses it.</source>
            <translation>Cannot listen on %1:%2: %3. Choose another port or stop the program that uses it.</translation>
        </message>
        <message>
            <location line="+103" />
            <source>The listener is already running on port %1.</source>
            <translation>The listener is already running on port %1.</translation>
        </message>
    </context>
    <context>
        <name>NotifyLogModel</name>
        <message>
            <location filename="../ui/payments/notifylogmodel.cpp" line="+34" />
            <source>Yes</source>
            <translation>Yes</translation>
        </message>
        <message>
            <location line="+1" />
            <source>%1 ms</source>
            <translation>%1 ms</translation>
        </message>
        <message>
            <location line="+26" />
            <source>Time</source>
            <translation>Time</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Channel</source>
            <translation>Channel</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Route</source>
            <translation>Route</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Verdict</source>
            <translation>Verdict</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Order</source>
            <translation>Order</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Amount</source>
            <translation>Amount</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Marked paid</source>
            <translation>Marked paid</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Latency</source>
            <translation>Latency</translation>
        </message>
        <message>
            <location line="+1" />
            <source>HTTP</source>
            <translation>HTTP</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Details</source>
            <translation>Details</translation>
        </message>
    </context>
    <context>
        <name>NotifyProcessor</name>
        <message>
            <location filename="../app/listener/notifyprocessor.cpp" line="+92" />
            <source>The order %1 could not be marked paid.</source>
            <translation>The order %1 could not be marked paid.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The order was already paid by transaction %1; this is a second payment (%2).</source>
            <translation>The order was already paid by transaction %1; this is a second payment (%2).</translation>
        </message>
        <message>
            <location line="+106" />
            <source>Content-Type %1 is not accepted here (application/json expected).</source>
            <translation>Content-Type %1 is not accepted here (application/json expected).</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Content-Type %1 is not accepted here (application/x-www-form-urlencoded expected).</source>
            <translation>Content-Type %1 is not accepted here (application/x-www-form-urlencoded expected).</translation>
        </message>
        <message>
            <location line="+49" />
            <source>The body is larger than the limit; it was not read.</source>
            <translation>The body is larger than the limit; it was not read.</translation>
        </message>
        <message>
            <location line="+19" />
            <source>WeChat Pay is not configured (mchid, APIv3 key, platform key).</source>
            <translation>WeChat Pay is not configured (mchid, APIv3 key, platform key).</translation>
        </message>
        <message>
            <location line="+18" />
            <source>The refund is for merchant %1, not %2.</source>
            <translation>The refund is for merchant %1, not %2.</translation>
        </message>
        <message>
            <location line="+18" />
            <source>The payment is for merchant %1, not %2.</source>
            <translation>The payment is for merchant %1, not %2.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>The payment is for appid %1, which is not configured.</source>
            <translation>The payment is for appid %1, which is not configured.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>trade_state is %1; the order is left unpaid.</source>
            <translation>trade_state is %1; the order is left unpaid.</translation>
        </message>
        <message>
            <location line="+10" />
            <source>WeChat Pay v2 is not configured (mchid, API key).</source>
            <translation>WeChat Pay v2 is not configured (mchid, API key).</translation>
        </message>
        <message>
            <location line="+18" />
            <source>The payment is for another merchant or appid.</source>
            <translation>The payment is for another merchant or appid.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>result_code is %1.</source>
            <translation>result_code is %1.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>total_fee, out_trade_no or transaction_id is missing.</source>
            <translation>total_fee, out_trade_no or transaction_id is missing.</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Alipay is not configured (app_id, Alipay public key).</source>
            <translation>Alipay is not configured (app_id, Alipay public key).</translation>
        </message>
        <message>
            <location line="+17" />
            <source>The notification is for app_id %1 / seller_id %2, not ours.</source>
            <translation>The notification is for app_id %1 / seller_id %2, not ours.</translation>
        </message>
        <message>
            <location line="+14" />
            <source>trade_status is %1; the order is left unpaid.</source>
            <translation>trade_status is %1; the order is left unpaid.</translation>
        </message>
        <message>
            <location line="+41" />
            <source>No order has the sn %1.</source>
            <translation>No order has the sn %1.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Notified amount %1 differs from the order amount %2; the order is not marked paid.</source>
            <translation>Notified amount %1 differs from the order amount %2; the order is not marked paid.</translation>
        </message>
    </context>
    <context>
        <name>NotifyVerdict</name>
        <message>
            <location filename="../app/listener/notifyrecord.cpp" line="+18" />
            <source>Paid</source>
            <translation>Paid</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Duplicate</source>
            <translation>Duplicate</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Not a payment</source>
            <translation>Not a payment</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Refund</source>
            <translation>Refund</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Signature probe</source>
            <translation>Signature probe</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Bad signature</source>
            <translation>Bad signature</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Unknown key serial</source>
            <translation>Unknown key serial</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Stale timestamp</source>
            <translation>Stale timestamp</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Malformed</source>
            <translation>Malformed</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Decryption failed</source>
            <translation>Decryption failed</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Unsupported algorithm</source>
            <translation>Unsupported algorithm</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Wrong merchant</source>
            <translation>Wrong merchant</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Unknown order</source>
            <translation>Unknown order</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Amount mismatch</source>
            <translation>Amount mismatch</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Channel not configured</source>
            <translation>Channel not configured</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Wrong content type</source>
            <translation>Wrong content type</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Too large</source>
            <translation>Too large</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Database error</source>
            <translation>Database error</translation>
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
            <translation>Order No.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>User ID</source>
            <translation>User ID</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Amount (¥)</source>
            <translation>Amount (¥)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Pay Way</source>
            <translation>Pay Way</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Paid At</source>
            <translation>Paid At</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Transaction ID</source>
            <translation>Transaction ID</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Remark</source>
            <translation>Remark</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Created At</source>
            <translation>Created At</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Updated At</source>
            <translation>Updated At</translation>
        </message>
    </context>
    <context>
        <name>OrderDetailPane</name>
        <message>
            <location filename="../ui/orders/orderdetailpane.cpp" line="+108" />
            <source>Select an order to see all of its fields.</source>
            <translation>Select an order to see all of its fields.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>%1:</source>
            <translation>%1:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Deleted At:</source>
            <translation>Deleted At:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Copy Order No.</source>
            <translation>Copy Order No.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Copy the order number to the clipboard</source>
            <translation>Copy the order number to the clipboard</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Order %1</source>
            <translation>Order %1</translation>
        </message>
        <message>
            <location line="+5" />
            <location line="+2" />
            <source>%1 (%2)</source>
            <translation>%1 (%2)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>(none)</source>
            <translation>(none)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Not deleted</source>
            <translation>Not deleted</translation>
        </message>
    </context>
    <context>
        <name>OrderExporter</name>
        <message>
            <location filename="../models/orders/orderexporter.cpp" line="+147" />
            <source>Cannot write %1: %2</source>
            <translation>Cannot write %1: %2</translation>
        </message>
        <message>
            <location line="+8" />
            <location line="+5" />
            <location line="+66" />
            <source>Reading orders for the export</source>
            <translation>Reading orders for the export</translation>
        </message>
        <message>
            <location line="-12" />
            <source>The export was cancelled; no file was written.</source>
            <translation>The export was cancelled; no file was written.</translation>
        </message>
        <message>
            <location line="+4" />
            <location line="+11" />
            <source>Writing %1 failed: %2</source>
            <translation>Writing %1 failed: %2</translation>
        </message>
    </context>
    <context>
        <name>OrderFinancePanel</name>
        <message>
            <location filename="../ui/finance/orderfinancepanel.cpp" line="+117" />
            <source>%1 — refunded %2, in progress %3, refundable %4</source>
            <translation>%1 — refunded %2, in progress %3, refundable %4</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Not paid</source>
            <translation>Not paid</translation>
        </message>
        <message>
            <location line="+17" />
            <source>Configure a payment channel to refund from here.</source>
            <translation>Configure a payment channel to refund from here.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Give back all or part of the payment</source>
            <translation>Give back all or part of the payment</translation>
        </message>
        <message>
            <location line="+13" />
            <location line="+27" />
            <source>Refund</source>
            <translation>Refund</translation>
        </message>
        <message>
            <location line="-27" />
            <source>The order could not be read.</source>
            <translation>The order could not be read.</translation>
        </message>
        <message>
            <location line="+22" />
            <source>Refund %1 of %2: %3</source>
            <translation>Refund %1 of %2: %3</translation>
        </message>
        <message>
            <location line="+18" />
            <source>&amp;Refund…</source>
            <translation>&amp;Refund…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Time</source>
            <translation>Time</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Event</source>
            <translation>Event</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Details</source>
            <translation>Details</translation>
        </message>
        <message>
            <location line="+0" />
            <source>By</source>
            <translation>By</translation>
        </message>
    </context>
    <context>
        <name>OrderQueryModel</name>
        <message>
            <location filename="../models/orders/orderquerymodel.cpp" line="+250" />
            <location line="+4" />
            <source>Reading orders</source>
            <translation>Reading orders</translation>
        </message>
        <message>
            <location line="+108" />
            <source>%1 (deleted)</source>
            <translation>%1 (deleted)</translation>
        </message>
    </context>
    <context>
        <name>OrderRepository</name>
        <message>
            <location filename="../models/orders/orderrepository.cpp" line="+119" />
            <source>The order amount must be greater than zero.</source>
            <translation>The order amount must be greater than zero.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The order amount is above %1 yuan, the most the order table's decimal(10,2) column holds.</source>
            <translation>The order amount is above %1 yuan, the most the order table's decimal(10,2) column holds.</translation>
        </message>
        <message>
            <location line="+26" />
            <source>Creating the order</source>
            <translation>Creating the order</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Could not find a free order number after %1 attempts; try again in a second.</source>
            <translation>Could not find a free order number after %1 attempts; try again in a second.</translation>
        </message>
        <message>
            <location line="+17" />
            <source>Looking up the order</source>
            <translation>Looking up the order</translation>
        </message>
        <message>
            <location line="+34" />
            <source>Cannot begin a transaction: %1</source>
            <translation>Cannot begin a transaction: %1</translation>
        </message>
        <message>
            <location line="+15" />
            <source>Marking the order paid</source>
            <translation>Marking the order paid</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Reading the order back</source>
            <translation>Reading the order back</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Order %1 does not exist.</source>
            <translation>Order %1 does not exist.</translation>
        </message>
        <message>
            <location line="+29" />
            <location line="+3" />
            <source>Counting the orders</source>
            <translation>Counting the orders</translation>
        </message>
        <message>
            <location line="+23" />
            <source>Reading orders</source>
            <translation>Reading orders</translation>
        </message>
        <message>
            <location line="+54" />
            <source>Inserting demo orders</source>
            <translation>Inserting demo orders</translation>
        </message>
    </context>
    <context>
        <name>OrderTimeline</name>
        <message>
            <location filename="../models/finance/ordertimeline.cpp" line="+38" />
            <source>Created: %1</source>
            <translation>Created: %1</translation>
        </message>
        <message>
            <location line="+1" />
            <source>User %1, %2</source>
            <translation>User %1, %2</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Paid by %1</source>
            <translation>Paid by %1</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Transaction %1</source>
            <translation>Transaction %1</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Deleted</source>
            <translation>Deleted</translation>
        </message>
        <message>
            <location line="+19" />
            <source>Prepay with %1 (%2): %3</source>
            <translation>Prepay with %1 (%2): %3</translation>
        </message>
        <message>
            <location line="+4" />
            <source>prepay id %1</source>
            <translation>prepay id %1</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Reading the notifications of an order</source>
            <translation>Reading the notifications of an order</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Notification from %1 (%2): %3, HTTP %4</source>
            <translation>Notification from %1 (%2): %3, HTTP %4</translation>
        </message>
        <message>
            <location line="+5" />
            <source>amount %1</source>
            <translation>amount %1</translation>
        </message>
        <message>
            <location line="+2" />
            <source>marked the order paid</source>
            <translation>marked the order paid</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Reading the alerts of an order</source>
            <translation>Reading the alerts of an order</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Alert: %1</source>
            <translation>Alert: %1</translation>
        </message>
        <message>
            <location line="+15" />
            <source>Refund of %1 requested (%2), now %3</source>
            <translation>Refund of %1 requested (%2), now %3</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Refund %1: %2</source>
            <translation>Refund %1: %2</translation>
        </message>
    </context>
    <context>
        <name>OrdersCommands</name>
        <message>
            <location filename="../app/cli/orderscommands.cpp" line="+28" />
            <source>Exports the orders that match the filters to a CSV file (UTF-8 with BOM, opens in Excel).</source>
            <translation>Exports the orders that match the filters to a CSV file (UTF-8 with BOM, opens in Excel).</translation>
        </message>
        <message>
            <location line="+6" />
            <source>The CSV file to write (required).</source>
            <translation>The CSV file to write (required).</translation>
        </message>
        <message>
            <location line="+0" />
            <source>FILE</source>
            <translation>FILE</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Only orders whose order sn contains TEXT.</source>
            <translation>Only orders whose order sn contains TEXT.</translation>
        </message>
        <message>
            <location line="+0" />
            <source>TEXT</source>
            <translation>TEXT</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Only orders of this user id.</source>
            <translation>Only orders of this user id.</translation>
        </message>
        <message>
            <location line="+0" />
            <source>ID</source>
            <translation>ID</translation>
        </message>
        <message>
            <location line="+1" />
            <source>paid or unpaid.</source>
            <translation>paid or unpaid.</translation>
        </message>
        <message>
            <location line="+0" />
            <source>STATUS</source>
            <translation>STATUS</translation>
        </message>
        <message>
            <location line="+1" />
            <source>wechat, alipay, balance or none.</source>
            <translation>wechat, alipay, balance or none.</translation>
        </message>
        <message>
            <location line="+0" />
            <source>WAY</source>
            <translation>WAY</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Created at or after (yyyy-MM-dd or yyyy-MM-ddTHH:mm:ss, local time).</source>
            <translation>Created at or after (yyyy-MM-dd or yyyy-MM-ddTHH:mm:ss, local time).</translation>
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
            <translation>Created before (same forms).</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Amount at least, in yuan (0.40).</source>
            <translation>Amount at least, in yuan (0.40).</translation>
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
            <translation>Amount at most, in yuan.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Include soft-deleted orders.</source>
            <translation>Include soft-deleted orders.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Sort column: id, order_sn, user_id, order_amount, pay_way, pay_status, pay_time, transaction_id, remark, create_time, update_time.</source>
            <translation>Sort column: id, order_sn, user_id, order_amount, pay_way, pay_status, pay_time, transaction_id, remark, create_time, update_time.</translation>
        </message>
        <message>
            <location line="+0" />
            <source>COLUMN</source>
            <translation>COLUMN</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Ascending order (default: descending).</source>
            <translation>Ascending order (default: descending).</translation>
        </message>
        <message>
            <location line="+13" />
            <source>--user takes a whole number.</source>
            <translation>--user takes a whole number.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>--status takes paid or unpaid.</source>
            <translation>--status takes paid or unpaid.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>--pay-way takes wechat, alipay, balance or none.</source>
            <translation>--pay-way takes wechat, alipay, balance or none.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>--%1 takes a date (2026-01-30) or a date and time (2026-01-30T12:00:00).</source>
            <translation>--%1 takes a date (2026-01-30) or a date and time (2026-01-30T12:00:00).</translation>
        </message>
        <message>
            <location line="+21" />
            <source>--sort: unknown column "%1".</source>
            <translation>--sort: unknown column "%1".</translation>
        </message>
        <message>
            <location line="+9" />
            <source>orders export: --out FILE is required.</source>
            <translation>orders export: --out FILE is required.</translation>
        </message>
        <message>
            <location line="+20" />
            <source>Exported %1 orders to %2.</source>
            <translation>Exported %1 orders to %2.</translation>
        </message>
    </context>
    <context>
        <name>OrdersPage</name>
        <message>
            <location filename="../ui/orders/orderspage.cpp" line="+381" />
            <source>Copied order number %1.</source>
            <translation>Copied order number %1.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Order &amp;No.:</source>
            <translation>Order &amp;No.:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Contains… (Ctrl+F)</source>
            <translation>Contains… (Ctrl+F)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;User ID:</source>
            <translation>&amp;User ID:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Any</source>
            <translation>Any</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Status:</source>
            <translation>&amp;Status:</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+4" />
            <source>All</source>
            <translation>All</translation>
        </message>
        <message>
            <location line="-3" />
            <source>Paid</source>
            <translation>Paid</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Unpaid</source>
            <translation>Unpaid</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Pay &amp;way:</source>
            <translation>Pay &amp;way:</translation>
        </message>
        <message>
            <location line="+2" />
            <source>WeChat Pay</source>
            <translation>WeChat Pay</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Alipay</source>
            <translation>Alipay</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Balance</source>
            <translation>Balance</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Not chosen</source>
            <translation>Not chosen</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Created:</source>
            <translation>&amp;Created:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Any time</source>
            <translation>Any time</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Today</source>
            <translation>Today</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Last 7 days</source>
            <translation>Last 7 days</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Last 30 days</source>
            <translation>Last 30 days</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Custom range</source>
            <translation>Custom range</translation>
        </message>
        <message>
            <location line="+1" />
            <source>From</source>
            <translation>From</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Orders created at or after this time</source>
            <translation>Orders created at or after this time</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Before</source>
            <translation>Before</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Orders created before this time</source>
            <translation>Orders created before this time</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Amount (¥):</source>
            <translation>&amp;Amount (¥):</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Min, e.g. 0.40</source>
            <translation>Min, e.g. 0.40</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Max, e.g. 199.00</source>
            <translation>Max, e.g. 199.00</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Include &amp;deleted</source>
            <translation>Include &amp;deleted</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Apply</source>
            <translation>Apply</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Apply the filter (Enter)</source>
            <translation>Apply the filter (Enter)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Reset</source>
            <translation>Reset</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Show all orders again</source>
            <translation>Show all orders again</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Retry</source>
            <translation>Retry</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Dismiss</source>
            <translation>Dismiss</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Orders:</source>
            <translation>Orders:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Amount:</source>
            <translation>Amount:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Paid orders:</source>
            <translation>Paid orders:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Paid amount:</source>
            <translation>Paid amount:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Refresh Orders</source>
            <translation>&amp;Refresh Orders</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Read the orders again from the database (F5)</source>
            <translation>Read the orders again from the database (F5)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Export Orders to CSV…</source>
            <translation>&amp;Export Orders to CSV…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Export the filtered orders in the shown order to a CSV file (Ctrl+E)</source>
            <translation>Export the filtered orders in the shown order to a CSV file (Ctrl+E)</translation>
        </message>
        <message>
            <location line="+113" />
            <source>User ID must be a whole number up to %1.</source>
            <translation>User ID must be a whole number up to %1.</translation>
        </message>
        <message>
            <location line="+17" />
            <source>The start of the created-time range must be before its end.</source>
            <translation>The start of the created-time range must be before its end.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>%1: %2</source>
            <translation>%1: %2</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Minimum amount</source>
            <translation>Minimum amount</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Maximum amount</source>
            <translation>Maximum amount</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The minimum amount is above the maximum amount.</source>
            <translation>The minimum amount is above the maximum amount.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>The filter was not applied.</source>
            <translation>The filter was not applied.</translation>
        </message>
        <message>
            <location line="+60" />
            <source>The orders could not be read: %1</source>
            <translation>The orders could not be read: %1</translation>
        </message>
        <message>
            <location line="+14" />
            <source>counting…</source>
            <translation>counting…</translation>
        </message>
        <message>
            <location line="+45" />
            <source>orders-%1.csv</source>
            <translation>orders-%1.csv</translation>
        </message>
        <message>
            <location line="+2" />
            <location line="+44" />
            <source>Export Orders</source>
            <translation>Export Orders</translation>
        </message>
        <message>
            <location line="-44" />
            <source>CSV files (*.csv);;All files (*)</source>
            <translation>CSV files (*.csv);;All files (*)</translation>
        </message>
        <message>
            <location line="+10" />
            <source>An export is already running.</source>
            <translation>An export is already running.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>No database is open.</source>
            <translation>No database is open.</translation>
        </message>
        <message>
            <location line="+23" />
            <source>Exporting orders… %L1 of %L2</source>
            <translation>Exporting orders… %L1 of %L2</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Exporting orders…</source>
            <translation>Exporting orders…</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Cancel</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Cancelling…</source>
            <translation>Cancelling…</translation>
        </message>
        <message numerus="yes">
            <location line="+19" />
            <source>Exported %n order(s) to %1.</source>
            <translation>
                <numerusform>Exported %n order to %1.</numerusform>
                <numerusform>Exported %n orders to %1.</numerusform>
            </translation>
        </message>
        <message>
            <location line="+2" />
            <source>The export was cancelled; no file was written.</source>
            <translation>The export was cancelled; no file was written.</translation>
        </message>
        <message>
            <location line="+22" />
            <source>Export Failed</source>
            <translation>Export Failed</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The orders could not be exported to %1.</source>
            <translation>The orders could not be exported to %1.</translation>
        </message>
    </context>
    <context>
        <name>PayStatus</name>
        <message>
            <location filename="../models/orders/paytypes.cpp" line="+38" />
            <source>Paid</source>
            <translation>Paid</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Unpaid</source>
            <translation>Unpaid</translation>
        </message>
    </context>
    <context>
        <name>PayWay</name>
        <message>
            <location line="-11" />
            <source>WeChat Pay</source>
            <translation>WeChat Pay</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Alipay</source>
            <translation>Alipay</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Balance</source>
            <translation>Balance</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Not chosen</source>
            <translation>Not chosen</translation>
        </message>
    </context>
    <context>
        <name>PrepayJournal</name>
        <message>
            <location filename="../models/orders/prepayjournal.cpp" line="+37" />
            <source>Recording the pay parameters of an order</source>
            <translation>Recording the pay parameters of an order</translation>
        </message>
        <message>
            <location line="+15" />
            <source>Reading the pay parameters of an order</source>
            <translation>Reading the pay parameters of an order</translation>
        </message>
    </context>
    <context>
        <name>Profiles</name>
        <message>
            <location filename="../models/finance/profile.cpp" line="+34" />
            <source>Admin</source>
            <translation>Admin</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Finance</source>
            <translation>Finance</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Tester</source>
            <translation>Tester</translation>
        </message>
    </context>
    <context>
        <name>Reconciler</name>
        <message>
            <location filename="../models/finance/reconciler.cpp" line="+41" />
            <source>Paid at the channel, unpaid here (missed notification)</source>
            <translation>Paid at the channel, unpaid here (missed notification)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Paid here, missing at the channel</source>
            <translation>Paid here, missing at the channel</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Amount differs</source>
            <translation>Amount differs</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Refunded here, not at the channel</source>
            <translation>Refunded here, not at the channel</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Paid at the channel, no such order here</source>
            <translation>Paid at the channel, no such order here</translation>
        </message>
        <message>
            <location line="+62" />
            <source>Reading the paid orders</source>
            <translation>Reading the paid orders</translation>
        </message>
        <message>
            <location line="+21" />
            <source>Reading the refunds</source>
            <translation>Reading the refunds</translation>
        </message>
        <message>
            <location line="+19" />
            <source>Only a payment the channel has and this database lacks can be applied.</source>
            <translation>Only a payment the channel has and this database lacks can be applied.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Write why the order is marked paid.</source>
            <translation>Write why the order is marked paid.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Order %1 changed since the comparison; compare again.</source>
            <translation>Order %1 changed since the comparison; compare again.</translation>
        </message>
    </context>
    <context>
        <name>ReconciliationPage</name>
        <message>
            <location filename="../ui/finance/reconciliationpage.cpp" line="+109" />
            <source>Could not read %1: %2</source>
            <translation>Could not read %1: %2</translation>
        </message>
        <message>
            <location line="+54" />
            <source>%1 statement lines (%2 skipped), %3 differences.</source>
            <translation>%1 statement lines (%2 skipped), %3 differences.</translation>
        </message>
        <message>
            <location line="+41" />
            <source>Asked %1 of %2…</source>
            <translation>Asked %1 of %2…</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Asking the channels…</source>
            <translation>Asking the channels…</translation>
        </message>
        <message>
            <location line="+13" />
            <source>%1 answers from the channels, %2 differences, %3 calls failed.</source>
            <translation>%1 answers from the channels, %2 differences, %3 calls failed.</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Select a difference first.</source>
            <translation>Select a difference first.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Only the Finance profile applies reconciliation findings.</source>
            <translation>Only the Finance profile applies reconciliation findings.</translation>
        </message>
        <message>
            <location line="+23" />
            <source>Mark order paid</source>
            <translation>Mark order paid</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Order %1 will be marked paid with %2, trade number %3. Why?</source>
            <translation>Order %1 will be marked paid with %2, trade number %3. Why?</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Found in the channel statement</source>
            <translation>Found in the channel statement</translation>
        </message>
        <message>
            <location line="+5" />
            <location line="+2" />
            <location line="+25" />
            <source>Reconciliation</source>
            <translation>Reconciliation</translation>
        </message>
        <message>
            <location line="-25" />
            <source>The order was already paid.</source>
            <translation>The order was already paid.</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Query every order of the chosen days at WeChat Pay and Alipay</source>
            <translation>Query every order of the chosen days at WeChat Pay and Alipay</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Configure a payment channel to ask it directly.</source>
            <translation>Configure a payment channel to ask it directly.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Open a channel statement</source>
            <translation>Open a channel statement</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Statements (*.csv *.txt);;All files (*)</source>
            <translation>Statements (*.csv *.txt);;All files (*)</translation>
        </message>
        <message>
            <location line="+18" />
            <source>&amp;Open statement…</source>
            <translation>&amp;Open statement…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;From:</source>
            <translation>&amp;From:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;To:</source>
            <translation>&amp;To:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Compare</source>
            <translation>&amp;Compare</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Ask the c&amp;hannels</source>
            <translation>Ask the c&amp;hannels</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Apply (mark paid)…</source>
            <translation>&amp;Apply (mark paid)…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Difference</source>
            <translation>Difference</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Order No.</source>
            <translation>Order No.</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Refund No.</source>
            <translation>Refund No.</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Trade No.</source>
            <translation>Trade No.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Here</source>
            <translation>Here</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Channel</source>
            <translation>Channel</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Line</source>
            <translation>Line</translation>
        </message>
    </context>
    <context>
        <name>RefundCoordinator</name>
        <message>
            <location filename="../models/finance/refundcoordinator.cpp" line="+31" />
            <location line="+28" />
            <source>No payment channel is configured for refunds.</source>
            <translation>No payment channel is configured for refunds.</translation>
        </message>
        <message>
            <location line="-5" />
            <source>There is no refund %1.</source>
            <translation>There is no refund %1.</translation>
        </message>
        <message>
            <location line="+17" />
            <source>%1
The refund %2 stays requested; try again later: the same refund number never refunds twice.</source>
            <translation>%1
The refund %2 stays requested; try again later: the same refund number never refunds twice.</translation>
        </message>
    </context>
    <context>
        <name>RefundDialog</name>
        <message>
            <location filename="../ui/finance/refunddialog.cpp" line="+16" />
            <source>Refund order %1</source>
            <translation>Refund order %1</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Order %1 was paid %2 by %3. Refunded so far: %4; in progress: %5; still refundable: %6.
Refund number: %7</source>
            <translation>Order %1 was paid %2 by %3. Refunded so far: %4; in progress: %5; still refundable: %6.
Refund number: %7</translation>
        </message>
        <message>
            <location line="+10" />
            <source>&amp;Amount (yuan):</source>
            <translation>&amp;Amount (yuan):</translation>
        </message>
        <message>
            <location line="+5" />
            <source>&amp;Reason:</source>
            <translation>&amp;Reason:</translation>
        </message>
        <message>
            <location line="+3" />
            <source>What happened (required for "Other")</source>
            <translation>What happened (required for "Other")</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Note:</source>
            <translation>&amp;Note:</translation>
        </message>
        <message>
            <location line="+26" />
            <source>The amount must be more than 0.</source>
            <translation>The amount must be more than 0.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>At most %1 can still be refunded.</source>
            <translation>At most %1 can still be refunded.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Write a note that explains the refund.</source>
            <translation>Write a note that explains the refund.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The note is longer than %1 characters.</source>
            <translation>The note is longer than %1 characters.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Refund %1</source>
            <translation>Refund %1</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Refund</source>
            <translation>Refund</translation>
        </message>
    </context>
    <context>
        <name>RefundNotificationHandler</name>
        <message>
            <location filename="../app/finance/refundnotificationhandler.cpp" line="+78" />
            <source>Refund notification with status "%1" and refund number "%2".</source>
            <translation>Refund notification with status "%1" and refund number "%2".</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Refund %1 of order %2 was not requested through mcpay-admin.</source>
            <translation>Refund %1 of order %2 was not requested through mcpay-admin.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Refund %1: the notification says order %2, %3 fen; recorded is order %4, %5 fen.</source>
            <translation>Refund %1: the notification says order %2, %3 fen; recorded is order %4, %5 fen.</translation>
        </message>
        <message>
            <location line="+12" />
            <source>The refund could not be credited to the payer (ABNORMAL); handle it on the merchant platform.</source>
            <translation>The refund could not be credited to the payer (ABNORMAL); handle it on the merchant platform.</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Refund %1 is %2; the notified %3 was ignored.</source>
            <translation>Refund %1 is %2; the notified %3 was ignored.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Refund %1 was already %2.</source>
            <translation>Refund %1 was already %2.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Refund %1: %2</source>
            <translation>Refund %1: %2</translation>
        </message>
    </context>
    <context>
        <name>RefundService</name>
        <message>
            <location filename="../models/finance/refundservice.cpp" line="+70" />
            <source>Reading the refunds of an order</source>
            <translation>Reading the refunds of an order</translation>
        </message>
        <message>
            <location line="+35" />
            <source>Reading a refund</source>
            <translation>Reading a refund</translation>
        </message>
        <message>
            <location line="+9" />
            <source>The refund amount must be more than 0.</source>
            <translation>The refund amount must be more than 0.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Write a note that explains the refund.</source>
            <translation>Write a note that explains the refund.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The note is longer than %1 characters.</source>
            <translation>The note is longer than %1 characters.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The refund number is longer than 64 characters.</source>
            <translation>The refund number is longer than 64 characters.</translation>
        </message>
        <message>
            <location line="+7" />
            <location line="+129" />
            <source>Could not start a transaction for the refund.</source>
            <translation>Could not start a transaction for the refund.</translation>
        </message>
        <message>
            <location line="-121" />
            <source>Locking the order</source>
            <translation>Locking the order</translation>
        </message>
        <message>
            <location line="+8" />
            <location line="+221" />
            <source>There is no order %1.</source>
            <translation>There is no order %1.</translation>
        </message>
        <message>
            <location line="-218" />
            <source>Order %1 is not paid; there is nothing to refund.</source>
            <translation>Order %1 is not paid; there is nothing to refund.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Order %1 was paid by %2, which cannot be refunded from here.</source>
            <translation>Order %1 was paid by %2, which cannot be refunded from here.</translation>
        </message>
        <message>
            <location line="+15" />
            <source>Refund number %1 already belongs to a refund of %2 for order %3.</source>
            <translation>Refund number %1 already belongs to a refund of %2 for order %3.</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Only %1 of order %2 can still be refunded.</source>
            <translation>Only %1 of order %2 can still be refunded.</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Retrying a refund</source>
            <translation>Retrying a refund</translation>
        </message>
        <message>
            <location line="+18" />
            <source>Only %1 of order %2 can still be refunded; %3 was asked.</source>
            <translation>Only %1 of order %2 can still be refunded; %3 was asked.</translation>
        </message>
        <message>
            <location line="+36" />
            <source>Refund number %1 is taken; open the refund again.</source>
            <translation>Refund number %1 is taken; open the refund again.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Recording the refund</source>
            <translation>Recording the refund</translation>
        </message>
        <message>
            <location line="+23" />
            <source>There is no refund %1.</source>
            <translation>There is no refund %1.</translation>
        </message>
        <message>
            <location line="+30" />
            <source>Recording the refund's answer</source>
            <translation>Recording the refund's answer</translation>
        </message>
        <message>
            <location line="+41" />
            <source>Reading refunds</source>
            <translation>Reading refunds</translation>
        </message>
        <message>
            <location line="+45" />
            <source>Numbering the refund</source>
            <translation>Numbering the refund</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Order %1 has too many refunds.</source>
            <translation>Order %1 has too many refunds.</translation>
        </message>
    </context>
    <context>
        <name>Refunds</name>
        <message>
            <location filename="../models/finance/refund.cpp" line="+47" />
            <source>Requested</source>
            <translation>Requested</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Processing</source>
            <translation>Processing</translation>
        </message>
        <message>
            <location line="+2" />
            <location line="+97" />
            <source>Refunded</source>
            <translation>Refunded</translation>
        </message>
        <message>
            <location line="-95" />
            <source>Closed</source>
            <translation>Closed</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Abnormal</source>
            <translation>Abnormal</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Refused</source>
            <translation>Refused</translation>
        </message>
        <message>
            <location line="+61" />
            <source>Duplicate payment</source>
            <translation>Duplicate payment</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Requested by the customer</source>
            <translation>Requested by the customer</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Other</source>
            <translation>Other</translation>
        </message>
        <message>
            <location line="+22" />
            <source>Not refunded</source>
            <translation>Not refunded</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Partially refunded</source>
            <translation>Partially refunded</translation>
        </message>
    </context>
    <context>
        <name>ReportsPage</name>
        <message>
            <location filename="../ui/finance/reportspage.cpp" line="+162" />
            <source>Total</source>
            <translation>Total</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Paid (yuan)</source>
            <translation>Paid (yuan)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Refunded (yuan)</source>
            <translation>Refunded (yuan)</translation>
        </message>
        <message>
            <location line="+41" />
            <location line="+63" />
            <source>Amount</source>
            <translation>Amount</translation>
        </message>
        <message>
            <location line="-60" />
            <location line="+60" />
            <source>Remark</source>
            <translation>Remark</translation>
        </message>
        <message>
            <location line="-51" />
            <source>Could not write %1: %2</source>
            <translation>Could not write %1: %2</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Export report</source>
            <translation>Export report</translation>
        </message>
        <message>
            <location line="+3" />
            <source>CSV files (*.csv)</source>
            <translation>CSV files (*.csv)</translation>
        </message>
        <message>
            <location line="+27" />
            <source>&amp;From:</source>
            <translation>&amp;From:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;To:</source>
            <translation>&amp;To:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Show</source>
            <translation>&amp;Show</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Export CSV…</source>
            <translation>&amp;Export CSV…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Daily</source>
            <translation>Daily</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Conversion by amount</source>
            <translation>Conversion by amount</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Conversion by remark</source>
            <translation>Conversion by remark</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Day</source>
            <translation>Day</translation>
        </message>
        <message>
            <location line="+0" />
            <location line="+3" />
            <source>Created</source>
            <translation>Created</translation>
        </message>
        <message>
            <location line="-3" />
            <source>Paid orders</source>
            <translation>Paid orders</translation>
        </message>
        <message>
            <location line="+0" />
            <location line="+3" />
            <source>Paid</source>
            <translation>Paid</translation>
        </message>
        <message>
            <location line="-3" />
            <source>Refunds</source>
            <translation>Refunds</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Refunded</source>
            <translation>Refunded</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Net</source>
            <translation>Net</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Conversion</source>
            <translation>Conversion</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Paid amount</source>
            <translation>Paid amount</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Paid and refunded per day</source>
            <translation>Paid and refunded per day</translation>
        </message>
    </context>
    <context>
        <name>RsaPrivateKey</name>
        <message>
            <location filename="../app/crypto/rsaprivatekey.cpp" line="+33" />
            <source>The RSA key is shorter than 2048 bits; payment channels require 2048.</source>
            <translation>The RSA key is shorter than 2048 bits; payment channels require 2048.</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Cannot generate an RSA key: %1</source>
            <translation>Cannot generate an RSA key: %1</translation>
        </message>
        <message>
            <location line="+12" />
            <source>No private key is loaded.</source>
            <translation>No private key is loaded.</translation>
        </message>
        <message>
            <location line="+16" />
            <source>Signing failed: %1</source>
            <translation>Signing failed: %1</translation>
        </message>
    </context>
    <context>
        <name>SandboxActions</name>
        <message>
            <location filename="../ui/payments/sandboxactions.cpp" line="+26" />
            <source>&amp;Create Sandbox Identity…</source>
            <translation>&amp;Create Sandbox Identity…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Export Sandbox Identity…</source>
            <translation>&amp;Export Sandbox Identity…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Use Sandbox Channels</source>
            <translation>&amp;Use Sandbox Channels</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Generate the sandbox WeChat Pay and Alipay keys and ids and keep them in the system keychain</source>
            <translation>Generate the sandbox WeChat Pay and Alipay keys and ids and keep them in the system keychain</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Write the keys and ids a server under test needs into a folder, with a README</source>
            <translation>Write the keys and ids a server under test needs into a folder, with a README</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The embedded listener trusts the sandbox keys instead of the production channels</source>
            <translation>The embedded listener trusts the sandbox keys instead of the production channels</translation>
        </message>
        <message>
            <location line="+18" />
            <source>SANDBOX</source>
            <translation>SANDBOX</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The embedded listener trusts the sandbox channels: real payment notifications are refused. Tools ▸ Sandbox ▸ Use Sandbox Channels switches back.</source>
            <translation>The embedded listener trusts the sandbox channels: real payment notifications are refused. Tools ▸ Sandbox ▸ Use Sandbox Channels switches back.</translation>
        </message>
        <message>
            <location line="+21" />
            <source>The embedded listener now trusts the sandbox channels.</source>
            <translation>The embedded listener now trusts the sandbox channels.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The embedded listener is back on the production channels.</source>
            <translation>The embedded listener is back on the production channels.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Create Sandbox Identity</source>
            <translation>Create Sandbox Identity</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Generate a sandbox identity: WeChat Pay platform and merchant keys, an APIv3 key and Alipay keys, made on this machine and kept in the system keychain.

They are useless against the real channels; they let you pay test orders without real money.</source>
            <translation>Generate a sandbox identity: WeChat Pay platform and merchant keys, an APIv3 key and Alipay keys, made on this machine and kept in the system keychain.

They are useless against the real channels; they let you pay test orders without real money.</translation>
        </message>
        <message>
            <location line="+45" />
            <source>Keychain Unavailable</source>
            <translation>Keychain Unavailable</translation>
        </message>
        <message>
            <location line="-26" />
            <source>Replace the Sandbox Identity?</source>
            <translation>Replace the Sandbox Identity?</translation>
        </message>
        <message>
            <location line="+1" />
            <source>A sandbox identity exists already. Replacing it makes every server configured with the exported sandbox keys refuse the new notifications until you export and install the new ones.

Replace it?</source>
            <translation>A sandbox identity exists already. Replacing it makes every server configured with the exported sandbox keys refuse the new notifications until you export and install the new ones.

Replace it?</translation>
        </message>
        <message>
            <location line="+37" />
            <source>Sandbox Identity Not Created</source>
            <translation>Sandbox Identity Not Created</translation>
        </message>
        <message>
            <location line="-23" />
            <source>Sandbox identity created: WeChat Pay merchant %1, Alipay app %2.</source>
            <translation>Sandbox identity created: WeChat Pay merchant %1, Alipay app %2.</translation>
        </message>
        <message>
            <location line="+12" />
            <source>The sandbox identity cannot be kept in the system keychain:
%1

Use a sandbox identity for this session only? It is forgotten when mcpay-admin closes; export it (Tools ▸ Sandbox ▸ Export Sandbox Identity…) to configure a server with it.</source>
            <translation>The sandbox identity cannot be kept in the system keychain:
%1

Use a sandbox identity for this session only? It is forgotten when mcpay-admin closes; export it (Tools ▸ Sandbox ▸ Export Sandbox Identity…) to configure a server with it.</translation>
        </message>
        <message>
            <location line="+16" />
            <source>Sandbox identity for this session: WeChat Pay merchant %1, Alipay app %2 (not kept in the keychain).</source>
            <translation>Sandbox identity for this session: WeChat Pay merchant %1, Alipay app %2 (not kept in the keychain).</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Export Sandbox Identity</source>
            <translation>Export Sandbox Identity</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The sandbox identity is still being read from the keychain. Try again in a moment.</source>
            <translation>The sandbox identity is still being read from the keychain. Try again in a moment.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>There is no sandbox identity yet. Create one first (Tools ▸ Sandbox ▸ Create Sandbox Identity).</source>
            <translation>There is no sandbox identity yet. Create one first (Tools ▸ Sandbox ▸ Create Sandbox Identity).</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Export the Sandbox Identity to</source>
            <translation>Export the Sandbox Identity to</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Export Failed</source>
            <translation>Export Failed</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Sandbox identity exported to %1.</source>
            <translation>Sandbox identity exported to %1.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Sandbox Identity Exported</source>
            <translation>Sandbox Identity Exported</translation>
        </message>
        <message numerus="yes">
            <location line="+1" />
            <source>%n file(s) written to %1. Files holding private keys are readable by you only; hand them only to the developers of the server under test.</source>
            <translation>
                <numerusform>%n file written to %1. Files holding private keys are readable by you only; hand them only to the developers of the server under test.</numerusform>
                <numerusform>%n files written to %1. Files holding private keys are readable by you only; hand them only to the developers of the server under test.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>SandboxCommands</name>
        <message>
            <location filename="../app/cli/sandboxcommands.cpp" line="+20" />
            <source>WeChat Pay: mchid %1, mini-program appid %2, official-account appid %3</source>
            <translation>WeChat Pay: mchid %1, mini-program appid %2, official-account appid %3</translation>
        </message>
        <message>
            <location line="+3" />
            <source>  WeChat Pay public key id %1, merchant certificate serial %2</source>
            <translation>  WeChat Pay public key id %1, merchant certificate serial %2</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Alipay: app_id %1, seller_id %2</source>
            <translation>Alipay: app_id %1, seller_id %2</translation>
        </message>
        <message numerus="yes">
            <location line="+11" />
            <source>Exported %n file(s) to %1:</source>
            <translation>
                <numerusform>Exported %n file to %1:</numerusform>
                <numerusform>Exported %n files to %1:</numerusform>
            </translation>
        </message>
        <message>
            <location line="+3" />
            <source>Give README.md to the developers of the server under test; to receive the sandbox's notifications with mcpay-admin itself: mcpay-admin serve --config %1</source>
            <translation>Give README.md to the developers of the server under test; to receive the sandbox's notifications with mcpay-admin itself: mcpay-admin serve --config %1</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Creates the payment sandbox's keys and ids (WeChat Pay and Alipay), keeps them in the keychain and, with --export, writes the folder a server under test needs.</source>
            <translation>Creates the payment sandbox's keys and ids (WeChat Pay and Alipay), keeps them in the keychain and, with --export, writes the folder a server under test needs.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Replace an existing sandbox identity (servers configured with the old keys will refuse the new notifications).</source>
            <translation>Replace an existing sandbox identity (servers configured with the old keys will refuse the new notifications).</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Also write the folder for a server under test.</source>
            <translation>Also write the folder for a server under test.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>DIR</source>
            <translation>DIR</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Do not use the keychain: the identity is kept only in the exported folder (sandbox-identity.json). Needs --export.</source>
            <translation>Do not use the keychain: the identity is kept only in the exported folder (sandbox-identity.json). Needs --export.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Usage: sandbox init [--force] [--export DIR [--no-keychain]]</source>
            <translation>Usage: sandbox init [--force] [--export DIR [--no-keychain]]</translation>
        </message>
        <message>
            <location line="+7" />
            <source>--export needs a folder: sandbox init --export DIR</source>
            <translation>--export needs a folder: sandbox init --export DIR</translation>
        </message>
        <message>
            <location line="+4" />
            <source>--no-keychain needs --export DIR: without the keychain the exported folder is the only copy of the identity.</source>
            <translation>--no-keychain needs --export DIR: without the keychain the exported folder is the only copy of the identity.</translation>
        </message>
        <message>
            <location line="+10" />
            <source>%1 already holds a sandbox identity; add --force to replace it, or use another folder.</source>
            <translation>%1 already holds a sandbox identity; add --force to replace it, or use another folder.</translation>
        </message>
        <message>
            <location line="+12" />
            <source>The keychain already holds a sandbox identity; add --force to replace it (servers configured with the old keys will then refuse the sandbox's notifications), or export it with: mcpay-admin sandbox export DIR</source>
            <translation>The keychain already holds a sandbox identity; add --force to replace it (servers configured with the old keys will then refuse the sandbox's notifications), or export it with: mcpay-admin sandbox export DIR</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Without a keychain, keep the identity in a folder instead: mcpay-admin sandbox init --export DIR --no-keychain</source>
            <translation>Without a keychain, keep the identity in a folder instead: mcpay-admin sandbox init --export DIR --no-keychain</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Generating four RSA 2048 keys…</source>
            <translation>Generating four RSA 2048 keys…</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Created a sandbox identity. These keys work only with the sandbox, never with the real WeChat Pay or Alipay.</source>
            <translation>Created a sandbox identity. These keys work only with the sandbox, never with the real WeChat Pay or Alipay.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Saved in the keychain (service "%1", entry "%2").</source>
            <translation>Saved in the keychain (service "%1", entry "%2").</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Writes the folder a server under test needs (keys, ids, README, a serve configuration) from the sandbox identity in the keychain or in a file.</source>
            <translation>Writes the folder a server under test needs (keys, ids, README, a serve configuration) from the sandbox identity in the keychain or in a file.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>The folder to write (created if needed).</source>
            <translation>The folder to write (created if needed).</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Read the identity from this sandbox-identity.json instead of the keychain.</source>
            <translation>Read the identity from this sandbox-identity.json instead of the keychain.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>FILE</source>
            <translation>FILE</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Usage: sandbox export DIR [--identity FILE]</source>
            <translation>Usage: sandbox export DIR [--identity FILE]</translation>
        </message>
        <message>
            <location line="+22" />
            <source>The keychain holds no sandbox identity; create one with: mcpay-admin sandbox init</source>
            <translation>The keychain holds no sandbox identity; create one with: mcpay-admin sandbox init</translation>
        </message>
    </context>
    <context>
        <name>SandboxGateway</name>
        <message>
            <location filename="../app/sandbox/sandboxgateway.cpp" line="+125" />
            <source>The sandbox gateway is already running on port %1.</source>
            <translation>The sandbox gateway is already running on port %1.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The sandbox gateway needs a sandbox identity: create one first.</source>
            <translation>The sandbox gateway needs a sandbox identity: create one first.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The sandbox gateway cannot listen on %1:%2: %3. Choose another port.</source>
            <translation>The sandbox gateway cannot listen on %1:%2: %3. Choose another port.</translation>
        </message>
    </context>
    <context>
        <name>SandboxIdentity</name>
        <message>
            <location filename="../app/sandbox/sandboxidentity.cpp" line="+41" />
            <source>The sandbox identity is not valid: %1 %2.</source>
            <translation>The sandbox identity is not valid: %1 %2.</translation>
        </message>
        <message>
            <location line="+15" />
            <source>Cannot write %1: %2.</source>
            <translation>Cannot write %1: %2.</translation>
        </message>
        <message>
            <location line="+85" />
            <source>The sandbox identity is not a JSON object: %1 at offset %2.</source>
            <translation>The sandbox identity is not a JSON object: %1 at offset %2.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>must be "%1"</source>
            <translation>must be "%1"</translation>
        </message>
        <message>
            <location line="+2" />
            <source>must be 1 (this file was written by another version)</source>
            <translation>must be 1 (this file was written by another version)</translation>
        </message>
        <message>
            <location line="+4" />
            <location line="+2" />
            <location line="+55" />
            <source>is missing</source>
            <translation>is missing</translation>
        </message>
        <message>
            <location line="-42" />
            <source>must be 8 to 12 digits</source>
            <translation>must be 8 to 12 digits</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+3" />
            <source>must be "wx" and 16 hex digits</source>
            <translation>must be "wx" and 16 hex digits</translation>
        </message>
        <message>
            <location line="+2" />
            <source>must be "PUB_KEY_ID_" and digits</source>
            <translation>must be "PUB_KEY_ID_" and digits</translation>
        </message>
        <message>
            <location line="+2" />
            <source>must be upper-case hex</source>
            <translation>must be upper-case hex</translation>
        </message>
        <message>
            <location line="+1" />
            <source>must be 16 digits</source>
            <translation>must be 16 digits</translation>
        </message>
        <message>
            <location line="+1" />
            <source>must be "2088" and 12 digits</source>
            <translation>must be "2088" and 12 digits</translation>
        </message>
        <message>
            <location line="+13" />
            <source>must be exactly 32 letters and digits</source>
            <translation>must be exactly 32 letters and digits</translation>
        </message>
        <message>
            <location line="+22" />
            <location line="+8" />
            <source>is not usable (%1)</source>
            <translation>is not usable (%1)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>does not match the certificate's serial %1</source>
            <translation>does not match the certificate's serial %1</translation>
        </message>
        <message>
            <location line="+3" />
            <source>does not hold the public key of wechat.merchant_private_key</source>
            <translation>does not hold the public key of wechat.merchant_private_key</translation>
        </message>
        <message>
            <location line="+4" />
            <source>must be an ISO 8601 date and time</source>
            <translation>must be an ISO 8601 date and time</translation>
        </message>
        <message>
            <location line="+81" />
            <source>The sandbox identity is incomplete; create one with: mcpay-admin sandbox init</source>
            <translation>The sandbox identity is incomplete; create one with: mcpay-admin sandbox init</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Cannot create the folder %1.</source>
            <translation>Cannot create the folder %1.</translation>
        </message>
    </context>
    <context>
        <name>SandboxLedger</name>
        <message>
            <location filename="../app/sandbox/sandboxledger.cpp" line="+148" />
            <source>The sandbox has no trade %1.</source>
            <translation>The sandbox has no trade %1.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Trade %1 is paid already.</source>
            <translation>Trade %1 is paid already.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Trade %1 is closed.</source>
            <translation>Trade %1 is closed.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>out_trade_no must have 1 to 64 characters.</source>
            <translation>out_trade_no must have 1 to 64 characters.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The amount must be at least 0.01.</source>
            <translation>The amount must be at least 0.01.</translation>
        </message>
        <message>
            <location line="+18" />
            <source>out_trade_no %1 was used with another amount or appid.</source>
            <translation>out_trade_no %1 was used with another amount or appid.</translation>
        </message>
        <message>
            <location line="+125" />
            <source>out_refund_no must have 1 to 64 characters.</source>
            <translation>out_refund_no must have 1 to 64 characters.</translation>
        </message>
        <message>
            <location line="+9" />
            <source>out_refund_no %1 belongs to another trade.</source>
            <translation>out_refund_no %1 belongs to another trade.</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Trade %1 is not paid: nothing to refund.</source>
            <translation>Trade %1 is not paid: nothing to refund.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The refund amount must be at least 0.01.</source>
            <translation>The refund amount must be at least 0.01.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Only %1 of trade %2 can still be refunded.</source>
            <translation>Only %1 of trade %2 can still be refunded.</translation>
        </message>
    </context>
    <context>
        <name>SandboxNotify</name>
        <message>
            <location filename="../app/sandbox/notificationfactory.cpp" line="+266" />
            <source>No fault: a genuine notification</source>
            <translation>No fault: a genuine notification</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Signature probe (WECHATPAY/SIGNTEST/)</source>
            <translation>Signature probe (WECHATPAY/SIGNTEST/)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Signed with an unknown key</source>
            <translation>Signed with an unknown key</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Timestamp 10 minutes old</source>
            <translation>Timestamp 10 minutes old</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Timestamp 10 minutes ahead</source>
            <translation>Timestamp 10 minutes ahead</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Unknown key serial</source>
            <translation>Unknown key serial</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Amount changed after signing</source>
            <translation>Amount changed after signing</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Signed, but one fen more than the order</source>
            <translation>Signed, but one fen more than the order</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Signed, but for another appid</source>
            <translation>Signed, but for another appid</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Signed, but for another merchant</source>
            <translation>Signed, but for another merchant</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Body cut in half</source>
            <translation>Body cut in half</translation>
        </message>
    </context>
    <context>
        <name>SandboxPayCommand</name>
        <message>
            <location filename="../app/cli/sandboxpaycommand.cpp" line="+65" />
            <source>Cannot read the identity file %1: %2</source>
            <translation>Cannot read the identity file %1: %2</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The identity file %1 is not usable: %2</source>
            <translation>The identity file %1 is not usable: %2</translation>
        </message>
        <message>
            <location line="+7" />
            <source>There is no sandbox identity in the keychain yet. Run mcpay-admin sandbox init, or pass --identity sandbox-identity.json from an export.</source>
            <translation>There is no sandbox identity in the keychain yet. Run mcpay-admin sandbox init, or pass --identity sandbox-identity.json from an export.</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Makes one sandbox test payment: order, prepay, cashier, signed notification, paid order.</source>
            <translation>Makes one sandbox test payment: order, prepay, cashier, signed notification, paid order.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>The order amount in yuan, such as 0.40.</source>
            <translation>The order amount in yuan, such as 0.40.</translation>
        </message>
        <message>
            <location line="+0" />
            <source>YUAN</source>
            <translation>YUAN</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Where the payer pays: mnp (mini program), oa (official account), h5 (WeChat H5), alipay-wap or alipay-page (default mnp).</source>
            <translation>Where the payer pays: mnp (mini program), oa (official account), h5 (WeChat H5), alipay-wap or alipay-page (default mnp).</translation>
        </message>
        <message>
            <location line="+2" />
            <source>SCENE</source>
            <translation>SCENE</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Where the notification goes: a base such as http://127.0.0.1:8787 (the route is added) or a full URL. Default: a listener started for this run on the same database.</source>
            <translation>Where the notification goes: a base such as http://127.0.0.1:8787 (the route is added) or a full URL. Default: a listener started for this run on the same database.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>URL</source>
            <translation>URL</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The sandbox identity file (sandbox-identity.json of an export) instead of the keychain.</source>
            <translation>The sandbox identity file (sandbox-identity.json of an export) instead of the keychain.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>FILE</source>
            <translation>FILE</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The payer's decision at the cashier: pay, cancel, fail or leave (default pay).</source>
            <translation>The payer's decision at the cashier: pay, cancel, fail or leave (default pay).</translation>
        </message>
        <message>
            <location line="+1" />
            <source>OUTCOME</source>
            <translation>OUTCOME</translation>
        </message>
        <message>
            <location line="+2" />
            <source>A fault the payment notification carries, such as bad-signature or wrong-amount.</source>
            <translation>A fault the payment notification carries, such as bad-signature or wrong-amount.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>KEY</source>
            <translation>KEY</translation>
        </message>
        <message>
            <location line="+2" />
            <source>How much faster than the channel's retry schedule to retry (60 = a minute per second; default 60).</source>
            <translation>How much faster than the channel's retry schedule to retry (60 = a minute per second; default 60).</translation>
        </message>
        <message>
            <location line="+2" />
            <source>N</source>
            <translation>N</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Prints each step's request and answer too.</source>
            <translation>Prints each step's request and answer too.</translation>
        </message>
        <message>
            <location line="+10" />
            <source>--amount YUAN is required, such as --amount 0.40.</source>
            <translation>--amount YUAN is required, such as --amount 0.40.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>The amount must be at least 0.01.</source>
            <translation>The amount must be at least 0.01.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Unknown scene "%1"; use mnp, oa, h5, alipay-wap or alipay-page.</source>
            <translation>Unknown scene "%1"; use mnp, oa, h5, alipay-wap or alipay-page.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Unknown outcome "%1"; use pay, cancel, fail or leave.</source>
            <translation>Unknown outcome "%1"; use pay, cancel, fail or leave.</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Unknown fault "%1"; use one of: %2.</source>
            <translation>Unknown fault "%1"; use one of: %2.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>--compression must be a whole number of at least 1.</source>
            <translation>--compression must be a whole number of at least 1.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>--notify-url must be an http:// or https:// URL.</source>
            <translation>--notify-url must be an http:// or https:// URL.</translation>
        </message>
        <message>
            <location line="+31" />
            <source>A notify listener for this run is on %1.</source>
            <translation>A notify listener for this run is on %1.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Sandbox gateway on %1.</source>
            <translation>Sandbox gateway on %1.</translation>
        </message>
        <message>
            <location line="+47" />
            <source>Result: order %1 %2 (expected: %3).</source>
            <translation>Result: order %1 %2 (expected: %3).</translation>
        </message>
    </context>
    <context>
        <name>SandboxScene</name>
        <message>
            <location filename="../app/sandbox/sandboxledger.cpp" line="-282" />
            <source>WeChat mini program</source>
            <translation>WeChat mini program</translation>
        </message>
        <message>
            <location line="+1" />
            <source>WeChat official account</source>
            <translation>WeChat official account</translation>
        </message>
        <message>
            <location line="+1" />
            <source>WeChat H5 (outside browser)</source>
            <translation>WeChat H5 (outside browser)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Alipay H5 (wap)</source>
            <translation>Alipay H5 (wap)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Alipay PC (page)</source>
            <translation>Alipay PC (page)</translation>
        </message>
    </context>
    <context>
        <name>SandboxService</name>
        <message>
            <location filename="../app/sandbox/sandboxservice.cpp" line="+91" />
            <source>There is no sandbox identity yet. Create one first (mcpay-admin sandbox init).</source>
            <translation>There is no sandbox identity yet. Create one first (mcpay-admin sandbox init).</translation>
        </message>
    </context>
    <context>
        <name>SchemaMigrator</name>
        <message>
            <location filename="../models/db/schemamigrator.cpp" line="+25" />
            <source>The schema is up to date.</source>
            <translation>The schema is up to date.</translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>Applied %n migration(s): %1.</source>
            <translation>
                <numerusform>Applied %n migration: %1.</numerusform>
                <numerusform>Applied %n migrations: %1.</numerusform>
            </translation>
        </message>
        <message>
            <location line="+6" />
            <source>&lt;empty&gt;</source>
            <translation>&lt;empty&gt;</translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>The order table has %n duplicated order sn(s), so the UNIQUE index on order_sn was not added; mcpay-admin carries on without it. Duplicates: %1. Resolve them and run the migration again to add the index.</source>
            <translation>
                <numerusform>The order table has %n duplicated order sn, so the UNIQUE index on order_sn was not added; mcpay-admin carries on without it. Duplicates: %1. Resolve them and run the migration again to add the index.</numerusform>
                <numerusform>The order table has %n duplicated order sns, so the UNIQUE index on order_sn was not added; mcpay-admin carries on without it. Duplicates: %1. Resolve them and run the migration again to add the index.</numerusform>
            </translation>
        </message>
        <message>
            <location line="+72" />
            <source>Creating the migration table</source>
            <translation>Creating the migration table</translation>
        </message>
        <message>
            <location line="+17" />
            <source>Looking up the order sn index</source>
            <translation>Looking up the order sn index</translation>
        </message>
        <message>
            <location line="+15" />
            <source>Looking for duplicated order sns</source>
            <translation>Looking for duplicated order sns</translation>
        </message>
        <message>
            <location line="+28" />
            <source>Reading the applied migrations</source>
            <translation>Reading the applied migrations</translation>
        </message>
        <message>
            <location line="-17" />
            <source>No schema files are built into this program; the build is incomplete.</source>
            <translation>No schema files are built into this program; the build is incomplete.</translation>
        </message>
        <message>
            <location line="+35" />
            <source>The optional migration %1 was not applied: %2</source>
            <translation>The optional migration %1 was not applied: %2</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Migration %1 failed: %2
Statement: %3</source>
            <translation>Migration %1 failed: %2
Statement: %3</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Recording migration %1</source>
            <translation>Recording migration %1</translation>
        </message>
        <message>
            <location line="+33" />
            <source>Adding the UNIQUE index on order_sn</source>
            <translation>Adding the UNIQUE index on order_sn</translation>
        </message>
    </context>
    <context>
        <name>SecretStore</name>
        <message>
            <location filename="../app/secrets/secretstore.cpp" line="+20" />
            <source>The keychain has no entry "%1".</source>
            <translation>The keychain has no entry "%1".</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The keychain refused access to "%1"; unlock it and try again.</source>
            <translation>The keychain refused access to "%1"; unlock it and try again.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>No OS keychain is available. mcpay-admin keeps secrets in the Secret Service (GNOME Keyring or KWallet) over D-Bus: start a desktop session, or run `dbus-run-session` with gnome-keyring-daemon unlocked. (%1)</source>
            <translation>No OS keychain is available. mcpay-admin keeps secrets in the Secret Service (GNOME Keyring or KWallet) over D-Bus: start a desktop session, or run `dbus-run-session` with gnome-keyring-daemon unlocked. (%1)</translation>
        </message>
        <message>
            <location line="+17" />
            <source>The OS keychain cannot be reached because no D-Bus session is running. Start mcpay-admin inside a desktop session, or wrap it in `dbus-run-session` with gnome-keyring-daemon unlocked. (%1)</source>
            <translation>The OS keychain cannot be reached because no D-Bus session is running. Start mcpay-admin inside a desktop session, or wrap it in `dbus-run-session` with gnome-keyring-daemon unlocked. (%1)</translation>
        </message>
        <message>
            <location line="+5" />
            <source>The keychain failed on "%1": %2</source>
            <translation>The keychain failed on "%1": %2</translation>
        </message>
    </context>
    <context>
        <name>ServeCommand</name>
        <message>
            <location filename="../app/cli/servecommands.cpp" line="+74" />
            <source>sandbox: trade %1 was paid but has no notify URL</source>
            <translation>sandbox: trade %1 was paid but has no notify URL</translation>
        </message>
        <message>
            <location line="+12" />
            <source>sandbox: notification for %1 to %2: HTTP %3 %4</source>
            <translation>sandbox: notification for %1 to %2: HTTP %3 %4</translation>
        </message>
        <message>
            <location line="+17" />
            <source>Runs the WeChat Pay / Alipay notify listener without the GUI.</source>
            <translation>Runs the WeChat Pay / Alipay notify listener without the GUI.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Address and port to listen on (default: the file's "listen", else 127.0.0.1:8787).</source>
            <translation>Address and port to listen on (default: the file's "listen", else 127.0.0.1:8787).</translation>
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
            <translation>The JSON configuration file (see docs/serve.md).</translation>
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
            <translation>Also serve the seed's client endpoints /api/pay/createMarketingChatOrder and /api/pay/unifiedpay (likeadmin envelope, `token` header).</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Run the payment sandbox with this identity (sandbox-identity.json of `sandbox export`): the listener trusts the sandbox keys (instead of --config) and the sandbox gateway starts on --gateway-listen.</source>
            <translation>Run the payment sandbox with this identity (sandbox-identity.json of `sandbox export`): the listener trusts the sandbox keys (instead of --config) and the sandbox gateway starts on --gateway-listen.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Address and port of the sandbox gateway (default 127.0.0.1:8788).</source>
            <translation>Address and port of the sandbox gateway (default 127.0.0.1:8788).</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Seconds to let requests in flight finish on SIGTERM (default 10).</source>
            <translation>Seconds to let requests in flight finish on SIGTERM (default 10).</translation>
        </message>
        <message>
            <location line="+1" />
            <source>SECONDS</source>
            <translation>SECONDS</translation>
        </message>
        <message>
            <location line="+7" />
            <source>serve: give either --config FILE or --sandbox-identity FILE (see docs/serve.md for an example).</source>
            <translation>serve: give either --config FILE or --sandbox-identity FILE (see docs/serve.md for an example).</translation>
        </message>
        <message>
            <location line="+10" />
            <source>serve: the sandbox identity %1: %2</source>
            <translation>serve: the sandbox identity %1: %2</translation>
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
            <translation>serve: the database %1 has no notification journal yet; run: mcpay-admin db migrate --db %2</translation>
        </message>
        <message>
            <location line="+9" />
            <source>serve: cannot install the SIGTERM handler.</source>
            <translation>serve: cannot install the SIGTERM handler.</translation>
        </message>
        <message>
            <location line="+12" />
            <source>serve: --gateway-listen: %1</source>
            <translation>serve: --gateway-listen: %1</translation>
        </message>
        <message>
            <location line="+15" />
            <source>sandbox gateway on %1 (WeChat Pay base URL; Alipay %2)</source>
            <translation>sandbox gateway on %1 (WeChat Pay base URL; Alipay %2)</translation>
        </message>
        <message>
            <location line="+37" />
            <source>listening on %1:%2 (database %3; channels %4)</source>
            <translation>listening on %1:%2 (database %3; channels %4)</translation>
        </message>
        <message>
            <location line="+6" />
            <source>client API: POST /api/pay/createMarketingChatOrder and /api/pay/unifiedpay (header token: sandbox-user-1 or sandbox-user-2)</source>
            <translation>client API: POST /api/pay/createMarketingChatOrder and /api/pay/unifiedpay (header token: sandbox-user-1 or sandbox-user-2)</translation>
        </message>
        <message>
            <location line="+12" />
            <source>stopping: finishing requests in flight</source>
            <translation>stopping: finishing requests in flight</translation>
        </message>
        <message>
            <location line="+9" />
            <source>stopped</source>
            <translation>stopped</translation>
        </message>
    </context>
    <context>
        <name>ServerCheck</name>
        <message>
            <location filename="../app/sandbox/servercheck.cpp" line="+61" />
            <source>Alipay</source>
            <translation>Alipay</translation>
        </message>
        <message>
            <location line="+0" />
            <source>WeChat Pay</source>
            <translation>WeChat Pay</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Forged: WECHATPAY/SIGNTEST probe refused</source>
            <translation>Forged: WECHATPAY/SIGNTEST probe refused</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Forged: signature by an unknown key refused</source>
            <translation>Forged: signature by an unknown key refused</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Forged: unknown Wechatpay-Serial refused</source>
            <translation>Forged: unknown Wechatpay-Serial refused</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Forged: timestamp 10 minutes old refused</source>
            <translation>Forged: timestamp 10 minutes old refused</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Forged: timestamp 10 minutes ahead refused</source>
            <translation>Forged: timestamp 10 minutes ahead refused</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Forged: amount edited after signing refused</source>
            <translation>Forged: amount edited after signing refused</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Forged: body cut short refused</source>
            <translation>Forged: body cut short refused</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Forged: another app_id refused</source>
            <translation>Forged: another app_id refused</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Forged: another appid refused</source>
            <translation>Forged: another appid refused</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Forged: another seller_id refused</source>
            <translation>Forged: another seller_id refused</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Forged: another mchid refused</source>
            <translation>Forged: another mchid refused</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Forged notification refused</source>
            <translation>Forged notification refused</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Verify the sign parameter (RSA2) over all parameters except sign and sign_type, sorted by name, with the Alipay public key (the SDK's rsaCheckV1), before anything else, and answer "fail" when it does not hold.</source>
            <translation>Verify the sign parameter (RSA2) over all parameters except sign and sign_type, sorted by name, with the Alipay public key (the SDK's rsaCheckV1), before anything else, and answer "fail" when it does not hold.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Verify the Wechatpay-Signature header over "Wechatpay-Timestamp\nWechatpay-Nonce\nraw body\n" with the WeChat Pay public key named by Wechatpay-Serial, before decrypting, and answer HTTP 401 when it does not hold (likeadmin's v3 notify path decrypts without verifying).</source>
            <translation>Verify the Wechatpay-Signature header over "Wechatpay-Timestamp\nWechatpay-Nonce\nraw body\n" with the WeChat Pay public key named by Wechatpay-Serial, before decrypting, and answer HTTP 401 when it does not hold (likeadmin's v3 notify path decrypts without verifying).</translation>
        </message>
        <message>
            <location line="+6" />
            <source>WeChat Pay itself sends probe notifications whose Wechatpay-Signature starts with WECHATPAY/SIGNTEST/ to find merchants that do not verify signatures; this server took one. %1</source>
            <translation>WeChat Pay itself sends probe notifications whose Wechatpay-Signature starts with WECHATPAY/SIGNTEST/ to find merchants that do not verify signatures; this server took one. %1</translation>
        </message>
        <message>
            <location line="+5" />
            <source>This notification was signed with a key that is not %1's, so anyone on the Internet could have sent it and mark orders paid without paying. %2</source>
            <translation>This notification was signed with a key that is not %1's, so anyone on the Internet could have sent it and mark orders paid without paying. %2</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Wechatpay-Serial named a key this server does not have. The server must refuse it, not fall back to another key or skip the check. %1</source>
            <translation>Wechatpay-Serial named a key this server does not have. The server must refuse it, not fall back to another key or skip the check. %1</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Wechatpay-Timestamp was 10 minutes away from now. Refuse notifications whose timestamp differs from the server's clock by 300 seconds or more, so that a captured notification cannot be replayed later (and keep the server's clock in sync).</source>
            <translation>Wechatpay-Timestamp was 10 minutes away from now. Refuse notifications whose timestamp differs from the server's clock by 300 seconds or more, so that a captured notification cannot be replayed later (and keep the server's clock in sync).</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The amount was edited after %1 signed the notification, so the signature no longer holds. Accepting it means the signature is not checked, or not over the raw body as it arrived (never re-encode the JSON or the form before verifying). %2</source>
            <translation>The amount was edited after %1 signed the notification, so the signature no longer holds. Accepting it means the signature is not checked, or not over the raw body as it arrived (never re-encode the JSON or the form before verifying). %2</translation>
        </message>
        <message>
            <location line="+5" />
            <source>The body was cut in half after signing. The server must refuse it: the signature fails and the content does not parse. Accepting it means errors are ignored and success is answered regardless. %1</source>
            <translation>The body was cut in half after signing. The server must refuse it: the signature fails and the content does not parse. Accepting it means errors are ignored and success is answered regardless. %1</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Validly signed, but for another app_id: a payment to a different Alipay application. Compare app_id with your own before using the notification.</source>
            <translation>Validly signed, but for another app_id: a payment to a different Alipay application. Compare app_id with your own before using the notification.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Validly signed, but the decrypted resource names another appid: a payment made in a different mini-program or official account. Compare appid with your own appids before marking the order paid.</source>
            <translation>Validly signed, but the decrypted resource names another appid: a payment made in a different mini-program or official account. Compare appid with your own appids before marking the order paid.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Validly signed, but seller_id names another Alipay account: the money went to someone else. Compare seller_id with your own before marking the order paid.</source>
            <translation>Validly signed, but seller_id names another Alipay account: the money went to someone else. Compare seller_id with your own before marking the order paid.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Validly signed, but the decrypted resource names another mchid: the money went to another merchant. Compare mchid with your own before marking the order paid.</source>
            <translation>Validly signed, but the decrypted resource names another mchid: the money went to another merchant. Compare mchid with your own before marking the order paid.</translation>
        </message>
        <message>
            <location line="+53" />
            <source>No HTTP answer came back (%1). The channel treats that as a failure and sends the notification again.</source>
            <translation>No HTTP answer came back (%1). The channel treats that as a failure and sends the notification again.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>WeChat Pay decides by the HTTP status alone: only 200 or 204 mean "received"; anything else (here HTTP %1) makes it send the notification again, up to 15 more times over 24 hours. Answer HTTP 200 with {"code":"SUCCESS","message":"成功"} (or 204 with no body) once the order is saved.</source>
            <translation>WeChat Pay decides by the HTTP status alone: only 200 or 204 mean "received"; anything else (here HTTP %1) makes it send the notification again, up to 15 more times over 24 hours. Answer HTTP 200 with {"code":"SUCCESS","message":"成功"} (or 204 with no body) once the order is saved.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>A redirect is not followed: check that the notify URL is the exact route (no forced HTTPS or login redirect in front of it).</source>
            <translation>A redirect is not followed: check that the notify URL is the exact route (no forced HTTPS or login redirect in front of it).</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Alipay counts a notification as received only when the answer is HTTP 200 with a body of exactly the 7 bytes success; anything else makes it send the notification again, 8 times over about 25 hours.</source>
            <translation>Alipay counts a notification as received only when the answer is HTTP 200 with a body of exactly the 7 bytes success; anything else makes it send the notification again, 8 times over about 25 hours.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The server answered HTTP %1.</source>
            <translation>The server answered HTTP %1.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The answer starts with a UTF-8 byte-order mark (bytes EF BB BF) before success: a PHP file of the application was saved as "UTF-8 with BOM". Save every PHP file without BOM.</source>
            <translation>The answer starts with a UTF-8 byte-order mark (bytes EF BB BF) before success: a PHP file of the application was saved as "UTF-8 with BOM". Save every PHP file without BOM.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The answer is success with whitespace or a line break around it (%1): echo "success\n", a println, or a line after a closing ?&gt; tag. Output exactly success and leave out the closing ?&gt; tag.</source>
            <translation>The answer is success with whitespace or a line break around it (%1): echo "success\n", a println, or a line after a closing ?&gt; tag. Output exactly success and leave out the closing ?&gt; tag.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>The answer was %1: Alipay compares byte for byte, in lower case. Answer success, not SUCCESS or Success.</source>
            <translation>The answer was %1: Alipay compares byte for byte, in lower case. Answer success, not SUCCESS or Success.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The answer is JSON (%1): ThinkPHP/likeadmin controllers answer JSON by default (return $this-&gt;success(…), return json(…)). Alipay needs the plain text: return response('success'); or echo 'success'; exit;</source>
            <translation>The answer is JSON (%1): ThinkPHP/likeadmin controllers answer JSON by default (return $this-&gt;success(…), return json(…)). Alipay needs the plain text: return response('success'); or echo 'success'; exit;</translation>
        </message>
        <message>
            <location line="+5" />
            <source>The answer was %1.</source>
            <translation>The answer was %1.</translation>
        </message>
        <message>
            <location line="+7" />
            <location line="+32" />
            <location line="+569" />
            <source>no answer</source>
            <translation>no answer</translation>
        </message>
        <message>
            <location line="-601" />
            <source>no answer: %1</source>
            <translation>no answer: %1</translation>
        </message>
        <message>
            <location line="+1" />
            <source>HTTP %1, %2</source>
            <translation>HTTP %1, %2</translation>
        </message>
        <message>
            <location line="+7" />
            <source>paid</source>
            <translation>paid</translation>
        </message>
        <message>
            <location line="+0" />
            <source>unpaid</source>
            <translation>unpaid</translation>
        </message>
        <message>
            <location line="+16" />
            <source>Server check of %1 (%2)</source>
            <translation>Server check of %1 (%2)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Forged notifications accepted: %1 (must be 0)</source>
            <translation>Forged notifications accepted: %1 (must be 0)</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Every check passed (%1 of %1).</source>
            <translation>Every check passed (%1 of %1).</translation>
        </message>
        <message>
            <location line="+3" />
            <source>%1 of %2 checks failed.</source>
            <translation>%1 of %2 checks failed.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Failures:</source>
            <translation>Failures:</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Sent: %1</source>
            <translation>Sent: %1</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Answer: %1</source>
            <translation>Answer: %1</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Order afterwards: %1</source>
            <translation>Order afterwards: %1</translation>
        </message>
        <message>
            <location line="+191" />
            <source>The server check needs a channel: WeChat Pay or Alipay.</source>
            <translation>The server check needs a channel: WeChat Pay or Alipay.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>The notify URL "%1" is not a full http(s) URL.</source>
            <translation>The notify URL "%1" is not a full http(s) URL.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>There is no sandbox identity: create one (mcpay-admin sandbox init) and configure the server under test with its keys.</source>
            <translation>There is no sandbox identity: create one (mcpay-admin sandbox init) and configure the server under test with its keys.</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Cannot open the database of the server under test: %1</source>
            <translation>Cannot open the database of the server under test: %1</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Learning order states through the client API needs a user token and an order status URL with {order_id} or {order_sn} in it.</source>
            <translation>Learning order states through the client API needs a user token and an order status URL with {order_id} or {order_sn} in it.</translation>
        </message>
        <message>
            <location line="+9" />
            <source>The check needs a way to see the orders: the database URL of the server under test, or its client API (base URL, user token and order status URL).</source>
            <translation>The check needs a way to see the orders: the database URL of the server under test, or its client API (base URL, user token and order status URL).</translation>
        </message>
        <message>
            <location line="+59" />
            <source>Cannot create a test order in the database of the server under test: %1</source>
            <translation>Cannot create a test order in the database of the server under test: %1</translation>
        </message>
        <message>
            <location line="+11" />
            <source>The server under test did not create a test order through createMarketingChatOrder: %1</source>
            <translation>The server under test did not create a test order through createMarketingChatOrder: %1</translation>
        </message>
        <message>
            <location line="+14" />
            <location line="+84" />
            <source>Cannot read the orders of the server under test: %1</source>
            <translation>Cannot read the orders of the server under test: %1</translation>
        </message>
        <message>
            <location line="-55" />
            <source>The order status URL gave no answer: %1</source>
            <translation>The order status URL gave no answer: %1</translation>
        </message>
        <message>
            <location line="+6" />
            <source>The order status URL refused the user token (code -1): log in again and pass a fresh token.</source>
            <translation>The order status URL refused the user token (code -1): log in again and pass a fresh token.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>The order status URL answered HTTP %1 without a pay_status for order %2.</source>
            <translation>The order status URL answered HTTP %1 without a pay_status for order %2.</translation>
        </message>
        <message>
            <location line="+54" />
            <source>Notification for an unknown order handled without a crash</source>
            <translation>Notification for an unknown order handled without a crash</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The server gave no HTTP answer to a notification about an order it does not have (%1): the request probably killed the PHP process. Look the order up and, when there is none, answer an error (WeChat: 404 with {"code":"FAIL"}; Alipay: fail) without throwing.</source>
            <translation>The server gave no HTTP answer to a notification about an order it does not have (%1): the request probably killed the PHP process. Look the order up and, when there is none, answer an error (WeChat: 404 with {"code":"FAIL"}; Alipay: fail) without throwing.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>The server answered HTTP %1 with an HTML error page to a notification about an order it does not have: the handler crashed, typically by using the result of find()/where()-&gt;find() without checking it for null. Check that the order exists and answer an error (WeChat: 404 with {"code":"FAIL"}; Alipay: fail) or success to stop the retries; an exception page can also leak paths and stack traces.</source>
            <translation>The server answered HTTP %1 with an HTML error page to a notification about an order it does not have: the handler crashed, typically by using the result of find()/where()-&gt;find() without checking it for null. Check that the order exists and answer an error (WeChat: 404 with {"code":"FAIL"}; Alipay: fail) or success to stop the retries; an exception page can also leak paths and stack traces.</translation>
        </message>
        <message>
            <location line="+21" />
            <source>Genuine notification applied (order marked paid)</source>
            <translation>Genuine notification applied (order marked paid)</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The server acknowledged a genuine notification but order %1 is still unpaid, and the channel will not send it again: the payment is lost. Typical causes: out_trade_no shortened before the lookup (see the sn check), an UPDATE that failed while the handler still answered success, or the wrong table prefix. Answer success only after the order row was updated.</source>
            <translation>The server acknowledged a genuine notification but order %1 is still unpaid, and the channel will not send it again: the payment is lost. Typical causes: out_trade_no shortened before the lookup (see the sn check), an UPDATE that failed while the handler still answered success, or the wrong table prefix. Answer success only after the order row was updated.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>No HTTP answer (%1). Is the notify URL right and the server running?</source>
            <translation>No HTTP answer (%1). Is the notify URL right and the server running?</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The server refused a genuine notification for order %1 (amount %2). Check that it uses the sandbox keys of this check: %3 If it compares amounts, compare integer fen parsed from the decimal text: intval(0.29 * 100) is 28, not 29.</source>
            <translation>The server refused a genuine notification for order %1 (amount %2). Check that it uses the sandbox keys of this check: %3 If it compares amounts, compare integer fen parsed from the decimal text: intval(0.29 * 100) is 28, not 29.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>the Alipay public key, app_id and seller_id from the exported alipay/ folder.</source>
            <translation>the Alipay public key, app_id and seller_id from the exported alipay/ folder.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>the APIv3 key, the WeChat Pay public key with its PUB_KEY_ID_ id, the mchid and the appids from the exported wechat/ folder.</source>
            <translation>the APIv3 key, the WeChat Pay public key with its PUB_KEY_ID_ id, the mchid and the appids from the exported wechat/ folder.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Acknowledged with exactly "success"</source>
            <translation>Acknowledged with exactly "success"</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Acknowledged with HTTP 200 or 204</source>
            <translation>Acknowledged with HTTP 200 or 204</translation>
        </message>
        <message>
            <location line="+21" />
            <source>Amount compared with the order</source>
            <translation>Amount compared with the order</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The notification was validly signed but for %1 while order %2 is %3, and the server marked the order paid: it never compares the notified amount with the order. Compare %4 with the order's order_amount, both in integer fen, before marking it paid, and refuse the notification when they differ.</source>
            <translation>The notification was validly signed but for %1 while order %2 is %3, and the server marked the order paid: it never compares the notified amount with the order. Compare %4 with the order's order_amount, both in integer fen, before marking it paid, and refuse the notification when they differ.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>total_amount (yuan, parse the decimal text; no floats)</source>
            <translation>total_amount (yuan, parse the decimal text; no floats)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>amount.total (fen)</source>
            <translation>amount.total (fen)</translation>
        </message>
        <message>
            <location line="+12" />
            <source>The server acknowledged this forged notification and marked order %1 paid.</source>
            <translation>The server acknowledged this forged notification and marked order %1 paid.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The server marked order %1 paid from this forged notification.</source>
            <translation>The server marked order %1 paid from this forged notification.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The server acknowledged this forged notification (the order stayed unpaid, but the answer says it was accepted).</source>
            <translation>The server acknowledged this forged notification (the order stayed unpaid, but the answer says it was accepted).</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Answering HTTP 200 with "code":"FAIL" still counts as received: WeChat Pay looks at the status only; refuse with HTTP 401.</source>
            <translation>Answering HTTP 200 with "code":"FAIL" still counts as received: WeChat Pay looks at the status only; refuse with HTTP 401.</translation>
        </message>
        <message>
            <location line="+55" />
            <source>%1 concurrent duplicates: all acknowledged, paid once</source>
            <translation>%1 concurrent duplicates: all acknowledged, paid once</translation>
        </message>
        <message>
            <location line="+7" />
            <source>%1 of %2 copies sent at the same moment were not acknowledged (answers: %3). Channels send duplicates as a matter of course; a copy for an order that is already paid must be answered with success, not an error, or the channel keeps retrying.</source>
            <translation>%1 of %2 copies sent at the same moment were not acknowledged (answers: %3). Channels send duplicates as a matter of course; a copy for an order that is already paid must be answered with success, not an error, or the channel keeps retrying.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>A copy sent after the order was paid was not acknowledged (%1): answer success when the order is already paid.</source>
            <translation>A copy sent after the order was paid was not acknowledged (%1): answer success when the order is already paid.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The order was not marked paid by any of the copies (see the genuine notification check).</source>
            <translation>The order was not marked paid by any of the copies (see the genuine notification check).</translation>
        </message>
        <message>
            <location line="+3" />
            <source>A later copy changed the paid order again (pay_time or transaction_id): the paid check is not atomic. Mark it paid with one conditional UPDATE … SET pay_status = 1 WHERE id = ? AND pay_status = 0 inside the transaction, and run the side effects only when that UPDATE changed a row.</source>
            <translation>A later copy changed the paid order again (pay_time or transaction_id): the paid check is not atomic. Mark it paid with one conditional UPDATE … SET pay_status = 1 WHERE id = ? AND pay_status = 0 inside the transaction, and run the side effects only when that UPDATE changed a row.</translation>
        </message>
        <message>
            <location line="+47" />
            <source>Order sn used in full (not cut to 18 characters)</source>
            <translation>Order sn used in full (not cut to 18 characters)</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The notification was for order %1 (20 characters), but the server marked order %2 paid instead: the same number cut to 18 characters. The handler shortens out_trade_no before the lookup (substr($out_trade_no, 0, 18)); an order sn is "MC" + 14 digits of time + 4 digits, 20 characters. Look the order up by the full out_trade_no, unchanged.</source>
            <translation>The notification was for order %1 (20 characters), but the server marked order %2 paid instead: the same number cut to 18 characters. The handler shortens out_trade_no before the lookup (substr($out_trade_no, 0, 18)); an order sn is "MC" + 14 digits of time + 4 digits, 20 characters. Look the order up by the full out_trade_no, unchanged.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>The server acknowledged a genuine notification for order %1 (20 characters) but did not mark it paid: the symptom of cutting out_trade_no to 18 characters before the lookup (substr($out_trade_no, 0, 18)), which finds no order while the handler still answers success. The channel will not send it again, so the payment is lost. Look the order up by the full out_trade_no, and answer success only after the order was updated.</source>
            <translation>The server acknowledged a genuine notification for order %1 (20 characters) but did not mark it paid: the symptom of cutting out_trade_no to 18 characters before the lookup (substr($out_trade_no, 0, 18)), which finds no order while the handler still answers success. The channel will not send it again, so the payment is lost. Look the order up by the full out_trade_no, and answer success only after the order was updated.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Could not be judged: the server refused the genuine notification (see the first check).</source>
            <translation>Could not be judged: the server refused the genuine notification (see the first check).</translation>
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
            <translation>This Application's &amp;Listener</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Check the embedded notify listener on the current database (it is switched to the sandbox channels).</source>
            <translation>Check the embedded notify listener on the current database (it is switched to the sandbox channels).</translation>
        </message>
        <message>
            <location line="+10" />
            <source>WeChat Pay (API v3)</source>
            <translation>WeChat Pay (API v3)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Alipay</source>
            <translation>Alipay</translation>
        </message>
        <message>
            <location line="+5" />
            <source>The server's database</source>
            <translation>The server's database</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The server's client API</source>
            <translation>The server's client API</translation>
        </message>
        <message>
            <location line="+8" />
            <source>mysql://user@127.0.0.1:3306/likeadmin?prefix=la_</source>
            <translation>mysql://user@127.0.0.1:3306/likeadmin?prefix=la_</translation>
        </message>
        <message>
            <location line="+4" />
            <source>not remembered</source>
            <translation>not remembered</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Database &amp;URL:</source>
            <translation>Database &amp;URL:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Password:</source>
            <translation>&amp;Password:</translation>
        </message>
        <message>
            <location line="+8" />
            <source>https://shop.example.com</source>
            <translation>https://shop.example.com</translation>
        </message>
        <message>
            <location line="+4" />
            <source>a test user's token (not remembered)</source>
            <translation>a test user's token (not remembered)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>https://shop.example.com/api/pay/payStatus?from=marketing_chat&amp;order_id={order_id}</source>
            <translation>https://shop.example.com/api/pay/payStatus?from=marketing_chat&amp;order_id={order_id}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>A URL answering JSON with "pay_status" (1 = paid); {order_id} and {order_sn} are replaced.</source>
            <translation>A URL answering JSON with "pay_status" (1 = paid); {order_id} and {order_sn} are replaced.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>API &amp;base URL:</source>
            <translation>API &amp;base URL:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>User &amp;token:</source>
            <translation>User &amp;token:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Order &amp;status URL:</source>
            <translation>Order &amp;status URL:</translation>
        </message>
        <message>
            <location line="+10" />
            <source>How many copies of one notification are sent at the same time.</source>
            <translation>How many copies of one notification are sent at the same time.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Notify URL:</source>
            <translation>&amp;Notify URL:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Channel:</source>
            <translation>&amp;Channel:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Learn the outcome from:</source>
            <translation>Learn the outcome from:</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Concurrent &amp;duplicates:</source>
            <translation>Concurrent &amp;duplicates:</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Run Checks</source>
            <translation>&amp;Run Checks</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Cancel</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Save Report…</source>
            <translation>&amp;Save Report…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Cop&amp;y Report</source>
            <translation>Cop&amp;y Report</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Run Server Checks</source>
            <translation>Run Server Checks</translation>
        </message>
        <message>
            <location line="+7" />
            <source>The server under test must use the exported sandbox identity (Tools ▸ Sandbox ▸ Export Sandbox Identity…).</source>
            <translation>The server under test must use the exported sandbox identity (Tools ▸ Sandbox ▸ Export Sandbox Identity…).</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Result</source>
            <translation>Result</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Check</source>
            <translation>Check</translation>
        </message>
        <message>
            <location line="+0" />
            <source>HTTP</source>
            <translation>HTTP</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Acknowledged</source>
            <translation>Acknowledged</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Order paid</source>
            <translation>Order paid</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Select a check to read what was sent, what came back and what to fix.</source>
            <translation>Select a check to read what was sent, what came back and what to fix.</translation>
        </message>
        <message>
            <location line="+30" />
            <source>The embedded listener is not running on the sandbox channels; the Notifications tab says why.</source>
            <translation>The embedded listener is not running on the sandbox channels; the Notifications tab says why.</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Target: this application's listener at %1, outcome read from the current database.</source>
            <translation>Target: this application's listener at %1, outcome read from the current database.</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Enter the notify URL of the server under test (http or https).</source>
            <translation>Enter the notify URL of the server under test (http or https).</translation>
        </message>
        <message>
            <location line="+7" />
            <source>The sandbox identity is still being read from the keychain; try again in a moment.</source>
            <translation>The sandbox identity is still being read from the keychain; try again in a moment.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Checks sign with the sandbox identity: create one first (Tools ▸ Sandbox ▸ Create Sandbox Identity…) and configure the server under test with its export.</source>
            <translation>Checks sign with the sandbox identity: create one first (Tools ▸ Sandbox ▸ Create Sandbox Identity…) and configure the server under test with its export.</translation>
        </message>
        <message>
            <location line="+14" />
            <source>The database URL is not valid: %1</source>
            <translation>The database URL is not valid: %1</translation>
        </message>
        <message>
            <location line="+10" />
            <source>The client API needs its base URL, a user token and an order status URL with {order_id} or {order_sn}.</source>
            <translation>The client API needs its base URL, a user token and an order status URL with {order_id} or {order_sn}.</translation>
        </message>
        <message>
            <location line="+22" />
            <source>Every check passed (%1). Forged notifications accepted: 0.</source>
            <translation>Every check passed (%1). Forged notifications accepted: 0.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>%1 of %2 checks failed. Forged notifications accepted: %3 (must be 0). Select a failed check to read what to fix.</source>
            <translation>%1 of %2 checks failed. Forged notifications accepted: %3 (must be 0). Select a failed check to read what to fix.</translation>
        </message>
        <message>
            <location line="+11" />
            <source>The checks could not run: %1</source>
            <translation>The checks could not run: %1</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Checking %1 (%2 checks)…</source>
            <translation>Checking %1 (%2 checks)…</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Cancelled.</source>
            <translation>Cancelled.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>✔ passed</source>
            <translation>✔ passed</translation>
        </message>
        <message>
            <location line="+0" />
            <source>✘ failed</source>
            <translation>✘ failed</translation>
        </message>
        <message>
            <location line="+3" />
            <source>none</source>
            <translation>none</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+1" />
            <source>yes</source>
            <translation>yes</translation>
        </message>
        <message>
            <location line="-1" />
            <location line="+1" />
            <source>no</source>
            <translation>no</translation>
        </message>
        <message>
            <location line="+0" />
            <source>unknown</source>
            <translation>unknown</translation>
        </message>
        <message>
            <location line="+20" />
            <source>Sent: %1</source>
            <translation>Sent: %1</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Answer: HTTP %1, body: %2</source>
            <translation>Answer: HTTP %1, body: %2</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Answer: none (%1)</source>
            <translation>Answer: none (%1)</translation>
        </message>
        <message>
            <location line="+23" />
            <source>Save Server Check Report</source>
            <translation>Save Server Check Report</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Text (*.txt);;JSON (*.json)</source>
            <translation>Text (*.txt);;JSON (*.json)</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Could not save the report to %1: %2</source>
            <translation>Could not save the report to %1: %2</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Saved the report to %1.</source>
            <translation>Saved the report to %1.</translation>
        </message>
    </context>
    <context>
        <name>Statement</name>
        <message>
            <location filename="../models/finance/statement.cpp" line="+83" />
            <source>The statement has no header row with the columns %1.</source>
            <translation>The statement has no header row with the columns %1.</translation>
        </message>
        <message>
            <location line="+32" />
            <source>The statement is not UTF-8 text, and this system cannot read GBK; save it as UTF-8 and try again.</source>
            <translation>The statement is not UTF-8 text, and this system cannot read GBK; save it as UTF-8 and try again.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The statement is neither UTF-8 nor GBK text.</source>
            <translation>The statement is neither UTF-8 nor GBK text.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>This is neither a WeChat Pay trade bill nor an Alipay business bill.</source>
            <translation>This is neither a WeChat Pay trade bill nor an Alipay business bill.</translation>
        </message>
        <message>
            <location line="+28" />
            <location line="+53" />
            <source>Line %1: no merchant order number; skipped.</source>
            <translation>Line %1: no merchant order number; skipped.</translation>
        </message>
        <message>
            <location line="-44" />
            <location line="+56" />
            <source>Line %1: the refund amount is not an amount; skipped.</source>
            <translation>Line %1: the refund amount is not an amount; skipped.</translation>
        </message>
        <message>
            <location line="-49" />
            <location line="+56" />
            <source>Line %1: the amount is not an amount; skipped.</source>
            <translation>Line %1: the amount is not an amount; skipped.</translation>
        </message>
        <message>
            <location line="-51" />
            <source>Line %1: trade state %2 is neither paid nor refunded; skipped.</source>
            <translation>Line %1: trade state %2 is neither paid nor refunded; skipped.</translation>
        </message>
        <message>
            <location line="+56" />
            <source>Line %1: business type %2 is neither a trade nor a refund; skipped.</source>
            <translation>Line %1: business type %2 is neither a trade nor a refund; skipped.</translation>
        </message>
    </context>
    <context>
        <name>TestPaymentPage</name>
        <message>
            <location filename="../ui/payments/testpaymentpage.cpp" line="+108" />
            <source>Create Sandbox Identity…</source>
            <translation>Create Sandbox Identity…</translation>
        </message>
        <message>
            <location line="+8" />
            <source>0.40</source>
            <translation>0.40</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The amount in yuan, at most two decimals</source>
            <translation>The amount in yuan, at most two decimals</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Take the amount of a payment button of the flow open in the editor</source>
            <translation>Take the amount of a payment button of the flow open in the editor</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Refresh</source>
            <translation>Refresh</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Read the payment buttons of the open flow again</source>
            <translation>Read the payment buttons of the open flow again</translation>
        </message>
        <message>
            <location line="+14" />
            <source>How the payer reaches the cashier; decides the channel and the notify route</source>
            <translation>How the payer reaches the cashier; decides the channel and the notify route</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Embedded listener (sandbox channels)</source>
            <translation>Embedded listener (sandbox channels)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Another server</source>
            <translation>Another server</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Where the signed notification goes</source>
            <translation>Where the signed notification goes</translation>
        </message>
        <message>
            <location line="+4" />
            <source>http://127.0.0.1:8000 (the channel's route is added) or a full notify URL</source>
            <translation>http://127.0.0.1:8000 (the channel's route is added) or a full notify URL</translation>
        </message>
        <message>
            <location line="+1" />
            <source>A base URL gets the channel's route (/api/pay/notifyMnp, /api/pay/notifyOa, /api/pay/aliNotify); a URL with a path is used as it is</source>
            <translation>A base URL gets the channel's route (/api/pay/notifyMnp, /api/pay/notifyOa, /api/pay/aliNotify); a URL with a path is used as it is</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Make the notification one a careful server must refuse or must not apply</source>
            <translation>Make the notification one a careful server must refuse or must not apply</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Retry it</source>
            <translation>Retry it</translation>
        </message>
        <message>
            <location line="+2" />
            <source>A notification with a fault is sent once; tick to have it retried on the channel's schedule like a real one (every retry carries the same fault)</source>
            <translation>A notification with a fault is sent once; tick to have it retried on the channel's schedule like a real one (every retry carries the same fault)</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Channel schedule, real time</source>
            <translation>Channel schedule, real time</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Compressed: a minute per second</source>
            <translation>Compressed: a minute per second</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Compressed: an hour per second</source>
            <translation>Compressed: an hour per second</translation>
        </message>
        <message>
            <location line="+1" />
            <source>By hand (Next attempt now)</source>
            <translation>By hand (Next attempt now)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Retries follow the channel's own schedule (WeChat 15 s, 15 s, 30 s, 3 min…; Alipay 4 min, 10 min…), in real time, compressed, or one at a time</source>
            <translation>Retries follow the channel's own schedule (WeChat 15 s, 15 s, 30 s, 3 min…; Alipay 4 min, 10 min…), in real time, compressed, or one at a time</translation>
        </message>
        <message>
            <location line="+12" />
            <source>&amp;Run Test Payment</source>
            <translation>&amp;Run Test Payment</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Create a sandbox order and pay it (Ctrl+Return)</source>
            <translation>Create a sandbox order and pay it (Ctrl+Return)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Run</source>
            <translation>Run</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Test payment</source>
            <translation>Test payment</translation>
        </message>
        <message>
            <location line="+11" />
            <source>&amp;Amount (¥):</source>
            <translation>&amp;Amount (¥):</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Channel and scene:</source>
            <translation>&amp;Channel and scene:</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Target:</source>
            <translation>&amp;Target:</translation>
        </message>
        <message>
            <location line="+5" />
            <source>&amp;Fault:</source>
            <translation>&amp;Fault:</translation>
        </message>
        <message>
            <location line="+5" />
            <source>R&amp;etries:</source>
            <translation>R&amp;etries:</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Started</source>
            <translation>Started</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Order</source>
            <translation>Order</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Amount</source>
            <translation>Amount</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Channel</source>
            <translation>Channel</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Result</source>
            <translation>Result</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The test payments of this session; pick one to see its steps</source>
            <translation>The test payments of this session; pick one to see its steps</translation>
        </message>
        <message>
            <location line="+36" />
            <source>Delivery</source>
            <translation>Delivery</translation>
        </message>
        <message>
            <location line="+0" />
            <source>State</source>
            <translation>State</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Attempts</source>
            <translation>Attempts</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Answer</source>
            <translation>Answer</translation>
        </message>
        <message>
            <location line="+0" />
            <source>When</source>
            <translation>When</translation>
        </message>
        <message>
            <location line="+21" />
            <source>To: %1</source>
            <translation>To: %1</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Replay of delivery %1</source>
            <translation>Replay of delivery %1</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Re&amp;play</source>
            <translation>Re&amp;play</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Send the selected notification again, signed afresh, as a new delivery</source>
            <translation>Send the selected notification again, signed afresh, as a new delivery</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Next Attempt Now</source>
            <translation>&amp;Next Attempt Now</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Send the selected delivery's next retry now instead of waiting for the schedule</source>
            <translation>Send the selected delivery's next retry now instead of waiting for the schedule</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Select a step or a delivery attempt to see what went over the wire.</source>
            <translation>Select a step or a delivery attempt to see what went over the wire.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Open the H5 cashier in the browser</source>
            <translation>Open the H5 cashier in the browser</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Pay at the sandbox's H5 cashier page, as a payer in an outside browser would</source>
            <translation>Pay at the sandbox's H5 cashier page, as a payer in an outside browser would</translation>
        </message>
        <message>
            <location line="+16" />
            <source>Notification deliveries:</source>
            <translation>Notification deliveries:</translation>
        </message>
        <message>
            <location line="+99" />
            <source>The open flow has no payment button</source>
            <translation>The open flow has no payment button</translation>
        </message>
        <message>
            <location line="+0" />
            <source>No flow open</source>
            <translation>No flow open</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Or a payment button of the flow…</source>
            <translation>Or a payment button of the flow…</translation>
        </message>
        <message>
            <location line="+3" />
            <source>no valid amount</source>
            <translation>no valid amount</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Enter an amount, e.g. 0.40.</source>
            <translation>Enter an amount, e.g. 0.40.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The amount must be at least 0.01.</source>
            <translation>The amount must be at least 0.01.</translation>
        </message>
        <message>
            <location line="+16" />
            <source>Sandbox: not loaded yet.</source>
            <translation>Sandbox: not loaded yet.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Sandbox identity: WeChat Pay merchant %1 · Alipay app %2 · created %3</source>
            <translation>Sandbox identity: WeChat Pay merchant %1 · Alipay app %2 · created %3</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Reading the sandbox identity from the keychain…</source>
            <translation>Reading the sandbox identity from the keychain…</translation>
        </message>
        <message>
            <location line="+5" />
            <source>No sandbox identity yet: create one to pay test orders without real money.</source>
            <translation>No sandbox identity yet: create one to pay test orders without real money.</translation>
        </message>
        <message>
            <location line="+62" />
            <source>The embedded listener is not running on the sandbox channels; the Notifications tab says why.</source>
            <translation>The embedded listener is not running on the sandbox channels; the Notifications tab says why.</translation>
        </message>
        <message>
            <location line="+22" />
            <source>Enter the server's notify URL (http or https), e.g. http://127.0.0.1:8000/api/pay/notifyMnp.</source>
            <translation>Enter the server's notify URL (http or https), e.g. http://127.0.0.1:8000/api/pay/notifyMnp.</translation>
        </message>
        <message>
            <location line="+26" />
            <source>Open a database first (File ▸ Connect to Database).</source>
            <translation>Open a database first (File ▸ Connect to Database).</translation>
        </message>
        <message>
            <location line="+7" />
            <source>The sandbox identity is still being read from the keychain; try again in a moment.</source>
            <translation>The sandbox identity is still being read from the keychain; try again in a moment.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>No Sandbox Identity</source>
            <translation>No Sandbox Identity</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Test payments need a sandbox identity. Create one now?</source>
            <translation>Test payments need a sandbox identity. Create one now?</translation>
        </message>
        <message>
            <location line="+3" />
            <source>No sandbox identity: nothing was run.</source>
            <translation>No sandbox identity: nothing was run.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>The sandbox gateway did not start: %1</source>
            <translation>The sandbox gateway did not start: %1</translation>
        </message>
        <message>
            <location line="+40" />
            <source>Target: %1</source>
            <translation>Target: %1</translation>
        </message>
        <message>
            <location line="+16" />
            <source>Running a test payment of %1 (%2)…</source>
            <translation>Running a test payment of %1 (%2)…</translation>
        </message>
        <message>
            <location line="+33" />
            <source>Creating…</source>
            <translation>Creating…</translation>
        </message>
        <message>
            <location line="+3" />
            <source>At the cashier</source>
            <translation>At the cashier</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Delivering…</source>
            <translation>Delivering…</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Paid in %1 s</source>
            <translation>Paid in %1 s</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Paid</source>
            <translation>Paid</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Not paid</source>
            <translation>Not paid</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Failed</source>
            <translation>Failed</translation>
        </message>
        <message>
            <location line="+65" />
            <source>Order %1 paid in %2 s.</source>
            <translation>Order %1 paid in %2 s.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Order %1 not paid after %2 s: %3</source>
            <translation>Order %1 not paid after %2 s: %3</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The test payment stopped: %1</source>
            <translation>The test payment stopped: %1</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The test payment of order %1 stopped: %2</source>
            <translation>The test payment of order %1 stopped: %2</translation>
        </message>
        <message>
            <location line="+28" />
            <source>No longer available</source>
            <translation>No longer available</translation>
        </message>
        <message>
            <location line="+3" />
            <source>%1 (replay of %2)</source>
            <translation>%1 (replay of %2)</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Sending…</source>
            <translation>Sending…</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Waiting to retry</source>
            <translation>Waiting to retry</translation>
        </message>
        <message>
            <location line="+3" />
            <location line="+27" />
            <source>Acknowledged</source>
            <translation>Acknowledged</translation>
        </message>
        <message>
            <location line="-24" />
            <source>Gave up</source>
            <translation>Gave up</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Cancelled</source>
            <translation>Cancelled</translation>
        </message>
        <message>
            <location line="+7" />
            <location line="+15" />
            <location line="+83" />
            <source>HTTP %1 in %2 ms</source>
            <translation>HTTP %1 in %2 ms</translation>
        </message>
        <message>
            <location line="-93" />
            <source>next: by hand</source>
            <translation>next: by hand</translation>
        </message>
        <message>
            <location line="+1" />
            <source>next at %1</source>
            <translation>next at %1</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Attempt %1</source>
            <translation>Attempt %1</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Not acknowledged</source>
            <translation>Not acknowledged</translation>
        </message>
        <message>
            <location line="+4" />
            <source>sent %1</source>
            <translation>sent %1</translation>
        </message>
        <message>
            <location line="+37" />
            <source>Delivery %1 cannot be replayed.</source>
            <translation>Delivery %1 cannot be replayed.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Delivery %1 replayed as delivery %2.</source>
            <translation>Delivery %1 replayed as delivery %2.</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Delivery %1 is not waiting for a retry.</source>
            <translation>Delivery %1 is not waiting for a retry.</translation>
        </message>
        <message>
            <location line="+22" />
            <source>Attempt %1, sent %2</source>
            <translation>Attempt %1, sent %2</translation>
        </message>
        <message>
            <location line="+7" />
            <source>the channel's success answer: no more retries</source>
            <translation>the channel's success answer: no more retries</translation>
        </message>
        <message>
            <location line="+1" />
            <source>not the channel's success answer: the channel retries</source>
            <translation>not the channel's success answer: the channel retries</translation>
        </message>
        <message>
            <location line="+3" />
            <source>No answer: %1</source>
            <translation>No answer: %1</translation>
        </message>
    </context>
    <context>
        <name>TestPaymentRun</name>
        <message>
            <location filename="../app/sandbox/testpaymentrun.cpp" line="+129" />
            <source>The receiver acknowledged the notification, but order %1 is still unpaid after %2 s. Check that the receiver applies notifications to this database.</source>
            <translation>The receiver acknowledged the notification, but order %1 is still unpaid after %2 s. Check that the receiver applies notifications to this database.</translation>
        </message>
        <message>
            <location line="+100" />
            <source>The sandbox has no identity yet. Create one first (mcpay-admin sandbox init).</source>
            <translation>The sandbox has no identity yet. Create one first (mcpay-admin sandbox init).</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The sandbox gateway is not running. Start the sandbox, then run the test payment again.</source>
            <translation>The sandbox gateway is not running. Start the sandbox, then run the test payment again.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The amount %1 cannot be paid; give an amount from 0.01 to 99999999.99 yuan.</source>
            <translation>The amount %1 cannot be paid; give an amount from 0.01 to 99999999.99 yuan.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>The order could not be created: %1</source>
            <translation>The order could not be created: %1</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Order %1 created: %2 yuan</source>
            <translation>Order %1 created: %2 yuan</translation>
        </message>
        <message>
            <location line="+8" />
            <source>The sandbox identity changed during the test payment; run it again.</source>
            <translation>The sandbox identity changed during the test payment; run it again.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The sandbox was stopped during the test payment.</source>
            <translation>The sandbox was stopped during the test payment.</translation>
        </message>
        <message>
            <location line="+61" />
            <source>Prepay failed: %1</source>
            <translation>Prepay failed: %1</translation>
        </message>
        <message>
            <location line="+7" />
            <source>H5 prepay: the gateway answered an h5_url (signature verified)</source>
            <translation>H5 prepay: the gateway answered an h5_url (signature verified)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>JSAPI prepay: prepay_id %1 (signature verified)</source>
            <translation>JSAPI prepay: prepay_id %1 (signature verified)</translation>
        </message>
        <message>
            <location line="+10" />
            <location line="+36" />
            <location line="+4" />
            <location line="+97" />
            <source>answer</source>
            <translation>answer</translation>
        </message>
        <message>
            <location line="-121" />
            <source>The Alipay pay request could not be signed: %1</source>
            <translation>The Alipay pay request could not be signed: %1</translation>
        </message>
        <message>
            <location line="+18" />
            <source>HTTP %1</source>
            <translation>HTTP %1</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The Alipay gateway did not lead to the cashier (%1).</source>
            <translation>The Alipay gateway did not lead to the cashier (%1).</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Alipay wap pay: the gateway redirected to the cashier</source>
            <translation>Alipay wap pay: the gateway redirected to the cashier</translation>
        </message>
        <message>
            <location line="+8" />
            <location line="+25" />
            <source>The sandbox was closed during the test payment.</source>
            <translation>The sandbox was closed during the test payment.</translation>
        </message>
        <message>
            <location line="-20" />
            <source>The gateway answered, but it has no trade %1.</source>
            <translation>The gateway answered, but it has no trade %1.</translation>
        </message>
        <message>
            <location line="+25" />
            <source>The cashier refused the decision: %1</source>
            <translation>The cashier refused the decision: %1</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Channel trade state: %1</source>
            <translation>Channel trade state: %1</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Transaction: %1</source>
            <translation>Transaction: %1</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Cashier: the payer paid %1 yuan</source>
            <translation>Cashier: the payer paid %1 yuan</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Cashier: the payer closed the cashier</source>
            <translation>Cashier: the payer closed the cashier</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Cashier: the payment failed (insufficient balance)</source>
            <translation>Cashier: the payment failed (insufficient balance)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Cashier: the payer left without paying</source>
            <translation>Cashier: the payer left without paying</translation>
        </message>
        <message>
            <location line="+5" />
            <source>No payment was made, so no notification was sent; order %1 stays unpaid.</source>
            <translation>No payment was made, so no notification was sent; order %1 stays unpaid.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The payer paid, but no notification was sent: there is no notify URL for trade %1.</source>
            <translation>The payer paid, but no notification was sent: there is no notify URL for trade %1.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Notification %1 sent to %2</source>
            <translation>Notification %1 sent to %2</translation>
        </message>
        <message>
            <location line="+2" />
            <source>with the fault "%1"</source>
            <translation>with the fault "%1"</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Event id: %1</source>
            <translation>Event id: %1</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Notification attempt %1: HTTP %2 in %3 ms</source>
            <translation>Notification attempt %1: HTTP %2 in %3 ms</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Notification attempt %1: no answer (%2)</source>
            <translation>Notification attempt %1: no answer (%2)</translation>
        </message>
        <message>
            <location line="+10" />
            <source>resource, decrypted</source>
            <translation>resource, decrypted</translation>
        </message>
        <message>
            <location line="+8" />
            <source>The receiver acknowledged the notification (attempt %1)</source>
            <translation>The receiver acknowledged the notification (attempt %1)</translation>
        </message>
        <message numerus="yes">
            <location line="+29" />
            <source>The notification was not acknowledged after %n attempt(s); order %1 stays unpaid.</source>
            <translation>
                <numerusform>The notification was not acknowledged after %n attempt; order %1 stays unpaid.</numerusform>
                <numerusform>The notification was not acknowledged after %n attempts; order %1 stays unpaid.</numerusform>
            </translation>
        </message>
        <message>
            <location line="+4" />
            <source>The delivery was cancelled; order %1 stays unpaid.</source>
            <translation>The delivery was cancelled; order %1 stays unpaid.</translation>
        </message>
        <message>
            <location line="+20" />
            <source>Order %1 could not be read: %2</source>
            <translation>Order %1 could not be read: %2</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Order %1 is no longer in the database.</source>
            <translation>Order %1 is no longer in the database.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Order %1 is still unpaid</source>
            <translation>Order %1 is still unpaid</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Order %1 is paid (transaction %2)</source>
            <translation>Order %1 is paid (transaction %2)</translation>
        </message>
    </context>
    <context>
        <name>TestPaymentStepModel</name>
        <message>
            <location filename="../ui/payments/testpaymentstepmodel.cpp" line="+54" />
            <source>+%1 s</source>
            <translation>+%1 s</translation>
        </message>
        <message>
            <location line="+32" />
            <source>Time</source>
            <translation>Time</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Step</source>
            <translation>Step</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Order created</source>
            <translation>Order created</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Prepay</source>
            <translation>Prepay</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Cashier</source>
            <translation>Cashier</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Notification attempt</source>
            <translation>Notification attempt</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Acknowledged</source>
            <translation>Acknowledged</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Order paid</source>
            <translation>Order paid</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Failed</source>
            <translation>Failed</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Info</source>
            <translation>Info</translation>
        </message>
    </context>
    <context>
        <name>WeChatNotificationVerifier</name>
        <message>
            <location filename="../app/channels/wechatnotificationverifier.cpp" line="+83" />
            <source>A Wechatpay-Timestamp, -Nonce, -Signature or -Serial header is missing.</source>
            <translation>A Wechatpay-Timestamp, -Nonce, -Signature or -Serial header is missing.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Unsupported signature type %1.</source>
            <translation>Unsupported signature type %1.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The Wechatpay-Timestamp header is not a Unix time.</source>
            <translation>The Wechatpay-Timestamp header is not a Unix time.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The notification is %1 s away from the current time (limit 300 s).</source>
            <translation>The notification is %1 s away from the current time (limit 300 s).</translation>
        </message>
        <message>
            <location line="+5" />
            <source>No platform key is configured for serial %1.</source>
            <translation>No platform key is configured for serial %1.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>A WeChat Pay signature probe (WECHATPAY/SIGNTEST/) was rejected.</source>
            <translation>A WeChat Pay signature probe (WECHATPAY/SIGNTEST/) was rejected.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The Wechatpay-Signature header is not Base64.</source>
            <translation>The Wechatpay-Signature header is not Base64.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>The signature does not verify with the platform key %1.</source>
            <translation>The signature does not verify with the platform key %1.</translation>
        </message>
        <message>
            <location line="+14" />
            <source>The notification body is not a JSON object.</source>
            <translation>The notification body is not a JSON object.</translation>
        </message>
        <message>
            <location line="+11" />
            <source>The notification has no event_type or resource.</source>
            <translation>The notification has no event_type or resource.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Unsupported resource algorithm %1.</source>
            <translation>Unsupported resource algorithm %1.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>The resource ciphertext or nonce is missing or not Base64.</source>
            <translation>The resource ciphertext or nonce is missing or not Base64.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The resource does not decrypt with the APIv3 key: %1</source>
            <translation>The resource does not decrypt with the APIv3 key: %1</translation>
        </message>
        <message>
            <location line="+22" />
            <source>The transaction is not a JSON object.</source>
            <translation>The transaction is not a JSON object.</translation>
        </message>
        <message>
            <location line="+19" />
            <source>The transaction lacks mchid, out_trade_no or trade_state.</source>
            <translation>The transaction lacks mchid, out_trade_no or trade_state.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>A paid transaction lacks amount.total or transaction_id.</source>
            <translation>A paid transaction lacks amount.total or transaction_id.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>The refund is not a JSON object.</source>
            <translation>The refund is not a JSON object.</translation>
        </message>
        <message>
            <location line="+14" />
            <source>The refund lacks out_trade_no, out_refund_no or refund_status.</source>
            <translation>The refund lacks out_trade_no, out_refund_no or refund_status.</translation>
        </message>
    </context>
    <context>
        <name>WeChatPayV2</name>
        <message>
            <location filename="../app/channels/wechatpayv2.cpp" line="+37" />
            <source>The XML declares a DTD or entities; refused.</source>
            <translation>The XML declares a DTD or entities; refused.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The root element is not &lt;xml&gt;.</source>
            <translation>The root element is not &lt;xml&gt;.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>A field occurs twice.</source>
            <translation>A field occurs twice.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Nested elements are not expected.</source>
            <translation>Nested elements are not expected.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>The body is not WeChat Pay v2 XML.</source>
            <translation>The body is not WeChat Pay v2 XML.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>return_code is not SUCCESS.</source>
            <translation>return_code is not SUCCESS.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Unsupported sign_type.</source>
            <translation>Unsupported sign_type.</translation>
        </message>
        <message>
            <location line="+9" />
            <source>The v2 sign does not match.</source>
            <translation>The v2 sign does not match.</translation>
        </message>
    </context>
    <context>
        <name>X509Certificate</name>
        <message>
            <location filename="../app/crypto/x509certificate.cpp" line="+35" />
            <source>This is not an X.509 certificate in PEM form.</source>
            <translation>This is not an X.509 certificate in PEM form.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>The certificate does not hold an RSA key.</source>
            <translation>The certificate does not hold an RSA key.</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Cannot create the certificate: %1</source>
            <translation>Cannot create the certificate: %1</translation>
        </message>
        <message>
            <location line="+4" />
            <source>no private key</source>
            <translation>no private key</translation>
        </message>
        <message>
            <location line="+2" />
            <source>the serial number must be 1 to 20 bytes and not zero</source>
            <translation>the serial number must be 1 to 20 bytes and not zero</translation>
        </message>
        <message>
            <location line="+2" />
            <source>a common name and a positive validity are required</source>
            <translation>a common name and a positive validity are required</translation>
        </message>
    </context>
</TS>
