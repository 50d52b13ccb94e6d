#include "flowmessageform.h"

#include "flow/flowmessage.h"
#include "flowdocumentcontroller.h"
#include "orders/money.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QRegularExpressionValidator>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QTableWidget>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {
// What a yuan amount may look like while it is typed: up to 8 integer digits and 2 decimals.
const QRegularExpression amountPattern(u"^\\d{0,8}(\\.\\d{0,2})?$"_s);

enum ButtonColumn { TextColumn, ValueColumn, TypeColumn, AmountColumn, ColumnCount };

void setComboText(QComboBox *combo, const QString &text)
{
    if (combo->currentText() != text)
        combo->setCurrentText(text);
}

void setLineText(QLineEdit *edit, const QString &text)
{
    if (edit->text() != text)
        edit->setText(text);
}
} // namespace

FlowMessageForm::FlowMessageForm(FlowDocumentController *controller, QWidget *parent)
    : QWidget(parent), m_controller(controller)
{
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    layout->addLayout(form);

    m_type = new QComboBox(this);
    m_type->setEditable(true);
    m_type->addItems({u"service"_s});
    m_type->setToolTip(tr("\"service\" is a message of the bot; other types are kept as they are."));
    form->addRow(tr("&Type:"), m_type);

    m_content = new QPlainTextEdit(this);
    m_content->setTabChangesFocus(true);
    m_content->setPlaceholderText(tr("What the bot says"));
    m_content->setMaximumHeight(90);
    form->addRow(tr("&Content:"), m_content);

    m_delay = new QSpinBox(this);
    m_delay->setRange(-1, 600'000);
    m_delay->setSingleStep(100);
    m_delay->setSuffix(tr(" ms"));
    m_delay->setSpecialValueText(tr("(none)"));
    m_delay->setToolTip(tr("How long the page shows \"typing…\" before the message, in milliseconds."));
    form->addRow(tr("&Delay:"), m_delay);

    m_wait = new QCheckBox(tr("&Wait for the customer to answer"), this);
    form->addRow(QString(), m_wait);

    m_responseKey = new QLineEdit(this);
    m_responseKey->setPlaceholderText(tr("e.g. paymentConfirm"));
    m_responseKey->setToolTip(tr("The answer is stored under this key; later messages can test it in a condition."));
    form->addRow(tr("Answer &key:"), m_responseKey);

    m_conditionBox = new QGroupBox(tr("Show only &when"), this);
    m_conditionBox->setCheckable(true);
    auto *conditionLayout = new QFormLayout(m_conditionBox);
    m_conditionKey = new QComboBox(m_conditionBox);
    m_conditionKey->setEditable(true);
    m_conditionKey->setToolTip(tr("Keys set by the messages above this one."));
    m_conditionValue = new QComboBox(m_conditionBox);
    m_conditionValue->setEditable(true);
    m_conditionValue->setToolTip(tr("Answers the messages above can store under the key."));
    conditionLayout->addRow(tr("the answer to:"), m_conditionKey);
    conditionLayout->addRow(tr("is:"), m_conditionValue);
    layout->addWidget(m_conditionBox);

    auto *buttonsBox = new QGroupBox(tr("&Buttons"), this);
    auto *buttonsLayout = new QVBoxLayout(buttonsBox);
    m_buttons = new QTableWidget(0, ColumnCount, buttonsBox);
    m_buttons->setHorizontalHeaderLabels({tr("Text"), tr("Value"), tr("Type"), tr("Amount (¥)")});
    m_buttons->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_buttons->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_buttons->setSelectionMode(QAbstractItemView::SingleSelection);
    m_buttons->verticalHeader()->hide();
    m_buttons->horizontalHeader()->setStretchLastSection(true);
    m_buttons->setMinimumHeight(100);
    m_buttons->setMaximumHeight(130);
    buttonsLayout->addWidget(m_buttons);
    auto *tools = new QHBoxLayout;
    auto tool = [&](const QString &text, const QString &tip) {
        auto *b = new QToolButton(buttonsBox);
        b->setText(text);
        b->setToolTip(tip);
        tools->addWidget(b);
        return b;
    };
    m_addButton = tool(tr("Add"), tr("Add a button"));
    m_removeButton = tool(tr("Remove"), tr("Remove the selected button"));
    m_upButton = tool(tr("Up"), tr("Move the selected button up"));
    m_downButton = tool(tr("Down"), tr("Move the selected button down"));
    tools->addStretch();
    buttonsLayout->addLayout(tools);

    m_buttonEditor = new QWidget(buttonsBox);
    auto *bform = new QFormLayout(m_buttonEditor);
    bform->setContentsMargins(0, 0, 0, 0);
    m_buttonText = new QLineEdit(m_buttonEditor);
    m_buttonValue = new QLineEdit(m_buttonEditor);
    m_buttonValue->setToolTip(tr("Stored under the answer key when the button is pressed."));
    m_buttonType = new QComboBox(m_buttonEditor);
    m_buttonType->setEditable(true);
    m_buttonType->addItems({QString(), u"payment"_s, u"primary"_s, u"warning"_s});
    m_buttonType->setToolTip(tr("\"payment\" makes a payment button; the others only style the button."));
    m_amount = new QLineEdit(m_buttonEditor);
    m_amount->setValidator(new QRegularExpressionValidator(amountPattern, m_amount));
    m_amount->setPlaceholderText(tr("0.40"));
    m_amount->setToolTip(tr("The amount in yuan, at most two decimals."));
    m_amountProblem = new QLabel(m_buttonEditor);
    m_amountProblem->setWordWrap(true);
    m_amountProblem->setStyleSheet(u"color: #b00020;"_s);
    m_amountProblem->hide();
    bform->addRow(tr("Te&xt:"), m_buttonText);
    bform->addRow(tr("&Value:"), m_buttonValue);
    bform->addRow(tr("T&ype:"), m_buttonType);
    bform->addRow(tr("&Amount (¥):"), m_amount);
    bform->addRow(QString(), m_amountProblem);
    buttonsLayout->addWidget(m_buttonEditor);
    layout->addWidget(buttonsBox);
    layout->addStretch();

    // Edits become commands.
    connect(m_type, &QComboBox::currentTextChanged, this, [this](const QString &t) {
        setField(path() / u"type"_s, t.isEmpty() ? std::nullopt : std::optional(JsonValue::string(t)));
    });
    connect(m_content, &QPlainTextEdit::textChanged, this,
            [this] { setField(path() / u"content"_s, JsonValue::string(m_content->toPlainText())); });
    connect(m_delay, &QSpinBox::valueChanged, this, [this](int ms) {
        setField(path() / u"delay"_s, ms < 0 ? std::nullopt : std::optional(JsonValue::number(ms)));
    });
    connect(m_wait, &QCheckBox::toggled, this, [this](bool on) {
        setField(path() / u"waitForResponse"_s, on ? std::optional(JsonValue::boolean(true)) : std::nullopt, false);
    });
    connect(m_responseKey, &QLineEdit::textEdited, this, [this](const QString &t) {
        setField(path() / u"responseKey"_s, t.isEmpty() ? std::nullopt : std::optional(JsonValue::string(t)));
    });
    connect(m_conditionBox, &QGroupBox::toggled, this, [this](bool on) {
        if (!on) {
            setField(path() / u"condition"_s, std::nullopt, false);
            return;
        }
        JsonValue c = JsonValue::object();
        c.set(u"key"_s, JsonValue::string(m_conditionKey->count() > 0 ? m_conditionKey->itemText(0) : QString()));
        c.set(u"value"_s, JsonValue::string(QString()));
        setField(path() / u"condition"_s, c, false);
    });
    connect(m_conditionKey, &QComboBox::currentTextChanged, this, [this](const QString &t) {
        if (!m_refreshing) {
            setField(path() / u"condition"_s / u"key"_s, JsonValue::string(t));
            refreshConditionChoices();
        }
    });
    connect(m_conditionValue, &QComboBox::currentTextChanged, this,
            [this](const QString &t) { setField(path() / u"condition"_s / u"value"_s, JsonValue::string(t)); });

    connect(m_buttons, &QTableWidget::itemSelectionChanged, this, [this] {
        if (!m_refreshing)
            refreshButtonEditor();
    });
    connect(m_addButton, &QToolButton::clicked, this, [this] {
        const FlowMessageView view(message());
        JsonValue button = JsonValue::object();
        button.set(u"text"_s, JsonValue::string(tr("Button")));
        button.set(u"value"_s, JsonValue::string(u"option%1"_s.arg(view.buttonCount() + 1)));
        const int row = int(view.buttonCount());
        if (!message()->contains(FlowFields::Buttons)) {
            JsonValue buttons = JsonValue::array();
            buttons.append(button);
            setField(path() / u"buttons"_s, buttons, false);
        } else {
            m_controller->apply(std::make_unique<InsertItemCommand>(path() / u"buttons"_s, row, button,
                                                                    tr("Add button")));
        }
        selectButton(row);
        m_buttonText->setFocus();
        m_buttonText->selectAll();
    });
    connect(m_removeButton, &QToolButton::clicked, this, [this] {
        const int row = currentButton();
        if (row < 0)
            return;
        m_controller->apply(std::make_unique<RemoveItemCommand>(path() / u"buttons"_s, row, tr("Remove button")));
        selectButton(std::min(row, m_buttons->rowCount() - 1));
    });
    connect(m_upButton, &QToolButton::clicked, this, [this] { moveButton(-1); });
    connect(m_downButton, &QToolButton::clicked, this, [this] { moveButton(+1); });

    auto buttonPath = [this](QStringView field) { return path() / u"buttons"_s / qsizetype(currentButton()) / field.toString(); };
    connect(m_buttonText, &QLineEdit::textEdited, this,
            [this, buttonPath](const QString &t) { setField(buttonPath(u"text"), JsonValue::string(t)); });
    connect(m_buttonValue, &QLineEdit::textEdited, this,
            [this, buttonPath](const QString &t) { setField(buttonPath(u"value"), JsonValue::string(t)); });
    connect(m_buttonType, &QComboBox::currentTextChanged, this, [this, buttonPath](const QString &t) {
        if (currentButton() < 0)
            return;
        setField(buttonPath(u"type"), t.isEmpty() ? std::nullopt : std::optional(JsonValue::string(t)));
    });
    connect(m_amount, &QLineEdit::textEdited, this, &FlowMessageForm::onAmountEdited);

    connect(controller, &FlowDocumentController::documentChanged, this, [this] { refresh(); });
    setMessageIndex(-1);
}

const JsonValue *FlowMessageForm::message() const
{
    return m_controller->document().message(m_index);
}

void FlowMessageForm::setMessageIndex(qsizetype index)
{
    m_index = index;
    refresh();
    if (m_buttons->rowCount() > 0)
        selectButton(0);
}

void FlowMessageForm::setField(const JsonPath &fieldPath, std::optional<JsonValue> value, bool mergeable)
{
    if (m_refreshing || !message() || !message()->isObject())
        return;
    // Nothing to do when the value is already there (a refresh echoing back, say).
    const JsonValue *current = fieldPath.resolve(m_controller->document().root());
    if ((!value && !current) || (value && current && *value == *current))
        return;
    if (!fieldPath.parent().resolve(m_controller->document().root()))
        return;
    auto command = std::make_unique<SetValueCommand>(fieldPath, std::move(value));
    command->setMergeable(mergeable);
    m_controller->apply(std::move(command));
}

void FlowMessageForm::refresh()
{
    const JsonValue *m = message();
    const bool editable = m && m->isObject() && !m_controller->document().hasSyntaxError();
    setEnabled(editable);
    m_refreshing = true;
    const QSignalBlocker b1(m_type), b2(m_content), b3(m_delay), b4(m_wait), b5(m_responseKey), b6(m_conditionBox),
        b7(m_conditionKey), b8(m_conditionValue);
    const FlowMessageView view(m);
    setComboText(m_type, view.type());
    if (m_content->toPlainText() != view.content())
        m_content->setPlainText(view.content());
    const JsonValue *delay = m && m->isObject() ? m->find(FlowFields::Delay) : nullptr;
    const int delayValue = delay ? int(std::clamp<qint64>(view.delayMs(), 0, 600'000)) : -1;
    if (m_delay->value() != delayValue)
        m_delay->setValue(delayValue);
    m_wait->setChecked(view.waitsForResponse());
    setLineText(m_responseKey, view.responseKey());
    m_conditionBox->setChecked(view.hasCondition());
    setComboText(m_conditionKey, view.conditionKey());
    refreshConditionChoices();
    setComboText(m_conditionValue, view.conditionValue());
    refreshButtons();
    m_refreshing = false;
    refreshButtonEditor();
}

void FlowMessageForm::refreshConditionChoices()
{
    const QSignalBlocker b1(m_conditionKey), b2(m_conditionValue);
    const FlowDocument &doc = m_controller->document();
    QStringList keys;
    const QString key = m_conditionKey->currentText();
    QStringList values;
    for (qsizetype j = 0; j < m_index && j < doc.messageCount(); ++j) {
        const FlowMessageView earlier(doc.message(j));
        const QString k = earlier.responseKey();
        if (k.isEmpty())
            continue;
        if (!keys.contains(k))
            keys << k;
        if (k == key) {
            for (const QString &v : earlier.producedAnswers()) {
                if (!values.contains(v))
                    values << v;
            }
        }
    }
    const QString keyText = m_conditionKey->currentText();
    const QString valueText = m_conditionValue->currentText();
    QStringList oldKeys;
    for (int i = 0; i < m_conditionKey->count(); ++i)
        oldKeys << m_conditionKey->itemText(i);
    if (oldKeys != keys) {
        m_conditionKey->clear();
        m_conditionKey->addItems(keys);
        m_conditionKey->setCurrentText(keyText);
    }
    QStringList oldValues;
    for (int i = 0; i < m_conditionValue->count(); ++i)
        oldValues << m_conditionValue->itemText(i);
    if (oldValues != values) {
        m_conditionValue->clear();
        m_conditionValue->addItems(values);
        m_conditionValue->setCurrentText(valueText);
    }
}

void FlowMessageForm::refreshButtons()
{
    const FlowMessageView view(message());
    const int selected = currentButton();
    const QSignalBlocker blocker(m_buttons);
    m_buttons->setRowCount(int(view.buttonCount()));
    for (int row = 0; row < view.buttonCount(); ++row) {
        const FlowButtonView b = view.button(row);
        const QStringList cells = {b.text(), b.value(), b.type(), b.amountText().value_or(QString())};
        for (int c = 0; c < ColumnCount; ++c) {
            QTableWidgetItem *item = m_buttons->item(row, c);
            if (!item) {
                item = new QTableWidgetItem;
                m_buttons->setItem(row, c, item);
            }
            if (item->text() != cells.at(c))
                item->setText(cells.at(c));
        }
    }
    if (selected >= 0 && selected < m_buttons->rowCount())
        m_buttons->selectRow(selected);
}

int FlowMessageForm::currentButton() const
{
    const auto rows = m_buttons->selectionModel()->selectedRows();
    return rows.isEmpty() ? -1 : rows.first().row();
}

void FlowMessageForm::selectButton(int row)
{
    if (row < 0 || row >= m_buttons->rowCount()) {
        m_buttons->clearSelection();
    } else {
        m_buttons->selectRow(row);
    }
    refreshButtonEditor();
}

void FlowMessageForm::refreshButtonEditor()
{
    const int row = currentButton();
    const FlowMessageView view(message());
    const bool has = row >= 0 && row < view.buttonCount();
    m_buttonEditor->setEnabled(has);
    m_removeButton->setEnabled(has);
    m_upButton->setEnabled(has && row > 0);
    m_downButton->setEnabled(has && row + 1 < view.buttonCount());
    const QSignalBlocker b1(m_buttonText), b2(m_buttonValue), b3(m_buttonType), b4(m_amount);
    const FlowButtonView b = has ? view.button(row) : FlowButtonView(nullptr);
    setLineText(m_buttonText, b.text());
    setLineText(m_buttonValue, b.value());
    setComboText(m_buttonType, b.type());
    // The amount editor keeps what is being typed ("0.") until it is a valid amount.
    const QString amount = b.amountText().value_or(QString());
    if (!m_amount->hasFocus() || Money::parse(m_amount->text()).ok() || m_amount->text().isEmpty())
        setLineText(m_amount, amount);
    m_amount->setEnabled(has && b.isPayment());
    if (!b.isPayment())
        m_amountProblem->hide();
}

void FlowMessageForm::moveButton(int delta)
{
    const int row = currentButton();
    const int to = row + delta;
    if (row < 0 || to < 0 || to >= m_buttons->rowCount())
        return;
    m_controller->apply(std::make_unique<MoveItemCommand>(path() / u"buttons"_s, row, to, tr("Move button")));
    selectButton(to);
}

void FlowMessageForm::onAmountEdited(const QString &text)
{
    const int row = currentButton();
    if (row < 0)
        return;
    const JsonPath amountPath = path() / u"buttons"_s / qsizetype(row) / u"amount"_s;
    if (text.isEmpty()) {
        m_amountProblem->setText(tr("A payment button needs an amount."));
        m_amountProblem->show();
        return;
    }
    const Result<Money> money = Money::parse(text);
    if (!money) {
        m_amountProblem->setText(money.errorMessage());
        m_amountProblem->show();
        return;
    }
    const Money max = m_controller->validationOptions().maxAmount;
    if (money->isZero() || *money > max) {
        m_amountProblem->setText(money->isZero() ? tr("The amount must be above zero.")
                                                 : tr("The amount is above the maximum of %1.").arg(max.toDisplayString()));
        m_amountProblem->show();
        return;
    }
    m_amountProblem->hide();
    setField(amountPath, JsonValue::number(text));
}

void FlowMessageForm::focusPath(const QString &diagnosticPath)
{
    // "[3].buttons[1].amount" → the button row and the field.
    static const QRegularExpression buttonRe(u"\\.buttons\\[(\\d+)\\](?:\\.(\\w+))?"_s);
    const auto match = buttonRe.match(diagnosticPath);
    if (match.hasMatch()) {
        selectButton(match.captured(1).toInt());
        const QString field = match.captured(2);
        if (field == u"amount")
            m_amount->setFocus();
        else if (field == u"value")
            m_buttonValue->setFocus();
        else
            m_buttonText->setFocus();
        return;
    }
    if (diagnosticPath.contains(u".condition"))
        m_conditionKey->setFocus();
    else if (diagnosticPath.endsWith(u".delay"))
        m_delay->setFocus();
    else if (diagnosticPath.endsWith(u".responseKey"))
        m_responseKey->setFocus();
    else if (diagnosticPath.endsWith(u".waitForResponse"))
        m_wait->setFocus();
    else
        m_content->setFocus();
}
