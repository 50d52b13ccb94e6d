#include "orderspage.h"

#include "core/appcontext.h"
#include "logging.h"
#include "orderdetailpane.h"
#include "orders/orderexporter.h"
#include "orders/orderquerymodel.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMainWindow>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QShortcut>
#include <QSplitter>
#include <QStatusBar>
#include <QTableView>
#include <QThread>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {
constexpr int DebounceMs = 300;
constexpr int StatusTimeoutMs = 8000;
const auto HeaderStateKey = u"orders/table"_s;
const auto SplitterStateKey = u"orders/splitter"_s;
const auto QuickRangeKey = u"orders/quickRange"_s;
const auto ExportDirectoryKey = u"orders-export"_s;
const auto InvalidStyle = u"QLineEdit { border: 1px solid #c0392b; }"_s;

void setComboData(QComboBox *combo, const QVariant &data)
{
    const int index = combo->findData(data);
    combo->setCurrentIndex(index < 0 ? 0 : index);
}
} // namespace

OrdersPage::OrdersPage(AppContext *context, QWidget *parent)
    : QWidget(parent), m_context(context), m_model(new OrderQueryModel(this))
{
    // Counting a large filtered set takes a scan; the first rows are shown meanwhile.
    m_model->setCountInBackground(true);
    buildUi();
    retranslateUi();
    connectContext();
    restoreState();
}

OrdersPage::~OrdersPage()
{
    if (m_exportThread) {
        m_exportCancel->store(true);
        m_exportThread->wait();
    }
    saveViewState();
}

