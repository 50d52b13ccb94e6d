#include "testpaymentpage.h"

#include "cashierdialog.h"
#include "notificationlogpage.h"
#include "sandboxactions.h"
#include "testpaymentstepmodel.h"

#include "core/appcontext.h"
#include "flow/flowdocument.h"
#include "flow/flowmessage.h"
#include "sandbox/deliveryengine.h"
#include "sandbox/sandboxservice.h"

#include <QAction>
#include <QBrush>
#include <QCheckBox>
#include <QColor>
#include <QComboBox>
#include <QDateTime>
#include <QDesktopServices>
#include <QFontDatabase>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QMetaEnum>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSplitter>
#include <QStyle>
#include <QTime>
#include <QToolButton>
#include <QTreeView>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {
const auto MainSplitterKey = u"testPayments/mainSplitter"_s;
const auto RightSplitterKey = u"testPayments/rightSplitter"_s;
const auto TimelineHeaderKey = u"testPayments/timelineHeader"_s;
const auto DeliveriesHeaderKey = u"testPayments/deliveriesHeader"_s;
const auto HistoryHeaderKey = u"testPayments/historyHeader"_s;
const auto AmountKey = u"testPayments/amount"_s;
const auto SceneKey = u"testPayments/scene"_s;
const auto TargetKey = u"testPayments/target"_s;
const auto TargetUrlKey = u"testPayments/targetUrl"_s;
const auto RetriesKey = u"testPayments/retries"_s;

enum TargetChoice { EmbeddedListener = 0, OtherServer = 1 };
constexpr int ManualStepping = -1;

// History columns.
enum HistoryColumn { HistoryStarted, HistoryOrder, HistoryAmount, HistoryChannel, HistoryResult, HistoryColumnCount };
// Deliveries columns.
enum DeliveryColumn { DeliveryId, DeliveryStateColumn, DeliveryAttempts, DeliveryAnswer, DeliveryWhen, DeliveryColumnCount };
constexpr int DeliveryIdRole = Qt::UserRole;
constexpr int AttemptIndexRole = Qt::UserRole + 1;

QString headerText(const HttpHeaderList &headers)
{
    QString text;
    for (const auto &[name, value] : headers)
        text += QString::fromLatin1(name) + u": "_s + QString::fromUtf8(value) + u'\n';
    return text;
}
} // namespace

TestPaymentPage::TestPaymentPage(AppContext *context, NotificationLogPage *listenerPage, QWidget *parent)
    : QWidget(parent), m_context(context), m_listenerPage(listenerPage),
      m_actions(new SandboxActions(context, listenerPage, this))
{
    setObjectName(u"testPaymentPage"_s);
    buildForm();
    restoreViewState();
    updateAmountState();
    updateTargetState();
    updateDeliveryButtons();

    connect(m_actions, &SandboxActions::statusMessage, this, &TestPaymentPage::statusMessage);
    connect(m_actions, &SandboxActions::identityCreated, this, &TestPaymentPage::updateIdentityState);
    connect(m_context, &AppContext::sandboxIdentityLoaded, this, &TestPaymentPage::updateIdentityState);
    // The embedded listener applied a notification: the run of that order reads it back.
    connect(m_listenerPage, &NotificationLogPage::orderPaid, this, [this](const QString &orderSn) {
        if (RunEntry *entry = entryFor(orderSn); entry && entry->run)
            entry->run->refreshOrder();
    });
}

TestPaymentPage::~TestPaymentPage()
{
    saveViewState();
}

