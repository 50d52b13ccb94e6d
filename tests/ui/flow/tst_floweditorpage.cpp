// The whole flow editor page, offscreen: an admin builds the seed's payment message through
// the form, saves it, fixes a problem found by clicking it, recovers autosaved work, and
// publishes / rolls back against a real database.
#include "core/appcontext.h"
#include "flow/flowdocumentcontroller.h"
#include "flow/floweditorpage.h"
#include "flow/flowhistorydialog.h"
#include "flow/flowmessageform.h"
#include "flow/flowmessagelistmodel.h"
#include "flow/flowraweditor.h"
#include "finance/auditlog.h"
#include "finance/currentprofile.h"
#include "flow/flowstore.h"
#include "testdatabases.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QToolButton>
#include <QTreeWidget>
#include <QUndoStack>

using namespace Qt::StringLiterals;

namespace {
// Types any text, Chinese included, as key presses (QTest::keyClicks only knows Latin-1).
void typeText(QWidget *widget, const QString &text)
{
    for (const QChar c : text)
        QTest::sendKeyEvent(QTest::Click, widget, Qt::Key_unknown, QString(c), Qt::NoModifier);
}

void replaceText(QLineEdit *edit, const QString &text)
{
    edit->setFocus();
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Backspace);
    typeText(edit, text);
}

// Presses a button of the next message box that opens.
void answerNextMessageBox(QMessageBox::StandardButton button)
{
    QTimer::singleShot(0, qApp, [button] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (box)
            box->button(button)->click();
    });
}

QString readAll(const QString &path)
{
    auto text = FlowStore::readFile(path);
    return text ? *text : QString();
}

QString seedText()
{
    return readAll(qEnvironmentVariable("MCPAY_SOURCE_DIR") + u"/resources/flows/seed-payment.json"_s);
}
} // namespace

class tst_FlowEditorPage : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void buildsSeedPaymentMessageThroughTheForm();
    void problemClickJumpsToTheField();
    void messageActionsAreUndoable();
    void maybeSaveAsksBeforeLosingChanges();
    void autosaveIsOfferedAfterACrash();
    void publishHistoryRollback_data() { TestDatabases::addBackendColumn(); TestDatabases::addBackendRows(); }
    void publishHistoryRollback();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<AppContext> m_context;
    std::unique_ptr<FlowEditorPage> m_page;
};

void tst_FlowEditorPage::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_context = std::make_unique<AppContext>(m_dir->filePath(u"settings.ini"_s), u"mcpay-admin-test"_s);
    m_context->settings().setValue(u"flow/autosaveDirectory"_s, m_dir->filePath(u"autosave"_s));
    m_page = std::make_unique<FlowEditorPage>(m_context.get());
    m_page->resize(1200, 800);
    m_page->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
}

void tst_FlowEditorPage::cleanup()
{
    m_page.reset();
    m_context.reset();
    m_dir.reset();
}

