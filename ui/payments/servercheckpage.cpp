#include "servercheckpage.h"

#include "core/appcontext.h"
#include "notificationlogpage.h"
#include "sandbox/sandboxservice.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QFile>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSaveFile>
#include <QSpinBox>
#include <QSplitter>
#include <QStackedWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {
constexpr auto NotifyUrlKey = "serverCheck/notifyUrl";
constexpr auto ChannelKey = "serverCheck/channel";
constexpr auto ProbeKey = "serverCheck/probe";
constexpr auto DatabaseUrlKey = "serverCheck/databaseUrl";
constexpr auto ApiBaseKey = "serverCheck/apiBase";
constexpr auto StatusUrlKey = "serverCheck/statusUrl";
constexpr auto DuplicatesKey = "serverCheck/duplicates";
constexpr auto SplitterKey = "serverCheck/splitter";

enum Column { ColumnResult, ColumnCase, ColumnStatus, ColumnAccepted, ColumnPaid, ColumnCount };

QString key(const char *k)
{
    return QString::fromLatin1(k);
}
} // namespace

ServerCheckPage::ServerCheckPage(AppContext *context, NotificationLogPage *listenerPage, QWidget *parent)
    : QWidget(parent), m_context(context), m_listenerPage(listenerPage), m_network(new QNetworkAccessManager(this))
{
    setObjectName(u"ServerCheckPage"_s);
    Settings &settings = context->settings();

    m_notifyUrl = new QLineEdit(settings.value(key(NotifyUrlKey)).toString(), this);
    m_notifyUrl->setObjectName(u"notifyUrl"_s);
    m_notifyUrl->setPlaceholderText(tr("https://shop.example.com/api/pay/notifyMnp"));
    m_notifyUrl->setClearButtonEnabled(true);
    auto *embedded = new QPushButton(tr("This Application's &Listener"), this);
    embedded->setToolTip(tr("Check the embedded notify listener on the current database (it is switched to the "
                            "sandbox channels)."));
    embedded->setEnabled(listenerPage != nullptr);
    connect(embedded, &QPushButton::clicked, this, &ServerCheckPage::targetEmbeddedListener);
    auto *urlRow = new QHBoxLayout;
    urlRow->addWidget(m_notifyUrl, 1);
    urlRow->addWidget(embedded);

    m_channel = new QComboBox(this);
    m_channel->setObjectName(u"channel"_s);
    m_channel->addItem(tr("WeChat Pay (API v3)"), int(PayWay::WeChat));
    m_channel->addItem(tr("Alipay"), int(PayWay::Alipay));
    m_channel->setCurrentIndex(std::max(0, m_channel->findData(settings.value(key(ChannelKey), int(PayWay::WeChat)).toInt())));

    m_probeKind = new QComboBox(this);
    m_probeKind->setObjectName(u"probeKind"_s);
    m_probeKind->addItem(tr("The server's database"), int(ProbeDatabase));
    m_probeKind->addItem(tr("The server's client API"), int(ProbeApi));
    m_probeStack = new QStackedWidget(this);

    auto *dbPage = new QWidget(m_probeStack);
    auto *dbForm = new QFormLayout(dbPage);
    dbForm->setContentsMargins(0, 0, 0, 0);
    m_databaseUrl = new QLineEdit(settings.value(key(DatabaseUrlKey)).toString(), dbPage);
    m_databaseUrl->setObjectName(u"databaseUrl"_s);
    m_databaseUrl->setPlaceholderText(tr("mysql://user@127.0.0.1:3306/likeadmin?prefix=la_"));
    m_databasePassword = new QLineEdit(dbPage);
    m_databasePassword->setObjectName(u"databasePassword"_s);
    m_databasePassword->setEchoMode(QLineEdit::Password);
    m_databasePassword->setPlaceholderText(tr("not remembered"));
    dbForm->addRow(tr("Database &URL:"), m_databaseUrl);
    dbForm->addRow(tr("&Password:"), m_databasePassword);
    m_probeStack->addWidget(dbPage);

    auto *apiPage = new QWidget(m_probeStack);
    auto *apiForm = new QFormLayout(apiPage);
    apiForm->setContentsMargins(0, 0, 0, 0);
    m_apiBase = new QLineEdit(settings.value(key(ApiBaseKey)).toString(), apiPage);
    m_apiBase->setObjectName(u"apiBase"_s);
    m_apiBase->setPlaceholderText(tr("https://shop.example.com"));
    m_token = new QLineEdit(apiPage);
    m_token->setObjectName(u"token"_s);
    m_token->setEchoMode(QLineEdit::Password);
    m_token->setPlaceholderText(tr("a test user's token (not remembered)"));
    m_statusUrl = new QLineEdit(settings.value(key(StatusUrlKey)).toString(), apiPage);
    m_statusUrl->setObjectName(u"statusUrl"_s);
    m_statusUrl->setPlaceholderText(tr("https://shop.example.com/api/pay/payStatus?from=marketing_chat&order_id={order_id}"));
    m_statusUrl->setToolTip(tr("A URL answering JSON with \"pay_status\" (1 = paid); {order_id} and {order_sn} are "
                               "replaced."));
    apiForm->addRow(tr("API &base URL:"), m_apiBase);
    apiForm->addRow(tr("User &token:"), m_token);
    apiForm->addRow(tr("Order &status URL:"), m_statusUrl);
    m_probeStack->addWidget(apiPage);
    connect(m_probeKind, &QComboBox::currentIndexChanged, m_probeStack, &QStackedWidget::setCurrentIndex);
    m_probeKind->setCurrentIndex(std::clamp(settings.value(key(ProbeKey), 0).toInt(), 0, 1));
    m_probeStack->setCurrentIndex(m_probeKind->currentIndex());

    m_duplicates = new QSpinBox(this);
    m_duplicates->setObjectName(u"duplicates"_s);
    m_duplicates->setRange(2, 100);
    m_duplicates->setValue(settings.value(key(DuplicatesKey), 10).toInt());
    m_duplicates->setToolTip(tr("How many copies of one notification are sent at the same time."));

    auto *form = new QFormLayout;
    auto *urlLabel = new QLabel(tr("&Notify URL:"), this);
    urlLabel->setBuddy(m_notifyUrl); // a row holding a layout gets no buddy of its own
    form->addRow(urlLabel, urlRow);
    form->addRow(tr("&Channel:"), m_channel);
    form->addRow(tr("Learn the outcome from:"), m_probeKind);
    form->addRow(QString(), m_probeStack);
    form->addRow(tr("Concurrent &duplicates:"), m_duplicates);

    m_runButton = new QPushButton(tr("&Run Checks"), this);
    m_runButton->setObjectName(u"run"_s);
    m_runButton->setDefault(true);
    m_cancelButton = new QPushButton(tr("Cancel"), this);
    m_saveButton = new QPushButton(tr("&Save Report…"), this);
    auto *copy = new QPushButton(tr("Cop&y Report"), this);
    connect(m_runButton, &QPushButton::clicked, this, &ServerCheckPage::run);
    connect(m_cancelButton, &QPushButton::clicked, this, &ServerCheckPage::cancel);
    connect(m_saveButton, &QPushButton::clicked, this, &ServerCheckPage::saveReport);
    connect(copy, &QPushButton::clicked, this, [this] { QApplication::clipboard()->setText(m_report.toText()); });
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_runButton);
    buttons->addWidget(m_cancelButton);
    buttons->addStretch();
    buttons->addWidget(copy);
    buttons->addWidget(m_saveButton);

    m_runAction = new QAction(tr("Run Server Checks"), this);
    m_runAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Return));
    m_runAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(m_runAction, &QAction::triggered, this, &ServerCheckPage::run);
    addAction(m_runAction);
    m_runButton->setToolTip(m_runAction->shortcut().toString(QKeySequence::NativeText));

    m_summary = new QLabel(tr("The server under test must use the exported sandbox identity (Tools ▸ Sandbox ▸ "
                              "Export Sandbox Identity…)."),
                           this);
    m_summary->setObjectName(u"summary"_s);
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_cases = new QTreeWidget(this);
    m_cases->setObjectName(u"cases"_s);
    m_cases->setRootIsDecorated(false);
    m_cases->setUniformRowHeights(true);
    m_cases->setHeaderLabels({tr("Result"), tr("Check"), tr("HTTP"), tr("Acknowledged"), tr("Order paid")});
    m_cases->header()->setSectionResizeMode(ColumnCase, QHeaderView::Stretch);
    m_cases->header()->setStretchLastSection(false);
    m_detail = new QPlainTextEdit(this);
    m_detail->setObjectName(u"detail"_s);
    m_detail->setReadOnly(true);
    m_detail->setPlaceholderText(tr("Select a check to read what was sent, what came back and what to fix."));
    connect(m_cases, &QTreeWidget::currentItemChanged, this, &ServerCheckPage::showCase);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->setObjectName(u"serverCheckSplitter"_s);
    splitter->addWidget(m_cases);
    splitter->addWidget(m_detail);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->restoreState(settings.viewState(key(SplitterKey)));
    connect(splitter, &QSplitter::splitterMoved, this, [this, splitter] {
        m_context->settings().setViewState(key(SplitterKey), splitter->saveState());
    });

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addLayout(buttons);
    layout->addWidget(m_summary);
    layout->addWidget(splitter, 1);
    updateButtons();
}