void TestPaymentPage::buildForm()
{
    // Sandbox identity line.
    m_identityState = new QLabel(this);
    m_identityState->setObjectName(u"identityState"_s);
    m_identityState->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_createIdentity = new QPushButton(tr("Create Sandbox Identity…"), this);
    m_createIdentity->setObjectName(u"createIdentity"_s);
    m_createIdentity->setToolTip(m_actions->createIdentityAction()->toolTip());
    connect(m_createIdentity, &QPushButton::clicked, m_actions->createIdentityAction(), &QAction::trigger);

    // Amount, or a payment button of the open flow.
    m_amount = new QLineEdit(m_context->settings().value(AmountKey, u"0.40"_s).toString(), this);
    m_amount->setObjectName(u"amount"_s);
    m_amount->setPlaceholderText(tr("0.40"));
    m_amount->setToolTip(tr("The amount in yuan, at most two decimals"));
    m_amount->setMaximumWidth(140);
    m_amountError = new QLabel(this);
    m_amountError->setObjectName(u"amountError"_s);
    m_amountError->setStyleSheet(u"color: #b01e1e;"_s);
    m_flowButtons = new QComboBox(this);
    m_flowButtons->setObjectName(u"flowButton"_s);
    m_flowButtons->setToolTip(tr("Take the amount of a payment button of the flow open in the editor"));
    m_flowButtons->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    auto *refreshButtons = new QToolButton(this);
    refreshButtons->setText(tr("Refresh"));
    refreshButtons->setToolTip(tr("Read the payment buttons of the open flow again"));
    connect(refreshButtons, &QToolButton::clicked, this, &TestPaymentPage::refreshPaymentButtons);
    connect(m_amount, &QLineEdit::textChanged, this, &TestPaymentPage::updateAmountState);
    connect(m_flowButtons, &QComboBox::activated, this, [this](int index) {
        const QVariant amount = m_flowButtons->itemData(index);
        if (!amount.isValid())
            return;
        const auto parsed = Money::parse(amount.toString());
        m_amount->setText(parsed ? parsed->toString() : amount.toString());
    });

    // Channel and scene.
    m_scene = new QComboBox(this);
    m_scene->setObjectName(u"scene"_s);
    m_scene->setToolTip(tr("How the payer reaches the cashier; decides the channel and the notify route"));
    for (SandboxScene scene : {SandboxScene::MiniProgram, SandboxScene::OfficialAccount, SandboxScene::WeChatH5,
                               SandboxScene::AlipayWap, SandboxScene::AlipayPage})
        m_scene->addItem(payWayDisplayName(sandboxSceneChannel(scene)) + u" · "_s + sandboxSceneDisplayName(scene),
                         sandboxSceneKey(scene));
    m_scene->setCurrentIndex(qMax(0, m_scene->findData(m_context->settings().value(SceneKey, u"mnp"_s).toString())));

    // Target.
    m_target = new QComboBox(this);
    m_target->setObjectName(u"target"_s);
    m_target->addItem(tr("Embedded listener (sandbox channels)"), EmbeddedListener);
    m_target->addItem(tr("Another server"), OtherServer);
    m_target->setToolTip(tr("Where the signed notification goes"));
    m_target->setCurrentIndex(m_context->settings().value(TargetKey, int(EmbeddedListener)).toInt() == OtherServer ? 1 : 0);
    m_targetUrl = new QLineEdit(m_context->settings().value(TargetUrlKey).toString(), this);
    m_targetUrl->setObjectName(u"targetUrl"_s);
    m_targetUrl->setPlaceholderText(tr("http://127.0.0.1:8000 (the channel's route is added) or a full notify URL"));
    m_targetUrl->setToolTip(tr("A base URL gets the channel's route (/api/pay/notifyMnp, /api/pay/notifyOa, "
                               "/api/pay/aliNotify); a URL with a path is used as it is"));
    m_targetUrl->setClearButtonEnabled(true);
    connect(m_target, &QComboBox::currentIndexChanged, this, &TestPaymentPage::updateTargetState);

    // Fault and retries.
    m_fault = new QComboBox(this);
    m_fault->setObjectName(u"fault"_s);
    m_fault->setToolTip(tr("Make the notification one a careful server must refuse or must not apply"));
    const QMetaEnum faults = QMetaEnum::fromType<SandboxNotify::Fault>();
    for (int i = 0; i < faults.keyCount(); ++i) {
        const auto fault = SandboxNotify::Fault(faults.value(i));
        m_fault->addItem(SandboxNotify::faultDisplayName(fault), SandboxNotify::faultKey(fault));
    }
    m_fault->setCurrentIndex(qMax(0, m_fault->findData(SandboxNotify::faultKey(SandboxNotify::Fault::None))));
    m_retryFaulted = new QCheckBox(tr("Retry it"), this);
    m_retryFaulted->setObjectName(u"retryFaulted"_s);
    m_retryFaulted->setToolTip(tr("A notification with a fault is sent once; tick to have it retried on the channel's "
                                  "schedule like a real one (every retry carries the same fault)"));
    const auto updateRetryFaulted = [this] {
        m_retryFaulted->setEnabled(m_fault->currentData().toString() != SandboxNotify::faultKey(SandboxNotify::Fault::None));
    };
    connect(m_fault, &QComboBox::currentIndexChanged, this, updateRetryFaulted);
    updateRetryFaulted();
    m_retries = new QComboBox(this);
    m_retries->setObjectName(u"retries"_s);
    m_retries->addItem(tr("Channel schedule, real time"), 1);
    m_retries->addItem(tr("Compressed: a minute per second"), 60);
    m_retries->addItem(tr("Compressed: an hour per second"), 3600);
    m_retries->addItem(tr("By hand (Next attempt now)"), ManualStepping);
    m_retries->setToolTip(tr("Retries follow the channel's own schedule (WeChat 15 s, 15 s, 30 s, 3 min…; "
                             "Alipay 4 min, 10 min…), in real time, compressed, or one at a time"));
    m_retries->setCurrentIndex(qMax(0, m_retries->findData(m_context->settings().value(RetriesKey, 60).toInt())));
    connect(m_retries, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_engine)
            return;
        const int pace = m_retries->currentData().toInt();
        m_engine->setManualStepping(pace == ManualStepping);
        m_engine->setCompression(pace > 0 ? pace : 1);
    });

    // Run.
    m_runAction = new QAction(tr("&Run Test Payment"), this);
    m_runAction->setObjectName(u"runTestPayment"_s);
    m_runAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return));
    m_runAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_runAction->setToolTip(tr("Create a sandbox order and pay it (Ctrl+Return)"));
    addAction(m_runAction);
    connect(m_runAction, &QAction::triggered, this, [this] { run(); });
    m_runButton = new QPushButton(tr("Run"), this);
    m_runButton->setObjectName(u"run"_s);
    m_runButton->setToolTip(m_runAction->toolTip());
    m_runButton->setIcon(style()->standardIcon(QStyle::SP_MediaPlay));
    connect(m_runButton, &QPushButton::clicked, m_runAction, &QAction::trigger);

    auto *formBox = new QGroupBox(tr("Test payment"), this);
    auto *grid = new QGridLayout(formBox);
    const auto label = [formBox](const QString &text, QWidget *buddy) {
        auto *l = new QLabel(text, formBox);
        l->setBuddy(buddy);
        return l;
    };
    auto *amountRow = new QHBoxLayout;
    amountRow->addWidget(m_amount);
    amountRow->addWidget(m_flowButtons, 1);
    amountRow->addWidget(refreshButtons);
    grid->addWidget(label(tr("&Amount (¥):"), m_amount), 0, 0);
    grid->addLayout(amountRow, 0, 1);
    grid->addWidget(m_amountError, 1, 1);
    grid->addWidget(label(tr("&Channel and scene:"), m_scene), 0, 2);
    grid->addWidget(m_scene, 0, 3);
    grid->addWidget(label(tr("&Target:"), m_target), 2, 0);
    auto *targetRow = new QHBoxLayout;
    targetRow->addWidget(m_target);
    targetRow->addWidget(m_targetUrl, 1);
    grid->addLayout(targetRow, 2, 1);
    grid->addWidget(label(tr("&Fault:"), m_fault), 1, 2);
    auto *faultRow = new QHBoxLayout;
    faultRow->addWidget(m_fault, 1);
    faultRow->addWidget(m_retryFaulted);
    grid->addLayout(faultRow, 1, 3);
    grid->addWidget(label(tr("R&etries:"), m_retries), 2, 2);
    grid->addWidget(m_retries, 2, 3);
    grid->addWidget(m_runButton, 0, 4, 3, 1, Qt::AlignVCenter);
    grid->setColumnStretch(1, 1);

    // History of runs.
    m_history = new QTreeWidget(this);
    m_history->setObjectName(u"history"_s);
    m_history->setRootIsDecorated(false);
    m_history->setUniformRowHeights(true);
    m_history->setColumnCount(HistoryColumnCount);
    m_history->setHeaderLabels({tr("Started"), tr("Order"), tr("Amount"), tr("Channel"), tr("Result")});
    m_history->setToolTip(tr("The test payments of this session; pick one to see its steps"));
    m_history->setColumnWidth(HistoryStarted, 70);
    m_history->setColumnWidth(HistoryOrder, 180);
    m_history->setColumnWidth(HistoryAmount, 70);
    connect(m_history, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem *item) {
        if (item)
            showRun(item->data(0, Qt::UserRole).toInt());
    });

    // Timeline.
    m_steps = new TestPaymentStepModel(this);
    m_timeline = new QTreeView(this);
    m_timeline->setObjectName(u"timeline"_s);
    m_timeline->setModel(m_steps);
    m_timeline->setRootIsDecorated(false);
    m_timeline->setUniformRowHeights(true);
    m_timeline->setAlternatingRowColors(true);
    m_timeline->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_timeline->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_timeline->header()->setStretchLastSection(true);
    m_timeline->header()->setSectionResizeMode(TestPaymentStepModel::Time, QHeaderView::ResizeToContents);
    connect(m_timeline->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this](const QModelIndex &current) {
        if (!current.isValid())
            return;
        m_deliveries->setCurrentItem(nullptr);
        const QByteArray secret = m_sandbox && m_sandbox->hasIdentity() ? m_sandbox->identity().apiV3Key : QByteArray();
        const QString detail = current.data(TestPaymentStepModel::DetailRole).toString();
        m_detail->setPlainText(maskSecrets(detail.isEmpty() ? current.siblingAtColumn(TestPaymentStepModel::Step).data().toString()
                                                            : detail,
                                           secret));
    });

    // Deliveries of the run.
    m_deliveries = new QTreeWidget(this);
    m_deliveries->setObjectName(u"deliveries"_s);
    m_deliveries->setColumnCount(DeliveryColumnCount);
    m_deliveries->setHeaderLabels({tr("Delivery"), tr("State"), tr("Attempts"), tr("Answer"), tr("When")});
    m_deliveries->setUniformRowHeights(true);
    m_deliveries->setColumnWidth(DeliveryId, 150);
    m_deliveries->setColumnWidth(DeliveryStateColumn, 120);
    m_deliveries->setColumnWidth(DeliveryAttempts, 70);
    m_deliveries->setColumnWidth(DeliveryAnswer, 150);
    connect(m_deliveries, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem *item) {
        updateDeliveryButtons();
        if (!item || !m_engine)
            return;
        m_timeline->selectionModel()->clearCurrentIndex();
        const qint64 id = item->data(0, DeliveryIdRole).toLongLong();
        const auto delivery = m_engine->delivery(id);
        if (!delivery)
            return;
        const QByteArray secret = m_sandbox && m_sandbox->hasIdentity() ? m_sandbox->identity().apiV3Key : QByteArray();
        const QVariant attemptIndex = item->data(0, AttemptIndexRole);
        if (attemptIndex.isValid() && attemptIndex.toInt() < delivery->attempts.size()) {
            m_detail->setPlainText(describeAttempt(delivery->attempts.at(attemptIndex.toInt()), secret));
            return;
        }
        QString text = delivery->notification.summary + u"\n"_s + tr("To: %1").arg(delivery->target.toString()) + u"\n"_s;
        if (delivery->replayOf)
            text += tr("Replay of delivery %1").arg(delivery->replayOf) + u"\n"_s;
        text += u"\n"_s + headerText(delivery->notification.headers) + u"\n"_s + QString::fromUtf8(delivery->notification.body);
        m_detail->setPlainText(maskSecrets(text, secret));
    });
    m_replay = new QPushButton(tr("Re&play"), this);
    m_replay->setObjectName(u"replay"_s);
    m_replay->setToolTip(tr("Send the selected notification again, signed afresh, as a new delivery"));
    connect(m_replay, &QPushButton::clicked, this, &TestPaymentPage::replaySelectedDelivery);
    m_step = new QPushButton(tr("&Next Attempt Now"), this);
    m_step->setObjectName(u"stepDelivery"_s);
    m_step->setToolTip(tr("Send the selected delivery's next retry now instead of waiting for the schedule"));
    connect(m_step, &QPushButton::clicked, this, &TestPaymentPage::stepSelectedDelivery);

    // Inspector.
    m_detail = new QPlainTextEdit(this);
    m_detail->setObjectName(u"stepDetail"_s);
    m_detail->setReadOnly(true);
    m_detail->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_detail->setPlaceholderText(tr("Select a step or a delivery attempt to see what went over the wire."));
    m_detail->setLineWrapMode(QPlainTextEdit::WidgetWidth);

    // Status line.
    m_status = new QLabel(this);
    m_status->setObjectName(u"runStatus"_s);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_cashierLink = new QLabel(u"<a href=\"cashier\">"_s + tr("Open the H5 cashier in the browser").toHtmlEscaped() + u"</a>"_s, this);
    m_cashierLink->setObjectName(u"cashierLink"_s);
    m_cashierLink->setToolTip(tr("Pay at the sandbox's H5 cashier page, as a payer in an outside browser would"));
    m_cashierLink->setVisible(false);
    connect(m_cashierLink, &QLabel::linkActivated, this, [this] {
        if (TestPaymentRun *run = shownRun(); run && run->state() == TestPaymentRun::State::AtCashier)
            QDesktopServices::openUrl(run->cashierUrl());
    });

    // Layout.
    auto *identityRow = new QHBoxLayout;
    identityRow->addWidget(m_identityState, 1);
    identityRow->addWidget(m_createIdentity);

    auto *deliveriesBox = new QWidget(this);
    auto *deliveriesLayout = new QVBoxLayout(deliveriesBox);
    deliveriesLayout->setContentsMargins(0, 0, 0, 0);
    auto *deliveriesBar = new QHBoxLayout;
    deliveriesBar->addWidget(new QLabel(tr("Notification deliveries:"), deliveriesBox), 1);
    deliveriesBar->addWidget(m_replay);
    deliveriesBar->addWidget(m_step);
    deliveriesLayout->addLayout(deliveriesBar);
    deliveriesLayout->addWidget(m_deliveries, 1);

    m_rightSplitter = new QSplitter(Qt::Vertical, this);
    m_rightSplitter->setObjectName(u"testPaymentsRightSplitter"_s);
    m_rightSplitter->addWidget(m_timeline);
    m_rightSplitter->addWidget(deliveriesBox);
    m_rightSplitter->setStretchFactor(0, 3);
    m_rightSplitter->setStretchFactor(1, 2);

    m_mainSplitter = new QSplitter(Qt::Horizontal, this);
    m_mainSplitter->setObjectName(u"testPaymentsSplitter"_s);
    m_mainSplitter->addWidget(m_history);
    m_mainSplitter->addWidget(m_rightSplitter);
    m_mainSplitter->addWidget(m_detail);
    m_mainSplitter->setStretchFactor(0, 2);
    m_mainSplitter->setStretchFactor(1, 4);
    m_mainSplitter->setStretchFactor(2, 3);

    auto *statusRow = new QHBoxLayout;
    statusRow->addWidget(m_status, 1);
    statusRow->addWidget(m_cashierLink);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(identityRow);
    layout->addWidget(formBox);
    layout->addWidget(m_mainSplitter, 1);
    layout->addLayout(statusRow);

    connect(m_mainSplitter, &QSplitter::splitterMoved, this, &TestPaymentPage::saveViewState);
    connect(m_rightSplitter, &QSplitter::splitterMoved, this, &TestPaymentPage::saveViewState);
    updateIdentityState();
}

