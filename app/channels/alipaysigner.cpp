#include "alipaysigner.h"

#include <QJsonDocument>
#include <QUrlQuery>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {
QString alipayTime(const QDateTime &t)
{
    const QDateTime when = t.isValid() ? t : QDateTime::currentDateTimeUtc();
    return when.toOffsetFromUtc(8 * 3600).toString(u"yyyy-MM-dd HH:mm:ss"_s);
}

QString htmlEscape(const QString &text)
{
    return text.toHtmlEscaped();
}
} // namespace

AlipaySigner::AlipaySigner(QString appId, RsaPrivateKey key) : m_appId(std::move(appId)), m_key(std::move(key)) {}

QByteArray AlipaySigner::signContent(const FormEncoding::Fields &params, bool includeSignType)
{
    FormEncoding::Fields sorted;
    sorted.reserve(params.size());
    for (const auto &field : params) {
        if (field.first == u"sign" || field.second.isEmpty())
            continue;
        if (!includeSignType && field.first == u"sign_type")
            continue;
        sorted.append(field);
    }
    std::sort(sorted.begin(), sorted.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
    QByteArray out;
    for (const auto &[key, value] : sorted) {
        if (!out.isEmpty())
            out += '&';
        out += key.toUtf8() + '=' + value.toUtf8();
    }
    return out;
}

Result<FormEncoding::Fields> AlipaySigner::signedParameters(const QString &method, const QJsonObject &bizContent,
                                                            const QString &notifyUrl, const QString &returnUrl,
                                                            const QDateTime &timestamp) const
{
    FormEncoding::Fields params{{u"app_id"_s, m_appId},
                                {u"method"_s, method},
                                {u"format"_s, u"JSON"_s},
                                {u"charset"_s, u"utf-8"_s},
                                {u"sign_type"_s, u"RSA2"_s},
                                {u"timestamp"_s, alipayTime(timestamp)},
                                {u"version"_s, u"1.0"_s},
                                {u"biz_content"_s,
                                 QString::fromUtf8(QJsonDocument(bizContent).toJson(QJsonDocument::Compact))}};
    if (!notifyUrl.isEmpty())
        params.append({u"notify_url"_s, notifyUrl});
    if (!returnUrl.isEmpty())
        params.append({u"return_url"_s, returnUrl});
    const auto signature = m_key.signSha256(signContent(params));
    if (!signature)
        return signature.error();
    params.append({u"sign"_s, QString::fromLatin1(signature->toBase64())});
    return params;
}

static QJsonObject payBizContent(AlipayPayProduct product, const AlipayPayArgs &args)
{
    QJsonObject biz{{u"out_trade_no"_s, args.outTradeNo},
                    {u"total_amount"_s, args.totalAmount.toString()},
                    {u"subject"_s, args.subject},
                    {u"product_code"_s,
                     product == AlipayPayProduct::Wap ? u"QUICK_WAP_WAY"_s : u"FAST_INSTANT_TRADE_PAY"_s}};
    if (!args.quitUrl.isEmpty() && product == AlipayPayProduct::Wap)
        biz.insert(u"quit_url"_s, args.quitUrl);
    if (!args.passbackParams.isEmpty())
        biz.insert(u"passback_params"_s, QString::fromLatin1(QUrl::toPercentEncoding(args.passbackParams)));
    if (args.timeExpire.isValid())
        biz.insert(u"time_expire"_s, alipayTime(args.timeExpire));
    return biz;
}

static QString payMethod(AlipayPayProduct product)
{
    return product == AlipayPayProduct::Wap ? u"alipay.trade.wap.pay"_s : u"alipay.trade.page.pay"_s;
}

Result<QUrl> AlipaySigner::payUrl(const QUrl &gateway, AlipayPayProduct product, const AlipayPayArgs &args,
                                  const QDateTime &timestamp) const
{
    const auto params = signedParameters(payMethod(product), payBizContent(product, args), args.notifyUrl,
                                         args.returnUrl, timestamp);
    if (!params)
        return params.error();
    QUrl url = gateway;
    url.setQuery(QString::fromLatin1(FormEncoding::encode(*params)), QUrl::StrictMode);
    return url;
}

Result<QByteArray> AlipaySigner::payForm(const QUrl &gateway, AlipayPayProduct product, const AlipayPayArgs &args,
                                         const QDateTime &timestamp) const
{
    const auto params = signedParameters(payMethod(product), payBizContent(product, args), args.notifyUrl,
                                         args.returnUrl, timestamp);
    if (!params)
        return params.error();
    QString html = u"<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"></head><body>\n"
                   u"<form id=\"alipaysubmit\" name=\"alipaysubmit\" action=\""_s
        + htmlEscape(gateway.toString(QUrl::FullyEncoded)) + u"?charset=utf-8\" method=\"POST\">\n"_s;
    for (const auto &[key, value] : *params)
        html += u"<input type=\"hidden\" name=\""_s + htmlEscape(key) + u"\" value=\""_s + htmlEscape(value)
            + u"\"/>\n"_s;
    html += u"<input type=\"submit\" value=\"ok\" style=\"display:none;\"/>\n</form>\n"
            u"<script>document.forms['alipaysubmit'].submit();</script>\n</body></html>\n"_s;
    return html.toUtf8();
}

Result<ChannelRequest> AlipaySigner::apiRequest(const QString &method, const QJsonObject &bizContent,
                                                const QDateTime &timestamp) const
{
    const auto params = signedParameters(method, bizContent, {}, {}, timestamp);
    if (!params)
        return params.error();
    ChannelRequest r;
    r.method = "POST";
    r.body = FormEncoding::encode(*params);
    r.contentType = "application/x-www-form-urlencoded;charset=utf-8";
    // Queries and closes change nothing when repeated; refunds are idempotent through
    // out_request_no, which the caller must set.
    r.idempotent = true;
    r.operation = method;
    r.responseNode = responseNodeName(method);
    return r;
}

QString AlipaySigner::responseNodeName(const QString &method)
{
    QString node = method;
    node.replace(u'.', u'_');
    return node + u"_response"_s;
}

namespace AlipayApi {
QJsonObject tradeQuery(const QString &outTradeNo)
{
    return {{u"out_trade_no"_s, outTradeNo}};
}

QJsonObject tradeRefund(const QString &outTradeNo, Money refundAmount, const QString &outRequestNo,
                        const QString &reason)
{
    QJsonObject o{{u"out_trade_no"_s, outTradeNo},
                  {u"refund_amount"_s, refundAmount.toString()},
                  {u"out_request_no"_s, outRequestNo}};
    if (!reason.isEmpty())
        o.insert(u"refund_reason"_s, reason);
    return o;
}

QJsonObject tradeClose(const QString &outTradeNo)
{
    return {{u"out_trade_no"_s, outTradeNo}};
}
} // namespace AlipayApi
