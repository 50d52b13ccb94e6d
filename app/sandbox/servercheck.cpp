#include "servercheck.h"

#include "db/database.h"
#include "deliveryengine.h"
#include "channels/likeadminclient.h"
#include "orders/orderrepository.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QMetaObject>
#include <QRandomGenerator>
#include <QSet>
#include <QSqlQuery>
#include <QStringDecoder>
#include <QTimer>

using namespace Qt::StringLiterals;
using SandboxNotify::Fault;

namespace {

enum class Kind { Genuine, Forged, WrongAmount, Duplicates, UnknownOrder, SnTruncation };

struct Step
{
    Kind kind;
    Fault fault = Fault::None;
    QString key;
};

constexpr qint64 CheckAmountFen = 29; // 0.29 yuan: also catches intval($yuan * 100) (28 fen)

QList<Step> planFor(PayWay channel)
{
    QList<Step> plan{{Kind::Genuine, Fault::None, u"genuine"_s}};
    if (channel == PayWay::WeChat) {
        plan << Step{Kind::Forged, Fault::SignProbe, u"sign-probe"_s}
             << Step{Kind::Forged, Fault::BadSignature, u"bad-signature"_s}
             << Step{Kind::Forged, Fault::UnknownSerial, u"unknown-serial"_s}
             << Step{Kind::Forged, Fault::StaleTimestamp, u"stale-timestamp"_s}
             << Step{Kind::Forged, Fault::FutureTimestamp, u"future-timestamp"_s};
    } else {
        plan << Step{Kind::Forged, Fault::BadSignature, u"bad-signature"_s};
    }
    plan << Step{Kind::Forged, Fault::TamperedAmount, u"tampered-amount"_s}
         << Step{Kind::Forged, Fault::TruncatedBody, u"truncated-body"_s}
         << Step{Kind::Forged, Fault::WrongAppid, u"wrong-appid"_s}
         << Step{Kind::Forged, Fault::WrongMchid, u"wrong-mchid"_s}
         << Step{Kind::WrongAmount, Fault::WrongAmount, u"wrong-amount"_s}
         << Step{Kind::Duplicates, Fault::None, u"duplicates"_s}
         << Step{Kind::UnknownOrder, Fault::None, u"unknown-order"_s}
         << Step{Kind::SnTruncation, Fault::None, u"sn-truncation"_s};
    return plan;
}

QString channelName(PayWay channel)
{
    return channel == PayWay::Alipay ? ServerCheck::tr("Alipay") : ServerCheck::tr("WeChat Pay");
}

QString forgedTitle(Fault fault, PayWay channel)
{
    const bool alipay = channel == PayWay::Alipay;
    switch (fault) {
    case Fault::SignProbe: return ServerCheck::tr("Forged: WECHATPAY/SIGNTEST probe refused");
    case Fault::BadSignature: return ServerCheck::tr("Forged: signature by an unknown key refused");
    case Fault::UnknownSerial: return ServerCheck::tr("Forged: unknown Wechatpay-Serial refused");
    case Fault::StaleTimestamp: return ServerCheck::tr("Forged: timestamp 10 minutes old refused");
    case Fault::FutureTimestamp: return ServerCheck::tr("Forged: timestamp 10 minutes ahead refused");
    case Fault::TamperedAmount: return ServerCheck::tr("Forged: amount edited after signing refused");
    case Fault::TruncatedBody: return ServerCheck::tr("Forged: body cut short refused");
    case Fault::WrongAppid:
        return alipay ? ServerCheck::tr("Forged: another app_id refused") : ServerCheck::tr("Forged: another appid refused");
    case Fault::WrongMchid:
        return alipay ? ServerCheck::tr("Forged: another seller_id refused") : ServerCheck::tr("Forged: another mchid refused");
    default: return ServerCheck::tr("Forged notification refused");
    }
}

QString forgedExplanation(Fault fault, PayWay channel)
{
    const bool alipay = channel == PayWay::Alipay;
    const QString verify = alipay
        ? ServerCheck::tr("Verify the sign parameter (RSA2) over all parameters except sign and sign_type, sorted by "
                          "name, with the Alipay public key (the SDK's rsaCheckV1), before anything else, and answer "
                          "\"fail\" when it does not hold.")
        : ServerCheck::tr("Verify the Wechatpay-Signature header over \"Wechatpay-Timestamp\\nWechatpay-Nonce\\nraw "
                          "body\\n\" with the WeChat Pay public key named by Wechatpay-Serial, before decrypting, and "
                          "answer HTTP 401 when it does not hold (likeadmin's v3 notify path decrypts without "
                          "verifying).");
    switch (fault) {
    case Fault::SignProbe:
        return ServerCheck::tr("WeChat Pay itself sends probe notifications whose Wechatpay-Signature starts with "
                               "WECHATPAY/SIGNTEST/ to find merchants that do not verify signatures; this server took "
                               "one. %1")
            .arg(verify);
    case Fault::BadSignature:
        return ServerCheck::tr("This notification was signed with a key that is not %1's, so anyone on the Internet "
                               "could have sent it and mark orders paid without paying. %2")
            .arg(channelName(channel), verify);
    case Fault::UnknownSerial:
        return ServerCheck::tr("Wechatpay-Serial named a key this server does not have. The server must refuse it, "
                               "not fall back to another key or skip the check. %1")
            .arg(verify);
    case Fault::StaleTimestamp:
    case Fault::FutureTimestamp:
        return ServerCheck::tr("Wechatpay-Timestamp was 10 minutes away from now. Refuse notifications whose "
                               "timestamp differs from the server's clock by 300 seconds or more, so that a captured "
                               "notification cannot be replayed later (and keep the server's clock in sync).");
    case Fault::TamperedAmount:
        return ServerCheck::tr("The amount was edited after %1 signed the notification, so the signature no longer "
                               "holds. Accepting it means the signature is not checked, or not over the raw body as it "
                               "arrived (never re-encode the JSON or the form before verifying). %2")
            .arg(channelName(channel), verify);
    case Fault::TruncatedBody:
        return ServerCheck::tr("The body was cut in half after signing. The server must refuse it: the signature "
                               "fails and the content does not parse. Accepting it means errors are ignored and "
                               "success is answered regardless. %1")
            .arg(verify);
    case Fault::WrongAppid:
        return alipay ? ServerCheck::tr("Validly signed, but for another app_id: a payment to a different Alipay "
                                        "application. Compare app_id with your own before using the notification.")
                      : ServerCheck::tr("Validly signed, but the decrypted resource names another appid: a payment "
                                        "made in a different mini-program or official account. Compare appid with "
                                        "your own appids before marking the order paid.");
    case Fault::WrongMchid:
        return alipay ? ServerCheck::tr("Validly signed, but seller_id names another Alipay account: the money went "
                                        "to someone else. Compare seller_id with your own before marking the order "
                                        "paid.")
                      : ServerCheck::tr("Validly signed, but the decrypted resource names another mchid: the money "
                                        "went to another merchant. Compare mchid with your own before marking the "
                                        "order paid.");
    default:
        return verify;
    }
}

// The bytes of an answer for people: UTF-8 shown as text, control characters, a byte-order
// mark and invalid bytes escaped, long answers shortened.
QString quoted(const QByteArray &body, int max = 120)
{
    QString text;
    QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString decoded = utf8.decode(body);
    const bool valid = !utf8.hasError();
    if (valid) {
        for (const QChar c : decoded.left(max)) {
            if (c == u'\n')
                text += u"\\n"_s;
            else if (c == u'\r')
                text += u"\\r"_s;
            else if (c == u'\t')
                text += u"\\t"_s;
            else if (c.unicode() < 0x20 || c.unicode() == 0x7f || c.unicode() == 0xfeff)
                text += u"\\u"_s + QString::number(c.unicode(), 16).rightJustified(4, u'0').toUpper();
            else
                text += c;
        }
    } else {
        for (const char c : body.left(max)) {
            const auto u = uchar(c);
            if (u < 0x20 || u >= 0x7f)
                text += u"\\x"_s + QString::number(u, 16).rightJustified(2, u'0').toUpper();
            else
                text += QChar(char16_t(u));
        }
    }
    if ((valid ? decoded.size() : body.size()) > max)
        text += u"…"_s;
    return u"\""_s + text + u"\""_s;
}

bool looksLikeHtml(const DeliveryAttempt &a)
{
    const QByteArray type = httpHeaderValue(a.responseHeaders, "Content-Type").toLower();
    const QByteArray start = a.responseBody.trimmed().left(64).toLower();
    return type.contains("html") || start.startsWith("<!doctype") || start.startsWith("<html") || start.startsWith('<');
}

QString ackExplanation(PayWay channel, const DeliveryAttempt &a)
{
    if (a.status == 0)
        return ServerCheck::tr("No HTTP answer came back (%1). The channel treats that as a failure and sends the "
                               "notification again.")
            .arg(a.error);
    if (channel == PayWay::WeChat) {
        QString text = ServerCheck::tr("WeChat Pay decides by the HTTP status alone: only 200 or 204 mean \"received\"; "
                                       "anything else (here HTTP %1) makes it send the notification again, up to 15 "
                                       "more times over 24 hours. Answer HTTP 200 with {\"code\":\"SUCCESS\",\"message\":"
                                       "\"成功\"} (or 204 with no body) once the order is saved.")
                           .arg(a.status);
        if (a.status >= 300 && a.status < 400)
            text += u' ' + ServerCheck::tr("A redirect is not followed: check that the notify URL is the exact route "
                                           "(no forced HTTPS or login redirect in front of it).");
        return text;
    }
    const QString intro = ServerCheck::tr("Alipay counts a notification as received only when the answer is HTTP 200 "
                                          "with a body of exactly the 7 bytes success; anything else makes it send the "
                                          "notification again, 8 times over about 25 hours.");
    if (a.status != 200)
        return intro + u' ' + ServerCheck::tr("The server answered HTTP %1.").arg(a.status);
    const QByteArray body = a.responseBody;
    QString why;
    if (body.startsWith("\xEF\xBB\xBF"))
        why = ServerCheck::tr("The answer starts with a UTF-8 byte-order mark (bytes EF BB BF) before success: a PHP "
                              "file of the application was saved as \"UTF-8 with BOM\". Save every PHP file without "
                              "BOM.");
    else if (body.trimmed() == "success")
        why = ServerCheck::tr("The answer is success with whitespace or a line break around it (%1): echo "
                              "\"success\\n\", a println, or a line after a closing ?> tag. Output exactly success "
                              "and leave out the closing ?> tag.")
                  .arg(quoted(body));
    else if (body.trimmed().toLower() == "success")
        why = ServerCheck::tr("The answer was %1: Alipay compares byte for byte, in lower case. Answer success, not "
                              "SUCCESS or Success.")
                  .arg(quoted(body));
    else if (body.trimmed().startsWith('{') || body.trimmed().startsWith('['))
        why = ServerCheck::tr("The answer is JSON (%1): ThinkPHP/likeadmin controllers answer JSON by default "
                              "(return $this->success(…), return json(…)). Alipay needs the plain text: "
                              "return response('success'); or echo 'success'; exit;")
                  .arg(quoted(body, 80));
    else
        why = ServerCheck::tr("The answer was %1.").arg(quoted(body, 80));
    return intro + u' ' + why;
}

QString answerText(const ServerCheckCase &c)
{
    if (c.httpStatus == 0)
        return c.error.isEmpty() ? ServerCheck::tr("no answer") : ServerCheck::tr("no answer: %1").arg(c.error);
    return ServerCheck::tr("HTTP %1, %2").arg(c.httpStatus).arg(quoted(c.responseBody, 80));
}

QString paidText(const std::optional<bool> &paid)
{
    if (!paid)
        return QStringLiteral("—");
    return *paid ? ServerCheck::tr("paid") : ServerCheck::tr("unpaid");
}
} // namespace