void OrdersPage::buildUi()
{
    auto *layout = new QVBoxLayout(this);

    // Filter bar.
    m_filterBar = new QWidget(this);
    m_filterBar->setObjectName(u"filterBar"_s);
    auto *grid = new QGridLayout(m_filterBar);
    grid->setContentsMargins(0, 0, 0, 0);

    m_snLabel = new QLabel(m_filterBar);
    m_snEdit = new QLineEdit(m_filterBar);
    m_snEdit->setObjectName(u"snFilter"_s);
    m_snEdit->setClearButtonEnabled(true);
    m_snEdit->setMaxLength(64);
    m_snLabel->setBuddy(m_snEdit);

    m_userLabel = new QLabel(m_filterBar);
    m_userIdEdit = new QLineEdit(m_filterBar);
    m_userIdEdit->setObjectName(u"userIdFilter"_s);
    m_userIdEdit->setClearButtonEnabled(true);
    m_userIdEdit->setValidator(new QRegularExpressionValidator(QRegularExpression(u"[0-9]{0,10}"_s), m_userIdEdit));
    m_userLabel->setBuddy(m_userIdEdit);

    m_statusLabel = new QLabel(m_filterBar);
    m_statusCombo = new QComboBox(m_filterBar);
    m_statusCombo->setObjectName(u"payStatusFilter"_s);
    m_statusCombo->addItem(QString(), -1);
    m_statusCombo->addItem(QString(), int(PayStatus::Paid));
    m_statusCombo->addItem(QString(), int(PayStatus::Unpaid));
    m_statusLabel->setBuddy(m_statusCombo);

    m_wayLabel = new QLabel(m_filterBar);
    m_wayCombo = new QComboBox(m_filterBar);
    m_wayCombo->setObjectName(u"payWayFilter"_s);
    m_wayCombo->addItem(QString(), -1);
    m_wayCombo->addItem(QString(), int(PayWay::WeChat));
    m_wayCombo->addItem(QString(), int(PayWay::Alipay));
    m_wayCombo->addItem(QString(), int(PayWay::Balance));
    m_wayCombo->addItem(QString(), int(PayWay::Unknown));
    m_wayLabel->setBuddy(m_wayCombo);

    m_createdLabel = new QLabel(m_filterBar);
    m_rangeCombo = new QComboBox(m_filterBar);
    m_rangeCombo->setObjectName(u"createdRange"_s);
    for (QuickRange r : {QuickRange::AnyTime, QuickRange::Today, QuickRange::Last7Days, QuickRange::Last30Days,
                         QuickRange::Custom})
        m_rangeCombo->addItem(QString(), int(r));
    m_createdLabel->setBuddy(m_rangeCombo);
    const QDateTime startOfToday = QDateTime(QDate::currentDate(), QTime(0, 0));
    m_fromCheck = new QCheckBox(m_filterBar);
    m_fromCheck->setObjectName(u"createdFromEnabled"_s);
    m_fromEdit = new QDateTimeEdit(startOfToday.addDays(-6), m_filterBar);
    m_fromEdit->setObjectName(u"createdFrom"_s);
    m_toCheck = new QCheckBox(m_filterBar);
    m_toCheck->setObjectName(u"createdToEnabled"_s);
    m_toEdit = new QDateTimeEdit(startOfToday.addDays(1), m_filterBar);
    m_toEdit->setObjectName(u"createdTo"_s);
    for (QDateTimeEdit *edit : {m_fromEdit, m_toEdit}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(u"yyyy-MM-dd HH:mm"_s);
        edit->setTimeSpec(Qt::LocalTime);
        edit->setEnabled(false);
    }

    m_amountLabel = new QLabel(m_filterBar);
    m_amountMinEdit = new QLineEdit(m_filterBar);
    m_amountMinEdit->setObjectName(u"amountMin"_s);
    m_amountDash = new QLabel(u"–"_s, m_filterBar);
    m_amountMaxEdit = new QLineEdit(m_filterBar);
    m_amountMaxEdit->setObjectName(u"amountMax"_s);
    for (QLineEdit *edit : {m_amountMinEdit, m_amountMaxEdit}) {
        edit->setClearButtonEnabled(true);
        edit->setMaxLength(16);
        edit->setMaximumWidth(120);
    }
    m_amountLabel->setBuddy(m_amountMinEdit);

    m_includeDeleted = new QCheckBox(m_filterBar);
    m_includeDeleted->setObjectName(u"includeDeleted"_s);
    m_applyButton = new QPushButton(m_filterBar);
    m_applyButton->setObjectName(u"applyFilter"_s);
    m_resetButton = new QPushButton(m_filterBar);
    m_resetButton->setObjectName(u"resetFilter"_s);

    // Row 0: text filters and choices; row 1: time and amount ranges.
    grid->addWidget(m_snLabel, 0, 0);
    grid->addWidget(m_snEdit, 0, 1, 1, 3);
    grid->addWidget(m_userLabel, 0, 4);
    grid->addWidget(m_userIdEdit, 0, 5);
    grid->addWidget(m_statusLabel, 0, 6);
    grid->addWidget(m_statusCombo, 0, 7);
    grid->addWidget(m_wayLabel, 0, 8);
    grid->addWidget(m_wayCombo, 0, 9);
    grid->addWidget(m_includeDeleted, 0, 10);

    grid->addWidget(m_createdLabel, 1, 0);
    grid->addWidget(m_rangeCombo, 1, 1);
    auto *timeRow = new QHBoxLayout;
    timeRow->addWidget(m_fromCheck);
    timeRow->addWidget(m_fromEdit);
    timeRow->addWidget(m_toCheck);
    timeRow->addWidget(m_toEdit);
    grid->addLayout(timeRow, 1, 2, 1, 2);
    grid->addWidget(m_amountLabel, 1, 4);
    auto *amountRow = new QHBoxLayout;
    amountRow->addWidget(m_amountMinEdit);
    amountRow->addWidget(m_amountDash);
    amountRow->addWidget(m_amountMaxEdit);
    grid->addLayout(amountRow, 1, 5, 1, 3);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_applyButton);
    buttons->addWidget(m_resetButton);
    grid->addLayout(buttons, 1, 8, 1, 3);
    grid->setColumnStretch(3, 1);

    m_filterHint = new QLabel(this);
    m_filterHint->setObjectName(u"filterHint"_s);
    m_filterHint->setStyleSheet(u"QLabel { color: #c0392b; }"_s);
    m_filterHint->setWordWrap(true);
    m_filterHint->hide();

    // Error bar: database errors stay visible until the next successful load or a close.
    m_errorBar = new QWidget(this);
    m_errorBar->setObjectName(u"errorBar"_s);
    m_errorBar->setAutoFillBackground(true);
    m_errorBar->setStyleSheet(u"#errorBar { background: #fdecea; border: 1px solid #e6b0aa; }"_s);
    auto *errorLayout = new QHBoxLayout(m_errorBar);
    m_errorText = new QLabel(m_errorBar);
    m_errorText->setObjectName(u"errorText"_s);
    m_errorText->setWordWrap(true);
    m_errorText->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_errorRetry = new QPushButton(m_errorBar);
    m_errorClose = new QPushButton(m_errorBar);
    errorLayout->addWidget(m_errorText, 1);
    errorLayout->addWidget(m_errorRetry);
    errorLayout->addWidget(m_errorClose);
    m_errorBar->hide();

    // Totals strip.
    auto *totals = new QWidget(this);
    totals->setObjectName(u"totalsStrip"_s);
    auto *totalsLayout = new QHBoxLayout(totals);
    totalsLayout->setContentsMargins(0, 0, 0, 0);
    const auto addTotal = [&](QLabel *&caption, QLabel *&value, const QString &name) {
        caption = new QLabel(totals);
        value = new QLabel(totals);
        value->setObjectName(name);
        value->setTextInteractionFlags(Qt::TextSelectableByMouse);
        QFont bold = value->font();
        bold.setBold(true);
        value->setFont(bold);
        totalsLayout->addWidget(caption);
        totalsLayout->addWidget(value);
        totalsLayout->addSpacing(16);
    };
    addTotal(m_countCaption, m_countValue, u"totalCount"_s);
    addTotal(m_sumCaption, m_sumValue, u"totalAmount"_s);
    addTotal(m_paidCountCaption, m_paidCountValue, u"paidCount"_s);
    addTotal(m_paidSumCaption, m_paidSumValue, u"paidAmount"_s);
    totalsLayout->addStretch();

    // Table and detail pane.
    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->setObjectName(u"ordersSplitter"_s);
    m_table = new QTableView(m_splitter);
    m_table->setObjectName(u"ordersTable"_s);
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setCornerButtonEnabled(false);
    // Fixed row heights and explicit column widths: the view must never measure (and so
    // load) rows that are not on screen.
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->verticalHeader()->hide();
    QHeaderView *header = m_table->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setSectionsMovable(true);
    header->setHighlightSections(false);
    header->setStretchLastSection(false);
    const int charWidth = m_table->fontMetrics().horizontalAdvance(u'0');
    const int widths[] = {8, 24, 9, 11, 10, 9, 19, 30, 18, 19, 19};
    static_assert(std::size(widths) == std::size_t(OrderColumn::Count));
    for (int c = 0; c < int(OrderColumn::Count); ++c)
        header->resizeSection(c, widths[c] * charWidth + 16);
    header->setSortIndicator(int(m_model->sortOrder().column), m_model->sortOrder().order);

    m_detailColumn = new QSplitter(Qt::Vertical, m_splitter);
    m_detail = new OrderDetailPane(m_detailColumn);
    m_detail->setObjectName(u"orderDetail"_s);
    m_detailColumn->addWidget(m_detail);
    m_splitter->addWidget(m_table);
    m_splitter->addWidget(m_detailColumn);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setCollapsible(0, false);
    m_detail->setMinimumWidth(m_table->fontMetrics().horizontalAdvance(u'0') * 24);
    m_splitter->setSizes({3 * m_detail->minimumWidth(), m_detail->minimumWidth() + 40});

    layout->addWidget(m_filterBar);
    layout->addWidget(m_filterHint);
    layout->addWidget(m_errorBar);
    layout->addWidget(totals);
    layout->addWidget(m_splitter, 1);

    // Actions and shortcuts, active while the focus is inside the page.
    m_refreshAction = new QAction(this);
    m_refreshAction->setObjectName(u"refreshOrders"_s);
    m_refreshAction->setShortcut(QKeySequence(Qt::Key_F5));
    m_refreshAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_refreshAction->setIcon(QIcon::fromTheme(u"view-refresh"_s));
    connect(m_refreshAction, &QAction::triggered, this, &OrdersPage::refresh);
    addAction(m_refreshAction);

    m_exportAction = new QAction(this);
    m_exportAction->setObjectName(u"exportOrders"_s);
    m_exportAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    m_exportAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_exportAction->setIcon(QIcon::fromTheme(u"document-save-as"_s));
    connect(m_exportAction, &QAction::triggered, this, &OrdersPage::exportCsv);
    addAction(m_exportAction);

    auto *find = new QShortcut(QKeySequence::Find, this);
    find->setContext(Qt::WidgetWithChildrenShortcut);
    connect(find, &QShortcut::activated, this, [this] {
        m_snEdit->setFocus(Qt::ShortcutFocusReason);
        m_snEdit->selectAll();
    });
    auto *leave = new QShortcut(QKeySequence(Qt::Key_Escape), m_filterBar);
    leave->setContext(Qt::WidgetWithChildrenShortcut);
    connect(leave, &QShortcut::activated, this, [this] { m_table->setFocus(Qt::ShortcutFocusReason); });

    // Filter widgets.
    m_debounce = new QTimer(this);
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(DebounceMs);
    connect(m_debounce, &QTimer::timeout, this, &OrdersPage::applyFilter);
    for (QLineEdit *edit : {m_snEdit, m_userIdEdit, m_amountMinEdit, m_amountMaxEdit}) {
        connect(edit, &QLineEdit::textEdited, this, &OrdersPage::scheduleApply);
        connect(edit, &QLineEdit::returnPressed, this, &OrdersPage::applyFilter);
    }
    for (QComboBox *combo : {m_statusCombo, m_wayCombo}) {
        connect(combo, &QComboBox::currentIndexChanged, this, [this] {
            if (!m_settingWidgets)
                applyFilter();
        });
    }
    connect(m_includeDeleted, &QCheckBox::toggled, this, [this] {
        if (!m_settingWidgets)
            applyFilter();
    });
    connect(m_rangeCombo, &QComboBox::currentIndexChanged, this, [this] {
        if (m_settingWidgets)
            return;
        setQuickRange(QuickRange(m_rangeCombo->currentData().toInt()));
        applyFilter();
    });
    const auto customRangeEdited = [this] {
        m_fromEdit->setEnabled(m_fromCheck->isChecked());
        m_toEdit->setEnabled(m_toCheck->isChecked());
        if (m_settingWidgets)
            return;
        m_settingWidgets = true;
        const bool any = m_fromCheck->isChecked() || m_toCheck->isChecked();
        setComboData(m_rangeCombo, int(any ? QuickRange::Custom : QuickRange::AnyTime));
        m_settingWidgets = false;
        scheduleApply();
    };
    connect(m_fromCheck, &QCheckBox::toggled, this, customRangeEdited);
    connect(m_toCheck, &QCheckBox::toggled, this, customRangeEdited);
    connect(m_fromEdit, &QDateTimeEdit::dateTimeChanged, this, customRangeEdited);
    connect(m_toEdit, &QDateTimeEdit::dateTimeChanged, this, customRangeEdited);
    connect(m_fromEdit, &QDateTimeEdit::editingFinished, this, &OrdersPage::applyFilter);
    connect(m_toEdit, &QDateTimeEdit::editingFinished, this, &OrdersPage::applyFilter);
    connect(m_applyButton, &QPushButton::clicked, this, &OrdersPage::applyFilter);
    connect(m_resetButton, &QPushButton::clicked, this, &OrdersPage::resetFilter);

    connect(m_errorRetry, &QPushButton::clicked, this, &OrdersPage::refresh);
    connect(m_errorClose, &QPushButton::clicked, this, &OrdersPage::hideError);

    // Model.
    connect(m_model, &OrderQueryModel::totalsChanged, this, [this] {
        updateTotals();
        if (m_model->lastError().isEmpty())
            hideError();
    });
    connect(m_model, &OrderQueryModel::errorOccurred, this, &OrdersPage::showError);
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        updateDetail();
        updateTotals();
    });
    connect(m_model, &QAbstractItemModel::layoutChanged, this, [this] {
        // Rows moved in SQL; the selection no longer means the same order.
        m_table->selectionModel()->clear();
        updateDetail();
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &OrdersPage::updateDetail);
    connect(header, &QHeaderView::sortIndicatorChanged, this, &OrdersPage::saveViewState);
    connect(header, &QHeaderView::sectionMoved, this, &OrdersPage::saveViewState);
    connect(m_splitter, &QSplitter::splitterMoved, this, &OrdersPage::saveViewState);
    connect(m_detail, &OrderDetailPane::orderSnCopied, this,
            [this](const QString &sn) { showStatus(tr("Copied order number %1.").arg(sn)); });
}

