// Dialogue flows of 10,000 messages: load (parse into the editable tree), full validation,
// writing back, and the copy the editor hands to its validation thread. Prints the best of
// several runs; the targets are in docs/benchmarks.md ("Flow editor").
#include "flow/flowdocument.h"
#include "flow/flowvalidator.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTextStream>

#include <functional>

using namespace Qt::StringLiterals;

namespace {
// A flow shaped like real ones: questions with buttons, branches on their answers, a payment
// message every 50 messages with paid / failed / skip branches, unknown fields here and there.
QString generate(int messages)
{
    JsonValue flow = JsonValue::array();
    int question = 0;
    for (int i = 0; flow.size() < messages; ++i) {
        JsonValue m = JsonValue::object();
        m.set(u"type"_s, JsonValue::string(u"service"_s));
        m.set(u"content"_s, JsonValue::string(u"第 %1 条消息：为了给您推荐合适的课程，想先了解几个小问题。"_s.arg(i)));
        m.set(u"delay"_s, JsonValue::number(800 + (i % 5) * 100));
        if (i % 50 == 49) {
            const QString key = u"pay%1"_s.arg(i);
            m.set(u"waitForResponse"_s, JsonValue::boolean(true));
            m.set(u"responseKey"_s, JsonValue::string(key));
            JsonValue buttons = JsonValue::array();
            JsonValue pay = JsonValue::object();
            pay.set(u"text"_s, JsonValue::string(u"立即支付 ¥0.40"_s));
            pay.set(u"value"_s, JsonValue::string(u"pay"_s));
            pay.set(u"type"_s, JsonValue::string(u"payment"_s));
            pay.set(u"amount"_s, JsonValue::number(u"0.4"_s));
            buttons.append(pay);
            JsonValue skip = JsonValue::object();
            skip.set(u"text"_s, JsonValue::string(u"暂不支付"_s));
            skip.set(u"value"_s, JsonValue::string(u"skip"_s));
            buttons.append(skip);
            m.set(u"buttons"_s, buttons);
            flow.append(m);
            for (const QString &value : {u"paid"_s, u"payment_failed"_s, u"skip"_s}) {
                JsonValue branch = JsonValue::object();
                branch.set(u"type"_s, JsonValue::string(u"service"_s));
                branch.set(u"content"_s, JsonValue::string(u"分支 %1"_s.arg(value)));
                JsonValue c = JsonValue::object();
                c.set(u"key"_s, JsonValue::string(key));
                c.set(u"value"_s, JsonValue::string(value));
                branch.set(u"condition"_s, c);
                flow.append(branch);
            }
            continue;
        }
        if (i % 10 == 0) {
            const QString key = u"q%1"_s.arg(++question);
            m.set(u"waitForResponse"_s, JsonValue::boolean(true));
            m.set(u"responseKey"_s, JsonValue::string(key));
            JsonValue buttons = JsonValue::array();
            for (const QString &v : {u"a"_s, u"b"_s, u"c"_s}) {
                JsonValue b = JsonValue::object();
                b.set(u"text"_s, JsonValue::string(u"选项 "_s + v));
                b.set(u"value"_s, JsonValue::string(v));
                buttons.append(b);
            }
            m.set(u"buttons"_s, buttons);
        } else if (question > 0 && i % 10 < 4) {
            JsonValue c = JsonValue::object();
            c.set(u"key"_s, JsonValue::string(u"q%1"_s.arg(question)));
            c.set(u"value"_s, JsonValue::string(QString(QChar(u'a' + i % 3))));
            m.set(u"condition"_s, c);
        }
        if (i % 7 == 0)
            m.set(u"x-tracking"_s, JsonValue::string(u"campaign-%1"_s.arg(i % 13)));
        flow.append(m);
    }
    return JsonWriter::write(flow);
}

double bestOf(int runs, const std::function<void()> &work)
{
    double best = 1e18;
    for (int r = 0; r < runs; ++r) {
        QElapsedTimer t;
        t.start();
        work();
        best = std::min(best, t.nsecsElapsed() / 1e6);
    }
    return best;
}
} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    const int messages = argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt() : 10'000;
    const QString text = generate(messages);
    const int runs = 7;

    FlowDocument doc;
    const double load = bestOf(runs, [&] { doc = FlowDocument::fromText(text); });
    if (doc.hasSyntaxError()) {
        out << "generated flow does not parse: " << doc.syntaxError()->message << '\n';
        return 1;
    }
    QList<FlowDiagnostic> diagnostics;
    const FlowValidator validator;
    const double validate = bestOf(runs, [&] { diagnostics = validator.validate(doc); });
    QString written;
    JsonValue root = doc.root();
    const double write = bestOf(runs, [&] { written = JsonWriter::writeAndLocate(root, doc.format()); });
    const double copy = bestOf(runs, [&] { FlowDocument snapshot(doc); Q_UNUSED(snapshot); });

    out << "Flow of " << doc.messageCount() << " messages, " << text.toUtf8().size() / 1024 << " KiB of JSON\n";
    out << "  load (parse into the editable tree):   " << QString::number(load, 'f', 1) << " ms  (target < 300 ms)\n";
    out << "  full validation:                       " << QString::number(validate, 'f', 1)
        << " ms  (target < 50 ms), " << diagnostics.size() << " diagnostics\n";
    out << "  write back (with positions):           " << QString::number(write, 'f', 1) << " ms\n";
    out << "  copy for the validation thread:        " << QString::number(copy, 'f', 1) << " ms\n";
    out << "  round trip byte for byte:              " << (written == text ? "yes" : "NO") << '\n';
    return written == text ? 0 : 1;
}