// ---------------------------------------------------------------------------------------------

bool ServerCheckReport::allPassed() const
{
    if (cases.isEmpty() || forgedAccepted != 0)
        return false;
    return std::all_of(cases.cbegin(), cases.cend(), [](const ServerCheckCase &c) { return c.passed; });
}

QString ServerCheckReport::toText() const
{
    QString text;
    text += ServerCheck::tr("Server check of %1 (%2)").arg(notifyUrl.toDisplayString(), channelName(channel)) + u'\n';
    text += ServerCheck::tr("Forged notifications accepted: %1 (must be 0)").arg(forgedAccepted) + u"\n\n"_s;
    int passed = 0;
    qsizetype width = 0;
    for (const ServerCheckCase &c : cases)
        width = qMax(width, c.title.size());
    for (const ServerCheckCase &c : cases) {
        passed += c.passed ? 1 : 0;
        const QString answer = c.httpStatus ? u"HTTP %1"_s.arg(c.httpStatus) : ServerCheck::tr("no answer");
        text += u"  %1 %2  %3 %4\n"_s.arg(c.passed ? u"✔"_s : u"✘"_s, c.title.leftJustified(width),
                                       answer.leftJustified(10), paidText(c.orderPaid));
    }
    text += u'\n';
    if (allPassed()) {
        text += ServerCheck::tr("Every check passed (%1 of %1).").arg(cases.size()) + u'\n';
        return text;
    }
    text += ServerCheck::tr("%1 of %2 checks failed.").arg(cases.size() - passed).arg(cases.size()) + u"\n\n"_s;
    text += ServerCheck::tr("Failures:") + u'\n';
    for (const ServerCheckCase &c : cases) {
        if (c.passed)
            continue;
        text += u"\n✘ "_s + c.title + u'\n';
        if (!c.sent.isEmpty())
            text += u"  "_s + ServerCheck::tr("Sent: %1").arg(c.sent) + u'\n';
        text += u"  "_s + ServerCheck::tr("Answer: %1").arg(answerText(c)) + u'\n';
        if (c.orderPaid)
            text += u"  "_s + ServerCheck::tr("Order afterwards: %1").arg(paidText(c.orderPaid)) + u'\n';
        text += u"  "_s + c.explanation + u'\n';
    }
    return text;
}