ServerCheckPage::~ServerCheckPage() = default;

void ServerCheckPage::targetEmbeddedListener()
{
    if (!m_listenerPage)
        return;
    const QUrl base = m_listenerPage->ensureSandboxListener(this);
    if (base.isEmpty()) {
        setSummary(tr("The embedded listener is not running on the sandbox channels; the Notifications tab says "
                      "why."),
                   true);
        return;
    }
    const bool alipay = m_channel->currentData().toInt() == int(PayWay::Alipay);
    QUrl url = base;
    url.setPath(alipay ? u"/api/pay/aliNotify"_s : u"/api/pay/notifyMnp"_s);
    m_notifyUrl->setText(url.toString());
    m_probeKind->setCurrentIndex(ProbeDatabase);
    const Database db = m_context->database();
    m_databaseUrl->setText(db.url().toString());
    m_databasePassword->setText(db.password());
    setSummary(tr("Target: this application's listener at %1, outcome read from the current database.")
                   .arg(base.toString()),
               false);
}

bool ServerCheckPage::run()
{
    if (isRunning())
        return false;
    const QUrl notifyUrl = QUrl::fromUserInput(m_notifyUrl->text().trimmed());
    if (!notifyUrl.isValid() || notifyUrl.host().isEmpty()
        || (notifyUrl.scheme() != u"http" && notifyUrl.scheme() != u"https")) {
        setSummary(tr("Enter the notify URL of the server under test (http or https)."), true);
        m_notifyUrl->setFocus();
        return false;
    }
    SandboxService *sandbox = m_context->sandbox();
    if (!sandbox->hasIdentity()) {
        setSummary(m_context->sandboxLoadPending()
                       ? tr("The sandbox identity is still being read from the keychain; try again in a moment.")
                       : tr("Checks sign with the sandbox identity: create one first (Tools ▸ Sandbox ▸ Create "
                            "Sandbox Identity…) and configure the server under test with its export."),
                   true);
        return false;
    }

    ServerCheckOptions options;
    options.notifyUrl = notifyUrl;
    options.channel = PayWay(m_channel->currentData().toInt());
    options.identity = sandbox->identity();
    options.duplicates = m_duplicates->value();
    if (m_probeKind->currentIndex() == ProbeDatabase) {
        const auto url = DatabaseUrl::parse(m_databaseUrl->text().trimmed());
        if (!url) {
            setSummary(tr("The database URL is not valid: %1").arg(url.errorMessage()), true);
            m_databaseUrl->setFocus();
            return false;
        }
        options.probe.database = *url;
        options.probe.databasePassword = m_databasePassword->text();
    } else {
        const QUrl base = QUrl::fromUserInput(m_apiBase->text().trimmed());
        if (!base.isValid() || base.host().isEmpty() || m_token->text().isEmpty()
            || !m_statusUrl->text().contains(u'{')) {
            setSummary(tr("The client API needs its base URL, a user token and an order status URL with {order_id} "
                          "or {order_sn}."),
                       true);
            return false;
        }
        options.probe.apiBaseUrl = base;
        options.probe.token = m_token->text();
        options.probe.statusUrl = m_statusUrl->text().trimmed();
    }
    saveForm();

    m_cases->clear();
    m_detail->clear();
    m_report = {};
    auto *check = new ServerCheck(options, m_network, this);
    m_check = check;
    connect(check, &ServerCheck::caseFinished, this, &ServerCheckPage::addCase);
    connect(check, &ServerCheck::finished, this, [this, check](const ServerCheckReport &report) {
        m_report = report;
        const int failed = int(std::count_if(report.cases.cbegin(), report.cases.cend(),
                                             [](const ServerCheckCase &c) { return !c.passed; }));
        setSummary(report.allPassed()
                       ? tr("Every check passed (%1). Forged notifications accepted: 0.").arg(report.cases.size())
                       : tr("%1 of %2 checks failed. Forged notifications accepted: %3 (must be 0). Select a "
                            "failed check to read what to fix.")
                             .arg(failed)
                             .arg(report.cases.size())
                             .arg(report.forgedAccepted),
                   !report.allPassed());
        check->deleteLater();
        updateButtons();
        Q_EMIT finished(report);
    });
    connect(check, &ServerCheck::failed, this, [this, check](const QString &message) {
        setSummary(tr("The checks could not run: %1").arg(message), true);
        check->deleteLater();
        updateButtons();
    });
    setSummary(tr("Checking %1 (%2 checks)…").arg(notifyUrl.toString()).arg(check->caseCount()), false);
    check->start();
    updateButtons();
    return true;
}

