#include "flowpreviewdialog.h"

#include "flow/flowmessage.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QPointer>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSplitter>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

FlowPreviewDialog::FlowPreviewDialog(const JsonValue &flow, qsizetype startIndex, QWidget *parent)
    : QDialog(parent), m_player(flow), m_timer(new QTimer(this))
{
    setWindowTitle(tr("Chat Preview"));
    resize(820, 640);
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, &FlowPreviewDialog::showPending);

    // The chat, as the H5 page shows it.
    auto *chatSide = new QWidget(this);
    auto *chatLayout = new QVBoxLayout(chatSide);
    m_scroll = new QScrollArea(chatSide);
    m_scroll->setWidgetResizable(true);
    m_chat = new QWidget(m_scroll);
    m_chat->setObjectName(u"chat"_s);
    m_chat->setStyleSheet(u"#chat { background: #ededed; }"_s);
    m_chatLayout = new QVBoxLayout(m_chat);
    m_chatLayout->addStretch();
    m_scroll->setWidget(m_chat);
    chatLayout->addWidget(m_scroll);
    m_typing = new QLabel(tr("typing…"), chatSide);
    m_typing->setStyleSheet(u"color: #888;"_s);
    m_typing->hide();
    chatLayout->addWidget(m_typing);
    m_buttonsArea = new QWidget(chatSide);
    m_buttonsLayout = new QHBoxLayout(m_buttonsArea);
    m_buttonsLayout->setContentsMargins(0, 0, 0, 0);
    chatLayout->addWidget(m_buttonsArea);

    // Controls and the answers so far.
    auto *side = new QWidget(this);
    auto *sideLayout = new QVBoxLayout(side);
    auto *controls = new QFormLayout;
    m_speedBox = new QComboBox(side);
    m_speedBox->addItems({tr("1× (as customers see it)"), tr("10×"), tr("Instant")});
    controls->addRow(tr("&Speed:"), m_speedBox);
    m_skippedBox = new QCheckBox(tr("Show skipped messages"), side);
    m_skippedBox->setChecked(true);
    controls->addRow(QString(), m_skippedBox);
    m_startBox = new QComboBox(side);
    for (qsizetype i = 0; i < m_player.messageCount(); ++i)
        m_startBox->addItem(u"%1 · %2"_s.arg(i).arg(FlowMessageView(&m_player.flow().at(i)).summary(40)));
    m_startBox->setCurrentIndex(int(std::clamp<qsizetype>(startIndex, 0, std::max<qsizetype>(0, m_player.messageCount() - 1))));
    controls->addRow(tr("Start &from:"), m_startBox);
    sideLayout->addLayout(controls);

    auto *presetBox = new QGroupBox(tr("Answers given in advance"), side);
    auto *presetLayout = new QVBoxLayout(presetBox);
    m_presets = new QTableWidget(0, 2, presetBox);
    m_presets->setHorizontalHeaderLabels({tr("Key"), tr("Answer")});
    m_presets->horizontalHeader()->setStretchLastSection(true);
    m_presets->verticalHeader()->hide();
    presetLayout->addWidget(m_presets);
    auto *addPreset = new QPushButton(tr("Add answer"), presetBox);
    presetLayout->addWidget(addPreset);
    connect(addPreset, &QPushButton::clicked, this, [this] { m_presets->insertRow(m_presets->rowCount()); });
    sideLayout->addWidget(presetBox);

    auto *restartButton = new QPushButton(tr("&Restart"), side);
    sideLayout->addWidget(restartButton);

    auto *answersBox = new QGroupBox(tr("Answers collected"), side);
    auto *answersLayout = new QVBoxLayout(answersBox);
    m_answers = new QTableWidget(0, 2, answersBox);
    m_answers->setHorizontalHeaderLabels({tr("Key"), tr("Answer")});
    m_answers->horizontalHeader()->setStretchLastSection(true);
    m_answers->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_answers->verticalHeader()->hide();
    m_answers->setEditTriggers(QAbstractItemView::NoEditTriggers);
    answersLayout->addWidget(m_answers);
    sideLayout->addWidget(answersBox, 1);

    auto *splitter = new QSplitter(this);
    splitter->addWidget(chatSide);
    splitter->addWidget(side);
    splitter->setStretchFactor(0, 2);
    splitter->setSizes({500, 320});
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter);

    connect(m_speedBox, &QComboBox::currentIndexChanged, this, [this](int i) { m_speed = Speed(i); });
    connect(m_skippedBox, &QCheckBox::toggled, this, [this](bool on) { m_showSkipped = on; });
    connect(restartButton, &QPushButton::clicked, this, [this] { restart(m_startBox->currentIndex(), presetAnswers()); });
}

void FlowPreviewDialog::showEvent(QShowEvent *event)
{
    QDialog::showEvent(event);
    if (!m_started)
        restart(m_startBox->currentIndex(), presetAnswers());
}

