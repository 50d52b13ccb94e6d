#include "likeadminclient.h"

#include "likeadminjson.h"
#include "logging.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>

using namespace Qt::StringLiterals;

LikeadminClient::LikeadminClient(QNetworkAccessManager *network, QUrl baseUrl, QString token, QObject *parent)
    : QObject(parent), m_network(network), m_baseUrl(std::move(baseUrl)), m_token(std::move(token))
{
}

void LikeadminClient::post(const QString &path, const QByteArray &jsonBody, QObject *context, RawCallback done)
{
    QPointer<QObject> guard(context);
    const auto answer = [guard, done](Result<QByteArray> result) {
        if (guard)
            done(std::move(result));
    };
    if (!m_baseUrl.isValid() || m_baseUrl.isRelative()) {
        QMetaObject::invokeMethod(
            context ? context : this,
            [answer] { answer(Error(tr("The likeadmin server address is not a valid URL."), u"NOT_CONFIGURED"_s)); },
            Qt::QueuedConnection);
        return;
    }
    QUrl url = m_baseUrl;
    QString basePath = url.path();
    while (basePath.endsWith(u'/'))
        basePath.chop(1);
    url.setPath(basePath + path);
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    request.setRawHeader("Accept", "application/json");
    request.setRawHeader("token", m_token.toUtf8());
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    QNetworkReply *reply = m_network->post(request, jsonBody);
    auto timedOut = std::make_shared<bool>(false);
    auto *timer = new QTimer(reply);
    timer->setSingleShot(true);
    connect(timer, &QTimer::timeout, reply, [reply, timedOut] {
        *timedOut = true;
        reply->abort();
    });
    timer->start(m_timeoutMs);
    const QString what = tr("likeadmin %1").arg(path);
    connect(reply, &QNetworkReply::finished, context ? context : this, [reply, timedOut, answer, what, this] {
        reply->deleteLater();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (*timedOut)
            return answer(Error(tr("%1: no answer within %2 s.").arg(what).arg(m_timeoutMs / 1000.0), u"TIMEOUT"_s));
        if (status == 0)
            return answer(Error(tr("%1: network error: %2.").arg(what, reply->errorString()), u"NETWORK"_s));
        const QByteArray body = reply->readAll();
        if (status != 200)
            return answer(Error(tr("%1: the server answered HTTP %2 (likeadmin answers 200 with an envelope; check the address).")
                                    .arg(what)
                                    .arg(status),
                                u"HTTP_%1"_s.arg(status)));
        const QJsonObject envelope = QJsonDocument::fromJson(body).object();
        if (envelope.isEmpty() || !envelope.value(u"code"_s).isDouble())
            return answer(Error(tr("%1: the answer is not a likeadmin envelope {code, show, msg, data}.").arg(what),
                                u"MALFORMED"_s));
        const int code = envelope.value(u"code"_s).toInt();
        const QString msg = envelope.value(u"msg"_s).toString();
        if (code == -1)
            return answer(Error(tr("%1: the user token is invalid or has expired (%2). Log in to the front end again "
                                   "and use the new token.")
                                    .arg(what, msg),
                                u"TOKEN_INVALID"_s));
        if (code != 1)
            return answer(Error(tr("%1: the server refused: %2").arg(what, msg.isEmpty() ? tr("(no message)") : msg),
                                u"REFUSED"_s));
        const auto data = LikeadminJson::rawMember(body, "data");
        if (!data)
            return answer(Error(tr("%1: the answer has no data.").arg(what), u"MALFORMED"_s));
        answer(*data);
    });
}

void LikeadminClient::createMarketingChatOrder(Money amount, const QString &remark, QObject *context, OrderCallback done)
{
    QByteArray body = "{\"amount\":" + amount.toString().toLatin1();
    if (!remark.isEmpty())
        body += ",\"remark\":" + LikeadminJson::quoted(remark);
    body += '}';
    post(u"/api/pay/createMarketingChatOrder"_s, body, context, [done](Result<QByteArray> data) {
        if (!data)
            return done(data.error());
        const auto malformed = [](const QString &field) {
            return Error(tr("createMarketingChatOrder: the answer's %1 is missing or not valid.").arg(field), u"MALFORMED"_s);
        };
        CreatedOrder order;
        const auto id = LikeadminJson::rawMember(*data, "order_id");
        bool ok = false;
        order.orderId = id ? QString::fromLatin1(id->startsWith('"') ? id->mid(1, id->size() - 2) : *id).toLongLong(&ok) : 0;
        if (!ok || order.orderId <= 0)
            return done(malformed(u"order_id"_s));
        order.orderSn = QJsonDocument::fromJson(*data).object().value(u"order_sn"_s).toString();
        if (order.orderSn.isEmpty())
            return done(malformed(u"order_sn"_s));
        const auto rawAmount = LikeadminJson::rawMember(*data, "order_amount");
        const auto parsed = rawAmount ? LikeadminJson::parseAmount(*rawAmount) : Result<Money>(Error{});
        if (!parsed)
            return done(malformed(u"order_amount"_s));
        order.orderAmount = *parsed;
        done(order);
    });
}

void LikeadminClient::unifiedpay(qint64 orderId, PayWay payWay, QObject *context, DataCallback done, const QString &from,
                                 const QString &terminal)
{
    QJsonObject o{{u"order_id"_s, orderId}, {u"pay_way"_s, int(payWay)}, {u"from"_s, from}};
    if (!terminal.isEmpty())
        o.insert(u"terminal"_s, terminal);
    post(u"/api/pay/unifiedpay"_s, QJsonDocument(o).toJson(QJsonDocument::Compact), context,
         [done](Result<QByteArray> data) {
             if (!data)
                 return done(data.error());
             // Wrapped so that any JSON value (object, text, number) can be read.
             const QJsonArray wrapped = QJsonDocument::fromJson("[" + *data + "]").array();
             if (wrapped.size() != 1)
                 return done(Error(tr("unifiedpay: the answer's data is not valid JSON."), u"MALFORMED"_s));
             done(wrapped.at(0));
         });
}
