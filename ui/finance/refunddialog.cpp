#include "refunddialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

RefundDialog::RefundDialog(const Order &order, const RefundSummary &summary, const QString &outRefundNo,
                           QWidget *parent)
    : QDialog(parent), m_order(order), m_summary(summary), m_outRefundNo(outRefundNo)
{
    setWindowTitle(tr("Refund order %1").arg(order.orderSn));
    auto *layout = new QVBoxLayout(this);
    m_explanation = new QLabel(this);
    m_explanation->setWordWrap(true);
    m_explanation->setText(tr("Order %1 was paid %2 by %3. Refunded so far: %4; in progress: %5; still refundable: %6.\n"
                              "Refund number: %7")
                               .arg(order.orderSn, order.amount.toDisplayString(), payWayDisplayName(order.payWay),
                                    summary.refunded.toDisplayString(), summary.inFlight.toDisplayString(),
                                    summary.refundable.toDisplayString(), outRefundNo));
    layout->addWidget(m_explanation);

    auto *form = new QFormLayout;
    m_amount = new QLineEdit(summary.refundable.toString(), this);
    m_amount->setObjectName(QStringLiteral("refundAmount"));
    form->addRow(tr("&Amount (yuan):"), m_amount);
    m_reason = new QComboBox(this);
    m_reason->setObjectName(QStringLiteral("refundReason"));
    for (RefundReason r : {RefundReason::DuplicatePayment, RefundReason::RequestedByCustomer, RefundReason::Other})
        m_reason->addItem(Refunds::reasonDisplayName(r), int(r));
    form->addRow(tr("&Reason:"), m_reason);
    m_note = new QPlainTextEdit(this);
    m_note->setObjectName(QStringLiteral("refundNote"));
    m_note->setPlaceholderText(tr("What happened (required for \"Other\")"));
    m_note->setMaximumHeight(80);
    form->addRow(tr("&Note:"), m_note);
    layout->addLayout(form);

    m_problemLabel = new QLabel(this);
    m_problemLabel->setWordWrap(true);
    m_problemLabel->setStyleSheet(QStringLiteral("color: #b00020"));
    layout->addWidget(m_problemLabel);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_amount, &QLineEdit::textChanged, this, &RefundDialog::validate);
    connect(m_reason, &QComboBox::currentIndexChanged, this, &RefundDialog::validate);
    connect(m_note, &QPlainTextEdit::textChanged, this, &RefundDialog::validate);
    validate();
}

void RefundDialog::validate()
{
    m_problem.clear();
    m_value = Money();
    const auto parsed = Money::parse(m_amount->text().trimmed());
    if (!parsed)
        m_problem = parsed.errorMessage();
    else if (parsed->isZero())
        m_problem = tr("The amount must be more than 0.");
    else if (*parsed > m_summary.refundable)
        m_problem = tr("At most %1 can still be refunded.").arg(m_summary.refundable.toDisplayString());
    else
        m_value = *parsed;
    const auto reason = RefundReason(m_reason->currentData().toInt());
    if (m_problem.isEmpty() && reason == RefundReason::Other && m_note->toPlainText().trimmed().isEmpty())
        m_problem = tr("Write a note that explains the refund.");
    if (m_problem.isEmpty() && m_note->toPlainText().size() > RefundService::MaxNoteLength)
        m_problem = tr("The note is longer than %1 characters.").arg(RefundService::MaxNoteLength);
    m_problemLabel->setText(m_problem);
    QPushButton *ok = m_buttons->button(QDialogButtonBox::Ok);
    ok->setEnabled(m_problem.isEmpty());
    ok->setText(m_problem.isEmpty() ? tr("Refund %1").arg(m_value.toDisplayString()) : tr("Refund"));
}

RefundRequest RefundDialog::request(const AuditActor &actor) const
{
    RefundRequest r;
    r.orderSn = m_order.orderSn;
    r.amount = m_value;
    r.reason = RefundReason(m_reason->currentData().toInt());
    r.note = m_note->toPlainText().trimmed();
    r.outRefundNo = m_outRefundNo;
    r.actor = actor;
    return r;
}