QJsonObject ServerCheckReport::toJson() const
{
    QJsonArray list;
    for (const ServerCheckCase &c : cases) {
        QJsonObject o{{u"key"_s, c.key},
                      {u"title"_s, c.title},
                      {u"passed"_s, c.passed},
                      {u"forged"_s, c.forged},
                      {u"accepted"_s, c.accepted},
                      {u"order_paid"_s, c.orderPaid ? QJsonValue(*c.orderPaid) : QJsonValue(QJsonValue::Null)},
                      {u"http_status"_s, c.httpStatus},
                      {u"response_body"_s, QString::fromUtf8(c.responseBody.left(2048))},
                      {u"sent"_s, c.sent},
                      {u"explanation"_s, c.explanation}};
        if (!c.error.isEmpty())
            o.insert(u"error"_s, c.error);
        list << o;
    }
    return QJsonObject{{u"notify_url"_s, notifyUrl.toString()},
                       {u"channel"_s, payWayKey(channel)},
                       {u"forged_accepted"_s, forgedAccepted},
                       {u"all_passed"_s, allPassed()},
                       {u"cases"_s, list}};
}

// ---------------------------------------------------------------------------------------------

struct ServerCheck::ProbedOrder
{
    bool exists = false;
    bool paid = false;
    QString payTime;       // as the probe reports it (Unix seconds, or the API's text)
    QString transactionId;
};