void TestPaymentPage::restoreViewState()
{
    Settings &settings = m_context->settings();
    if (const QByteArray s = settings.viewState(MainSplitterKey); !s.isEmpty())
        m_mainSplitter->restoreState(s);
    if (const QByteArray s = settings.viewState(RightSplitterKey); !s.isEmpty())
        m_rightSplitter->restoreState(s);
    if (const QByteArray s = settings.viewState(TimelineHeaderKey); !s.isEmpty())
        m_timeline->header()->restoreState(s);
    if (const QByteArray s = settings.viewState(DeliveriesHeaderKey); !s.isEmpty())
        m_deliveries->header()->restoreState(s);
    if (const QByteArray s = settings.viewState(HistoryHeaderKey); !s.isEmpty())
        m_history->header()->restoreState(s);
}

void TestPaymentPage::saveViewState()
{
    Settings &settings = m_context->settings();
    settings.setViewState(MainSplitterKey, m_mainSplitter->saveState());
    settings.setViewState(RightSplitterKey, m_rightSplitter->saveState());
    settings.setViewState(TimelineHeaderKey, m_timeline->header()->saveState());
    settings.setViewState(DeliveriesHeaderKey, m_deliveries->header()->saveState());
    settings.setViewState(HistoryHeaderKey, m_history->header()->saveState());
}

void TestPaymentPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (!m_shownOnce) {
        m_shownOnce = true;
        connectSandbox(m_context->sandbox());
        updateIdentityState();
    }
    refreshPaymentButtons();
}

void TestPaymentPage::setPaymentButtonProvider(PaymentButtonProvider provider)
{
    m_buttonProvider = std::move(provider);
    refreshPaymentButtons();
}

QList<FlowPaymentButton> TestPaymentPage::paymentButtons(const FlowDocument &document)
{
    QList<FlowPaymentButton> buttons;
    for (qsizetype m = 0; m < document.messageCount(); ++m) {
        const FlowMessageView message(document.message(m));
        for (qsizetype b = 0; b < message.buttonCount(); ++b) {
            const FlowButtonView button = message.button(b);
            if (!button.isPayment())
                continue;
            buttons.append({m, u"[%1] "_s.arg(m) + button.text(), button.amountText().value_or(QString())});
        }
    }
    return buttons;
}

void TestPaymentPage::refreshPaymentButtons()
{
    const QList<FlowPaymentButton> buttons = m_buttonProvider ? m_buttonProvider() : QList<FlowPaymentButton>();
    m_flowButtons->clear();
    if (buttons.isEmpty()) {
        m_flowButtons->addItem(m_buttonProvider ? tr("The open flow has no payment button") : tr("No flow open"));
        m_flowButtons->setEnabled(false);
        return;
    }
    m_flowButtons->addItem(tr("Or a payment button of the flow…"));
    for (const FlowPaymentButton &b : buttons) {
        const auto amount = Money::parse(b.amountText);
        m_flowButtons->addItem(b.label + u" · "_s + (amount ? amount->toDisplayString() : tr("no valid amount")),
                               amount ? QVariant(b.amountText) : QVariant());
    }
    m_flowButtons->setEnabled(true);
}

