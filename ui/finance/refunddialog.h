#pragma once

#include "finance/refund.h"
#include "finance/refundservice.h"
#include "orders/order.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

// Asks for the amount, the reason and a note of one refund. The OK button names the exact
// amount ("Refund ¥0.29"); the refund number is fixed when the dialog opens, so the same
// refund is never sent twice.
class RefundDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RefundDialog)

public:
    RefundDialog(const Order &order, const RefundSummary &summary, const QString &outRefundNo,
                 QWidget *parent = nullptr);

    // Valid only when the input is acceptable (the OK button is enabled).
    RefundRequest request(const AuditActor &actor) const;
    QString validationMessage() const { return m_problem; }

    QLineEdit *amountEdit() const { return m_amount; }
    QComboBox *reasonBox() const { return m_reason; }
    QPlainTextEdit *noteEdit() const { return m_note; }
    QDialogButtonBox *buttons() const { return m_buttons; }

private:
    void validate();

    Order m_order;
    RefundSummary m_summary;
    QString m_outRefundNo;
    QString m_problem;
    Money m_value;
    QLineEdit *m_amount = nullptr;
    QComboBox *m_reason = nullptr;
    QPlainTextEdit *m_note = nullptr;
    QLabel *m_explanation = nullptr;
    QLabel *m_problemLabel = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};
