#include "auditlogpage.h"

#include "core/appcontext.h"
#include "orders/orderexporter.h"

#include <QComboBox>
#include <QDateTime>
#include <QEvent>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QShowEvent>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {
const QList<QLatin1StringView> knownActions = {AuditAction::MarkPaid, AuditAction::RefundRequested, AuditAction::RefundResult,
                                          AuditAction::FlowPublished, AuditAction::ChannelConfigChanged,
                                          AuditAction::ReconciliationApplied, AuditAction::ProfileChanged};
QString timeText(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms).toString(u"yyyy-MM-dd HH:mm:ss"_s);
}
QString detailsText(const AuditEntry &e)
{
    return QString::fromUtf8(QJsonDocument(e.details).toJson(QJsonDocument::Compact));
}
} // namespace

AuditLogPage::AuditLogPage(AppContext *context, QWidget *parent)
    : QWidget(parent), m_context(context)
{
    auto *layout = new QVBoxLayout(this);
    auto *bar = new QHBoxLayout;
    m_action = new QComboBox(this);
    m_object = new QLineEdit(this);
    m_object->setObjectName(u"auditObject"_s);
    m_user = new QLineEdit(this);
    m_text = new QLineEdit(this);
    m_refresh = new QPushButton(this);
    m_export = new QPushButton(this);
    for (QWidget *w : std::initializer_list<QWidget *>{m_action, m_object, m_user, m_text, m_refresh})
        bar->addWidget(w);
    bar->addStretch(1);
    bar->addWidget(m_export);
    layout->addLayout(bar);
    m_table = new QTableWidget(this);
    m_table->setObjectName(u"auditTable"_s);
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->horizontalHeader()->setStretchLastSection(true);
    layout->addWidget(m_table, 1);

    for (QLineEdit *e : {m_object, m_user, m_text})
        connect(e, &QLineEdit::returnPressed, this, &AuditLogPage::refresh);
    connect(m_action, &QComboBox::activated, this, &AuditLogPage::refresh);
    connect(m_refresh, &QPushButton::clicked, this, &AuditLogPage::refresh);
    connect(m_export, &QPushButton::clicked, this, &AuditLogPage::chooseExportFile);
    connect(m_context, &AppContext::databaseChanged, this, &AuditLogPage::refresh);
    // The listener may mark many orders paid in a burst: recompute at most once a second.
    m_refreshLater = new QTimer(this);
    m_refreshLater->setSingleShot(true);
    m_refreshLater->setInterval(1000);
    connect(m_refreshLater, &QTimer::timeout, this, &AuditLogPage::refresh);
    connect(m_context, &AppContext::ordersChanged, m_refreshLater, qOverload<>(&QTimer::start));
    retranslateUi();
}

void AuditLogPage::refresh()
{
    m_loaded = true;
    m_entries.clear();
    m_table->setRowCount(0);
    if (!m_context->database().isValid())
        return;
    AuditFilter f;
    f.action = m_action->currentData().toString();
    f.object = m_object->text().trimmed();
    f.osUser = m_user->text().trimmed();
    f.text = m_text->text().trimmed();
    f.limit = 5000;
    auto entries = AuditLog(m_context->database()).query(f);
    if (!entries) {
        QMessageBox::warning(this, tr("Audit log"), entries.errorMessage());
        return;
    }
    m_entries = *entries;
    m_table->setRowCount(int(m_entries.size()));
    for (int i = 0; i < m_entries.size(); ++i) {
        const AuditEntry &e = m_entries.at(i);
        const QStringList cells = {timeText(e.atMs), e.actor.osUser, e.actor.profile, auditActionDisplayName(e.action),
                                   e.object, e.reason, detailsText(e)};
        for (int c = 0; c < cells.size(); ++c)
            m_table->setItem(i, c, new QTableWidgetItem(cells.at(c)));
    }
    m_table->resizeColumnsToContents();
}

QByteArray AuditLogPage::csv(const QList<AuditEntry> &entries)
{
    QByteArray out = "\xEF\xBB\xBF";
    const auto line = [](const QStringList &fields) -> QByteArray {
        QStringList escaped;
        for (const QString &f : fields)
            escaped << OrderExporter::csvField(f);
        return escaped.join(u',').toUtf8() + "\r\n";
    };
    out += line({tr("Time"), tr("User"), tr("Profile"), tr("Action"), tr("Object"), tr("Reason"), tr("Details")});
    for (const AuditEntry &e : entries)
        out += line({timeText(e.atMs), e.actor.osUser, e.actor.profile, e.action, e.object, e.reason, detailsText(e)});
    return out;
}

bool AuditLogPage::exportCsv(const QString &path, QString *error)
{
    const QByteArray data = csv(m_entries);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(data) != data.size()) {
        if (error)
            *error = tr("Could not write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

void AuditLogPage::chooseExportFile()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export audit log"),
                                                      m_context->settings().lastDirectory(u"audit"_s)
                                                          + u"/mcpay-audit.csv"_s,
                                                      tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    m_context->settings().setLastDirectory(u"audit"_s, QFileInfo(path).absolutePath());
    QString error;
    if (!exportCsv(path, &error))
        QMessageBox::warning(this, tr("Audit log"), error);
}

void AuditLogPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (!m_loaded)
        refresh();
}

void AuditLogPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void AuditLogPage::retranslateUi()
{
    const QString current = m_action->currentData().toString();
    m_action->clear();
    m_action->addItem(tr("All actions"), QString());
    for (QLatin1StringView a : knownActions)
        m_action->addItem(auditActionDisplayName(QString(a)), QString(a));
    m_action->setCurrentIndex(qMax(0, m_action->findData(current)));
    m_object->setPlaceholderText(tr("Order no. or object"));
    m_user->setPlaceholderText(tr("User"));
    m_text->setPlaceholderText(tr("Text in reason or details"));
    m_refresh->setText(tr("&Filter"));
    m_export->setText(tr("&Export CSV…"));
    m_table->setColumnCount(7);
    m_table->setHorizontalHeaderLabels(
        {tr("Time"), tr("User"), tr("Profile"), tr("Action"), tr("Object"), tr("Reason"), tr("Details")});
}
