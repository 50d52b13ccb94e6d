#pragma once

#include "finance/financereport.h"

#include <QWidget>

class AppContext;
class QDateEdit;
class QLabel;
class QPushButton;
class QTableWidget;
class QTimer;
class QTabWidget;

class QChartView;

// Daily paid sums, counts and refunds over a range of days as a chart and a table, and the
// conversion of created orders into paid ones by amount and by remark; each exportable as CSV
// with exactly the rows shown.
class ReportsPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReportsPage)

public:
    explicit ReportsPage(AppContext *context, QWidget *parent = nullptr);

    void setRange(const QDate &from, const QDate &to);
    void refresh();

    const QList<DailyFigures> &days() const { return m_days; }
    const QList<ConversionFigures> &byAmount() const { return m_byAmount; }
    const QList<ConversionFigures> &byRemark() const { return m_byRemark; }
    QTableWidget *dailyTable() const { return m_dailyTable; }
    QString errorText() const;

    // Writes the visible tab's rows to a CSV file.
    bool exportCsv(const QString &path, QString *error = nullptr);

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void retranslateUi();
    void fillDaily();
    static void fillConversion(QTableWidget *table, const QList<ConversionFigures> &rows);
    void chooseExportFile();

    AppContext *m_context;
    QTimer *m_refreshLater = nullptr; // coalesces bursts of ordersChanged()
    bool m_loaded = false;            // refreshed at least once
    QList<DailyFigures> m_days;
    QList<ConversionFigures> m_byAmount;
    QList<ConversionFigures> m_byRemark;
    QDateEdit *m_from = nullptr;
    QDateEdit *m_to = nullptr;
    QPushButton *m_refresh = nullptr;
    QPushButton *m_export = nullptr;
    QLabel *m_fromLabel = nullptr;
    QLabel *m_toLabel = nullptr;
    QLabel *m_error = nullptr;
    QTabWidget *m_tabs = nullptr;
    QChartView *m_chart = nullptr;
    QTableWidget *m_dailyTable = nullptr;
    QTableWidget *m_amountTable = nullptr;
    QTableWidget *m_remarkTable = nullptr;
};