struct ServerCheck::Private
{
    explicit Private(ServerCheckOptions o, QNetworkAccessManager *n)
        : options(std::move(o))
        , network(n)
        , factory(options.identity)
    {
    }

    ServerCheckOptions options;
    QNetworkAccessManager *network;
    SandboxNotify::NotificationFactory factory;
    DeliveryEngine *engine = nullptr;
    std::optional<Database> db;     // the database probe
    LikeadminClient *client = nullptr; // the client API probe
    QList<Step> plan;
    int next = 0;
    ServerCheckReport report;
    bool running = false;
    quint64 generation = 0;
    QSet<qint64> waiting;
    std::function<void()> then;

    DeliveryOptions once() const
    {
        DeliveryOptions o;
        o.retry = false;
        o.timeoutMs = options.timeoutMs;
        return o;
    }

    SandboxNotify::Notification notification(const QString &sn, Fault fault) const
    {
        SandboxNotify::Payment p;
        p.outTradeNo = sn;
        p.amount = Money::fromFen(CheckAmountFen);
        return options.channel == PayWay::Alipay ? factory.alipayPayment(p, fault) : factory.weChatPayment(p, fault);
    }

    DeliveryAttempt lastAttempt(qint64 id) const
    {
        const auto dl = engine->delivery(id);
        return dl && !dl->attempts.isEmpty() ? dl->attempts.constLast() : DeliveryAttempt{};
    }

    ServerCheckCase base(const QString &key, const QString &title, const SandboxNotify::Notification &n,
                         const DeliveryAttempt &a) const
    {
        ServerCheckCase c;
        c.key = key;
        c.title = title;
        c.sent = n.summary.isEmpty() ? n.outTradeNo : n.summary;
        c.accepted = a.acknowledged;
        c.httpStatus = a.status;
        c.responseBody = a.responseBody;
        c.error = a.error;
        return c;
    }

    // Runs f later from the event loop unless the check was cancelled or restarted meanwhile.
    void later(ServerCheck *q, std::function<void()> f) const
    {
        const quint64 g = generation;
        QMetaObject::invokeMethod(
            q, [this, g, f = std::move(f)] {
                if (running && g == generation)
                    f();
            },
            Qt::QueuedConnection);
    }
};

namespace {

// The innermost object holding `key`, searched depth first (the order's state may sit in
// data, data.order, data.lists[0]…).
std::optional<QJsonObject> objectWith(const QJsonValue &value, const QString &key)
{
    if (value.isObject()) {
        const QJsonObject o = value.toObject();
        if (o.contains(key))
            return o;
        for (auto it = o.constBegin(); it != o.constEnd(); ++it)
            if (auto found = objectWith(it.value(), key))
                return found;
    } else if (value.isArray()) {
        for (const QJsonValue &v : value.toArray())
            if (auto found = objectWith(v, key))
                return found;
    }
    return std::nullopt;
}

QString jsonText(const QJsonValue &v)
{
    if (v.isString())
        return v.toString();
    if (v.isDouble())
        return QString::number(qint64(v.toDouble()));
    if (v.isBool())
        return v.toBool() ? u"1"_s : u"0"_s;
    return {};
}
} // namespace

ServerCheck::ServerCheck(ServerCheckOptions options, QNetworkAccessManager *network, QObject *parent)
    : QObject(parent)
    , d(std::make_unique<Private>(std::move(options), network))
{
    d->plan = planFor(d->options.channel);
    d->engine = new DeliveryEngine(d->factory, network, this);
    connect(d->engine, &DeliveryEngine::deliveryChanged, this, [this](qint64 id) {
        if (!d->waiting.contains(id))
            return;
        const auto dl = d->engine->delivery(id);
        if (!dl || dl->state == Delivery::State::Sending || dl->state == Delivery::State::Waiting)
            return;
        d->waiting.remove(id);
        if (!d->waiting.isEmpty() || !d->then)
            return;
        d->later(this, std::exchange(d->then, {}));
    });
}

ServerCheck::~ServerCheck() = default;

bool ServerCheck::isRunning() const
{
    return d->running;
}

int ServerCheck::caseCount() const
{
    return int(d->plan.size()) + 1; // the genuine notification is judged twice: applied, acknowledged
}

