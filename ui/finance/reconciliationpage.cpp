#include "reconciliationpage.h"

#include "core/appcontext.h"
#include "finance/channelreconciler.h"
#include "finance/currentprofile.h"

#include <QDateEdit>
#include <QDateTime>
#include <QEvent>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QTimeZone>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {
qint64 beijingMidnight(const QDate &day)
{
    return QDateTime(day, QTime(0, 0), QTimeZone(8 * 3600)).toSecsSinceEpoch();
}
} // namespace

ReconciliationPage::ReconciliationPage(AppContext *context, QWidget *parent)
    : QWidget(parent), m_context(context)
{
    auto *layout = new QVBoxLayout(this);
    auto *bar = new QHBoxLayout;
    m_open = new QPushButton(this);
    m_fromLabel = new QLabel(this);
    m_toLabel = new QLabel(this);
    m_from = new QDateEdit(QDate::currentDate().addDays(-1), this);
    m_to = new QDateEdit(QDate::currentDate().addDays(-1), this);
    for (QDateEdit *e : {m_from, m_to}) {
        e->setCalendarPopup(true);
        e->setDisplayFormat(u"yyyy-MM-dd"_s);
    }
    m_fromLabel->setBuddy(m_from);
    m_toLabel->setBuddy(m_to);
    m_compare = new QPushButton(this);
    m_ask = new QPushButton(this);
    m_ask->setObjectName(u"askChannels"_s);
    m_apply = new QPushButton(this);
    m_apply->setObjectName(u"applyDifference"_s);
    bar->addWidget(m_open);
    bar->addWidget(m_fromLabel);
    bar->addWidget(m_from);
    bar->addWidget(m_toLabel);
    bar->addWidget(m_to);
    bar->addWidget(m_compare);
    bar->addWidget(m_ask);
    bar->addStretch(1);
    bar->addWidget(m_apply);
    layout->addLayout(bar);
    m_status = new QLabel(this);
    m_status->setWordWrap(true);
    layout->addWidget(m_status);
    m_table = new QTableWidget(this);
    m_table->setObjectName(u"differencesTable"_s);
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->horizontalHeader()->setStretchLastSection(true);
    layout->addWidget(m_table, 1);

    connect(m_open, &QPushButton::clicked, this, &ReconciliationPage::chooseFile);
    connect(m_compare, &QPushButton::clicked, this, &ReconciliationPage::compare);
    connect(m_ask, &QPushButton::clicked, this, &ReconciliationPage::askChannels);
    connect(m_apply, &QPushButton::clicked, this, &ReconciliationPage::applySelected);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &ReconciliationPage::updateButtons);
    connect(m_context, &AppContext::databaseChanged, this, [this] {
        m_differences.clear();
        m_table->setRowCount(0);
        updateButtons();
    });
    retranslateUi();
    updateButtons();
}

void ReconciliationPage::setProfile(CurrentProfile *profile)
{
    if (m_profile)
        disconnect(m_profile, nullptr, this, nullptr);
    m_profile = profile;
    if (m_profile)
        connect(m_profile, &CurrentProfile::profileChanged, this, &ReconciliationPage::updateButtons);
    updateButtons();
}

Profile ReconciliationPage::profile() const
{
    return m_profile ? m_profile->profile() : CurrentProfile::load(m_context->settings());
}

bool ReconciliationPage::loadStatement(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = tr("Could not read %1: %2").arg(path, file.errorString());
        return false;
    }
    auto statement = Statement::parse(file.read(64 * 1024 * 1024));
    if (!statement) {
        if (error)
            *error = statement.errorMessage();
        return false;
    }
    setStatement(*statement);
    return true;
}

void ReconciliationPage::setStatement(const Statement &statement)
{
    m_statement = statement;
    // Default to the days the statement covers.
    qint64 first = 0, last = 0;
    for (const StatementLine &l : statement.lines) {
        if (l.timeSecs <= 0)
            continue;
        first = first == 0 ? l.timeSecs : qMin(first, l.timeSecs);
        last = qMax(last, l.timeSecs);
    }
    if (first > 0) {
        m_from->setDate(QDateTime::fromSecsSinceEpoch(first, QTimeZone(8 * 3600)).date());
        m_to->setDate(QDateTime::fromSecsSinceEpoch(last, QTimeZone(8 * 3600)).date());
    }
    compare();
}

void ReconciliationPage::setRange(const QDate &from, const QDate &to)
{
    m_from->setDate(from);
    m_to->setDate(to);
}

void ReconciliationPage::compare()
{
    m_differences.clear();
    m_table->setRowCount(0);
    if (!m_statement || !m_context->database().isValid()) {
        updateButtons();
        return;
    }
    auto diffs = Reconciler(m_context->database())
                     .compare(*m_statement, beijingMidnight(m_from->date()), beijingMidnight(m_to->date().addDays(1)));
    if (!diffs) {
        m_status->setText(diffs.errorMessage());
        updateButtons();
        return;
    }
    m_fromChannels = false;
    showDifferences(*diffs);
    m_status->setText(tr("%1 statement lines (%2 skipped), %3 differences.")
                          .arg(m_statement->lines.size())
                          .arg(m_statement->warnings.size())
                          .arg(m_differences.size()));
    if (!m_statement->warnings.isEmpty())
        m_status->setToolTip(m_statement->warnings.join(u'\n'));
}