void TestPaymentPage::updateAmountState()
{
    const QString text = m_amount->text().trimmed();
    QString error;
    if (text.isEmpty()) {
        error = tr("Enter an amount, e.g. 0.40.");
    } else if (const auto amount = Money::parse(text); !amount) {
        error = amount.errorMessage();
    } else if (amount->isZero()) {
        error = tr("The amount must be at least 0.01.");
    }
    m_amountError->setText(error);
    m_amountError->setVisible(!error.isEmpty());
    m_runAction->setEnabled(error.isEmpty());
    m_runButton->setEnabled(error.isEmpty());
}

void TestPaymentPage::updateTargetState()
{
    m_targetUrl->setEnabled(m_target->currentData().toInt() == OtherServer);
}

void TestPaymentPage::updateIdentityState()
{
    if (!m_sandbox) {
        m_identityState->setText(tr("Sandbox: not loaded yet."));
        m_createIdentity->setVisible(false);
        return;
    }
    if (m_sandbox->hasIdentity()) {
        const SandboxIdentity &id = m_sandbox->identity();
        m_identityState->setText(tr("Sandbox identity: WeChat Pay merchant %1 · Alipay app %2 · created %3")
                                     .arg(id.mchid, id.alipayAppId,
                                          QLocale().toString(id.createdAt.toLocalTime(), QLocale::ShortFormat)));
        m_createIdentity->setVisible(false);
        return;
    }
    if (m_context->sandboxLoadPending()) {
        m_identityState->setText(tr("Reading the sandbox identity from the keychain…"));
        m_createIdentity->setVisible(false);
        return;
    }
    const QString why = m_context->sandboxLoadError();
    m_identityState->setText(tr("No sandbox identity yet: create one to pay test orders without real money.")
                             + (why.isEmpty() ? QString() : u" ("_s + why + u")"_s));
    m_createIdentity->setVisible(true);
}

void TestPaymentPage::connectSandbox(SandboxService *sandbox)
{
    if (m_sandbox == sandbox)
        return;
    m_sandbox = sandbox;
    connect(sandbox, &SandboxService::identityChanged, this, &TestPaymentPage::updateIdentityState);
    connect(sandbox, &SandboxService::deliveryStarted, this, [this](const QString &orderSn, qint64 deliveryId) {
        RunEntry *entry = entryFor(orderSn);
        if (!entry || entry->deliveries.contains(deliveryId))
            return;
        entry->deliveries.append(deliveryId);
        if (entry == shownEntry())
            refreshDeliveries();
    });
}

TestPaymentRun *TestPaymentPage::shownRun() const
{
    RunEntry *entry = shownEntry();
    return entry ? entry->run.data() : nullptr;
}

TestPaymentPage::RunEntry *TestPaymentPage::shownEntry() const
{
    return m_shown >= 0 && m_shown < int(m_runs.size()) ? m_runs.at(size_t(m_shown)).get() : nullptr;
}

TestPaymentPage::RunEntry *TestPaymentPage::entryFor(const QString &orderSn)
{
    for (auto it = m_runs.rbegin(); it != m_runs.rend(); ++it)
        if ((*it)->run && (*it)->run->orderSn() == orderSn)
            return it->get();
    return nullptr;
}

CashierDialog *TestPaymentPage::cashierDialog() const
{
    return m_cashier;
}

QString TestPaymentPage::statusText() const
{
    return m_status->text();
}

void TestPaymentPage::setStatus(const QString &text, bool error)
{
    m_status->setText(text);
    m_status->setStyleSheet(error ? u"color: #b01e1e;"_s : QString());
    if (!text.isEmpty())
        Q_EMIT statusMessage(text);
}

QUrl TestPaymentPage::embeddedListenerTarget()
{
    const QUrl base = m_listenerPage->ensureSandboxListener(this);
    if (base.isEmpty())
        setStatus(tr("The embedded listener is not running on the sandbox channels; the Notifications tab says why."),
                  true);
    return base;
}

bool TestPaymentPage::run()
{
    const auto amount = Money::parse(m_amount->text().trimmed());
    if (!amount || amount->isZero()) {
        updateAmountState();
        m_amount->setFocus();
        setStatus(m_amountError->text(), true);
        return false;
    }
    TestPaymentRun::Spec spec;
    spec.amount = *amount;
    spec.scene = scene();
    spec.fault = SandboxNotify::faultFromKey(m_fault->currentData().toString()).value_or(SandboxNotify::Fault::None);
    const bool embedded = m_target->currentData().toInt() != OtherServer;
    if (!embedded) {
        const QUrl url = QUrl::fromUserInput(m_targetUrl->text().trimmed());
        if (!url.isValid() || url.host().isEmpty() || (url.scheme() != u"http" && url.scheme() != u"https")) {
            setStatus(tr("Enter the server's notify URL (http or https), e.g. http://127.0.0.1:8000/api/pay/notifyMnp."), true);
            m_targetUrl->setFocus();
            return false;
        }
        spec.target = url;
    }

    // Remember the form for next time.
    Settings &settings = m_context->settings();
    settings.setValue(AmountKey, amount->toString());
    settings.setValue(SceneKey, m_scene->currentData().toString());
    settings.setValue(TargetKey, m_target->currentData().toInt());
    settings.setValue(TargetUrlKey, m_targetUrl->text().trimmed());
    settings.setValue(RetriesKey, m_retries->currentData().toInt());
    return startRun(spec, embedded) != nullptr;
}