void ServerCheck::start()
{
    if (d->running)
        return;
    ++d->generation;
    d->report = {};
    d->report.notifyUrl = d->options.notifyUrl;
    d->report.channel = d->options.channel;
    d->next = 0;
    d->waiting.clear();
    d->then = {};
    d->running = true;

    if (d->options.channel != PayWay::WeChat && d->options.channel != PayWay::Alipay) {
        fail(tr("The server check needs a channel: WeChat Pay or Alipay."));
        return;
    }
    if (!d->options.notifyUrl.isValid() || d->options.notifyUrl.scheme().isEmpty()
        || d->options.notifyUrl.host().isEmpty()) {
        fail(tr("The notify URL \"%1\" is not a full http(s) URL.").arg(d->options.notifyUrl.toString()));
        return;
    }
    if (!d->options.identity.isValid()) {
        fail(tr("There is no sandbox identity: create one (mcpay-admin sandbox init) and configure the server "
                "under test with its keys."));
        return;
    }
    const ServerCheckProbe &probe = d->options.probe;
    if (probe.database) {
        d->db.emplace(*probe.database, probe.databasePassword);
        const auto connection = d->db->connection();
        if (!connection) {
            fail(tr("Cannot open the database of the server under test: %1").arg(connection.errorMessage()));
            return;
        }
    } else if (probe.apiBaseUrl.isValid() && !probe.apiBaseUrl.host().isEmpty()) {
        if (probe.token.isEmpty() || !(probe.statusUrl.contains(u"{order_id}") || probe.statusUrl.contains(u"{order_sn}"))) {
            fail(tr("Learning order states through the client API needs a user token and an order status URL "
                    "with {order_id} or {order_sn} in it."));
            return;
        }
        if (!d->client) {
            d->client = new LikeadminClient(d->network, probe.apiBaseUrl, probe.token, this);
            d->client->setTimeoutMs(d->options.timeoutMs);
        }
    } else {
        fail(tr("The check needs a way to see the orders: the database URL of the server under test, or its "
                "client API (base URL, user token and order status URL)."));
        return;
    }
    d->later(this, [this] { runNext(); });
}

void ServerCheck::cancel()
{
    if (!d->running)
        return;
    d->running = false;
    ++d->generation;
    for (const qint64 id : std::as_const(d->waiting))
        d->engine->cancel(id);
    d->waiting.clear();
    d->then = {};
}

void ServerCheck::fail(const QString &message)
{
    d->running = false;
    ++d->generation;
    d->waiting.clear();
    d->then = {};
    if (d->db)
        d->db->releaseThreadConnection();
    Q_EMIT failed(message);
}

void ServerCheck::finishCase(ServerCheckCase result)
{
    if (result.forged && (result.accepted || result.orderPaid.value_or(false)))
        ++d->report.forgedAccepted;
    d->report.cases << result;
    Q_EMIT caseFinished(result);
}

void ServerCheck::whenDelivered(const QList<qint64> &ids, std::function<void()> then)
{
    d->waiting = QSet<qint64>(ids.cbegin(), ids.cend());
    d->then = std::move(then);
    for (const qint64 id : ids) { // finished already (not normally: replies are asynchronous)
        const auto dl = d->engine->delivery(id);
        if (dl && dl->state != Delivery::State::Sending && dl->state != Delivery::State::Waiting)
            d->waiting.remove(id);
    }
    if (d->waiting.isEmpty() && d->then)
        d->later(this, std::exchange(d->then, {}));
}

void ServerCheck::createOrder(const QString &key, std::function<void(const CreatedOrder &)> then)
{
    const Money amount = Money::fromFen(CheckAmountFen);
    const QString remark = u"mcpay-admin check-server: "_s + key;
    if (d->db) {
        OrderRepository orders(*d->db);
        const auto created = orders.create(amount, 0, remark);
        if (!created) {
            fail(tr("Cannot create a test order in the database of the server under test: %1").arg(created.errorMessage()));
            return;
        }
        d->later(this, [then, order = *created] { then(order); });
        return;
    }
    const quint64 generation = d->generation;
    d->client->createMarketingChatOrder(amount, remark, this, [this, then, generation](Result<CreatedOrder> created) {
        if (!d->running || generation != d->generation)
            return;
        if (!created) {
            fail(tr("The server under test did not create a test order through createMarketingChatOrder: %1")
                     .arg(created.errorMessage()));
            return;
        }
        then(*created);
    });
}

void ServerCheck::readOrder(const CreatedOrder &order, std::function<void(const ProbedOrder &)> then)
{
    if (d->db) {
        OrderRepository orders(*d->db);
        const auto found = orders.findById(order.orderId);
        if (!found) {
            fail(tr("Cannot read the orders of the server under test: %1").arg(found.errorMessage()));
            return;
        }
        ProbedOrder p;
        if (found->has_value()) {
            p.exists = true;
            p.paid = (*found)->isPaid();
            p.payTime = QString::number((*found)->payTime);
            p.transactionId = (*found)->transactionId;
        }
        d->later(this, [then, p] { then(p); });
        return;
    }
    QString text = d->options.probe.statusUrl;
    text.replace(u"{order_id}"_s, QString::number(order.orderId));
    text.replace(u"{order_sn}"_s, QString::fromLatin1(QUrl::toPercentEncoding(order.orderSn)));
    const QUrl url(text);
    QNetworkRequest request(url);
    request.setRawHeader("Accept", "application/json");
    request.setRawHeader("token", d->options.probe.token.toUtf8());
    request.setTransferTimeout(d->options.timeoutMs);
    QNetworkReply *reply = d->network->get(request);
    const quint64 generation = d->generation;
    connect(reply, &QNetworkReply::finished, this, [this, reply, then, generation, order] {
        reply->deleteLater();
        if (!d->running || generation != d->generation)
            return;
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (status == 0) {
            fail(tr("The order status URL gave no answer: %1").arg(reply->errorString()));
            return;
        }
        const QJsonDocument doc = QJsonDocument::fromJson(reply->readAll());
        const QJsonObject root = doc.object();
        if (root.value(u"code"_s).toInt(1) == -1) {
            fail(tr("The order status URL refused the user token (code -1): log in again and pass a fresh token."));
            return;
        }
        const auto holder = objectWith(doc.isArray() ? QJsonValue(doc.array()) : QJsonValue(root), u"pay_status"_s);
        if (!holder) {
            fail(tr("The order status URL answered HTTP %1 without a pay_status for order %2.").arg(status).arg(order.orderId));
            return;
        }
        ProbedOrder p;
        p.exists = true;
        p.paid = jsonText(holder->value(u"pay_status"_s)) == u"1";
        p.payTime = jsonText(holder->value(u"pay_time"_s));
        p.transactionId = jsonText(holder->value(u"transaction_id"_s));
        then(p);
    });
}