void tst_FlowEditorPage::buildsSeedPaymentMessageThroughTheForm()
{
    FlowMessageForm *form = m_page->form();
    QVERIFY(!m_page->documentTitle().endsWith(u'*'));
    m_page->insertMessageAction()->trigger();
    QCOMPARE(m_page->controller()->document().messageCount(), 1);
    QCOMPARE(form->messageIndex(), 0);
    QVERIFY(m_page->documentTitle().endsWith(u'*'));

    QPlainTextEdit *content = form->contentEdit();
    content->setFocus();
    content->selectAll();
    QTest::keyClick(content, Qt::Key_Backspace);
    typeText(content, u"为了确认您的诚意，请先支付0.4元诚意金（可抵扣后续费用）"_s);
    form->delayEdit()->setFocus();
    form->delayEdit()->selectAll();
    QTest::keyClicks(form->delayEdit(), u"1000"_s);
    QTest::mouseClick(form->waitEdit(), Qt::LeftButton, {}, QPoint(5, form->waitEdit()->height() / 2));
    replaceText(form->responseKeyEdit(), u"paymentConfirm"_s);

    QTest::mouseClick(form->addButtonButton(), Qt::LeftButton);
    replaceText(form->buttonTextEdit(), u"立即支付 ¥0.40"_s);
    replaceText(form->buttonValueEdit(), u"pay"_s);
    replaceText(form->buttonTypeEdit()->lineEdit(), u"payment"_s);
    QVERIFY(form->amountEdit()->isEnabled());
    replaceText(form->amountEdit(), u"0.4"_s);

    QTest::mouseClick(form->addButtonButton(), Qt::LeftButton);
    replaceText(form->buttonTextEdit(), u"暂不支付"_s);
    replaceText(form->buttonValueEdit(), u"skip"_s);
    replaceText(form->buttonTypeEdit()->lineEdit(), u"warning"_s);

    const QString path = m_dir->filePath(u"built.json"_s);
    QVERIFY(m_page->saveFile(path));
    QVERIFY(!m_page->documentTitle().endsWith(u'*'));
    QCOMPARE(m_page->documentTitle(), u"built.json"_s);

    const QString saved = readAll(path);
    QVERIFY2(saved.contains(u"\"amount\": 0.4\n"_s), qPrintable(saved));
    const FlowDocument built = FlowDocument::fromText(saved);
    QVERIFY(!built.hasSyntaxError());
    const FlowDocument seed = FlowDocument::fromText(seedText());
    QVERIFY(built.message(0)->isObject());
    // The very message of the seed: same fields, same order, same values, amount 0.4 as written.
    QCOMPARE(JsonWriter::write(*built.message(0)), JsonWriter::write(*seed.message(2)));
    QVERIFY(*built.message(0) == *seed.message(2));
    QCOMPARE(m_context->settings().recentFiles(u"flow"_s).value(0), path);

    // Ctrl+Z in a field undoes through the page's stack: the last step was typing "warning".
    QTest::keyClick(form->buttonTypeEdit()->lineEdit(), Qt::Key_Z, Qt::ControlModifier);
    QVERIFY(!JsonPath({0, u"buttons"_s, 1, u"type"_s}).resolve(m_page->controller()->document().root()));
    QCOMPARE(form->buttonTypeEdit()->currentText(), QString());
    QVERIFY(m_page->documentTitle().endsWith(u'*'));

    // Every step can be undone, back to the empty flow.
    QUndoStack *stack = m_page->controller()->undoStack();
    while (stack->canUndo())
        stack->undo();
    QCOMPARE(m_page->controller()->document().text(), u"[]\n"_s);
}

void tst_FlowEditorPage::problemClickJumpsToTheField()
{
    QString text = seedText();
    text.replace(u"\"amount\": 0.4"_s, u"\"amount\": 0.401"_s);
    const QString path = m_dir->filePath(u"bad.json"_s);
    QVERIFY(FlowStore::writeFile(path, text).ok());
    QVERIFY(m_page->openFile(path));
    QTRY_COMPARE(m_page->problemsView()->topLevelItemCount(), 1);
    QTreeWidgetItem *item = m_page->problemsView()->topLevelItem(0);
    QCOMPARE(item->text(3), u"payment-amount-precision"_s);
    QVERIFY(item->text(1).contains(u"[2].buttons[0].amount"_s));
    m_page->selectMessage(0);
    const QRect rect = m_page->problemsView()->visualItemRect(item);
    QTest::mouseClick(m_page->problemsView()->viewport(), Qt::LeftButton, {}, rect.center());
    QCOMPARE(m_page->currentMessage(), 2);
    QCOMPARE(m_page->form()->currentButton(), 0);
    QCOMPARE(QApplication::focusWidget(), m_page->form()->amountEdit());

    // Fixing it through the amount editor clears the problem.
    replaceText(m_page->form()->amountEdit(), u"0.40"_s);
    QTRY_COMPARE(m_page->problemsView()->topLevelItemCount(), 0);

    // With the JSON tab open, a problem jumps to its place in the text.
    m_page->editorTabs()->setCurrentWidget(m_page->rawEditor());
    QPlainTextEdit *raw = m_page->rawEditor()->editor();
    QString broken = raw->toPlainText();
    broken.replace(u"\"delay\": 800,\n        \"condition\""_s, u"\"delay\": 800\n        \"condition\""_s);
    raw->setPlainText(broken);
    m_page->rawEditor()->commit();
    QTRY_COMPARE(m_page->problemsView()->topLevelItemCount(), 1);
    QCOMPARE(m_page->problemsView()->topLevelItem(0)->text(3), u"json-syntax"_s);
    m_page->problemsView()->setCurrentItem(m_page->problemsView()->topLevelItem(0));
    QTest::mouseClick(m_page->problemsView()->viewport(), Qt::LeftButton, {},
                      m_page->problemsView()->visualItemRect(m_page->problemsView()->topLevelItem(0)).center());
    const qsizetype offset = m_page->controller()->document().syntaxError()->position.offset;
    QCOMPARE(raw->textCursor().position(), int(offset));
    QCOMPARE(raw->toPlainText(), broken);
}