void OrdersPage::retranslateUi()
{
    m_snLabel->setText(tr("Order &No.:"));
    m_snEdit->setPlaceholderText(tr("Contains… (Ctrl+F)"));
    m_userLabel->setText(tr("&User ID:"));
    m_userIdEdit->setPlaceholderText(tr("Any"));
    m_statusLabel->setText(tr("&Status:"));
    m_statusCombo->setItemText(0, tr("All"));
    m_statusCombo->setItemText(1, tr("Paid"));
    m_statusCombo->setItemText(2, tr("Unpaid"));
    m_wayLabel->setText(tr("Pay &way:"));
    m_wayCombo->setItemText(0, tr("All"));
    m_wayCombo->setItemText(1, tr("WeChat Pay"));
    m_wayCombo->setItemText(2, tr("Alipay"));
    m_wayCombo->setItemText(3, tr("Balance"));
    m_wayCombo->setItemText(4, tr("Not chosen"));
    m_createdLabel->setText(tr("&Created:"));
    m_rangeCombo->setItemText(0, tr("Any time"));
    m_rangeCombo->setItemText(1, tr("Today"));
    m_rangeCombo->setItemText(2, tr("Last 7 days"));
    m_rangeCombo->setItemText(3, tr("Last 30 days"));
    m_rangeCombo->setItemText(4, tr("Custom range"));
    m_fromCheck->setText(tr("From"));
    m_fromCheck->setToolTip(tr("Orders created at or after this time"));
    m_toCheck->setText(tr("Before"));
    m_toCheck->setToolTip(tr("Orders created before this time"));
    m_amountLabel->setText(tr("&Amount (¥):"));
    m_amountMinEdit->setPlaceholderText(tr("Min, e.g. 0.40"));
    m_amountMaxEdit->setPlaceholderText(tr("Max, e.g. 199.00"));
    m_includeDeleted->setText(tr("Include &deleted"));
    m_applyButton->setText(tr("Apply"));
    m_applyButton->setToolTip(tr("Apply the filter (Enter)"));
    m_resetButton->setText(tr("Reset"));
    m_resetButton->setToolTip(tr("Show all orders again"));
    m_errorRetry->setText(tr("Retry"));
    m_errorClose->setText(tr("Dismiss"));
    m_countCaption->setText(tr("Orders:"));
    m_sumCaption->setText(tr("Amount:"));
    m_paidCountCaption->setText(tr("Paid orders:"));
    m_paidSumCaption->setText(tr("Paid amount:"));
    m_refreshAction->setText(tr("&Refresh Orders"));
    m_refreshAction->setToolTip(tr("Read the orders again from the database (F5)"));
    m_exportAction->setText(tr("&Export Orders to CSV…"));
    m_exportAction->setToolTip(tr("Export the filtered orders in the shown order to a CSV file (Ctrl+E)"));
    Q_EMIT m_model->headerDataChanged(Qt::Horizontal, 0, int(OrderColumn::Count) - 1);
}

void OrdersPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void OrdersPage::connectContext()
{
    connect(m_context, &AppContext::databaseChanged, this, [this] {
        hideError();
        m_model->setDatabase(m_context->database());
    });
    connect(m_context, &AppContext::ordersChanged, this, &OrdersPage::refresh);
}

void OrdersPage::restoreState()
{
    Settings &settings = m_context->settings();
    QHeaderView *header = m_table->horizontalHeader();
    if (const QByteArray state = settings.viewState(HeaderStateKey); !state.isEmpty()) {
        if (!header->restoreState(state) || header->count() != int(OrderColumn::Count))
            qCWarning(lcUi) << "ignoring a saved order table layout that does not fit";
    }
    if (const QByteArray state = settings.viewState(SplitterStateKey); !state.isEmpty())
        m_splitter->restoreState(state);
    // restoreState() sets the indicator without announcing it: sort to match.
    m_model->sort(header->sortIndicatorSection(), header->sortIndicatorOrder());
    m_table->setSortingEnabled(true);

    OrderFilter filter = OrderFilter::fromJson(settings.orderFilter());
    const auto range = QuickRange(settings.value(QuickRangeKey, int(QuickRange::AnyTime)).toInt());
    setFilterWidgets(filter);
    if (range == QuickRange::Today || range == QuickRange::Last7Days || range == QuickRange::Last30Days) {
        // A quick range means "relative to today", not the dates it meant when saved.
        m_settingWidgets = true;
        setComboData(m_rangeCombo, int(range));
        setQuickRange(range);
        m_settingWidgets = false;
    }
    if (auto f = filterFromWidgets())
        filter = *f;
    else
        filter = OrderFilter{};
    // Set the filter before the database so that the first query is the filtered one.
    m_model->setFilter(filter);
    if (m_context->database().isValid())
        m_model->setDatabase(m_context->database());
    updateTotals();
}