void ServerCheck::runNext()
{
    if (!d->running)
        return;
    if (d->next >= d->plan.size()) {
        d->running = false;
        if (d->db)
            d->db->releaseThreadConnection();
        Q_EMIT finished(d->report);
        return;
    }
    runCase();
}

void ServerCheck::runCase()
{
    const Step step = d->plan.at(d->next++);
    const PayWay channel = d->options.channel;
    const QUrl url = d->options.notifyUrl;

    if (step.kind == Kind::UnknownOrder) {
        // An order sn of the right form that no order has (checked where the database is at hand).
        QString sn;
        for (int tries = 0; tries < 20 && sn.isEmpty(); ++tries) {
            const QString candidate = u"MC20991231235959%1"_s.arg(QRandomGenerator::global()->bounded(10000), 4, 10, QChar(u'0'));
            if (!d->db) {
                sn = candidate;
                break;
            }
            OrderRepository orders(*d->db);
            const auto found = orders.findBySn(candidate, true);
            if (!found) {
                fail(tr("Cannot read the orders of the server under test: %1").arg(found.errorMessage()));
                return;
            }
            if (!found->has_value())
                sn = candidate;
        }
        const auto n = d->notification(sn, Fault::None);
        const qint64 id = d->engine->deliver(n, url, d->once());
        whenDelivered({id}, [this, id, n] {
            const DeliveryAttempt a = d->lastAttempt(id);
            ServerCheckCase c = d->base(u"unknown-order"_s, tr("Notification for an unknown order handled without a crash"), n, a);
            const bool crashed = a.status >= 500 && looksLikeHtml(a);
            c.passed = a.status != 0 && !crashed;
            if (a.status == 0)
                c.explanation = tr("The server gave no HTTP answer to a notification about an order it does not have "
                                   "(%1): the request probably killed the PHP process. Look the order up and, when "
                                   "there is none, answer an error (WeChat: 404 with {\"code\":\"FAIL\"}; Alipay: fail) "
                                   "without throwing.")
                                    .arg(a.error);
            else if (crashed)
                c.explanation = tr("The server answered HTTP %1 with an HTML error page to a notification about an order "
                                   "it does not have: the handler crashed, typically by using the result of "
                                   "find()/where()->find() without checking it for null. Check that the order exists and "
                                   "answer an error (WeChat: 404 with {\"code\":\"FAIL\"}; Alipay: fail) or success to "
                                   "stop the retries; an exception page can also leak paths and stack traces.")
                                    .arg(a.status);
            finishCase(c);
            runNext();
        });
        return;
    }

    createOrder(step.key, [this, step, channel, url](const CreatedOrder &created) {
        switch (step.kind) {
        case Kind::Genuine: {
            const auto n = d->notification(created.orderSn, Fault::None);
            const qint64 id = d->engine->deliver(n, url, d->once());
            whenDelivered({id}, [this, id, n, created, channel] {
                readOrder(created, [this, id, n, created, channel](const ProbedOrder &after) {
                    const DeliveryAttempt a = d->lastAttempt(id);
                    const bool paid = after.paid;
                    ServerCheckCase g = d->base(u"genuine"_s, tr("Genuine notification applied (order marked paid)"), n, a);
                    g.orderPaid = paid;
                    g.passed = paid;
                    if (!paid && a.acknowledged)
                        g.explanation = tr("The server acknowledged a genuine notification but order %1 is still unpaid, "
                                           "and the channel will not send it again: the payment is lost. Typical causes: "
                                           "out_trade_no shortened before the lookup (see the sn check), an UPDATE that "
                                           "failed while the handler still answered success, or the wrong table prefix. "
                                           "Answer success only after the order row was updated.")
                                            .arg(created.orderSn);
                    else if (!paid && a.status == 0)
                        g.explanation = tr("No HTTP answer (%1). Is the notify URL right and the server running?").arg(a.error);
                    else if (!paid)
                        g.explanation = tr("The server refused a genuine notification for order %1 (amount %2). Check that "
                                           "it uses the sandbox keys of this check: %3 If it compares amounts, compare "
                                           "integer fen parsed from the decimal text: intval(0.29 * 100) is 28, not 29.")
                                            .arg(created.orderSn, Money::fromFen(CheckAmountFen).toString(),
                                                 channel == PayWay::Alipay
                                                     ? tr("the Alipay public key, app_id and seller_id from the exported "
                                                          "alipay/ folder.")
                                                     : tr("the APIv3 key, the WeChat Pay public key with its PUB_KEY_ID_ "
                                                          "id, the mchid and the appids from the exported wechat/ folder."));
                    finishCase(g);

                    ServerCheckCase f = d->base(u"ack-format"_s, channel == PayWay::Alipay
                                                                     ? tr("Acknowledged with exactly \"success\"")
                                                                     : tr("Acknowledged with HTTP 200 or 204"),
                                                n, a);
                    f.orderPaid = paid;
                    f.passed = a.acknowledged;
                    if (!f.passed)
                        f.explanation = ackExplanation(channel, a);
                    finishCase(f);
                    runNext();
                });
            });
            return;
        }
        case Kind::Forged:
        case Kind::WrongAmount: {
            const auto n = d->notification(created.orderSn, step.fault);
            const qint64 id = d->engine->deliver(n, url, d->once());
            whenDelivered({id}, [this, id, n, created, step, channel] {
                readOrder(created, [this, id, n, created, step, channel](const ProbedOrder &after) {
                    const DeliveryAttempt a = d->lastAttempt(id);
                    const bool paid = after.paid;
                    if (step.kind == Kind::WrongAmount) {
                        ServerCheckCase c = d->base(step.key, tr("Amount compared with the order"), n, a);
                        c.orderPaid = paid;
                        c.passed = !paid;
                        if (paid)
                            c.explanation = tr("The notification was validly signed but for %1 while order %2 is %3, and "
                                               "the server marked the order paid: it never compares the notified amount "
                                               "with the order. Compare %4 with the order's order_amount, both in integer "
                                               "fen, before marking it paid, and refuse the notification when they "
                                               "differ.")
                                                .arg(Money::fromFen(CheckAmountFen + 1).toString(), created.orderSn,
                                                     Money::fromFen(CheckAmountFen).toString(),
                                                     channel == PayWay::Alipay ? tr("total_amount (yuan, parse the decimal "
                                                                                    "text; no floats)")
                                                                               : tr("amount.total (fen)"));
                        finishCase(c);
                        runNext();
                        return;
                    }
                    ServerCheckCase c = d->base(step.key, forgedTitle(step.fault, channel), n, a);
                    c.forged = true;
                    c.orderPaid = paid;
                    c.passed = !a.acknowledged && !paid;
                    if (!c.passed) {
                        QString what;
                        if (a.acknowledged && paid)
                            what = tr("The server acknowledged this forged notification and marked order %1 paid.")
                                       .arg(created.orderSn);
                        else if (paid)
                            what = tr("The server marked order %1 paid from this forged notification.").arg(created.orderSn);
                        else
                            what = tr("The server acknowledged this forged notification (the order stayed unpaid, but "
                                      "the answer says it was accepted).");
                        c.explanation = what + u' ' + forgedExplanation(step.fault, channel);
                        if (channel == PayWay::WeChat && a.acknowledged && a.responseBody.contains("FAIL"))
                            c.explanation += u' ' + tr("Answering HTTP 200 with \"code\":\"FAIL\" still counts as "
                                                       "received: WeChat Pay looks at the status only; refuse with HTTP "
                                                       "401.");
                    }
                    finishCase(c);
                    runNext();
                });
            });
            return;
        }
        case Kind::Duplicates:
            runDuplicates(created);
            return;
        case Kind::SnTruncation:
            runSnTruncation(created);
            return;
        case Kind::UnknownOrder:
            return;
        }
    });
}