void tst_FlowEditorPage::messageActionsAreUndoable()
{
    const QString path = m_dir->filePath(u"seed.json"_s);
    QVERIFY(FlowStore::writeFile(path, seedText()).ok());
    QVERIFY(m_page->openFile(path));
    auto action = [this](const QString &text) -> QAction * {
        for (QAction *a : m_page->editActions()) {
            if (a->text().remove(u'&') == text)
                return a;
        }
        return nullptr;
    };
    const FlowDocument &doc = m_page->controller()->document();

    // Branch templates follow the payment message above them.
    m_page->selectMessage(2);
    action(u"Insert \"Paid\" Branch"_s)->trigger();
    QCOMPARE(m_page->currentMessage(), 3);
    QCOMPARE(JsonPath({3, u"condition"_s, u"key"_s}).resolve(doc.root())->text(), u"paymentConfirm"_s);
    QCOMPARE(JsonPath({3, u"condition"_s, u"value"_s}).resolve(doc.root())->text(), u"paid"_s);
    action(u"Insert \"Skip\" Branch"_s)->trigger();
    QCOMPARE(JsonPath({4, u"condition"_s, u"value"_s}).resolve(doc.root())->text(), u"skip"_s);
    QCOMPARE(doc.messageCount(), 9);

    m_page->selectMessage(0);
    action(u"Duplicate Message"_s)->trigger();
    QCOMPARE(doc.messageCount(), 10);
    QVERIFY(*doc.message(0) == *doc.message(1));
    action(u"Move Message Down"_s)->trigger();
    QCOMPARE(m_page->currentMessage(), 2);
    action(u"Move Message Up"_s)->trigger();
    QCOMPARE(m_page->currentMessage(), 1);
    action(u"Delete Message"_s)->trigger();
    QCOMPARE(doc.messageCount(), 9);
    // The list drags through the same command.
    Q_EMIT m_page->messageList()->moveRequested(0, 8);
    QCOMPARE(m_page->currentMessage(), 8);

    const QList<FlowDiagnostic> ds = m_page->controller()->validateNow();
    QVERIFY2(FlowDiagnosticCounts::of(ds).errors == 0, qPrintable(ds.isEmpty() ? QString() : ds.first().toLine()));
    while (m_page->undoAction()->isEnabled())
        m_page->undoAction()->trigger();
    QCOMPARE(doc.text(), seedText());
    QVERIFY(!m_page->controller()->isModified());
    m_page->redoAction()->trigger();
    QCOMPARE(doc.messageCount(), 8);
    m_page->undoAction()->trigger();

    // Undo right after typing in the JSON tab undoes that typing, not the step before it.
    m_page->editorTabs()->setCurrentWidget(m_page->rawEditor());
    QPlainTextEdit *raw = m_page->rawEditor()->editor();
    raw->moveCursor(QTextCursor::Start);
    QTest::keyClick(raw, Qt::Key_Delete); // "[" gone: a syntax error, not yet committed
    QVERIFY(m_page->rawEditor()->hasPendingTyping());
    QVERIFY(m_page->undoAction()->isEnabled());
    QTest::keyClick(raw, Qt::Key_Z, Qt::ControlModifier); // the page's Undo, not the editor's own
    QCOMPARE(doc.text(), seedText());
    QCOMPARE(raw->toPlainText(), seedText());
    QVERIFY(!m_page->controller()->isModified());
}

void tst_FlowEditorPage::maybeSaveAsksBeforeLosingChanges()
{
    QVERIFY(m_page->maybeSave()); // nothing to lose
    m_page->insertPaymentAction()->trigger();
    answerNextMessageBox(QMessageBox::Cancel);
    QVERIFY(!m_page->maybeSave());
    answerNextMessageBox(QMessageBox::Discard);
    QVERIFY(m_page->maybeSave());
}

void tst_FlowEditorPage::autosaveIsOfferedAfterACrash()
{
    const QString path = m_dir->filePath(u"seed.json"_s);
    QVERIFY(FlowStore::writeFile(path, seedText()).ok());
    QVERIFY(m_page->openFile(path));
    m_page->selectMessage(0);
    m_page->insertPaymentAction()->trigger();
    QCOMPARE(m_page->controller()->document().messageCount(), 8);
    m_page->autosaveNow();
    const QString unsaved = m_page->controller()->document().text();
    QCOMPARE(QDir(m_page->autosaveDirectory()).entryList({u"*.json"_s}, QDir::Files).size(), 1);

    // Another editor does not take work that a running editor still holds.
    {
        FlowEditorPage other(m_context.get());
        other.offerRecovery(); // no box opens: the work is locked by m_page
        QVERIFY(!other.controller()->isModified());
    }

    // The editor goes away without saving (as in a crash): the autosave stays behind.
    m_page.reset();
    QCOMPARE(QDir(m_dir->filePath(u"autosave"_s)).entryList({u"*.json"_s}, QDir::Files).size(), 1);

    FlowEditorPage next(m_context.get());
    answerNextMessageBox(QMessageBox::Yes);
    next.offerRecovery();
    QCOMPARE(next.controller()->document().text(), unsaved);
    QCOMPARE(next.controller()->filePath(), path);
    QVERIFY(next.controller()->isModified());
    next.controller()->undoStack()->undo();
    QCOMPARE(next.controller()->document().text(), seedText());
    QCOMPARE(QDir(m_dir->filePath(u"autosave"_s)).entryList({u"*.json"_s}, QDir::Files).size(), 0);
}

