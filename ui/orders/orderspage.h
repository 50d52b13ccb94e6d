#pragma once

#include "orders/orderfilter.h"

#include <QWidget>

#include <atomic>
#include <memory>
#include <optional>

class AppContext;
class OrderQueryModel;
class OrderDetailPane;
class QAction;
class QCheckBox;
class QComboBox;
class QDateTimeEdit;
class QLabel;
class QLineEdit;
class QProgressDialog;
class QPushButton;
class QSplitter;
class QTableView;
class QThread;
class QTimer;

// The order browser: a filter bar, the lazily loaded order table, the totals of the
// filtered set, a detail pane for the selected order and CSV export of exactly what is
// shown. Filters and sorting run in SQL through OrderQueryModel; the page itself never
// holds more than the model's cached pages.
//
// The page's own actions (refresh, export) are returned by actions(), so the main window
// can put them in its menus; their shortcuts work while the focus is inside the page.
class OrdersPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OrdersPage)

public:
    explicit OrdersPage(AppContext *context, QWidget *parent = nullptr);
    ~OrdersPage() override;

    OrderQueryModel *model() const { return m_model; }
    QTableView *tableView() const { return m_table; }
    QAction *refreshAction() const { return m_refreshAction; }
    QAction *exportAction() const { return m_exportAction; }

    // The filter the widgets describe, or nullopt (with the reason shown under the bar)
    // when a field does not parse.
    std::optional<OrderFilter> filterFromWidgets();
    // Puts a filter into the widgets without applying it.
    void setFilterWidgets(const OrderFilter &filter);

    bool isExporting() const { return m_exportThread != nullptr; }

public Q_SLOTS:
    // Applies the filter in the widgets (Enter, the Apply button, the typing debounce).
    // Returns false, leaving the current filter in place, when a field is invalid.
    bool applyFilter();
    void resetFilter();
    void refresh();
    // Asks for a file name, then exports.
    void exportCsv();
    // Exports the current filter in the current sort order to a file, on a worker thread
    // with a progress dialog; exportFinished() reports the outcome.
    void exportTo(const QString &path);

    // Adds a widget below the order detail pane (the order's history and refunds, say);
    // currentOrderChanged() tells it which order to show.
    void addDetailWidget(QWidget *widget);

Q_SIGNALS:
    // The order selected in the table; empty when none.
    void currentOrderChanged(const QString &orderSn);
    // A short message for the window's status bar.
    void statusMessage(const QString &text, int timeoutMs);
    void exportFinished(bool ok, const QString &message, qint64 rows);

protected:
    void changeEvent(QEvent *event) override;

private:
    enum class QuickRange { AnyTime, Today, Last7Days, Last30Days, Custom };

    void buildUi();
    void retranslateUi();
    void connectContext();
    void restoreState();
    void saveViewState();
    void setQuickRange(QuickRange range);
    void scheduleApply();
    void showError(const QString &message);
    void hideError();
    void updateTotals();
    void updateDetail();
    void finishExport(bool ok, const QString &message, qint64 rows);
    void showStatus(const QString &text);

    AppContext *m_context;
    OrderQueryModel *m_model;

    // filter bar
    QLabel *m_snLabel = nullptr;
    QLineEdit *m_snEdit = nullptr;
    QLabel *m_userLabel = nullptr;
    QLineEdit *m_userIdEdit = nullptr;
    QLabel *m_statusLabel = nullptr;
    QComboBox *m_statusCombo = nullptr;
    QLabel *m_wayLabel = nullptr;
    QComboBox *m_wayCombo = nullptr;
    QLabel *m_createdLabel = nullptr;
    QComboBox *m_rangeCombo = nullptr;
    QCheckBox *m_fromCheck = nullptr;
    QDateTimeEdit *m_fromEdit = nullptr;
    QCheckBox *m_toCheck = nullptr;
    QDateTimeEdit *m_toEdit = nullptr;
    QLabel *m_amountLabel = nullptr;
    QLineEdit *m_amountMinEdit = nullptr;
    QLabel *m_amountDash = nullptr;
    QLineEdit *m_amountMaxEdit = nullptr;
    QCheckBox *m_includeDeleted = nullptr;
    QPushButton *m_applyButton = nullptr;
    QPushButton *m_resetButton = nullptr;
    QLabel *m_filterHint = nullptr; // red, under the bar, when a field is invalid
    QWidget *m_filterBar = nullptr;
    QTimer *m_debounce = nullptr;
    bool m_settingWidgets = false;

    // message bar for database errors
    QWidget *m_errorBar = nullptr;
    QLabel *m_errorText = nullptr;
    QPushButton *m_errorRetry = nullptr;
    QPushButton *m_errorClose = nullptr;

    // totals strip
    QLabel *m_countCaption = nullptr;
    QLabel *m_countValue = nullptr;
    QLabel *m_sumCaption = nullptr;
    QLabel *m_sumValue = nullptr;
    QLabel *m_paidCountCaption = nullptr;
    QLabel *m_paidCountValue = nullptr;
    QLabel *m_paidSumCaption = nullptr;
    QLabel *m_paidSumValue = nullptr;

    QSplitter *m_splitter = nullptr;
    QSplitter *m_detailColumn = nullptr;
    QTableView *m_table = nullptr;
    OrderDetailPane *m_detail = nullptr;

    QAction *m_refreshAction = nullptr;
    QAction *m_exportAction = nullptr;

    // export in progress
    QThread *m_exportThread = nullptr;
    QProgressDialog *m_progress = nullptr;
    std::shared_ptr<std::atomic_bool> m_exportCancel;
    QString m_exportPath;
};