void OrdersPage::saveViewState()
{
    Settings &settings = m_context->settings();
    settings.setViewState(HeaderStateKey, m_table->horizontalHeader()->saveState());
    settings.setViewState(SplitterStateKey, m_splitter->saveState());
}

void OrdersPage::setQuickRange(QuickRange range)
{
    const QDateTime startOfToday(QDate::currentDate(), QTime(0, 0));
    const QDateTime startOfTomorrow = startOfToday.addDays(1);
    const bool wasSetting = m_settingWidgets;
    m_settingWidgets = true;
    switch (range) {
    case QuickRange::AnyTime:
        m_fromCheck->setChecked(false);
        m_toCheck->setChecked(false);
        break;
    case QuickRange::Today:
    case QuickRange::Last7Days:
    case QuickRange::Last30Days: {
        const int days = range == QuickRange::Today ? 0 : range == QuickRange::Last7Days ? 6 : 29;
        m_fromEdit->setDateTime(startOfToday.addDays(-days));
        m_toEdit->setDateTime(startOfTomorrow);
        m_fromCheck->setChecked(true);
        m_toCheck->setChecked(true);
        break;
    }
    case QuickRange::Custom:
        if (!m_fromCheck->isChecked() && !m_toCheck->isChecked()) {
            m_fromCheck->setChecked(true);
            m_toCheck->setChecked(true);
        }
        break;
    }
    m_fromEdit->setEnabled(m_fromCheck->isChecked());
    m_toEdit->setEnabled(m_toCheck->isChecked());
    m_settingWidgets = wasSetting;
}

