#include "flowdocumentcontroller.h"

#include <QAbstractSpinBox>
#include <QComboBox>
#include <QKeyEvent>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QUndoCommand>

namespace {
// The bridge between the model's plain commands and Qt's undo stack.
class FlowUndoCommand final : public QUndoCommand
{
public:
    FlowUndoCommand(FlowDocumentController *controller, std::unique_ptr<FlowEditCommand> command)
        : QUndoCommand(command->text()), m_controller(controller), m_command(std::move(command))
    {
    }

    void redo() override { m_controller->runRedo(*m_command); }
    void undo() override { m_controller->runUndo(*m_command); }
    int id() const override { return m_command->mergeId(); }
    bool mergeWith(const QUndoCommand *other) override
    {
        const auto *o = static_cast<const FlowUndoCommand *>(other);
        return m_command->mergeWith(*o->m_command);
    }

private:
    FlowDocumentController *m_controller;
    std::unique_ptr<FlowEditCommand> m_command;
};
} // namespace

FlowDocumentController::FlowDocumentController(QObject *parent) : QObject(parent), m_undo(new QUndoStack(this))
{
    m_pool.setMaxThreadCount(1);
    m_undo->setUndoLimit(500);
    m_debounce.setSingleShot(true);
    m_debounce.setInterval(250);
    connect(&m_debounce, &QTimer::timeout, this, &FlowDocumentController::startValidation);
    connect(m_undo, &QUndoStack::cleanChanged, this, [this](bool clean) { Q_EMIT modifiedChanged(!clean); });
    scheduleValidation();
}

FlowDocumentController::~FlowDocumentController()
{
    // A validation still running posts to this object; wait so it never outlives us.
    m_pool.waitForDone();
}

void FlowDocumentController::apply(std::unique_ptr<FlowEditCommand> command)
{
    m_undo->push(new FlowUndoCommand(this, std::move(command)));
}

void FlowDocumentController::runRedo(FlowEditCommand &command)
{
    command.redo(m_document);
    Q_EMIT documentChanged(command.focusMessage());
    scheduleValidation();
}

void FlowDocumentController::runUndo(FlowEditCommand &command)
{
    command.undo(m_document);
    Q_EMIT documentChanged(command.focusMessage());
    scheduleValidation();
}

void FlowDocumentController::reset(const QString &text, const QString &filePath)
{
    m_undo->clear();
    m_document = FlowDocument::fromText(text);
    m_undo->setClean();
    setFilePath(filePath);
    Q_EMIT documentReset();
    Q_EMIT documentChanged(-1);
    Q_EMIT modifiedChanged(false);
    scheduleValidation();
}

void FlowDocumentController::setFilePath(const QString &path)
{
    if (m_filePath == path)
        return;
    m_filePath = path;
    Q_EMIT filePathChanged();
}

void FlowDocumentController::setValidationOptions(const FlowValidator::Options &options)
{
    m_options = options;
    m_validatedRevision = 0;
    scheduleValidation();
}

const QList<FlowDiagnostic> &FlowDocumentController::validateNow()
{
    m_diagnostics = FlowValidator(m_options).validate(m_document);
    m_validatedRevision = m_document.revision();
    m_debounce.stop();
    Q_EMIT diagnosticsChanged();
    return m_diagnostics;
}

void FlowDocumentController::scheduleValidation()
{
    m_debounce.start();
}

void FlowDocumentController::startValidation()
{
    if (m_running) {
        // One at a time; the finished run starts the next when the document moved on.
        return;
    }
    if (m_validatedRevision == m_document.revision())
        return;
    m_running = true;
    const quint64 revision = m_document.revision();
    m_requestedRevision = revision;
    // The worker gets its own copy; the GUI thread keeps editing.
    auto snapshot = std::make_shared<FlowDocument>(m_document);
    const FlowValidator validator(m_options);
    m_pool.start([this, snapshot, validator, revision] {
        QList<FlowDiagnostic> result = validator.validate(*snapshot);
        QMetaObject::invokeMethod(
            this,
            [this, result = std::move(result), revision]() mutable {
                m_running = false;
                if (revision == m_document.revision()) {
                    m_diagnostics = std::move(result);
                    m_validatedRevision = revision;
                    Q_EMIT diagnosticsChanged();
                } else {
                    startValidation();
                }
            },
            Qt::QueuedConnection);
    });
}

void FlowUndoKeysFilter::installOn(QWidget *root)
{
    // Combo and spin boxes hand key events to their line edit directly (past its filters),
    // so they are filtered themselves, too.
    auto isTextField = [](QWidget *w) {
        return qobject_cast<QLineEdit *>(w) || qobject_cast<QPlainTextEdit *>(w) || qobject_cast<QComboBox *>(w)
            || qobject_cast<QAbstractSpinBox *>(w);
    };
    const auto widgets = root->findChildren<QWidget *>();
    for (QWidget *w : widgets) {
        if (isTextField(w))
            w->installEventFilter(this);
    }
    if (isTextField(root))
        root->installEventFilter(this);
}

bool FlowUndoKeysFilter::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::ShortcutOverride || event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        if (key->matches(QKeySequence::Undo) || key->matches(QKeySequence::Redo)) {
            // Not accepted: the shortcut map then triggers the page's Undo / Redo action.
            event->ignore();
            return true;
        }
    }
    return QObject::eventFilter(watched, event);
}
