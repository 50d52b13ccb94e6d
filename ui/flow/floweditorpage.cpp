#include "floweditorpage.h"

#include "core/appcontext.h"
#include "finance/currentprofile.h"
#include "flow/flowmessage.h"
#include "flow/flowstore.h"
#include "flowdocumentcontroller.h"
#include "flowhistorydialog.h"
#include "flowmessageform.h"
#include "flowmessagelistmodel.h"
#include "flowpreviewdialog.h"
#include "flowraweditor.h"
#include "logging.h"

#include <QAction>
#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QScrollArea>
#include <QSplitter>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTimer>
#include <QToolBar>
#include <QTreeWidget>
#include <QUndoStack>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {
const QString recentKind = u"flow"_s;
const QString maxAmountKey = u"flow/maxAmount"_s;
const QString autosaveDirKey = u"flow/autosaveDirectory"_s;

enum ProblemColumn { SeverityColumn, LocationColumn, MessageColumn, CodeColumn };
constexpr int OffsetRole = Qt::UserRole + 1;
constexpr int MessageIndexRole = Qt::UserRole + 2;
constexpr int PathRole = Qt::UserRole + 3;
} // namespace

FlowEditorPage::FlowEditorPage(AppContext *context, QWidget *parent)
    : QWidget(parent), m_context(context), m_controller(new FlowDocumentController(this)),
      m_autosaveTimer(new QTimer(this))
{
    FlowValidator::Options options;
    if (auto max = Money::parse(m_context->settings().value(maxAmountKey, u"5000.00"_s).toString()); max.ok())
        options.maxAmount = *max;
    m_controller->setValidationOptions(options);

    m_model = new FlowMessageListModel(m_controller, this);
    m_list = new FlowMessageListView(this);
    m_list->setModel(m_model);
    m_form = new FlowMessageForm(m_controller, this);
    m_raw = new FlowRawEditor(m_controller, this);

    createActions();
    auto *undoKeys = new FlowUndoKeysFilter(this);
    undoKeys->installOn(m_form);
    undoKeys->installOn(m_raw->editor());

    auto *toolbar = new QToolBar(this);
    toolbar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    toolbar->addActions({m_insertMessage, m_insertPayment, m_insertPaid, m_insertSkip});
    toolbar->addSeparator();
    toolbar->addActions({m_duplicate, m_delete, m_moveUp, m_moveDown});
    toolbar->addSeparator();
    toolbar->addActions({m_preview, m_publish, m_history});
    // Short labels in the toolbar; the menus show the full ones.
    const QList<std::pair<QAction *, QString>> shortTexts = {
        {m_insertMessage, tr("+ Message")},  {m_insertPayment, tr("+ Payment")}, {m_insertPaid, tr("+ Paid branch")},
        {m_insertSkip, tr("+ Skip branch")}, {m_duplicate, tr("Duplicate")},     {m_delete, tr("Delete")},
        {m_moveUp, tr("Up")},                {m_moveDown, tr("Down")},           {m_preview, tr("Preview")},
        {m_publish, tr("Publish")},          {m_history, tr("History")}};
    for (const auto &[action, text] : shortTexts) {
        action->setIconText(text);
        if (action->toolTip().isEmpty() || action->toolTip() == text)
            action->setToolTip(action->text().remove(u'&').remove(u'…'));
    }

    auto *formScroll = new QScrollArea(this);
    formScroll->setWidgetResizable(true);
    formScroll->setWidget(m_form);
    m_tabs = new QTabWidget(this);
    m_tabs->addTab(formScroll, tr("&Form"));
    m_tabs->addTab(m_raw, tr("&JSON"));
    connect(m_tabs, &QTabWidget::currentChanged, this, [this](int) { m_raw->commit(); });

    m_problems = new QTreeWidget(this);
    m_problems->setRootIsDecorated(false);
    m_problems->setUniformRowHeights(true);
    m_problems->setHeaderLabels({tr("Severity"), tr("Where"), tr("Problem"), tr("Code")});
    m_problems->header()->setSectionResizeMode(MessageColumn, QHeaderView::Stretch);
    m_problems->header()->setStretchLastSection(false);
    m_problemsSummary = new QLabel(tr("Checking the flow…"), this);
    auto *problemsBox = new QWidget(this);
    auto *problemsLayout = new QVBoxLayout(problemsBox);
    problemsLayout->setContentsMargins(0, 0, 0, 0);
    problemsLayout->addWidget(m_problemsSummary);
    problemsLayout->addWidget(m_problems);

    auto *horizontal = new QSplitter(Qt::Horizontal, this);
    horizontal->addWidget(m_list);
    horizontal->addWidget(m_tabs);
    horizontal->setStretchFactor(1, 2);
    auto *vertical = new QSplitter(Qt::Vertical, this);
    vertical->addWidget(horizontal);
    vertical->addWidget(problemsBox);
    vertical->setStretchFactor(0, 4);
    vertical->setStretchFactor(1, 1);
    vertical->setSizes({560, 140});
    horizontal->setSizes({320, 640});
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(toolbar);
    layout->addWidget(vertical);

    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &current) {
                m_form->setMessageIndex(current.isValid() ? current.row() : -1);
                updateActions();
            });
    connect(m_list, &FlowMessageListView::moveRequested, this, [this](int from, int to) {
        m_controller->apply(std::make_unique<MoveItemCommand>(JsonPath(), from, to, tr("Move message")));
    });
    connect(m_controller, &FlowDocumentController::documentChanged, this, [this](qsizetype focus) {
        if (focus >= 0 && focus < m_controller->document().messageCount() && focus != currentMessage())
            selectMessage(focus);
        else if (currentMessage() >= m_controller->document().messageCount())
            selectMessage(m_controller->document().messageCount() - 1);
        updateActions();
    });
    connect(m_controller, &FlowDocumentController::documentReset, this, [this] {
        selectMessage(m_controller->document().messageCount() > 0 ? 0 : -1);
    });
    connect(m_controller, &FlowDocumentController::diagnosticsChanged, this, &FlowEditorPage::refreshProblems);
    connect(m_controller, &FlowDocumentController::modifiedChanged, this, &FlowEditorPage::updateTitle);
    connect(m_controller, &FlowDocumentController::filePathChanged, this, &FlowEditorPage::updateTitle);
    connect(m_problems, &QTreeWidget::itemActivated, this,
            [this](QTreeWidgetItem *item) { problemActivated(m_problems->indexOfTopLevelItem(item)); });
    connect(m_problems, &QTreeWidget::itemClicked, this,
            [this](QTreeWidgetItem *item) { problemActivated(m_problems->indexOfTopLevelItem(item)); });

    // Autosave into the application's data folder (or the configured one).
    m_autosaveDir = m_context->settings().value(autosaveDirKey).toString();
    if (m_autosaveDir.isEmpty())
        m_autosaveDir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + u"/flow-autosave"_s;
    m_autosaveTimer->setInterval(30'000);
    connect(m_autosaveTimer, &QTimer::timeout, this, &FlowEditorPage::autosaveNow);
    m_autosaveTimer->start();

    newFlow();
}