SandboxScene TestPaymentPage::scene() const
{
    return sandboxSceneFromKey(m_scene->currentData().toString()).value_or(SandboxScene::MiniProgram);
}

TestPaymentRun *TestPaymentPage::startRun(TestPaymentRun::Spec spec, bool embeddedTarget)
{
    const Database db = m_context->database();
    if (!db.isValid()) {
        setStatus(tr("Open a database first (File ▸ Connect to Database)."), true);
        return nullptr;
    }
    SandboxService *sandbox = m_context->sandbox();
    connectSandbox(sandbox);
    if (!sandbox->hasIdentity()) {
        if (m_context->sandboxLoadPending()) {
            setStatus(tr("The sandbox identity is still being read from the keychain; try again in a moment."), true);
            return nullptr;
        }
        const auto answer = QMessageBox::question(this, tr("No Sandbox Identity"),
                                                  tr("Test payments need a sandbox identity. Create one now?"),
                                                  QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Yes);
        if (answer != QMessageBox::Yes || !m_actions->createIdentity() || !sandbox->hasIdentity()) {
            setStatus(tr("No sandbox identity: nothing was run."), true);
            return nullptr;
        }
    }
    if (!sandbox->isRunning()) {
        const Status started = sandbox->start();
        if (!started) {
            setStatus(tr("The sandbox gateway did not start: %1").arg(started.errorMessage()), true);
            return nullptr;
        }
    }
    if (embeddedTarget) {
        spec.target = embeddedListenerTarget();
        if (spec.target.isEmpty())
            return nullptr;
    }

    sandbox->setRetryFaultedNotifications(m_retryFaulted->isEnabled() && m_retryFaulted->isChecked());
    // The delivery engine paces retries as chosen.
    if (DeliveryEngine *engine = sandbox->delivery()) {
        if (engine != m_engine) {
            m_engine = engine;
            connect(engine, &DeliveryEngine::deliveryChanged, this, [this](qint64 id) {
                if (RunEntry *entry = shownEntry(); entry && entry->deliveries.contains(id))
                    refreshDeliveries();
            });
        }
        const int pace = m_retries->currentData().toInt();
        engine->setManualStepping(pace == ManualStepping);
        engine->setCompression(pace > 0 ? pace : 1);
    }

    auto entry = std::make_unique<RunEntry>();
    entry->spec = spec;
    auto *testRun = new TestPaymentRun(db, sandbox, spec, this);
    entry->run = testRun;
    entry->clock.start();
    RunEntry *e = entry.get();
    const int index = int(m_runs.size());
    m_runs.push_back(std::move(entry));

    e->historyItem = new QTreeWidgetItem;
    e->historyItem->setData(0, Qt::UserRole, index);
    e->historyItem->setText(HistoryStarted, QTime::currentTime().toString(u"HH:mm:ss"_s));
    e->historyItem->setText(HistoryAmount, spec.amount.toString());
    e->historyItem->setTextAlignment(HistoryAmount, Qt::AlignRight | Qt::AlignVCenter);
    e->historyItem->setText(HistoryChannel, sandboxSceneDisplayName(spec.scene));
    e->historyItem->setToolTip(HistoryChannel, tr("Target: %1").arg(spec.target.toString()));
    m_history->insertTopLevelItem(0, e->historyItem);

    connect(testRun, &TestPaymentRun::stepAdded, this, [this, e](const TestPaymentStep &step) {
        if (e == shownEntry()) {
            m_steps->append(step);
            m_timeline->scrollToBottom();
        }
        refreshHistoryItem(*e);
    });
    connect(testRun, &TestPaymentRun::cashierReady, this, [this, e](const SandboxTrade &trade) { openCashier(*e, trade); });
    connect(testRun, &TestPaymentRun::stateChanged, this,
            [this, e](TestPaymentRun::State state) { onRunStateChanged(*e, state); });
    connect(testRun, &TestPaymentRun::finished, this, [this, e](TestPaymentRun::State state) { onRunFinished(*e, state); });

    showRun(index);
    setStatus(tr("Running a test payment of %1 (%2)…").arg(spec.amount.toDisplayString(), sandboxSceneDisplayName(spec.scene)),
              false);
    Q_EMIT runStarted(testRun);
    testRun->start();
    return testRun;
}

void TestPaymentPage::showRun(int index)
{
    RunEntry *entry = index >= 0 && index < int(m_runs.size()) ? m_runs.at(size_t(index)).get() : nullptr;
    m_shown = entry ? index : -1;
    m_steps->setSteps(entry && entry->run ? entry->run->steps() : QList<TestPaymentStep>());
    m_detail->clear();
    if (entry && m_history->currentItem() != entry->historyItem) {
        const QSignalBlocker blocker(m_history);
        m_history->setCurrentItem(entry->historyItem);
    }
    m_cashierLink->setVisible(entry && entry->run && entry->run->state() == TestPaymentRun::State::AtCashier);
    refreshDeliveries();
}