void OrdersPage::scheduleApply()
{
    if (!m_settingWidgets)
        m_debounce->start();
}

std::optional<OrderFilter> OrdersPage::filterFromWidgets()
{
    OrderFilter f;
    QStringList problems;
    QList<QLineEdit *> invalid;

    f.snContains = m_snEdit->text().trimmed();

    if (const QString user = m_userIdEdit->text().trimmed(); !user.isEmpty()) {
        bool ok = false;
        const qulonglong id = user.toULongLong(&ok);
        if (!ok || id > std::numeric_limits<quint32>::max()) {
            problems << tr("User ID must be a whole number up to %1.").arg(std::numeric_limits<quint32>::max());
            invalid << m_userIdEdit;
        } else {
            f.userId = quint32(id);
        }
    }

    if (const int status = m_statusCombo->currentData().toInt(); status >= 0)
        f.payStatus = payStatusFromInt(status);
    if (const int way = m_wayCombo->currentData().toInt(); way >= 0)
        f.payWay = payWayFromInt(way);

    if (m_fromCheck->isChecked())
        f.createdFrom = m_fromEdit->dateTime().toSecsSinceEpoch();
    if (m_toCheck->isChecked())
        f.createdTo = m_toEdit->dateTime().toSecsSinceEpoch();
    if (f.createdFrom && f.createdTo && *f.createdFrom >= *f.createdTo)
        problems << tr("The start of the created-time range must be before its end.");

    const auto readAmount = [&](QLineEdit *edit, const QString &which) -> std::optional<Money> {
        const QString text = edit->text();
        if (text.isEmpty())
            return std::nullopt;
        auto money = Money::parse(text);
        if (!money) {
            problems << tr("%1: %2").arg(which, money.errorMessage());
            invalid << edit;
            return std::nullopt;
        }
        return *money;
    };
    f.amountMin = readAmount(m_amountMinEdit, tr("Minimum amount"));
    f.amountMax = readAmount(m_amountMaxEdit, tr("Maximum amount"));
    if (f.amountMin && f.amountMax && *f.amountMin > *f.amountMax) {
        problems << tr("The minimum amount is above the maximum amount.");
        invalid << m_amountMinEdit << m_amountMaxEdit;
    }
    f.includeDeleted = m_includeDeleted->isChecked();

    for (QLineEdit *edit : {m_userIdEdit, m_amountMinEdit, m_amountMaxEdit})
        edit->setStyleSheet(invalid.contains(edit) ? InvalidStyle : QString());
    if (!problems.isEmpty()) {
        m_filterHint->setText(problems.join(u' ') + u' ' + tr("The filter was not applied."));
        m_filterHint->show();
        return std::nullopt;
    }
    m_filterHint->hide();
    m_filterHint->clear();
    return f;
}