void FlowPreviewDialog::setSpeed(Speed speed)
{
    m_speedBox->setCurrentIndex(int(speed));
}

void FlowPreviewDialog::setShowSkipped(bool show)
{
    m_skippedBox->setChecked(show);
}

QList<QPair<QString, QString>> FlowPreviewDialog::presetAnswers() const
{
    QList<QPair<QString, QString>> answers;
    for (int row = 0; row < m_presets->rowCount(); ++row) {
        const QTableWidgetItem *key = m_presets->item(row, 0);
        const QTableWidgetItem *value = m_presets->item(row, 1);
        if (key && !key->text().isEmpty())
            answers.append({key->text(), value ? value->text() : QString()});
    }
    return answers;
}

void FlowPreviewDialog::restart(qsizetype fromIndex, const QList<QPair<QString, QString>> &presetAnswers)
{
    m_started = true;
    m_timer->stop();
    m_typing->hide();
    clearButtons();
    while (m_chatLayout->count() > 1) {
        QLayoutItem *item = m_chatLayout->takeAt(1);
        delete item->widget();
        delete item;
    }
    m_transcript.clear();
    m_player.start(fromIndex, presetAnswers);
    refreshAnswers();
    Q_EMIT transcriptChanged();
    advance();
}

int FlowPreviewDialog::scaledDelay(qint64 ms) const
{
    switch (m_speed) {
    case Speed::Normal: return int(std::min<qint64>(ms, 600'000));
    case Speed::Fast: return int(std::min<qint64>(ms / 10, 60'000));
    case Speed::Instant: return 0;
    }
    return 0;
}

void FlowPreviewDialog::advance()
{
    while (true) {
        const FlowPlayer::Step step = m_player.next();
        switch (step.kind) {
        case FlowPlayer::Step::Kind::Finished:
            addNote(tr("End of the conversation."));
            return;
        case FlowPlayer::Step::Kind::Skip:
            if (m_showSkipped)
                addNote(tr("Skipped message %1: %2").arg(step.index).arg(step.reason));
            continue;
        case FlowPlayer::Step::Kind::Wait:
            showButtons(step.index);
            return;
        case FlowPlayer::Step::Kind::Show:
            m_pending = step;
            if (const int delay = scaledDelay(step.delayMs); delay > 0) {
                m_typing->show();
                m_timer->start(delay);
                return;
            }
            showPending();
            return;
        }
    }
}

void FlowPreviewDialog::showPending()
{
    m_typing->hide();
    const FlowMessageView message(&m_player.flow().at(m_pending.index));
    addBubble(message.content(), false);
    advance();
}

void FlowPreviewDialog::addBubble(const QString &text, bool mine)
{
    auto *row = new QWidget(m_chat);
    auto *rowLayout = new QHBoxLayout(row);
    rowLayout->setContentsMargins(0, 0, 0, 0);
    auto *bubble = new QLabel(text, row);
    bubble->setWordWrap(true);
    bubble->setTextInteractionFlags(Qt::TextSelectableByMouse);
    bubble->setMaximumWidth(420);
    bubble->setStyleSheet(mine ? u"background: #95ec69; border-radius: 6px; padding: 8px;"_s
                               : u"background: white; border-radius: 6px; padding: 8px;"_s);
    if (mine) {
        rowLayout->addStretch();
        rowLayout->addWidget(bubble);
    } else {
        rowLayout->addWidget(bubble);
        rowLayout->addStretch();
    }
    m_chatLayout->addWidget(row);
    m_transcript << (mine ? u"me: "_s : u"bot: "_s) + text;
    Q_EMIT transcriptChanged();
    QTimer::singleShot(0, this, [this] { m_scroll->verticalScrollBar()->setValue(m_scroll->verticalScrollBar()->maximum()); });
}

void FlowPreviewDialog::addNote(const QString &text)
{
    auto *note = new QLabel(text, m_chat);
    note->setWordWrap(true);
    note->setAlignment(Qt::AlignHCenter);
    note->setStyleSheet(u"color: #888; font-size: small;"_s);
    m_chatLayout->addWidget(note);
    m_transcript << u"note: "_s + text;
    Q_EMIT transcriptChanged();
}

void FlowPreviewDialog::clearButtons()
{
    while (QLayoutItem *item = m_buttonsLayout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
}

void FlowPreviewDialog::showButtons(qsizetype messageIndex)
{
    clearButtons();
    const FlowMessageView message(&m_player.flow().at(messageIndex));
    for (qsizetype i = 0; i < message.buttonCount(); ++i) {
        const FlowButtonView b = message.button(i);
        auto *button = new QPushButton(b.text().isEmpty() ? tr("(no text)") : b.text(), m_buttonsArea);
        const int index = int(i);
        if (b.isPayment()) {
            auto *menu = new QMenu(button);
            if (m_payments) {
                QAction *real = menu->addAction(tr("Pay in the sandbox (cashier, signed notification)"), this,
                                                [this, index] { pay(index); });
                real->setToolTip(m_payments->description());
                menu->addSeparator();
            }
            menu->addAction(tr("Payment succeeds (paid)"), this,
                            [this, index] { choose(index, FlowPlayer::PaymentResult::Paid); });
            menu->addAction(tr("Customer cancels (payment_cancelled)"), this,
                            [this, index] { choose(index, FlowPlayer::PaymentResult::Cancelled); });
            menu->addAction(tr("Payment fails (payment_failed)"), this,
                            [this, index] { choose(index, FlowPlayer::PaymentResult::Failed); });
            button->setMenu(menu);
            button->setToolTip(tr("A test payment of ¥%1: choose how it ends.").arg(b.amountText().value_or(u"?"_s)));
        } else {
            connect(button, &QPushButton::clicked, this, [this, index] { choose(index); });
        }
        m_buttonsLayout->addWidget(button);
    }
    m_buttonsLayout->addStretch();
}

bool FlowPreviewDialog::pay(int buttonIndex)
{
    if (!m_payments || m_paying || !m_player.isWaiting())
        return false;
    const FlowMessageView message(&m_player.flow().at(m_player.position()));
    if (buttonIndex < 0 || buttonIndex >= message.buttonCount() || !message.button(buttonIndex).isPayment())
        return false;
    const auto amount = Money::parse(message.button(buttonIndex).amountText().value_or(QString()));
    if (!amount) {
        addNote(tr("This payment button has no valid amount: %1").arg(amount.errorMessage()));
        return false;
    }
    m_paying = true;
    setButtonsEnabled(false);
    addNote(tr("Paying ¥%1 in the sandbox: %2").arg(amount->toString(), m_payments->description()));
    QPointer<FlowPreviewDialog> self(this);
    const int position = int(m_player.position());
    m_payments->pay(
        {*amount, message.button(buttonIndex).text()}, this,
        [self](const QString &line) {
            if (self)
                self->addNote(line);
        },
        [self, buttonIndex, position](PreviewPayments::Outcome outcome, const QString &detail) {
            if (!self)
                return;
            self->m_paying = false;
            if (!detail.isEmpty())
                self->addNote(detail);
            // The preview may have been restarted meanwhile: only answer the same message.
            const bool same = self->m_player.isWaiting() && self->m_player.position() == position;
            switch (outcome) {
            case PreviewPayments::Outcome::Paid:
                if (same)
                    self->choose(buttonIndex, FlowPlayer::PaymentResult::Paid);
                break;
            case PreviewPayments::Outcome::Failed:
                if (same)
                    self->choose(buttonIndex, FlowPlayer::PaymentResult::Failed);
                break;
            case PreviewPayments::Outcome::Cancelled:
                if (same)
                    self->choose(buttonIndex, FlowPlayer::PaymentResult::Cancelled);
                break;
            case PreviewPayments::Outcome::Unpaid:
                self->addNote(tr("Left unpaid: the chat keeps waiting for the payment."));
                self->setButtonsEnabled(true);
                break;
            }
            Q_EMIT self->paymentFinished(outcome);
        });
    return true;
}

void FlowPreviewDialog::setButtonsEnabled(bool enabled)
{
    for (QPushButton *b : m_buttonsArea->findChildren<QPushButton *>())
        b->setEnabled(enabled);
}

bool FlowPreviewDialog::choose(int buttonIndex, FlowPlayer::PaymentResult payment)
{
    if (!m_player.isWaiting() || m_paying)
        return false;
    const FlowMessageView message(&m_player.flow().at(m_player.position()));
    if (buttonIndex < 0 || buttonIndex >= message.buttonCount())
        return false;
    const QString label = message.button(buttonIndex).text();
    auto answer = m_player.answer(buttonIndex, payment);
    if (!answer)
        return false;
    // Deleting the pressed button inside its own click handler is not safe: defer.
    const auto widgets = m_buttonsArea->findChildren<QPushButton *>();
    for (QPushButton *b : widgets) {
        b->hide();
        b->deleteLater();
    }
    while (QLayoutItem *item = m_buttonsLayout->takeAt(0))
        delete item;
    addBubble(message.button(buttonIndex).isPayment() ? label + u" → "_s + *answer : label, true);
    refreshAnswers();
    advance();
    return true;
}

void FlowPreviewDialog::refreshAnswers()
{
    const auto &answers = m_player.answers();
    m_answers->setRowCount(int(answers.size()));
    for (int row = 0; row < answers.size(); ++row) {
        m_answers->setItem(row, 0, new QTableWidgetItem(answers.at(row).first));
        m_answers->setItem(row, 1, new QTableWidgetItem(answers.at(row).second));
    }
}