void ServerCheckPage::cancel()
{
    if (!m_check)
        return;
    m_check->cancel();
    m_check->deleteLater();
    setSummary(tr("Cancelled."), false);
    updateButtons();
}

void ServerCheckPage::addCase(const ServerCheckCase &result)
{
    auto *item = new QTreeWidgetItem;
    item->setText(ColumnResult, result.passed ? tr("✔ passed") : tr("✘ failed"));
    item->setForeground(ColumnResult, result.passed ? QColor(0x1e, 0x7b, 0x34) : QColor(0xb0, 0x1e, 0x1e));
    item->setText(ColumnCase, result.title);
    item->setText(ColumnStatus, result.httpStatus ? QString::number(result.httpStatus) : tr("none"));
    item->setText(ColumnAccepted, result.accepted ? tr("yes") : tr("no"));
    item->setText(ColumnPaid, !result.orderPaid ? tr("unknown") : *result.orderPaid ? tr("yes") : tr("no"));
    item->setData(ColumnResult, Qt::UserRole, result.key);
    item->setData(ColumnCase, Qt::UserRole, m_cases->topLevelItemCount());
    m_report.cases << result; // shown while running; replaced by the final report
    m_cases->addTopLevelItem(item);
    if (!result.passed && !m_cases->currentItem())
        m_cases->setCurrentItem(item);
}

