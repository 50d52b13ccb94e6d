// The editor's parts without the page: the form, the raw JSON tab, the message list model
// and the undo stack they share, driven through their widgets.
#include "flow/flowmessage.h"
#include "flow/flowdocumentcontroller.h"
#include "flow/flowmessageform.h"
#include "flow/flowmessagelistmodel.h"
#include "flow/flowraweditor.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableWidget>
#include <QTest>
#include <QToolButton>

using namespace Qt::StringLiterals;

namespace {
QString seedText()
{
    QFile f(qEnvironmentVariable("MCPAY_SOURCE_DIR") + u"/resources/flows/seed-payment.json"_s);
    f.open(QIODevice::ReadOnly);
    return QString::fromUtf8(f.readAll());
}

QString valueAt(const FlowDocumentController &c, const JsonPath &path)
{
    const JsonValue *v = path.resolve(c.document().root());
    return v ? v->text() : u"<absent>"_s;
}
} // namespace

class tst_FlowForm : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void typingMergesAndUndoes();
    void everyFieldIsUndoable();
    void amountEditorAcceptsOnlyYuan();
    void conditionKeysComeFromEarlierMessages();
    void rawToForm();
    void formToRaw();
    void rawSyntaxErrorKeepsText();
    void listModel();

private:
    std::unique_ptr<FlowDocumentController> m_controller;
    std::unique_ptr<FlowMessageForm> m_form;
};

void tst_FlowForm::init()
{
    m_controller = std::make_unique<FlowDocumentController>();
    m_controller->reset(seedText());
    m_form = std::make_unique<FlowMessageForm>(m_controller.get());
    m_form->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_form.get()));
}

void tst_FlowForm::cleanup()
{
    m_form.reset();
    m_controller.reset();
}

void tst_FlowForm::typingMergesAndUndoes()
{
    m_form->setMessageIndex(0);
    const QString before = m_controller->document().text();
    m_form->contentEdit()->moveCursor(QTextCursor::End);
    QTest::keyClicks(m_form->contentEdit(), u"abc"_s);
    QVERIFY(valueAt(*m_controller, {0, u"content"_s}).endsWith(u"abc"_s));
    QCOMPARE(m_controller->undoStack()->count(), 1); // three keys, one step
    QVERIFY(m_controller->isModified());
    m_controller->undoStack()->undo();
    QCOMPARE(m_controller->document().text(), before);
    QVERIFY(!m_controller->isModified());
    QCOMPARE(m_form->contentEdit()->toPlainText(), valueAt(*m_controller, {0, u"content"_s}));
}

void tst_FlowForm::everyFieldIsUndoable()
{
    const QString before = m_controller->document().text();
    m_form->setMessageIndex(0);

    m_form->delayEdit()->setValue(1500);
    QCOMPARE(valueAt(*m_controller, {0, u"delay"_s}), u"1500"_s);
    QTest::mouseClick(m_form->waitEdit(), Qt::LeftButton, {}, QPoint(5, m_form->waitEdit()->height() / 2));
    QVERIFY(m_controller->document().root().at(0).find(u"waitForResponse")->toBool());
    QTest::keyClicks(m_form->responseKeyEdit(), u"greeting"_s);
    QCOMPARE(valueAt(*m_controller, {0, u"responseKey"_s}), u"greeting"_s);
    QTest::mouseClick(m_form->addButtonButton(), Qt::LeftButton);
    QCOMPARE(m_form->buttonsTable()->rowCount(), 1);
    m_form->buttonTextEdit()->selectAll();
    QTest::keyClicks(m_form->buttonTextEdit(), u"OK"_s);
    QCOMPARE(valueAt(*m_controller, {0, u"buttons"_s, 0, u"text"_s}), u"OK"_s);
    QTest::mouseClick(m_form->addButtonButton(), Qt::LeftButton);
    QCOMPARE(m_form->buttonsTable()->rowCount(), 2);
    QTest::mouseClick(m_form->removeButtonButton(), Qt::LeftButton);
    QCOMPARE(m_form->buttonsTable()->rowCount(), 1);
    m_form->typeEdit()->setCurrentText(u"notice"_s);
    QCOMPARE(valueAt(*m_controller, {0, u"type"_s}), u"notice"_s);

    m_form->setMessageIndex(3); // the paid branch
    QVERIFY(m_form->conditionBox()->isChecked());
    m_form->conditionBox()->setChecked(false);
    QCOMPARE(valueAt(*m_controller, {3, u"condition"_s}), u"<absent>"_s);

    QUndoStack *stack = m_controller->undoStack();
    QVERIFY(stack->count() >= 8);
    while (stack->canUndo())
        stack->undo();
    QCOMPARE(m_controller->document().text(), before);
    while (stack->canRedo())
        stack->redo();
    QCOMPARE(valueAt(*m_controller, {0, u"type"_s}), u"notice"_s);
    QCOMPARE(valueAt(*m_controller, {3, u"condition"_s}), u"<absent>"_s);
}

