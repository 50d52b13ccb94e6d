#include "flowraweditor.h"

#include "flowdocumentcontroller.h"

#include <QFontDatabase>
#include <QLabel>
#include <QPlainTextEdit>
#include <QScrollBar>
#include <QTextBlock>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

FlowRawEditor::FlowRawEditor(FlowDocumentController *controller, QWidget *parent)
    : QWidget(parent), m_controller(controller), m_edit(new QPlainTextEdit(this)), m_error(new QLabel(this)),
      m_commitTimer(new QTimer(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(u"QLabel { background: #fdecea; color: #8a1c1c; padding: 4px; }"_s);
    m_error->hide();
    layout->addWidget(m_error);
    m_edit->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_edit->setLineWrapMode(QPlainTextEdit::NoWrap);
    // Undo belongs to the page's stack, which also covers form edits.
    m_edit->setUndoRedoEnabled(false);
    layout->addWidget(m_edit);

    m_commitTimer->setSingleShot(true);
    m_commitTimer->setInterval(500);
    connect(m_commitTimer, &QTimer::timeout, this, &FlowRawEditor::commit);
    connect(m_edit, &QPlainTextEdit::textChanged, this, [this] {
        if (!m_pulling)
            m_commitTimer->start();
    });
    connect(controller, &FlowDocumentController::documentChanged, this, [this] {
        m_stale = true;
        if (isVisible() && !m_commitTimer->isActive())
            pullFromDocument();
        markError();
    });
    // A new document: typing not yet committed belonged to the old one.
    connect(controller, &FlowDocumentController::documentReset, this, [this] {
        m_commitTimer->stop();
        pullFromDocument();
    });
    pullFromDocument();
}

void FlowRawEditor::setCommitDelay(int ms)
{
    m_commitTimer->setInterval(ms);
}

bool FlowRawEditor::hasPendingTyping() const
{
    return m_commitTimer->isActive();
}

bool FlowRawEditor::isInStep() const
{
    return !m_stale && !m_commitTimer->isActive();
}

void FlowRawEditor::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale)
        pullFromDocument();
}

void FlowRawEditor::commit()
{
    // Only typing waits to be committed; a stale view of an older text never is.
    if (!m_commitTimer->isActive())
        return;
    m_commitTimer->stop();
    const QString text = m_edit->toPlainText();
    if (text == m_controller->document().text())
        return;
    auto command = std::make_unique<SetTextCommand>(text);
    command->setMergeable(true);
    m_stale = false;
    m_controller->apply(std::move(command));
}

void FlowRawEditor::pullFromDocument()
{
    const QString &text = m_controller->document().text();
    m_stale = false;
    if (m_edit->toPlainText() == text) {
        markError();
        return;
    }
    // Keep the cursor and scroll position where they were, as far as the new text allows.
    const int position = m_edit->textCursor().position();
    const int scroll = m_edit->verticalScrollBar()->value();
    m_pulling = true;
    m_edit->setPlainText(text);
    m_pulling = false;
    QTextCursor cursor = m_edit->textCursor();
    cursor.setPosition(std::min<int>(position, int(text.size())));
    m_edit->setTextCursor(cursor);
    m_edit->verticalScrollBar()->setValue(scroll);
    markError();
}

void FlowRawEditor::markError()
{
    const auto &error = m_controller->document().syntaxError();
    QList<QTextEdit::ExtraSelection> selections;
    if (error) {
        m_error->setText(tr("Line %1, column %2: %3 The form shows the last text that could be read; nothing you "
                            "typed is lost.")
                             .arg(error->position.line)
                             .arg(error->position.column)
                             .arg(error->message));
        m_error->show();
        QTextEdit::ExtraSelection line;
        line.format.setBackground(QColor(0xfd, 0xec, 0xea));
        line.format.setProperty(QTextFormat::FullWidthSelection, true);
        QTextCursor c(m_edit->document());
        c.setPosition(std::clamp<int>(int(error->position.offset), 0, m_edit->document()->characterCount() - 1));
        line.cursor = c;
        selections << line;
        QTextEdit::ExtraSelection at;
        at.format.setUnderlineStyle(QTextCharFormat::WaveUnderline);
        at.format.setUnderlineColor(Qt::red);
        at.format.setBackground(QColor(0xff, 0xb3, 0xb3));
        QTextCursor ch = c;
        ch.movePosition(QTextCursor::NextCharacter, QTextCursor::KeepAnchor);
        at.cursor = ch;
        selections << at;
    } else {
        m_error->hide();
    }
    m_edit->setExtraSelections(selections);
}

void FlowRawEditor::jumpTo(qsizetype offset)
{
    if (m_stale)
        pullFromDocument();
    QTextCursor c(m_edit->document());
    c.setPosition(std::clamp<int>(int(offset), 0, m_edit->document()->characterCount() - 1));
    m_edit->setTextCursor(c);
    m_edit->centerCursor();
    m_edit->setFocus();
}