void TestPaymentPage::refreshHistoryItem(RunEntry &entry)
{
    if (!entry.historyItem || !entry.run)
        return;
    QTreeWidgetItem *item = entry.historyItem;
    item->setText(HistoryOrder, entry.run->orderSn());
    QString result;
    bool bad = false;
    switch (entry.run->state()) {
    case TestPaymentRun::State::Idle:
        break;
    case TestPaymentRun::State::Creating:
        result = tr("Creating…");
        break;
    case TestPaymentRun::State::AtCashier:
        result = tr("At the cashier");
        break;
    case TestPaymentRun::State::Delivering:
        result = tr("Delivering…");
        break;
    case TestPaymentRun::State::Paid:
        result = entry.elapsedMs >= 0 ? tr("Paid in %1 s").arg(QString::number(double(entry.elapsedMs) / 1000.0, 'f', 1))
                                      : tr("Paid");
        break;
    case TestPaymentRun::State::NotPaid:
        result = tr("Not paid");
        break;
    case TestPaymentRun::State::Failed:
        result = tr("Failed");
        bad = true;
        break;
    }
    item->setText(HistoryResult, result);
    item->setForeground(HistoryResult, bad ? QBrush(QColor(0xb0, 0x1e, 0x1e)) : QBrush());
    if (!entry.run->steps().isEmpty())
        item->setToolTip(HistoryResult, entry.run->steps().constLast().title);
}

void TestPaymentPage::openCashier(RunEntry &entry, const SandboxTrade &trade)
{
    TestPaymentRun *run = entry.run;
    if (!run)
        return;
    if (m_cashier)
        m_cashier->done(QDialog::Rejected); // a cashier of an earlier run, left open: it decides nothing
    auto *dialog = new CashierDialog(trade, this);
    dialog->setWindowModality(Qt::WindowModal);
    connect(dialog, &QDialog::finished, this, [this, dialog] {
        if (m_cashier == dialog)
            m_cashier = nullptr;
        dialog->deleteLater();
    });
    connect(dialog, &CashierDialog::decided, run, [run](CashierOutcome outcome) {
        if (run->state() == TestPaymentRun::State::AtCashier)
            run->decide(outcome);
    });
    m_cashier = dialog;
    if (&entry == shownEntry())
        m_cashierLink->setVisible(true);
    dialog->open();
    Q_EMIT cashierOpened(dialog);
}

void TestPaymentPage::onRunStateChanged(RunEntry &entry, TestPaymentRun::State state)
{
    refreshHistoryItem(entry);
    if (&entry == shownEntry())
        m_cashierLink->setVisible(state == TestPaymentRun::State::AtCashier);
    // Decided elsewhere (the H5 cashier in the browser): the desktop cashier closes.
    if (state != TestPaymentRun::State::AtCashier && m_cashier && entry.run
        && m_cashier->trade().outTradeNo == entry.run->orderSn())
        m_cashier->done(QDialog::Rejected);
}

void TestPaymentPage::onRunFinished(RunEntry &entry, TestPaymentRun::State state)
{
    if (!entry.run)
        return;
    entry.elapsedMs = entry.clock.elapsed();
    refreshHistoryItem(entry);
    const QString sn = entry.run->orderSn();
    const QString seconds = QString::number(double(entry.elapsedMs) / 1000.0, 'f', 1);
    // What to say: the last step that went wrong, else the last step.
    const QList<TestPaymentStep> &steps = entry.run->steps();
    QString lastTitle = steps.isEmpty() ? QString() : steps.constLast().title;
    for (auto it = steps.crbegin(); it != steps.crend(); ++it) {
        if (!it->ok) {
            lastTitle = it->title;
            break;
        }
    }
    switch (state) {
    case TestPaymentRun::State::Paid:
        setStatus(tr("Order %1 paid in %2 s.").arg(sn, seconds), false);
        break;
    case TestPaymentRun::State::NotPaid:
        setStatus(tr("Order %1 not paid after %2 s: %3").arg(sn, seconds, lastTitle), false);
        break;
    default:
        setStatus(sn.isEmpty() ? tr("The test payment stopped: %1").arg(lastTitle)
                               : tr("The test payment of order %1 stopped: %2").arg(sn, lastTitle),
                  true);
        break;
    }
    if (m_cashier && m_cashier->trade().outTradeNo == sn)
        m_cashier->done(QDialog::Rejected);
    Q_EMIT runFinished(entry.run, state);
}

void TestPaymentPage::refreshDeliveries()
{
    RunEntry *entry = shownEntry();
    const qint64 selected = selectedDelivery();
    const QVariant selectedAttempt = m_deliveries->currentItem() ? m_deliveries->currentItem()->data(0, AttemptIndexRole)
                                                                 : QVariant();
    const QSignalBlocker blocker(m_deliveries);
    m_deliveries->clear();
    if (!entry) {
        updateDeliveryButtons();
        return;
    }
    QTreeWidgetItem *current = nullptr;
    for (qint64 id : std::as_const(entry->deliveries)) {
        auto *item = new QTreeWidgetItem(m_deliveries);
        item->setData(0, DeliveryIdRole, id);
        const auto delivery = m_engine ? m_engine->delivery(id) : std::nullopt;
        if (!delivery) {
            item->setText(DeliveryId, QString::number(id));
            item->setText(DeliveryStateColumn, tr("No longer available"));
            continue;
        }
        item->setText(DeliveryId, delivery->replayOf ? tr("%1 (replay of %2)").arg(id).arg(delivery->replayOf)
                                                     : QString::number(id));
        item->setToolTip(DeliveryId, delivery->notification.summary);
        QString state;
        switch (delivery->state) {
        case Delivery::State::Sending:
            state = tr("Sending…");
            break;
        case Delivery::State::Waiting:
            state = tr("Waiting to retry");
            break;
        case Delivery::State::Acknowledged:
            state = tr("Acknowledged");
            break;
        case Delivery::State::GaveUp:
            state = tr("Gave up");
            break;
        case Delivery::State::Cancelled:
            state = tr("Cancelled");
            break;
        }
        item->setText(DeliveryStateColumn, state);
        item->setText(DeliveryAttempts, QString::number(delivery->attempts.size()));
        if (!delivery->attempts.isEmpty()) {
            const DeliveryAttempt &last = delivery->attempts.constLast();
            item->setText(DeliveryAnswer, last.status ? tr("HTTP %1 in %2 ms").arg(last.status).arg(double(last.latencyUs) / 1000.0, 0, 'f', 1)
                                                      : last.error);
        }
        if (delivery->state == Delivery::State::Waiting)
            item->setText(DeliveryWhen, m_engine->manualStepping()
                                            ? tr("next: by hand")
                                            : tr("next at %1").arg(QDateTime::fromMSecsSinceEpoch(delivery->nextAttemptAtMs)
                                                                       .toString(u"HH:mm:ss"_s)));
        for (qsizetype i = 0; i < delivery->attempts.size(); ++i) {
            const DeliveryAttempt &a = delivery->attempts.at(i);
            auto *child = new QTreeWidgetItem(item);
            child->setData(0, DeliveryIdRole, id);
            child->setData(0, AttemptIndexRole, int(i));
            child->setText(DeliveryId, tr("Attempt %1").arg(a.number));
            child->setText(DeliveryStateColumn, a.acknowledged ? tr("Acknowledged") : tr("Not acknowledged"));
            child->setText(DeliveryAnswer, a.status ? tr("HTTP %1 in %2 ms").arg(a.status).arg(double(a.latencyUs) / 1000.0, 0, 'f', 1)
                                                    : a.error);
            child->setText(DeliveryWhen,
                           tr("sent %1").arg(QDateTime::fromMSecsSinceEpoch(a.startedAtMs).toString(u"HH:mm:ss.zzz"_s)));
            if (!a.acknowledged)
                child->setForeground(DeliveryStateColumn, QBrush(QColor(0xb0, 0x1e, 0x1e)));
            if (id == selected && selectedAttempt.isValid() && selectedAttempt.toInt() == int(i))
                current = child;
        }
        if (id == selected && !current)
            current = item;
        item->setExpanded(true);
    }
    if (current)
        m_deliveries->setCurrentItem(current);
    updateDeliveryButtons();
}

