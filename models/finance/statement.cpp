#include "finance/statement.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QStringDecoder>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace {

// Splits one CSV line (quotes and doubled quotes honoured).
QStringList splitCsv(const QString &line)
{
    QStringList fields;
    QString current;
    bool quoted = false;
    for (qsizetype i = 0; i < line.size(); ++i) {
        const QChar c = line.at(i);
        if (quoted) {
            if (c == u'"') {
                if (i + 1 < line.size() && line.at(i + 1) == u'"') {
                    current += u'"';
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                current += c;
            }
        } else if (c == u'"') {
            quoted = true;
        } else if (c == u',') {
            fields << current;
            current.clear();
        } else {
            current += c;
        }
    }
    fields << current;
    return fields;
}

// WeChat prefixes every value with a backquote so that spreadsheets keep it as text; Alipay
// pads with spaces and tabs; headers carry "（元）".
QString clean(QString value)
{
    value = value.trimmed();
    while (value.startsWith(u'`'))
        value.remove(0, 1);
    value.remove(u"（元）"_s);
    value.remove(u"(元)"_s);
    return value.trimmed();
}

struct Columns
{
    QHash<QString, int> index;
    int headerLine = -1;
    QString value(const QStringList &fields, const QString &name) const
    {
        const int i = index.value(name, -1);
        return i >= 0 && i < fields.size() ? clean(fields.at(i)) : QString();
    }
};

Result<Columns> findHeader(const QStringList &lines, const QStringList &required)
{
    for (int n = 0; n < lines.size() && n < 50; ++n) {
        const QStringList fields = splitCsv(lines.at(n));
        Columns c;
        for (int i = 0; i < fields.size(); ++i)
            c.index.insert(clean(fields.at(i)), i);
        bool all = true;
        for (const QString &r : required)
            all = all && c.index.contains(r);
        if (all) {
            c.headerLine = n;
            return c;
        }
    }
    return Error(QCoreApplication::translate("Statement", "The statement has no header row with the columns %1.").arg(required.join(u", "_s)), u"HEADER"_s);
}

// "12.30" or "-12.30" -> fen, sign dropped.
std::optional<Money> amount(const QString &text)
{
    QString t = text;
    if (t.startsWith(u'-') || t.startsWith(u'+'))
        t.remove(0, 1);
    const auto m = Money::parse(t);
    return m ? std::optional<Money>(*m) : std::nullopt;
}

qint64 beijingTime(const QString &text)
{
    const QDateTime t = QDateTime::fromString(text, u"yyyy-MM-dd HH:mm:ss"_s);
    if (!t.isValid())
        return 0;
    return QDateTime(t.date(), t.time(), QTimeZone(8 * 3600)).toSecsSinceEpoch();
}
} // namespace

Result<Statement> Statement::parse(const QByteArray &data)
{
    QByteArray bytes = data;
    if (bytes.startsWith("\xEF\xBB\xBF"))
        bytes.remove(0, 3);
    QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = utf8.decode(bytes);
    if (utf8.hasError()) {
        QStringDecoder gb("GB18030");
        if (!gb.isValid())
            return Error(QCoreApplication::translate("Statement", "The statement is not UTF-8 text, and this system cannot read GBK; save it as UTF-8 and try again."),
                         u"ENCODING"_s);
        text = gb.decode(bytes);
        if (gb.hasError())
            return Error(QCoreApplication::translate("Statement", "The statement is neither UTF-8 nor GBK text."), u"ENCODING"_s);
    }
    if (text.contains(u"商户订单号"_s) && text.contains(u"微信订单号"_s))
        return parseWeChat(text);
    if (text.contains(u"商户订单号"_s) && text.contains(u"支付宝交易号"_s))
        return parseAlipay(text);
    return Error(QCoreApplication::translate("Statement", "This is neither a WeChat Pay trade bill nor an Alipay business bill."), u"FORMAT"_s);
}