void ServerCheck::runDuplicates(const CreatedOrder &created)
{
    const auto n = d->notification(created.orderSn, Fault::None);
    const int copies = qBound(2, d->options.duplicates, 200);
    const QList<qint64> ids = d->engine->deliverBurst(n, d->options.notifyUrl, copies);
    whenDelivered(ids, [this, ids, n, created, copies] {
        readOrder(created, [this, ids, n, created, copies](const ProbedOrder &before) {
            int acknowledged = 0;
            QStringList refusals;
            DeliveryAttempt sample;
            for (const qint64 id : ids) {
                const DeliveryAttempt a = d->lastAttempt(id);
                if (a.acknowledged)
                    ++acknowledged;
                else
                    refusals << (a.status ? QString::number(a.status) : tr("no answer"));
                if (id == ids.constFirst() || !a.acknowledged)
                    sample = a;
            }
            // One more copy a second later (pay_time is in seconds): an order applied again
            // would show a new pay_time.
            const quint64 generation = d->generation;
            QTimer::singleShot(1100, this, [=, this] {
                if (!d->running || generation != d->generation)
                    return;
                const qint64 late = d->engine->deliver(d->factory.resigned(n), d->options.notifyUrl, d->once());
                whenDelivered({late}, [=, this] {
                    readOrder(created, [=, this](const ProbedOrder &after) {
                        const DeliveryAttempt lateAttempt = d->lastAttempt(late);
                        const bool paid = before.paid;
                        const bool stable = after.paid && after.payTime == before.payTime
                            && after.transactionId == before.transactionId;
                        ServerCheckCase c = d->base(u"duplicates"_s,
                                                    tr("%1 concurrent duplicates: all acknowledged, paid once").arg(copies),
                                                    n, sample);
                        c.accepted = acknowledged == copies && lateAttempt.acknowledged;
                        c.orderPaid = paid;
                        c.passed = c.accepted && paid && stable;
                        QStringList why;
                        if (acknowledged < copies)
                            why << tr("%1 of %2 copies sent at the same moment were not acknowledged (answers: %3). "
                                      "Channels send duplicates as a matter of course; a copy for an order that is "
                                      "already paid must be answered with success, not an error, or the channel keeps "
                                      "retrying.")
                                       .arg(copies - acknowledged)
                                       .arg(copies)
                                       .arg(refusals.join(u", "_s));
                        if (!lateAttempt.acknowledged)
                            why << tr("A copy sent after the order was paid was not acknowledged (%1): answer success "
                                      "when the order is already paid.")
                                       .arg(lateAttempt.status ? u"HTTP %1"_s.arg(lateAttempt.status) : lateAttempt.error);
                        if (!paid)
                            why << tr("The order was not marked paid by any of the copies (see the genuine notification "
                                      "check).");
                        else if (!stable)
                            why << tr("A later copy changed the paid order again (pay_time or transaction_id): the paid "
                                      "check is not atomic. Mark it paid with one conditional UPDATE … SET pay_status = "
                                      "1 WHERE id = ? AND pay_status = 0 inside the transaction, and run the side "
                                      "effects only when that UPDATE changed a row.");
                        c.explanation = why.join(u' ');
                        finishCase(c);
                        runNext();
                    });
                });
            });
        });
    });
}