void tst_FlowForm::amountEditorAcceptsOnlyYuan()
{
    m_form->setMessageIndex(2);
    m_form->selectButton(0);
    QLineEdit *amount = m_form->amountEdit();
    QVERIFY(amount->isEnabled());
    QCOMPARE(amount->text(), u"0.4"_s);
    amount->setFocus();
    amount->selectAll();
    QTest::keyClicks(amount, u"1a2.345"_s); // letters and the third decimal are refused
    QCOMPARE(amount->text(), u"12.34"_s);
    QCOMPARE(valueAt(*m_controller, {2, u"buttons"_s, 0, u"amount"_s}), u"12.34"_s);

    amount->selectAll();
    QTest::keyClicks(amount, u"0"_s);
    QVERIFY(!m_form->amountProblem()->isHidden());
    QCOMPARE(valueAt(*m_controller, {2, u"buttons"_s, 0, u"amount"_s}), u"12.34"_s); // zero is not written
    amount->selectAll();
    QTest::keyClicks(amount, u"9999"_s); // above the ¥5,000.00 maximum
    QVERIFY(!m_form->amountProblem()->isHidden());
    amount->selectAll();
    QTest::keyClicks(amount, u"0.29"_s);
    QVERIFY(m_form->amountProblem()->isHidden());
    QCOMPARE(valueAt(*m_controller, {2, u"buttons"_s, 0, u"amount"_s}), u"0.29"_s);
    QVERIFY(m_controller->document().text().contains(u"\"amount\": 0.29"_s));

    m_form->selectButton(1); // not a payment button: no amount
    QVERIFY(!amount->isEnabled());
}

void tst_FlowForm::conditionKeysComeFromEarlierMessages()
{
    m_form->setMessageIndex(3);
    QStringList keys;
    for (int i = 0; i < m_form->conditionKeyEdit()->count(); ++i)
        keys << m_form->conditionKeyEdit()->itemText(i);
    QCOMPARE(keys, (QStringList{u"interest"_s, u"paymentConfirm"_s}));
    QStringList values;
    for (int i = 0; i < m_form->conditionValueEdit()->count(); ++i)
        values << m_form->conditionValueEdit()->itemText(i);
    QCOMPARE(values, (QStringList{u"paid"_s, u"payment_failed"_s, u"payment_cancelled"_s, u"skip"_s}));
    m_form->setMessageIndex(1); // nothing above sets a key
    QCOMPARE(m_form->conditionKeyEdit()->count(), 0);
}

void tst_FlowForm::rawToForm()
{
    FlowRawEditor raw(m_controller.get());
    raw.show();
    m_form->setMessageIndex(0);
    QString text = raw.editor()->toPlainText();
    QCOMPARE(text, m_controller->document().text());
    text.replace(u"您好！欢迎咨询，我是您的专属顾问。"_s, u"Hello from the raw tab"_s);
    raw.editor()->setPlainText(text);
    raw.commit();
    QCOMPARE(m_form->contentEdit()->toPlainText(), u"Hello from the raw tab"_s);
    QCOMPARE(m_controller->document().text(), text);
    m_controller->undoStack()->undo();
    QCOMPARE(raw.editor()->toPlainText(), seedText());
    QCOMPARE(m_form->contentEdit()->toPlainText(), u"您好！欢迎咨询，我是您的专属顾问。"_s);
}

void tst_FlowForm::formToRaw()
{
    FlowRawEditor raw(m_controller.get());
    raw.show();
    m_form->setMessageIndex(1);
    QTest::keyClicks(m_form->responseKeyEdit(), u"X"_s);
    QCOMPARE(raw.editor()->toPlainText(), m_controller->document().text());
    QVERIFY(raw.editor()->toPlainText().contains(u"\"responseKey\": \"interestX\""_s));
    QVERIFY(raw.isInStep());
}

void tst_FlowForm::rawSyntaxErrorKeepsText()
{
    FlowRawEditor raw(m_controller.get());
    raw.show();
    m_form->setMessageIndex(0);
    QString text = raw.editor()->toPlainText();
    text.insert(text.indexOf(u"\"delay\": 800"_s), u"oops "_s);
    raw.editor()->setPlainText(text);
    raw.commit();
    QVERIFY(m_controller->document().hasSyntaxError());
    QCOMPARE(raw.editor()->toPlainText(), text); // nothing thrown away
    QVERIFY(!raw.errorLabel()->isHidden());
    QVERIFY(raw.errorLabel()->text().contains(u"Line 5, column 9"_s));
    QVERIFY(!m_form->isEnabled()); // the form waits for text that parses
    QCOMPARE(m_form->contentEdit()->toPlainText(), u"您好！欢迎咨询，我是您的专属顾问。"_s);
    m_controller->undoStack()->undo();
    QVERIFY(!m_controller->document().hasSyntaxError());
    QVERIFY(raw.errorLabel()->isHidden());
    QVERIFY(m_form->isEnabled());
    QCOMPARE(raw.editor()->toPlainText(), seedText());
}

void tst_FlowForm::listModel()
{
    FlowMessageListModel model(m_controller.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 7);
    QVERIFY(model.data(model.index(2), Qt::DisplayRole).toString().contains(u"¥0.4"_s));
    QVERIFY(model.data(model.index(3), Qt::DisplayRole).toString().startsWith(u"↳"_s));
    m_controller->apply(std::make_unique<InsertItemCommand>(JsonPath(), 0, FlowTemplates::plainMessage()));
    QCOMPARE(model.rowCount(), 8);
    m_controller->apply(std::make_unique<MoveItemCommand>(JsonPath(), 0, 7));
    QVERIFY(model.data(model.index(0), Qt::DisplayRole).toString().contains(u"您好"_s));
    m_controller->apply(std::make_unique<RemoveItemCommand>(JsonPath(), 7));
    QCOMPARE(model.rowCount(), 7);
    // Problems mark their message.
    m_controller->apply(std::make_unique<SetValueCommand>(JsonPath{2, u"buttons"_s, 0, u"amount"_s},
                                                          JsonValue::string(u"0.4"_s)));
    QTRY_COMPARE(model.data(model.index(2), FlowMessageListModel::SeverityRole).toInt(),
                 int(FlowDiagnostic::Severity::Error));
    QVERIFY(model.data(model.index(2), Qt::ToolTipRole).toString().contains(u"0.40"_s));
}

QTEST_MAIN(tst_FlowForm)
#include "tst_flowform.moc"