FlowEditorPage::~FlowEditorPage()
{
    // Closing without saving after maybeSave() said no: the user chose to discard.
    if (!m_controller->isModified())
        removeAutosave();
}

void FlowEditorPage::createActions()
{
    auto make = [this](const QString &text, QKeySequence shortcut, auto slot) {
        auto *a = new QAction(text, this);
        if (!shortcut.isEmpty())
            a->setShortcut(shortcut);
        a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        connect(a, &QAction::triggered, this, slot);
        return a;
    };
    m_new = make(tr("&New Flow"), QKeySequence(), [this] {
        if (maybeSave())
            newFlow();
    });
    m_open = make(tr("&Open Flow…"), QKeySequence(), [this] { open(); });
    m_recentMenu = new QMenu(tr("Open &Recent Flow"), this);
    m_recent = m_recentMenu->menuAction();
    connect(m_recentMenu, &QMenu::aboutToShow, this, &FlowEditorPage::rebuildRecentMenu);
    m_save = make(tr("&Save Flow"), QKeySequence::Save, [this] {
        if (m_controller->filePath().isEmpty())
            saveAs();
        else
            saveFile(m_controller->filePath());
    });
    m_saveAs = make(tr("Save Flow &As…"), QKeySequence::SaveAs, [this] { saveAs(); });
    m_loadPublished = make(tr("&Load Published Flow"), QKeySequence(), [this] {
        if (!maybeSave())
            return;
        if (Status s = loadPublished(); !s)
            QMessageBox::warning(this, tr("Load Published Flow"), s.errorMessage());
    });
    m_publish = make(tr("&Publish Flow…"), QKeySequence(), [this] { publishInteractively(); });
    m_history = make(tr("Flow &History…"), QKeySequence(), [this] { showHistory(); });

    // Undo and redo first commit typing in the JSON tab that is still waiting, so that the
    // step undone is the one the user sees.
    QUndoStack *stack = m_controller->undoStack();
    m_undo = make(tr("&Undo"), QKeySequence::Undo, [this, stack] {
        m_raw->commit();
        stack->undo();
    });
    m_redo = make(tr("&Redo"), QKeySequence::Redo, [this, stack] {
        m_raw->commit();
        stack->redo();
    });
    auto updateUndo = [this, stack] {
        m_undo->setEnabled(stack->canUndo() || m_raw->hasPendingTyping());
        m_undo->setText(stack->undoText().isEmpty() ? tr("&Undo") : tr("&Undo %1").arg(stack->undoText()));
        m_redo->setEnabled(stack->canRedo());
        m_redo->setText(stack->redoText().isEmpty() ? tr("&Redo") : tr("&Redo %1").arg(stack->redoText()));
    };
    connect(stack, &QUndoStack::indexChanged, this, updateUndo);
    connect(stack, &QUndoStack::cleanChanged, this, updateUndo);
    connect(m_raw->editor(), &QPlainTextEdit::textChanged, this, updateUndo);
    updateUndo();

    m_insertMessage = make(tr("Insert &Message"), QKeySequence(Qt::CTRL | Qt::Key_Return), [this] {
        insertMessages({FlowTemplates::plainMessage()}, tr("Insert message"));
    });
    m_insertPayment = make(tr("Insert &Payment Message"), QKeySequence(), [this] {
        insertMessages({FlowTemplates::paymentMessage()}, tr("Insert payment message"));
    });
    m_insertPaid = make(tr("Insert \"Paid\" Branch"), QKeySequence(), [this] {
        insertMessages({FlowTemplates::paidBranch()}, tr("Insert paid branch"));
    });
    m_insertPaid->setToolTip(tr("Adds a message shown only after the payment above succeeded."));
    m_insertSkip = make(tr("Insert \"Skip\" Branch"), QKeySequence(), [this] {
        insertMessages({FlowTemplates::skipBranch()}, tr("Insert skip branch"));
    });
    m_insertSkip->setToolTip(tr("Adds a message shown only when the customer chose not to pay above."));
    m_duplicate = make(tr("D&uplicate Message"), QKeySequence(Qt::CTRL | Qt::Key_D), [this] { duplicateMessage(); });
    m_delete = make(tr("&Delete Message"), QKeySequence(), [this] { deleteMessage(); });
    m_moveUp = make(tr("Move Message &Up"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Up), [this] { moveMessage(-1); });
    m_moveDown = make(tr("Move Message Do&wn"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Down),
                      [this] { moveMessage(+1); });
    m_preview = make(tr("Pre&view Chat…"), QKeySequence(Qt::Key_F5), [this] { showPreview(); });

    addActions({m_save, m_saveAs, m_undo, m_redo, m_insertMessage, m_duplicate, m_moveUp, m_moveDown, m_preview});
    // Delete only from the list, so that Delete in a text field deletes text.
    m_delete->setShortcut(QKeySequence::Delete);
    m_delete->setShortcutContext(Qt::WidgetShortcut);
    m_list->addAction(m_delete);
}

