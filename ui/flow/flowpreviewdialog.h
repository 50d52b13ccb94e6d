#pragma once

#include "flow/flowplayer.h"
#include "previewpayments.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QScrollArea;
class QSpinBox;
class QTableWidget;
class QTimer;
class QVBoxLayout;
class QHBoxLayout;

// Plays the flow as the H5 chat page shows it: bubbles after their typing delay (at 1×, 10×
// or at once), the buttons of a message that waits, messages skipped because their
// condition does not hold (shown as notes, if wished), and the answers collected so far.
// It can start from any message with answers given in advance. A payment button offers the
// three outcomes — paid, cancelled, failed — instead of a real payment.
class FlowPreviewDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FlowPreviewDialog)

public:
    enum class Speed { Normal, Fast, Instant };

    FlowPreviewDialog(const JsonValue &flow, qsizetype startIndex = 0, QWidget *parent = nullptr);

    void setSpeed(Speed speed);
    void setShowSkipped(bool show);
    // Starts over from a message with preset answers.
    void restart(qsizetype fromIndex, const QList<QPair<QString, QString>> &presetAnswers = {});
    // Presses a button of the waiting message (payment buttons take the outcome).
    bool choose(int buttonIndex, FlowPlayer::PaymentResult payment = FlowPlayer::PaymentResult::Paid);

    // Real test payments for payment buttons (not owned; null: outcomes are only simulated).
    void setPayments(PreviewPayments *payments) { m_payments = payments; }
    // Starts a real test payment for a payment button of the waiting message; the flow goes
    // on when it has an outcome (paymentFinished). False when it cannot start.
    bool pay(int buttonIndex);
    bool isPaying() const { return m_paying; }

    const FlowPlayer &player() const { return m_player; }
    // What the chat shows, top to bottom: "bot: …", "me: …", "note: …".
    QStringList transcript() const { return m_transcript; }
    QTableWidget *answersTable() const { return m_answers; }

Q_SIGNALS:
    void transcriptChanged();
    void paymentFinished(PreviewPayments::Outcome outcome);

protected:
    // Plays from the chosen message when first shown.
    void showEvent(QShowEvent *event) override;

private:
    void advance();
    void showPending();
    void addBubble(const QString &text, bool mine);
    void addNote(const QString &text);
    void showButtons(qsizetype messageIndex);
    void clearButtons();
    void refreshAnswers();
    int scaledDelay(qint64 ms) const;
    QList<QPair<QString, QString>> presetAnswers() const;

    void setButtonsEnabled(bool enabled);

    FlowPlayer m_player;
    PreviewPayments *m_payments = nullptr;
    bool m_paying = false;
    Speed m_speed = Speed::Normal;
    bool m_showSkipped = true;
    bool m_started = false;
    FlowPlayer::Step m_pending;
    QStringList m_transcript;

    QScrollArea *m_scroll;
    QWidget *m_chat;
    QVBoxLayout *m_chatLayout;
    QLabel *m_typing;
    QWidget *m_buttonsArea;
    QHBoxLayout *m_buttonsLayout;
    QTimer *m_timer;
    QComboBox *m_speedBox;
    QCheckBox *m_skippedBox;
    QComboBox *m_startBox;
    QTableWidget *m_presets;
    QTableWidget *m_answers;
};
