#include "reportspage.h"

#include "core/appcontext.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QDateEdit>
#include <QEvent>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QTabWidget>
#include <QTableWidget>
#include <QShowEvent>
#include <QTimer>
#include <QValueAxis>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {
QTableWidgetItem *cell(const QString &text, bool number)
{
    auto *item = new QTableWidgetItem(text);
    item->setFlags(Qt::ItemIsSelectable | Qt::ItemIsEnabled);
    if (number)
        item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}
} // namespace

ReportsPage::ReportsPage(AppContext *context, QWidget *parent)
    : QWidget(parent), m_context(context)
{
    auto *layout = new QVBoxLayout(this);
    auto *bar = new QHBoxLayout;
    m_fromLabel = new QLabel(this);
    m_from = new QDateEdit(QDate::currentDate().addDays(-29), this);
    m_from->setObjectName(u"reportFrom"_s);
    m_to = new QDateEdit(QDate::currentDate(), this);
    m_to->setObjectName(u"reportTo"_s);
    for (QDateEdit *e : {m_from, m_to}) {
        e->setCalendarPopup(true);
        e->setDisplayFormat(u"yyyy-MM-dd"_s);
    }
    m_toLabel = new QLabel(this);
    m_fromLabel->setBuddy(m_from);
    m_toLabel->setBuddy(m_to);
    m_refresh = new QPushButton(this);
    m_export = new QPushButton(this);
    m_export->setObjectName(u"reportExport"_s);
    bar->addWidget(m_fromLabel);
    bar->addWidget(m_from);
    bar->addWidget(m_toLabel);
    bar->addWidget(m_to);
    bar->addWidget(m_refresh);
    bar->addStretch(1);
    bar->addWidget(m_export);
    layout->addLayout(bar);
    m_error = new QLabel(this);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(u"color: #b00020"_s);
    m_error->hide();
    layout->addWidget(m_error);

    m_tabs = new QTabWidget(this);
    auto *dailySplit = new QSplitter(Qt::Vertical, m_tabs);
    m_chart = new QChartView(new QChart, dailySplit);
    m_chart->setRenderHint(QPainter::Antialiasing);
    m_chart->setMinimumHeight(200);
    m_dailyTable = new QTableWidget(dailySplit);
    m_dailyTable->setObjectName(u"dailyTable"_s);
    m_amountTable = new QTableWidget(m_tabs);
    m_remarkTable = new QTableWidget(m_tabs);
    for (QTableWidget *t : {m_dailyTable, m_amountTable, m_remarkTable}) {
        t->verticalHeader()->hide();
        t->setSelectionBehavior(QAbstractItemView::SelectRows);
        t->horizontalHeader()->setStretchLastSection(true);
    }
    m_tabs->addTab(dailySplit, QString());
    m_tabs->addTab(m_amountTable, QString());
    m_tabs->addTab(m_remarkTable, QString());
    layout->addWidget(m_tabs, 1);

    connect(m_refresh, &QPushButton::clicked, this, &ReportsPage::refresh);
    connect(m_export, &QPushButton::clicked, this, &ReportsPage::chooseExportFile);
    connect(m_context, &AppContext::databaseChanged, this, &ReportsPage::refresh);
    // The listener may mark many orders paid in a burst: recompute at most once a second.
    m_refreshLater = new QTimer(this);
    m_refreshLater->setSingleShot(true);
    m_refreshLater->setInterval(1000);
    connect(m_refreshLater, &QTimer::timeout, this, &ReportsPage::refresh);
    connect(m_context, &AppContext::ordersChanged, m_refreshLater, qOverload<>(&QTimer::start));
    retranslateUi();
}

void ReportsPage::setRange(const QDate &from, const QDate &to)
{
    m_from->setDate(from);
    m_to->setDate(to);
    refresh();
}

QString ReportsPage::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

void ReportsPage::refresh()
{
    m_loaded = true;
    m_days.clear();
    m_byAmount.clear();
    m_byRemark.clear();
    m_error->hide();
    const Database db = m_context->database();
    if (db.isValid()) {
        FinanceReport report(db);
        const ReportRange range{m_from->date(), m_to->date()};
        auto days = report.daily(range);
        auto amounts = days ? report.conversionByAmount(range) : Result<QList<ConversionFigures>>(days.error());
        auto remarks = amounts ? report.conversionByRemark(range) : Result<QList<ConversionFigures>>(amounts.error());
        if (!remarks) {
            m_error->setText(remarks.errorMessage());
            m_error->show();
        } else {
            m_days = *days;
            m_byAmount = *amounts;
            m_byRemark = *remarks;
        }
    }
    fillDaily();
    fillConversion(m_amountTable, m_byAmount);
    fillConversion(m_remarkTable, m_byRemark);
    retranslateUi();
}