QList<QAction *> FlowEditorPage::fileActions() const
{
    return {m_new, m_open, m_recent, m_save, m_saveAs, m_loadPublished, m_publish, m_history};
}

QList<QAction *> FlowEditorPage::editActions() const
{
    return {m_undo,         m_redo,       m_insertMessage, m_insertPayment, m_insertPaid,
            m_insertSkip,   m_duplicate,  m_delete,        m_moveUp,        m_moveDown};
}

QList<QAction *> FlowEditorPage::flowActions() const
{
    return {m_preview};
}

qsizetype FlowEditorPage::currentMessage() const
{
    const QModelIndex current = m_list->currentIndex();
    return current.isValid() ? current.row() : -1;
}

void FlowEditorPage::selectMessage(qsizetype index)
{
    if (index < 0 || index >= m_model->rowCount()) {
        m_list->setCurrentIndex({});
        m_form->setMessageIndex(-1);
        return;
    }
    const QModelIndex i = m_model->index(int(index));
    m_list->setCurrentIndex(i);
    m_list->scrollTo(i);
    if (m_form->messageIndex() != index)
        m_form->setMessageIndex(index);
}

void FlowEditorPage::setProfile(CurrentProfile *profile)
{
    if (m_profile)
        disconnect(m_profile, nullptr, this, nullptr);
    m_profile = profile;
    if (m_profile)
        connect(m_profile, &CurrentProfile::profileChanged, this, &FlowEditorPage::updateActions);
    updateActions();
}

