#pragma once

#include "flow/flowjson.h"

#include <QWidget>

class FlowDocumentController;
class QCheckBox;
class QComboBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;
class QTableWidget;
class QToolButton;

// The form for one message: type, content, delay, whether it waits and the key of its
// answer, its condition (keys and values offered from the messages above), and its buttons
// with an amount editor that accepts only yuan amounts with at most two decimals. Every
// change is an undoable command; typing into one field merges into one step.
class FlowMessageForm final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FlowMessageForm)

public:
    explicit FlowMessageForm(FlowDocumentController *controller, QWidget *parent = nullptr);

    void setMessageIndex(qsizetype index);
    qsizetype messageIndex() const { return m_index; }
    // Re-reads the message from the document (after any change).
    void refresh();

    // Selects a button and, for a path inside the message, focuses the field it names.
    void focusPath(const QString &path);
    void selectButton(int row);
    int currentButton() const;

    // For tests and keyboard users: the editors by purpose.
    QComboBox *typeEdit() const { return m_type; }
    QPlainTextEdit *contentEdit() const { return m_content; }
    QSpinBox *delayEdit() const { return m_delay; }
    QCheckBox *waitEdit() const { return m_wait; }
    QLineEdit *responseKeyEdit() const { return m_responseKey; }
    QGroupBox *conditionBox() const { return m_conditionBox; }
    QComboBox *conditionKeyEdit() const { return m_conditionKey; }
    QComboBox *conditionValueEdit() const { return m_conditionValue; }
    QTableWidget *buttonsTable() const { return m_buttons; }
    QToolButton *addButtonButton() const { return m_addButton; }
    QToolButton *removeButtonButton() const { return m_removeButton; }
    QLineEdit *buttonTextEdit() const { return m_buttonText; }
    QLineEdit *buttonValueEdit() const { return m_buttonValue; }
    QComboBox *buttonTypeEdit() const { return m_buttonType; }
    QLineEdit *amountEdit() const { return m_amount; }
    QLabel *amountProblem() const { return m_amountProblem; }

private:
    const JsonValue *message() const;
    JsonPath path() const { return JsonPath() / m_index; }
    void setField(const JsonPath &path, std::optional<JsonValue> value, bool mergeable = true);
    void refreshButtons();
    void refreshButtonEditor();
    void refreshConditionChoices();
    void moveButton(int delta);
    void onAmountEdited(const QString &text);

    FlowDocumentController *m_controller;
    qsizetype m_index = -1;
    bool m_refreshing = false;

    QComboBox *m_type;
    QPlainTextEdit *m_content;
    QSpinBox *m_delay;
    QCheckBox *m_wait;
    QLineEdit *m_responseKey;
    QGroupBox *m_conditionBox;
    QComboBox *m_conditionKey;
    QComboBox *m_conditionValue;
    QTableWidget *m_buttons;
    QToolButton *m_addButton;
    QToolButton *m_removeButton;
    QToolButton *m_upButton;
    QToolButton *m_downButton;
    QWidget *m_buttonEditor;
    QLineEdit *m_buttonText;
    QLineEdit *m_buttonValue;
    QComboBox *m_buttonType;
    QLineEdit *m_amount;
    QLabel *m_amountProblem;
};