void ReportsPage::fillDaily()
{
    m_dailyTable->clearContents();
    m_dailyTable->setRowCount(m_days.isEmpty() ? 0 : int(m_days.size()) + 1);
    const auto row = [this](int r, const QString &day, const DailyFigures &d) {
        m_dailyTable->setItem(r, 0, cell(day, false));
        m_dailyTable->setItem(r, 1, cell(QString::number(d.created), true));
        m_dailyTable->setItem(r, 2, cell(QString::number(d.paidCount), true));
        m_dailyTable->setItem(r, 3, cell(d.paidSum.toString(), true));
        m_dailyTable->setItem(r, 4, cell(QString::number(d.refundCount), true));
        m_dailyTable->setItem(r, 5, cell(d.refundSum.toString(), true));
        m_dailyTable->setItem(r, 6, cell(d.net().toString(), true));
    };
    for (int i = 0; i < m_days.size(); ++i)
        row(i, m_days.at(i).day.toString(Qt::ISODate), m_days.at(i));
    if (!m_days.isEmpty()) {
        row(int(m_days.size()), tr("Total"), FinanceReport::total(m_days));
        QFont bold = m_dailyTable->font();
        bold.setBold(true);
        for (int c = 0; c < 7; ++c)
            m_dailyTable->item(int(m_days.size()), c)->setFont(bold);
    }

    // The chart shows yuan; the bars are drawn from exact fen divided once for display.
    auto *chart = m_chart->chart();
    chart->removeAllSeries();
    for (QAbstractAxis *axis : chart->axes())
        chart->removeAxis(axis);
    auto *paid = new QBarSet(tr("Paid (yuan)"));
    auto *refunded = new QBarSet(tr("Refunded (yuan)"));
    QStringList categories;
    for (const DailyFigures &d : std::as_const(m_days)) {
        *paid << double(d.paidSum.fen()) / 100.0;
        *refunded << double(d.refundSum.fen()) / 100.0;
        categories << d.day.toString(u"MM-dd"_s);
    }
    auto *series = new QBarSeries;
    series->append(paid);
    series->append(refunded);
    chart->addSeries(series);
    auto *x = new QBarCategoryAxis;
    x->append(categories);
    chart->addAxis(x, Qt::AlignBottom);
    series->attachAxis(x);
    auto *y = new QValueAxis;
    y->setLabelFormat(u"%.2f"_s);
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(y);
    chart->legend()->setAlignment(Qt::AlignBottom);
}

void ReportsPage::fillConversion(QTableWidget *table, const QList<ConversionFigures> &rows)
{
    table->clearContents();
    table->setRowCount(int(rows.size()));
    for (int i = 0; i < rows.size(); ++i) {
        const ConversionFigures &c = rows.at(i);
        table->setItem(i, 0, cell(c.key, false));
        table->setItem(i, 1, cell(QString::number(c.created), true));
        table->setItem(i, 2, cell(QString::number(c.paid), true));
        table->setItem(i, 3, cell(QString::number(c.permille() / 10) + u'.' + QString::number(c.permille() % 10) + u'%', true));
        table->setItem(i, 4, cell(c.paidSum.toString(), true));
    }
}

bool ReportsPage::exportCsv(const QString &path, QString *error)
{
    QByteArray data;
    switch (m_tabs->currentIndex()) {
    case 1:
        data = FinanceReport::conversionCsv(m_byAmount, tr("Amount"));
        break;
    case 2:
        data = FinanceReport::conversionCsv(m_byRemark, tr("Remark"));
        break;
    default:
        data = FinanceReport::dailyCsv(m_days);
        break;
    }
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(data) != data.size()) {
        if (error)
            *error = tr("Could not write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

void ReportsPage::chooseExportFile()
{
    const QString dir = m_context->settings().lastDirectory(u"reports"_s);
    const QString path = QFileDialog::getSaveFileName(this, tr("Export report"),
                                                      dir + u"/mcpay-report-"_s + m_from->date().toString(Qt::ISODate)
                                                          + u".csv"_s,
                                                      tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    m_context->settings().setLastDirectory(u"reports"_s, QFileInfo(path).absolutePath());
    QString error;
    if (!exportCsv(path, &error)) {
        m_error->setText(error);
        m_error->show();
    }
}

void ReportsPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (!m_loaded)
        refresh();
}

void ReportsPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void ReportsPage::retranslateUi()
{
    m_fromLabel->setText(tr("&From:"));
    m_toLabel->setText(tr("&To:"));
    m_refresh->setText(tr("&Show"));
    m_export->setText(tr("&Export CSV…"));
    m_tabs->setTabText(0, tr("Daily"));
    m_tabs->setTabText(1, tr("Conversion by amount"));
    m_tabs->setTabText(2, tr("Conversion by remark"));
    m_dailyTable->setColumnCount(7);
    m_dailyTable->setHorizontalHeaderLabels(
        {tr("Day"), tr("Created"), tr("Paid orders"), tr("Paid"), tr("Refunds"), tr("Refunded"), tr("Net")});
    for (QTableWidget *t : {m_amountTable, m_remarkTable}) {
        t->setColumnCount(5);
        t->setHorizontalHeaderLabels({t == m_amountTable ? tr("Amount") : tr("Remark"), tr("Created"), tr("Paid"),
                                      tr("Conversion"), tr("Paid amount")});
    }
    m_chart->chart()->setTitle(tr("Paid and refunded per day"));
}