bool FlowEditorPage::mayPublish() const
{
    return !m_profile || m_profile->canPublish();
}

AuditActor FlowEditorPage::publisher() const
{
    return m_profile ? m_profile->actor() : AuditActor::person(Profile::Admin);
}

void FlowEditorPage::updateActions()
{
    m_publish->setEnabled(mayPublish());
    m_publish->setToolTip(mayPublish() ? QString() : tr("Publishing needs the Admin profile (View ▸ Profile)."));
    const qsizetype current = currentMessage();
    const qsizetype count = m_controller->document().messageCount();
    const bool treeEditable = !m_controller->document().hasSyntaxError() && m_controller->document().root().isArray();
    for (QAction *a : {m_insertMessage, m_insertPayment, m_insertPaid, m_insertSkip})
        a->setEnabled(treeEditable);
    m_duplicate->setEnabled(treeEditable && current >= 0);
    m_delete->setEnabled(treeEditable && current >= 0);
    m_moveUp->setEnabled(treeEditable && current > 0);
    m_moveDown->setEnabled(treeEditable && current >= 0 && current + 1 < count);
}

QString FlowEditorPage::documentTitle() const
{
    const QString name = m_controller->filePath().isEmpty() ? tr("Untitled flow")
                                                            : QFileInfo(m_controller->filePath()).fileName();
    return name + (m_controller->isModified() ? u"*"_s : QString());
}

void FlowEditorPage::updateTitle()
{
    setWindowModified(m_controller->isModified());
    setWindowTitle(documentTitle());
    Q_EMIT titleChanged(documentTitle());
    if (!m_controller->isModified())
        removeAutosave();
}

// ---------------------------------------------------------------------------------------------
// Messages

void FlowEditorPage::insertMessages(const QList<JsonValue> &messages, const QString &text)
{
    const qsizetype at = currentMessage() < 0 ? m_controller->document().messageCount() : currentMessage() + 1;
    auto composite = std::make_unique<CompositeCommand>(text);
    // A branch refers to the nearest payment message above, when there is one: its key, and
    // for the "skip" branch the value of its first other button.
    QString paymentKey;
    QString skipValue;
    for (qsizetype j = at - 1; j >= 0 && paymentKey.isEmpty(); --j) {
        const FlowMessageView view(m_controller->document().message(j));
        if (!view.hasPaymentButton())
            continue;
        paymentKey = view.responseKey();
        for (qsizetype b = 0; b < view.buttonCount() && skipValue.isEmpty(); ++b) {
            if (!view.button(b).isPayment())
                skipValue = view.button(b).value();
        }
    }
    qsizetype index = at;
    for (JsonValue message : messages) {
        if (JsonValue *condition = message.find(FlowFields::Condition); condition && !paymentKey.isEmpty()) {
            condition->set(u"key"_s, JsonValue::string(paymentKey));
            const JsonValue *value = condition->find(FlowFields::Value);
            if (value && value->text() == u"skip" && !skipValue.isEmpty())
                condition->set(u"value"_s, JsonValue::string(skipValue));
        }
        composite->add(std::make_unique<InsertItemCommand>(JsonPath(), index++, message));
    }
    m_controller->apply(std::move(composite));
    selectMessage(at);
}