void ServerCheckPage::showCase()
{
    const QTreeWidgetItem *item = m_cases->currentItem();
    const int index = item ? item->data(ColumnCase, Qt::UserRole).toInt() : -1;
    if (index < 0 || index >= m_report.cases.size()) {
        m_detail->clear();
        return;
    }
    const ServerCheckCase &c = m_report.cases.at(index);
    QStringList lines{c.title, QString()};
    if (!c.sent.isEmpty())
        lines << tr("Sent: %1").arg(c.sent);
    lines << (c.httpStatus ? tr("Answer: HTTP %1, body: %2")
                                 .arg(c.httpStatus)
                                 .arg(QString::fromUtf8(c.responseBody.left(2000)))
                           : tr("Answer: none (%1)").arg(c.error));
    lines << QString() << c.explanation;
    m_detail->setPlainText(lines.join(u'\n'));
}

QString ServerCheckPage::summaryText() const
{
    return m_summary->text();
}

void ServerCheckPage::setSummary(const QString &text, bool error)
{
    m_summary->setText(text);
    m_summary->setStyleSheet(error ? u"color: #b01e1e;"_s : QString());
    Q_EMIT statusMessage(text);
}

void ServerCheckPage::saveReport()
{
    if (m_report.cases.isEmpty() || isRunning())
        return;
    const QString dir = m_context->settings().lastDirectory(u"serverCheck"_s);
    QString selected;
    const QString path = QFileDialog::getSaveFileName(this, tr("Save Server Check Report"), dir + u"/server-check.txt"_s,
                                                      tr("Text (*.txt);;JSON (*.json)"), &selected);
    if (path.isEmpty())
        return;
    m_context->settings().setLastDirectory(u"serverCheck"_s, QFileInfo(path).absolutePath());
    QSaveFile file(path);
    const bool json = path.endsWith(u".json"_s, Qt::CaseInsensitive);
    const QByteArray bytes = json ? QJsonDocument(m_report.toJson()).toJson() : m_report.toText().toUtf8();
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        setSummary(tr("Could not save the report to %1: %2").arg(path, file.errorString()), true);
        return;
    }
    Q_EMIT statusMessage(tr("Saved the report to %1.").arg(path));
}

void ServerCheckPage::updateButtons()
{
    const bool running = isRunning();
    m_runButton->setEnabled(!running);
    m_runAction->setEnabled(!running);
    m_cancelButton->setEnabled(running);
    m_saveButton->setEnabled(!running && !m_report.cases.isEmpty());
}

void ServerCheckPage::saveForm()
{
    Settings &settings = m_context->settings();
    settings.setValue(key(NotifyUrlKey), m_notifyUrl->text().trimmed());
    settings.setValue(key(ChannelKey), m_channel->currentData().toInt());
    settings.setValue(key(ProbeKey), m_probeKind->currentIndex());
    settings.setValue(key(DatabaseUrlKey), m_databaseUrl->text().trimmed());
    settings.setValue(key(ApiBaseKey), m_apiBase->text().trimmed());
    settings.setValue(key(StatusUrlKey), m_statusUrl->text().trimmed());
    settings.setValue(key(DuplicatesKey), m_duplicates->value());
}