Result<Statement> Statement::parseWeChat(const QString &text)
{
    const QStringList lines = text.split(u'\n');
    auto header = findHeader(lines, {u"交易时间"_s, u"微信订单号"_s, u"商户订单号"_s, u"交易状态"_s, u"应结订单金额"_s});
    if (!header)
        return header.error();
    const Columns &c = *header;
    const QString amountColumn = c.index.contains(u"订单金额"_s) ? u"订单金额"_s : u"应结订单金额"_s;
    Statement s;
    s.channel = PayWay::WeChat;
    for (int n = c.headerLine + 1; n < lines.size(); ++n) {
        const QString raw = lines.at(n).trimmed();
        if (raw.isEmpty())
            continue;
        if (raw.startsWith(u"总交易单数"_s) || raw.startsWith(u"`总交易单数"_s))
            break; // the summary block ends the detail lines
        const QStringList f = splitCsv(raw);
        StatementLine l;
        l.lineNumber = n + 1;
        l.outTradeNo = c.value(f, u"商户订单号"_s);
        l.transactionId = c.value(f, u"微信订单号"_s);
        l.timeSecs = beijingTime(c.value(f, u"交易时间"_s));
        const QString state = c.value(f, u"交易状态"_s);
        const QString outRefundNo = c.value(f, u"商户退款单号"_s);
        if (l.outTradeNo.isEmpty()) {
            s.warnings << QCoreApplication::translate("Statement", "Line %1: no merchant order number; skipped.").arg(l.lineNumber);
            continue;
        }
        if (state == u"REFUND" || (!outRefundNo.isEmpty() && outRefundNo != u"0")) {
            l.kind = StatementLine::Kind::Refund;
            l.outRefundNo = outRefundNo;
            l.refundStatus = c.value(f, u"退款状态"_s);
            const auto a = amount(c.value(f, u"退款金额"_s));
            if (!a) {
                s.warnings << QCoreApplication::translate("Statement", "Line %1: the refund amount is not an amount; skipped.").arg(l.lineNumber);
                continue;
            }
            l.amount = *a;
        } else if (state == u"SUCCESS") {
            const auto a = amount(c.value(f, amountColumn));
            if (!a) {
                s.warnings << QCoreApplication::translate("Statement", "Line %1: the amount is not an amount; skipped.").arg(l.lineNumber);
                continue;
            }
            l.amount = *a;
        } else {
            s.warnings << QCoreApplication::translate("Statement", "Line %1: trade state %2 is neither paid nor refunded; skipped.").arg(l.lineNumber).arg(state);
            continue;
        }
        s.lines << l;
    }
    return s;
}

Result<Statement> Statement::parseAlipay(const QString &text)
{
    const QStringList lines = text.split(u'\n');
    auto header = findHeader(lines, {u"支付宝交易号"_s, u"商户订单号"_s, u"业务类型"_s, u"订单金额"_s});
    if (!header)
        return header.error();
    const Columns &c = *header;
    Statement s;
    s.channel = PayWay::Alipay;
    for (int n = c.headerLine + 1; n < lines.size(); ++n) {
        const QString raw = lines.at(n).trimmed();
        if (raw.isEmpty() || raw.startsWith(u'#'))
            continue; // comment lines: account, period, totals
        const QStringList f = splitCsv(raw);
        StatementLine l;
        l.lineNumber = n + 1;
        l.outTradeNo = c.value(f, u"商户订单号"_s);
        l.transactionId = c.value(f, u"支付宝交易号"_s);
        QString time = c.value(f, u"完成时间"_s);
        if (time.isEmpty())
            time = c.value(f, u"创建时间"_s);
        l.timeSecs = beijingTime(time);
        const QString type = c.value(f, u"业务类型"_s);
        if (l.outTradeNo.isEmpty()) {
            s.warnings << QCoreApplication::translate("Statement", "Line %1: no merchant order number; skipped.").arg(l.lineNumber);
            continue;
        }
        if (type == u"退款") {
            l.kind = StatementLine::Kind::Refund;
            l.outRefundNo = c.value(f, u"退款批次号/请求号"_s);
            l.refundStatus = u"SUCCESS"_s; // the bill lists refunds that went through
            QString refunded = c.value(f, u"商家实收"_s);
            if (refunded.isEmpty())
                refunded = c.value(f, u"订单金额"_s);
            const auto a = amount(refunded);
            if (!a) {
                s.warnings << QCoreApplication::translate("Statement", "Line %1: the refund amount is not an amount; skipped.").arg(l.lineNumber);
                continue;
            }
            l.amount = *a;
        } else if (type == u"交易") {
            const auto a = amount(c.value(f, u"订单金额"_s));
            if (!a) {
                s.warnings << QCoreApplication::translate("Statement", "Line %1: the amount is not an amount; skipped.").arg(l.lineNumber);
                continue;
            }
            l.amount = *a;
        } else {
            s.warnings << QCoreApplication::translate("Statement", "Line %1: business type %2 is neither a trade nor a refund; skipped.").arg(l.lineNumber).arg(type);
            continue;
        }
        s.lines << l;
    }
    return s;
}