void FlowEditorPage::duplicateMessage()
{
    const qsizetype current = currentMessage();
    const JsonValue *message = m_controller->document().message(current);
    if (!message)
        return;
    m_controller->apply(std::make_unique<InsertItemCommand>(JsonPath(), current + 1, *message, tr("Duplicate message")));
    selectMessage(current + 1);
}

void FlowEditorPage::deleteMessage()
{
    const qsizetype current = currentMessage();
    if (current < 0)
        return;
    m_controller->apply(std::make_unique<RemoveItemCommand>(JsonPath(), current, tr("Delete message")));
    selectMessage(std::min(current, m_controller->document().messageCount() - 1));
}

void FlowEditorPage::moveMessage(int delta)
{
    const qsizetype current = currentMessage();
    const qsizetype to = current + delta;
    if (current < 0 || to < 0 || to >= m_controller->document().messageCount())
        return;
    m_controller->apply(std::make_unique<MoveItemCommand>(JsonPath(), current, to, tr("Move message")));
    selectMessage(to);
}

// ---------------------------------------------------------------------------------------------
// Problems

void FlowEditorPage::refreshProblems()
{
    const QList<FlowDiagnostic> &ds = m_controller->diagnostics();
    const FlowDiagnosticCounts counts = FlowDiagnosticCounts::of(ds);
    m_problemsSummary->setText(counts.errors + counts.warnings + counts.infos == 0
                                   ? tr("No problems found.")
                                   : tr("Problems: %1 error(s), %2 warning(s), %3 note(s). Click one to go there.")
                                         .arg(counts.errors)
                                         .arg(counts.warnings)
                                         .arg(counts.infos));
    m_problems->setUpdatesEnabled(false);
    m_problems->clear();
    QList<QTreeWidgetItem *> items;
    items.reserve(std::min<qsizetype>(ds.size(), 5000));
    for (const FlowDiagnostic &d : ds) {
        if (items.size() >= 5000)
            break; // a flow with more problems than that needs the raw view anyway
        auto *item = new QTreeWidgetItem;
        item->setText(SeverityColumn, FlowDiagnostic::severityDisplayName(d.severity));
        item->setIcon(SeverityColumn, style()->standardIcon(d.severity == FlowDiagnostic::Severity::Error
                                                                ? QStyle::SP_MessageBoxCritical
                                                            : d.severity == FlowDiagnostic::Severity::Warning
                                                                ? QStyle::SP_MessageBoxWarning
                                                                : QStyle::SP_MessageBoxInformation));
        item->setText(LocationColumn, d.path.isEmpty() ? tr("line %1:%2").arg(d.line).arg(d.column)
                                                       : tr("%1 (line %2:%3)").arg(d.path).arg(d.line).arg(d.column));
        item->setText(MessageColumn, d.message);
        item->setToolTip(MessageColumn, d.message);
        item->setText(CodeColumn, d.code);
        item->setData(SeverityColumn, OffsetRole, qlonglong(d.offset));
        item->setData(SeverityColumn, MessageIndexRole, qlonglong(d.messageIndex));
        item->setData(SeverityColumn, PathRole, d.path);
        items << item;
    }
    m_problems->addTopLevelItems(items);
    m_problems->setUpdatesEnabled(true);
}