void OrdersPage::setFilterWidgets(const OrderFilter &f)
{
    const bool wasSetting = m_settingWidgets;
    m_settingWidgets = true;
    m_snEdit->setText(f.snContains);
    m_userIdEdit->setText(f.userId ? QString::number(*f.userId) : QString());
    setComboData(m_statusCombo, f.payStatus ? int(*f.payStatus) : -1);
    setComboData(m_wayCombo, f.payWay ? int(*f.payWay) : -1);
    m_fromCheck->setChecked(f.createdFrom.has_value());
    if (f.createdFrom)
        m_fromEdit->setDateTime(QDateTime::fromSecsSinceEpoch(*f.createdFrom));
    m_toCheck->setChecked(f.createdTo.has_value());
    if (f.createdTo)
        m_toEdit->setDateTime(QDateTime::fromSecsSinceEpoch(*f.createdTo));
    m_fromEdit->setEnabled(m_fromCheck->isChecked());
    m_toEdit->setEnabled(m_toCheck->isChecked());
    setComboData(m_rangeCombo, int(f.createdFrom || f.createdTo ? QuickRange::Custom : QuickRange::AnyTime));
    m_amountMinEdit->setText(f.amountMin ? f.amountMin->toString() : QString());
    m_amountMaxEdit->setText(f.amountMax ? f.amountMax->toString() : QString());
    m_includeDeleted->setChecked(f.includeDeleted);
    m_settingWidgets = wasSetting;
}

bool OrdersPage::applyFilter()
{
    m_debounce->stop();
    const std::optional<OrderFilter> filter = filterFromWidgets();
    if (!filter)
        return false;
    Settings &settings = m_context->settings();
    settings.setOrderFilter(filter->toJson());
    settings.setValue(QuickRangeKey, m_rangeCombo->currentData().toInt());
    m_model->setFilter(*filter);
    return true;
}

void OrdersPage::resetFilter()
{
    setFilterWidgets(OrderFilter{});
    applyFilter();
}

void OrdersPage::refresh()
{
    if (!m_context->database().isValid())
        return;
    m_model->refresh();
}

void OrdersPage::showError(const QString &message)
{
    m_errorText->setText(tr("The orders could not be read: %1").arg(message));
    m_errorBar->show();
}

void OrdersPage::hideError()
{
    m_errorBar->hide();
    m_errorText->clear();
}

void OrdersPage::updateTotals()
{
    if (m_model->isCounting()) {
        for (QLabel *value : {m_countValue, m_sumValue, m_paidCountValue, m_paidSumValue})
            value->setText(tr("counting…"));
        return;
    }
    const OrderTotals &t = m_model->totals();
    const QLocale locale;
    m_countValue->setText(locale.toString(t.count));
    m_sumValue->setText(t.amount.toDisplayString());
    m_paidCountValue->setText(locale.toString(t.paidCount));
    m_paidSumValue->setText(t.paidAmount.toDisplayString());
}

void OrdersPage::updateDetail()
{
    const QModelIndex current = m_table->selectionModel()->currentIndex();
    const std::optional<Order> order = current.isValid() ? m_model->orderAt(current.row()) : std::nullopt;
    m_detail->setOrder(order);
    Q_EMIT currentOrderChanged(order ? order->orderSn : QString());
}

void OrdersPage::addDetailWidget(QWidget *widget)
{
    m_detailColumn->addWidget(widget);
}

void OrdersPage::showStatus(const QString &text)
{
    Q_EMIT statusMessage(text, StatusTimeoutMs);
    if (auto *window = qobject_cast<QMainWindow *>(this->window())) {
        if (auto *bar = window->findChild<QStatusBar *>(QString(), Qt::FindDirectChildrenOnly))
            bar->showMessage(text, StatusTimeoutMs);
    }
}

void OrdersPage::exportCsv()
{
    if (m_exportThread)
        return;
    // Typing not yet applied would make the file differ from what the table shows.
    if (m_debounce->isActive() && !applyFilter())
        return;
    Settings &settings = m_context->settings();
    QString dir = settings.lastDirectory(ExportDirectoryKey);
    if (dir.isEmpty() || !QFileInfo(dir).isDir())
        dir = QDir::homePath();
    const QString suggested =
        QDir(dir).filePath(tr("orders-%1.csv").arg(QDateTime::currentDateTime().toString(u"yyyyMMdd-HHmm"_s)));
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Export Orders"), suggested, tr("CSV files (*.csv);;All files (*)"));
    if (path.isEmpty())
        return;
    settings.setLastDirectory(ExportDirectoryKey, QFileInfo(path).absolutePath());
    exportTo(path);
}