void tst_FlowEditorPage::publishHistoryRollback()
{
    QFETCH(QString, backend);
    MCPAY_REQUIRE_BACKEND(backend);
    TestDatabases dbs;
    const Database db = dbs.createMigrated(backend);
    QVERIFY(m_context->openDatabase(db.url().toString(), TestDatabases::mysqlPasswordFromEnvironment(), 0).ok());

    const QString path = m_dir->filePath(u"seed.json"_s);
    QVERIFY(FlowStore::writeFile(path, seedText()).ok());
    QVERIFY(m_page->openFile(path));

    // Publishing needs the Admin profile; the audit log records the profile that did it.
    CurrentProfile profile(m_context->settings());
    profile.setProfile(Profile::Finance);
    m_page->setProfile(&profile);
    QVERIFY(!m_page->publishAction()->isEnabled());
    auto notAllowed = m_page->publish(u"first"_s, false);
    QVERIFY(!notAllowed.ok());
    QCOMPARE(notAllowed.error().code, u"not-allowed"_s);
    profile.setProfile(Profile::Admin);
    QVERIFY(m_page->publishAction()->isEnabled());

    auto v1 = m_page->publish(u"first"_s, false);
    QVERIFY2(v1.ok(), qPrintable(v1.errorMessage()));
    auto audited = AuditLog(m_context->database()).forObject(u"marketing_chat/chat_flow"_s);
    QVERIFY2(audited.ok(), qPrintable(audited.errorMessage()));
    QCOMPARE(audited->size(), 1);
    QCOMPARE(audited->first().actor.profile, Profiles::key(Profile::Admin));
    QCOMPARE(audited->first().actor.osUser, AuditActor::currentOsUser());

    // Errors are refused, warnings need consent.
    m_page->form()->setMessageIndex(2);
    m_page->form()->selectButton(0);
    m_page->controller()->apply(std::make_unique<SetValueCommand>(JsonPath{2, u"buttons"_s, 0, u"amount"_s},
                                                                  JsonValue::string(u"0.40"_s)));
    auto refused = m_page->publish(u"broken"_s, true);
    QVERIFY2(!refused.ok(), qPrintable(m_page->controller()->document().text()));
    QCOMPARE(refused.error().code, u"flow-has-errors"_s);
    m_page->controller()->undoStack()->undo();
    m_page->controller()->apply(std::make_unique<SetValueCommand>(JsonPath{0, u"delay"_s}, JsonValue::number(90000)));
    auto unconfirmed = m_page->publish(u"slow"_s, false);
    QCOMPARE(unconfirmed.error().code, u"flow-has-warnings"_s);
    auto v2 = m_page->publish(u"slow start"_s, true);
    QVERIFY2(v2.ok(), qPrintable(v2.errorMessage()));

    FlowHistoryDialog history(m_context->database(), m_page->controller()->document().text());
    QCOMPARE(history.versionsTable()->rowCount(), 2);
    history.compare(v1->id, v2->id);
    bool changed = false;
    for (int r = 0; r < history.diffTable()->rowCount(); ++r) {
        if (history.diffTable()->item(r, 3)->text().contains(u"90000"_s))
            changed = history.diffTable()->item(r, 1)->text().contains(u"800"_s);
    }
    QVERIFY(changed);
    history.setPublisher(AuditActor::person(Profile::Tester), false);
    QCOMPARE(history.rollbackTo(v1->id, u"back"_s).error().code, u"not-allowed"_s);
    history.setPublisher(AuditActor::person(Profile::Admin), true);
    auto rolled = history.rollbackTo(v1->id, u"back"_s);
    QVERIFY2(rolled.ok(), qPrintable(rolled.errorMessage()));
    QCOMPARE(history.versionsTable()->rowCount(), 3);
    m_page->setProfile(nullptr);

    QVERIFY(m_page->controller()->isModified()); // published is not saved to its file
    QVERIFY(m_page->loadPublished().ok());
    QCOMPARE(m_page->controller()->document().text(), seedText());
}

QTEST_MAIN(tst_FlowEditorPage)
#include "tst_floweditorpage.moc"