void ReconciliationPage::showDifferences(const QList<ReconciliationDifference> &differences)
{
    m_differences = differences;
    m_table->setRowCount(int(m_differences.size()));
    for (int i = 0; i < m_differences.size(); ++i) {
        const ReconciliationDifference &d = m_differences.at(i);
        const QStringList cells = {reconciliationKindDisplayName(d.kind),
                                   d.orderSn,
                                   d.outRefundNo,
                                   d.transactionId,
                                   d.orderId > 0 || d.kind == ReconciliationDifference::Kind::RefundWithoutSuccess
                                       ? d.ourAmount.toString()
                                       : QString(),
                                   d.kind == ReconciliationDifference::Kind::PaidHereMissingAtChannel
                                           || d.kind == ReconciliationDifference::Kind::RefundWithoutSuccess
                                       ? QString()
                                       : d.channelAmount.toString(),
                                   d.statementLine > 0 ? QString::number(d.statementLine) : QString()};
        for (int c = 0; c < cells.size(); ++c)
            m_table->setItem(i, c, new QTableWidgetItem(cells.at(c)));
    }
    m_table->resizeColumnsToContents();
    updateButtons();
}

void ReconciliationPage::setChannelReconciler(ChannelReconciler *reconciler)
{
    if (m_channels)
        disconnect(m_channels, nullptr, this, nullptr);
    m_channels = reconciler;
    if (m_channels)
        connect(m_channels, &ChannelReconciler::progress, this, [this](int done, int total) {
            if (m_busy)
                m_status->setText(tr("Asked %1 of %2…").arg(done).arg(total));
        });
    updateButtons();
}

void ReconciliationPage::askChannels()
{
    if (!m_channels || m_busy)
        return;
    m_busy = true;
    updateButtons();
    m_status->setText(tr("Asking the channels…"));
    m_channels->run(beijingMidnight(m_from->date()), beijingMidnight(m_to->date().addDays(1)),
                    [self = QPointer(this)](Result<ChannelReconciliation> r) {
                        if (!self)
                            return;
                        self->m_busy = false;
                        if (!r) {
                            self->m_status->setText(r.errorMessage());
                            self->updateButtons();
                            return;
                        }
                        self->m_fromChannels = true;
                        self->showDifferences(r->differences);
                        self->m_status->setText(tr("%1 answers from the channels, %2 differences, %3 calls failed.")
                                                    .arg(r->queried)
                                                    .arg(r->differences.size())
                                                    .arg(r->errors.size()));
                        self->m_status->setToolTip(r->errors.join(u'\n'));
                    });
}

Result<bool> ReconciliationPage::applyRow(int row, const QString &reason)
{
    if (row < 0 || row >= m_differences.size())
        return Error(tr("Select a difference first."));
    if (!Profiles::canApplyReconciliation(profile()))
        return Error(tr("Only the Finance profile applies reconciliation findings."));
    auto applied = Reconciler(m_context->database()).apply(m_differences.at(row), AuditActor::person(profile()), reason);
    if (applied) {
        m_context->notifyOrdersChanged();
        if (m_fromChannels) {
            auto rest = m_differences;
            rest.removeAt(row);
            showDifferences(rest);
        } else {
            compare();
        }
    }
    return applied;
}

void ReconciliationPage::applySelected()
{
    const int row = m_table->currentRow();
    if (row < 0 || row >= m_differences.size())
        return;
    const ReconciliationDifference &d = m_differences.at(row);
    bool ok = false;
    const QString reason = QInputDialog::getText(
        this, tr("Mark order paid"),
        tr("Order %1 will be marked paid with %2, trade number %3. Why?")
            .arg(d.orderSn, d.channelAmount.toDisplayString(), d.transactionId),
        QLineEdit::Normal, tr("Found in the channel statement"), &ok);
    if (!ok)
        return;
    auto applied = applyRow(row, reason);
    if (!applied)
        QMessageBox::warning(this, tr("Reconciliation"), applied.errorMessage());
    else if (!*applied)
        QMessageBox::information(this, tr("Reconciliation"), tr("The order was already paid."));
}

void ReconciliationPage::updateButtons()
{
    const bool allowed = Profiles::canApplyReconciliation(profile());
    const int row = m_table->currentRow();
    m_apply->setVisible(allowed);
    m_apply->setEnabled(allowed && row >= 0 && row < m_differences.size() && m_differences.at(row).canApply());
    m_compare->setEnabled(m_statement.has_value() && !m_busy);
    m_ask->setEnabled(m_channels && !m_busy);
    m_ask->setToolTip(m_channels ? tr("Query every order of the chosen days at WeChat Pay and Alipay")
                                 : tr("Configure a payment channel to ask it directly."));
}

void ReconciliationPage::chooseFile()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open a channel statement"),
                                                      m_context->settings().lastDirectory(u"statements"_s),
                                                      tr("Statements (*.csv *.txt);;All files (*)"));
    if (path.isEmpty())
        return;
    m_context->settings().setLastDirectory(u"statements"_s, QFileInfo(path).absolutePath());
    QString error;
    if (!loadStatement(path, &error))
        QMessageBox::warning(this, tr("Reconciliation"), error);
}

void ReconciliationPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void ReconciliationPage::retranslateUi()
{
    m_open->setText(tr("&Open statement…"));
    m_fromLabel->setText(tr("&From:"));
    m_toLabel->setText(tr("&To:"));
    m_compare->setText(tr("&Compare"));
    m_ask->setText(tr("Ask the c&hannels"));
    m_apply->setText(tr("&Apply (mark paid)…"));
    m_table->setColumnCount(7);
    m_table->setHorizontalHeaderLabels({tr("Difference"), tr("Order No."), tr("Refund No."), tr("Trade No."),
                                        tr("Here"), tr("Channel"), tr("Line")});
}