void ServerCheck::runSnTruncation(const CreatedOrder &created)
{
    // With the database at hand, a decoy whose sn is the first 18 characters of the real
    // one: a handler that cuts out_trade_no to 18 characters finds (and pays) it. Through the
    // client API only the symptom shows: acknowledged, not applied.
    qint64 decoyId = 0;
    const QString decoySn = created.orderSn.left(18);
    if (d->db && created.orderSn.size() > 18) {
        OrderRepository orders(*d->db);
        const auto decoy = orders.create(Money::fromFen(CheckAmountFen), 0, u"mcpay-admin check-server: sn-truncation decoy"_s);
        const auto connection = d->db->connection();
        if (decoy && connection) {
            QSqlQuery q(*connection);
            q.prepare(u"UPDATE "_s + d->db->table(u"marketing_chat_order")
                      + u" SET order_sn = ? WHERE id = ? AND pay_status = 0"_s);
            q.addBindValue(decoySn);
            q.addBindValue(decoy->orderId);
            if (q.exec() && q.numRowsAffected() == 1)
                decoyId = decoy->orderId;
        }
    }
    const auto n = d->notification(created.orderSn, Fault::None);
    const qint64 id = d->engine->deliver(n, d->options.notifyUrl, d->once());
    whenDelivered({id}, [this, id, n, created, decoyId, decoySn] {
        readOrder(created, [this, id, n, created, decoyId, decoySn](const ProbedOrder &after) {
            const DeliveryAttempt a = d->lastAttempt(id);
            bool decoyPaid = false;
            if (decoyId && d->db) {
                OrderRepository orders(*d->db);
                const auto decoy = orders.findById(decoyId);
                decoyPaid = decoy && decoy->has_value() && (*decoy)->isPaid();
            }
            const bool paid = after.paid;
            ServerCheckCase c = d->base(u"sn-truncation"_s, tr("Order sn used in full (not cut to 18 characters)"), n, a);
            c.orderPaid = paid;
            c.passed = paid && !decoyPaid;
            if (decoyPaid)
                c.explanation = tr("The notification was for order %1 (20 characters), but the server marked order %2 "
                                   "paid instead: the same number cut to 18 characters. The handler shortens "
                                   "out_trade_no before the lookup (substr($out_trade_no, 0, 18)); an order sn is \"MC\" "
                                   "+ 14 digits of time + 4 digits, 20 characters. Look the order up by the full "
                                   "out_trade_no, unchanged.")
                                    .arg(created.orderSn, decoySn);
            else if (!paid && a.acknowledged)
                c.explanation = tr("The server acknowledged a genuine notification for order %1 (20 characters) but did "
                                   "not mark it paid: the symptom of cutting out_trade_no to 18 characters before the "
                                   "lookup (substr($out_trade_no, 0, 18)), which finds no order while the handler still "
                                   "answers success. The channel will not send it again, so the payment is lost. Look "
                                   "the order up by the full out_trade_no, and answer success only after the order was "
                                   "updated.")
                                    .arg(created.orderSn);
            else if (!paid)
                c.explanation = tr("Could not be judged: the server refused the genuine notification (see the first "
                                   "check).");
            finishCase(c);
            runNext();
        });
    });
}
