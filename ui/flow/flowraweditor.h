#pragma once

#include <QWidget>

class FlowDocumentController;
class QLabel;
class QPlainTextEdit;
class QTimer;

// The raw JSON of the flow, kept in step with the form both ways. Typing is committed as
// one undoable text edit after a short pause; text that does not parse stays exactly as
// typed, with the error marked where it is and described above the editor.
class FlowRawEditor final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FlowRawEditor)

public:
    explicit FlowRawEditor(FlowDocumentController *controller, QWidget *parent = nullptr);

    QPlainTextEdit *editor() const { return m_edit; }
    QLabel *errorLabel() const { return m_error; }
    // Commits typing not yet committed (before saving, switching tabs, or in tests).
    void commit();
    // Moves the cursor to a character offset and shows it.
    void jumpTo(qsizetype offset);
    // Whether the editor shows the document's current text (it refreshes lazily while hidden).
    bool isInStep() const;
    // Whether typed text waits to be committed.
    bool hasPendingTyping() const;
    void setCommitDelay(int ms);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void pullFromDocument();
    void markError();

    FlowDocumentController *m_controller;
    QPlainTextEdit *m_edit;
    QLabel *m_error;
    QTimer *m_commitTimer;
    bool m_pulling = false;
    bool m_stale = true;
};