void OrdersPage::exportTo(const QString &path)
{
    if (m_exportThread) {
        Q_EMIT exportFinished(false, tr("An export is already running."), 0);
        return;
    }
    const Database db = m_context->database();
    if (!db.isValid()) {
        finishExport(false, tr("No database is open."), 0);
        return;
    }

    m_exportPath = path;
    m_exportCancel = std::make_shared<std::atomic_bool>(false);
    OrderExporter::Options options;
    options.filter = m_model->filter();
    options.sort = m_model->sortOrder();
    options.path = path;
    options.cancel = m_exportCancel.get();
    if (!m_model->isCounting() && m_model->lastError().isEmpty())
        options.expectedRows = m_model->totals().count; // spares the export a count of its own
    // The progress callback runs on the worker; the dialog is updated on this thread. The
    // destructor waits for the worker, so `this` outlives every call.
    options.progress = [this](qint64 done, qint64 total) {
        QMetaObject::invokeMethod(
            this,
            [this, done, total] {
                if (!m_progress)
                    return;
                m_progress->setMaximum(int(std::min<qint64>(total, std::numeric_limits<int>::max())));
                m_progress->setValue(int(std::min<qint64>(done, std::numeric_limits<int>::max())));
                m_progress->setLabelText(tr("Exporting orders… %L1 of %L2").arg(done).arg(total));
            },
            Qt::QueuedConnection);
    };

    m_progress = new QProgressDialog(tr("Exporting orders…"), tr("Cancel"), 0, 0, this);
    m_progress->setWindowTitle(tr("Export Orders"));
    m_progress->setWindowModality(Qt::WindowModal);
    m_progress->setAutoClose(false);
    m_progress->setAutoReset(false);
    m_progress->setMinimumDuration(400);
    connect(m_progress, &QProgressDialog::canceled, this, [this] {
        if (m_exportCancel)
            m_exportCancel->store(true);
        if (m_progress)
            m_progress->setLabelText(tr("Cancelling…"));
    });

    auto result = std::make_shared<std::optional<Result<qint64>>>();
    std::shared_ptr<std::atomic_bool> cancel = m_exportCancel;
    m_exportThread = QThread::create([db, options, result, cancel] {
        Q_UNUSED(cancel); // held so that options.cancel stays valid while the worker runs
        *result = OrderExporter(db).exportCsv(options);
        // The worker's connection must go before the thread does.
        db.releaseThreadConnection();
    });
    m_exportThread->setObjectName(u"orders-export"_s);
    connect(m_exportThread, &QThread::finished, this, [this, result] {
        m_exportThread->wait();
        m_exportThread->deleteLater();
        m_exportThread = nullptr;
        m_exportAction->setEnabled(true);
        const Result<qint64> &r = result->value();
        if (r)
            finishExport(true, tr("Exported %n order(s) to %1.", nullptr, int(std::min<qint64>(*r, std::numeric_limits<int>::max()))).arg(QDir::toNativeSeparators(m_exportPath)), *r);
        else if (r.error().code == u"cancelled")
            finishExport(false, tr("The export was cancelled; no file was written."), 0);
        else
            finishExport(false, r.errorMessage(), 0);
    });
    m_exportAction->setEnabled(false);
    qCInfo(lcUi) << "exporting orders to" << path;
    m_exportThread->start();
}

void OrdersPage::finishExport(bool ok, const QString &message, qint64 rows)
{
    if (m_progress) {
        m_progress->hide();
        m_progress->deleteLater();
        m_progress = nullptr;
    }
    const bool cancelled = m_exportCancel && m_exportCancel->load();
    m_exportCancel.reset();
    if (ok || cancelled) {
        showStatus(message);
    } else {
        qCWarning(lcUi) << "order export failed:" << message;
        auto *box = new QMessageBox(QMessageBox::Critical, tr("Export Failed"),
                                    tr("The orders could not be exported to %1.").arg(QDir::toNativeSeparators(m_exportPath)),
                                    QMessageBox::Ok, this);
        box->setObjectName(u"exportErrorBox"_s);
        box->setInformativeText(message);
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
    }
    Q_EMIT exportFinished(ok, message, rows);
}