void FlowEditorPage::problemActivated(int row)
{
    QTreeWidgetItem *item = m_problems->topLevelItem(row);
    if (!item)
        return;
    const qsizetype messageIndex = item->data(SeverityColumn, MessageIndexRole).toLongLong();
    const qsizetype offset = item->data(SeverityColumn, OffsetRole).toLongLong();
    if (messageIndex < 0 || m_controller->document().hasSyntaxError() || m_tabs->currentWidget() == m_raw) {
        m_tabs->setCurrentWidget(m_raw);
        if (offset >= 0)
            m_raw->jumpTo(offset);
        return;
    }
    selectMessage(messageIndex);
    m_tabs->setCurrentIndex(0);
    m_form->focusPath(item->data(SeverityColumn, PathRole).toString());
}

// ---------------------------------------------------------------------------------------------
// Files

void FlowEditorPage::newFlow()
{
    removeAutosave();
    m_controller->reset(u"[]\n"_s);
}

bool FlowEditorPage::maybeSave()
{
    m_raw->commit();
    if (!m_controller->isModified())
        return true;
    const auto answer = QMessageBox::warning(
        this, tr("Unsaved Flow"),
        tr("The flow \"%1\" has changes that are not saved. Save them?").arg(documentTitle()),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    if (answer == QMessageBox::Cancel)
        return false;
    if (answer == QMessageBox::Discard) {
        removeAutosave();
        return true;
    }
    return m_controller->filePath().isEmpty() ? saveAs() : saveFile(m_controller->filePath());
}

void FlowEditorPage::open()
{
    if (!maybeSave())
        return;
    const QString path = QFileDialog::getOpenFileName(this, tr("Open Flow"),
                                                      m_context->settings().lastDirectory(recentKind),
                                                      tr("Flow JSON (*.json);;All files (*)"));
    if (!path.isEmpty())
        openFile(path);
}

bool FlowEditorPage::openFile(const QString &path)
{
    auto text = FlowStore::readFile(path);
    if (!text) {
        QMessageBox::warning(this, tr("Open Flow"), text.errorMessage());
        return false;
    }
    removeAutosave();
    const QString absolute = QFileInfo(path).absoluteFilePath();
    m_controller->reset(*text, absolute);
    m_context->settings().addRecentFile(recentKind, absolute);
    m_context->settings().setLastDirectory(recentKind, QFileInfo(absolute).absolutePath());
    Q_EMIT statusMessage(tr("Opened %1.").arg(QFileInfo(absolute).fileName()));
    return true;
}

bool FlowEditorPage::saveAs()
{
    QString dir = m_controller->filePath().isEmpty() ? m_context->settings().lastDirectory(recentKind)
                                                     : m_controller->filePath();
    const QString path = QFileDialog::getSaveFileName(this, tr("Save Flow As"), dir, tr("Flow JSON (*.json)"));
    if (path.isEmpty())
        return false;
    return saveFile(path.endsWith(u".json"_s, Qt::CaseInsensitive) ? path : path + u".json"_s);
}

bool FlowEditorPage::saveFile(const QString &path)
{
    m_raw->commit();
    if (Status s = FlowStore::writeFile(path, m_controller->document().text()); !s) {
        QMessageBox::warning(this, tr("Save Flow"), s.errorMessage());
        return false;
    }
    removeAutosave();
    const QString absolute = QFileInfo(path).absoluteFilePath();
    m_controller->setFilePath(absolute);
    m_controller->markSaved();
    m_context->settings().addRecentFile(recentKind, absolute);
    m_context->settings().setLastDirectory(recentKind, QFileInfo(absolute).absolutePath());
    updateTitle();
    Q_EMIT statusMessage(tr("Saved %1.").arg(QFileInfo(absolute).fileName()));
    return true;
}

void FlowEditorPage::rebuildRecentMenu()
{
    m_recentMenu->clear();
    const QStringList files = m_context->settings().recentFiles(recentKind);
    for (const QString &file : files) {
        QAction *a = m_recentMenu->addAction(QFileInfo(file).fileName());
        a->setToolTip(file);
        a->setStatusTip(file);
        connect(a, &QAction::triggered, this, [this, file] {
            if (maybeSave())
                openFile(file);
        });
    }
    if (files.isEmpty())
        m_recentMenu->addAction(tr("(none)"))->setEnabled(false);
}

// ---------------------------------------------------------------------------------------------
// Autosave and recovery

void FlowEditorPage::setAutosaveInterval(int ms)
{
    m_autosaveTimer->setInterval(ms);
}

QString FlowEditorPage::autosaveKey() const
{
    const QString source = m_controller->filePath().isEmpty()
        ? u"untitled-%1-%2"_s.arg(QCoreApplication::applicationPid()).arg(quintptr(this), 0, 16)
        : m_controller->filePath();
    return QString::fromLatin1(QCryptographicHash::hash(source.toUtf8(), QCryptographicHash::Sha1).toHex().left(16));
}

void FlowEditorPage::autosaveNow()
{
    if (!m_controller->isModified() || m_autosavedRevision == m_controller->document().revision())
        return;
    if (!QDir().mkpath(m_autosaveDir))
        return;
    const QString path = QDir(m_autosaveDir).filePath(autosaveKey() + u".json"_s);
    if (path != m_autosavePath) {
        removeAutosave();
        m_autosaveLock = std::make_unique<QLockFile>(path + u".lock"_s);
        m_autosaveLock->setStaleLockTime(0);
        if (!m_autosaveLock->tryLock(0)) {
            m_autosaveLock.reset();
            return; // another editor autosaves the same file
        }
        m_autosavePath = path;
    }
    const QJsonObject meta{{u"file"_s, m_controller->filePath()},
                           {u"time"_s, QDateTime::currentDateTime().toString(Qt::ISODate)}};
    if (FlowStore::writeFile(path, m_controller->document().text()).ok()
        && FlowStore::writeFile(path + u".meta"_s, QString::fromUtf8(QJsonDocument(meta).toJson())).ok())
        m_autosavedRevision = m_controller->document().revision();
}

void FlowEditorPage::removeAutosave()
{
    if (m_autosavePath.isEmpty())
        return;
    QFile::remove(m_autosavePath);
    QFile::remove(m_autosavePath + u".meta"_s);
    m_autosaveLock.reset(); // unlocks and removes the lock file
    m_autosavePath.clear();
    m_autosavedRevision = 0;
}

void FlowEditorPage::offerRecovery()
{
    const QDir dir(m_autosaveDir);
    const QStringList metas = dir.entryList({u"*.json.meta"_s}, QDir::Files, QDir::Time);
    for (const QString &metaName : metas) {
        const QString path = dir.filePath(metaName.chopped(5));
        if (path == m_autosavePath)
            continue;
        QLockFile lock(path + u".lock"_s);
        if (!lock.tryLock(0))
            continue; // an editor that is still running
        const auto metaText = FlowStore::readFile(path + u".meta"_s);
        const QJsonObject meta = metaText ? QJsonDocument::fromJson(metaText->toUtf8()).object() : QJsonObject();
        auto text = FlowStore::readFile(path);
        if (!text) {
            QFile::remove(path + u".meta"_s);
            continue;
        }
        const QString file = meta.value(u"file"_s).toString();
        const auto answer = QMessageBox::question(
            this, tr("Recover Flow"),
            tr("The flow editor ended without saving changes to %1 (autosaved %2). Recover them?")
                .arg(file.isEmpty() ? tr("an untitled flow") : file, meta.value(u"time"_s).toString()),
            QMessageBox::Yes | QMessageBox::No, QMessageBox::Yes);
        if (answer == QMessageBox::Yes) {
            if (!maybeSave())
                return;
            // Open the original (when there is one), then apply the recovered text as an
            // undoable change, so the difference is one Undo away.
            QString original = u"[]\n"_s;
            if (!file.isEmpty()) {
                if (auto o = FlowStore::readFile(file); o.ok())
                    original = *o;
            }
            m_controller->reset(original, file);
            m_controller->apply(std::make_unique<SetTextCommand>(*text, tr("Recover autosaved changes")));
        }
        QFile::remove(path);
        QFile::remove(path + u".meta"_s);
        lock.unlock();
        if (answer == QMessageBox::Yes)
            return;
    }
}

// ---------------------------------------------------------------------------------------------
// Database, preview

Result<FlowVersion> FlowEditorPage::publish(const QString &comment, bool acceptWarnings)
{
    m_raw->commit();
    const Database db = m_context->database();
    if (!db.isValid())
        return Error(tr("No database is open; connect to one first."));
    const QList<FlowDiagnostic> &ds = m_controller->validateNow();
    const FlowDiagnosticCounts counts = FlowDiagnosticCounts::of(ds);
    if (counts.errors > 0)
        return Error(tr("The flow has %1 error(s); fix them before publishing.").arg(counts.errors),
                     u"flow-has-errors"_s);
    if (counts.warnings > 0 && !acceptWarnings)
        return Error(tr("The flow has %1 warning(s).").arg(counts.warnings), u"flow-has-warnings"_s);
    if (!mayPublish())
        return Error(tr("Publishing needs the Admin profile (View ▸ Profile)."), u"not-allowed"_s);
    FlowStore::PublishRequest request;
    request.text = m_controller->document().text();
    request.author = FlowStore::defaultAuthor();
    request.comment = comment;
    request.validation = m_controller->validationOptions();
    FlowStore store(db);
    store.setActor(publisher());
    return store.publish(request);
}

void FlowEditorPage::publishInteractively()
{
    m_raw->commit();
    const FlowDiagnosticCounts counts = FlowDiagnosticCounts::of(m_controller->validateNow());
    if (counts.errors > 0) {
        QMessageBox::warning(this, tr("Publish Flow"),
                             tr("The flow has %1 error(s) and cannot be published. The problems list shows where "
                                "they are.")
                                 .arg(counts.errors));
        return;
    }
    if (counts.warnings > 0
        && QMessageBox::question(this, tr("Publish Flow"),
                                 tr("The flow has %1 warning(s). Publish it anyway?").arg(counts.warnings))
               != QMessageBox::Yes)
        return;
    bool ok = false;
    const QString comment = QInputDialog::getText(this, tr("Publish Flow"),
                                                  tr("What changed in this version (kept in the history)?"),
                                                  QLineEdit::Normal, QString(), &ok);
    if (!ok)
        return;
    auto version = publish(comment, true);
    if (!version) {
        QMessageBox::warning(this, tr("Publish Flow"), version.errorMessage());
        return;
    }
    Q_EMIT statusMessage(tr("Published version %1 to %2.").arg(version->id).arg(m_context->database().url().displayName()));
}

Status FlowEditorPage::loadPublished()
{
    const Database db = m_context->database();
    if (!db.isValid())
        return Error(tr("No database is open; connect to one first."));
    auto published = FlowStore(db).loadPublished();
    if (!published)
        return published.error();
    if (!published->has_value())
        return Error(tr("%1 has no published chat flow yet.").arg(db.url().displayName()));
    removeAutosave();
    m_controller->reset((*published)->text);
    Q_EMIT statusMessage(tr("Loaded the published flow from %1.").arg(db.url().displayName()));
    return {};
}

void FlowEditorPage::showPreview()
{
    m_raw->commit();
    auto *dialog = new FlowPreviewDialog(m_controller->document().root(), std::max<qsizetype>(currentMessage(), 0), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setPayments(m_previewPayments);
    dialog->show();
}

void FlowEditorPage::showHistory()
{
    const Database db = m_context->database();
    if (!db.isValid()) {
        QMessageBox::warning(this, tr("Flow History"), tr("No database is open; connect to one first."));
        return;
    }
    auto *dialog = new FlowHistoryDialog(db, m_controller->document().text(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setPublisher(publisher(), mayPublish());
    connect(dialog, &FlowHistoryDialog::openVersionRequested, this, [this](const QString &text, qint64 id) {
        m_controller->apply(std::make_unique<SetTextCommand>(text, tr("Open version %1").arg(id)));
    });
    dialog->show();
}