qint64 TestPaymentPage::selectedDelivery() const
{
    const QTreeWidgetItem *item = m_deliveries->currentItem();
    return item ? item->data(0, DeliveryIdRole).toLongLong() : 0;
}

void TestPaymentPage::updateDeliveryButtons()
{
    const qint64 id = selectedDelivery();
    const auto delivery = (id && m_engine) ? m_engine->delivery(id) : std::nullopt;
    m_replay->setEnabled(delivery.has_value());
    m_step->setEnabled(delivery && delivery->state == Delivery::State::Waiting);
}

void TestPaymentPage::replaySelectedDelivery()
{
    RunEntry *entry = shownEntry();
    const qint64 id = selectedDelivery();
    if (!entry || !id || !m_engine)
        return;
    const qint64 replay = m_engine->replay(id);
    if (replay <= 0) {
        setStatus(tr("Delivery %1 cannot be replayed.").arg(id), true);
        return;
    }
    if (!entry->deliveries.contains(replay))
        entry->deliveries.append(replay);
    refreshDeliveries();
    setStatus(tr("Delivery %1 replayed as delivery %2.").arg(id).arg(replay), false);
}

void TestPaymentPage::stepSelectedDelivery()
{
    const qint64 id = selectedDelivery();
    if (!id || !m_engine)
        return;
    if (!m_engine->step(id))
        setStatus(tr("Delivery %1 is not waiting for a retry.").arg(id), true);
}

QString TestPaymentPage::maskSecrets(QString text, const QByteArray &secretToMask)
{
    if (!secretToMask.isEmpty())
        text.replace(QString::fromLatin1(secretToMask), u"••••••••"_s);
    // Signatures are not secrets, but 344 characters of base64 hide everything else: the
    // first eight characters are enough to tell two apart.
    static const QRegularExpression authorization(uR"((signature=")([^"]{8})[^"]+("))"_s);
    static const QRegularExpression weChatHeader(uR"((?im)^(Wechatpay-Signature:\s*)(\S{8})\S+)"_s);
    static const QRegularExpression alipayForm(uR"((?m)(^|[?&])(sign=)([^&\s]{8})[^&\s]+)"_s);
    static const QRegularExpression alipayJson(uR"(("sign"\s*:\s*")([^"]{8})[^"]+("))"_s);
    text.replace(authorization, u"\\1\\2…\\3"_s);
    text.replace(weChatHeader, u"\\1\\2…"_s);
    text.replace(alipayForm, u"\\1\\2\\3…"_s);
    text.replace(alipayJson, u"\\1\\2…\\3"_s);
    return text;
}

QString TestPaymentPage::describeAttempt(const DeliveryAttempt &attempt, const QByteArray &secretToMask)
{
    QString text = tr("Attempt %1, sent %2").arg(attempt.number)
                       .arg(QDateTime::fromMSecsSinceEpoch(attempt.startedAtMs).toString(u"yyyy-MM-dd HH:mm:ss.zzz"_s))
                   + u"\n\nPOST "_s + attempt.url.toString() + u'\n' + headerText(attempt.requestHeaders) + u'\n'
                   + QString::fromUtf8(attempt.requestBody) + u"\n\n"_s;
    if (attempt.status) {
        text += u"── "_s
                + tr("HTTP %1 in %2 ms").arg(attempt.status).arg(double(attempt.latencyUs) / 1000.0, 0, 'f', 1) + u" · "_s
                + (attempt.acknowledged ? tr("the channel's success answer: no more retries")
                                        : tr("not the channel's success answer: the channel retries"))
                + u"\n"_s + headerText(attempt.responseHeaders) + u'\n' + QString::fromUtf8(attempt.responseBody);
    } else {
        text += u"── "_s + tr("No answer: %1").arg(attempt.error);
    }
    return maskSecrets(text, secretToMask);
}
