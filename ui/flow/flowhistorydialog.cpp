#include "flowhistorydialog.h"

#include "flow/flowtextdiff.h"

#include <QComboBox>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

FlowHistoryDialog::FlowHistoryDialog(Database database, QString editorText, QWidget *parent)
    : QDialog(parent), m_store(std::move(database)), m_editorText(std::move(editorText))
{
    setWindowTitle(tr("Flow History"));
    resize(1000, 700);

    m_versions = new QTableWidget(0, 5, this);
    m_versions->setHorizontalHeaderLabels({tr("Version"), tr("Published"), tr("By"), tr("Messages"), tr("Comment")});
    m_versions->horizontalHeader()->setStretchLastSection(true);
    m_versions->verticalHeader()->hide();
    m_versions->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_versions->setSelectionMode(QAbstractItemView::SingleSelection);
    m_versions->setEditTriggers(QAbstractItemView::NoEditTriggers);

    m_left = new QComboBox(this);
    m_right = new QComboBox(this);
    m_summary = new QLabel(this);
    auto *compareRow = new QHBoxLayout;
    compareRow->addWidget(new QLabel(tr("Compare"), this));
    compareRow->addWidget(m_left, 1);
    compareRow->addWidget(new QLabel(tr("with"), this));
    compareRow->addWidget(m_right, 1);
    compareRow->addWidget(m_summary);

    m_diff = new QTableWidget(0, 4, this);
    m_diff->setHorizontalHeaderLabels({QString(), tr("Left"), QString(), tr("Right")});
    m_diff->verticalHeader()->hide();
    m_diff->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_diff->setWordWrap(false);
    m_diff->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_diff->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_diff->horizontalHeader()->setSectionResizeMode(3, QHeaderView::Stretch);

    auto *lower = new QWidget(this);
    auto *lowerLayout = new QVBoxLayout(lower);
    lowerLayout->setContentsMargins(0, 0, 0, 0);
    lowerLayout->addLayout(compareRow);
    lowerLayout->addWidget(m_diff);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_versions);
    splitter->addWidget(lower);
    splitter->setStretchFactor(1, 2);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_open = buttons->addButton(tr("&Open in Editor"), QDialogButtonBox::ActionRole);
    m_rollback = buttons->addButton(tr("&Roll Back to This Version…"), QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter);
    layout->addWidget(buttons);

    auto compareSelected = [this] { compare(m_left->currentData().toLongLong(), m_right->currentData().toLongLong()); };
    connect(m_left, &QComboBox::activated, this, compareSelected);
    connect(m_right, &QComboBox::activated, this, compareSelected);
    connect(m_versions, &QTableWidget::itemSelectionChanged, this, [this] {
        const qint64 id = selectedId();
        m_open->setEnabled(id > 0);
        m_rollback->setEnabled(id > 0 && m_mayPublish);
        if (id <= 0)
            return;
        // The selected version against the one before it (or the editor, for the oldest).
        qint64 previous = 0;
        for (qsizetype i = 0; i + 1 < m_list.size(); ++i) {
            if (m_list.at(i).id == id)
                previous = m_list.at(i + 1).id;
        }
        m_left->setCurrentIndex(m_left->findData(previous));
        m_right->setCurrentIndex(m_right->findData(id));
        compare(previous, id);
    });
    connect(m_open, &QPushButton::clicked, this, [this] {
        const qint64 id = selectedId();
        auto text = textOf(id);
        if (!text) {
            QMessageBox::warning(this, windowTitle(), text.errorMessage());
            return;
        }
        Q_EMIT openVersionRequested(*text, id);
    });
    connect(m_rollback, &QPushButton::clicked, this, [this] {
        const qint64 id = selectedId();
        bool ok = false;
        const QString comment = QInputDialog::getText(
            this, tr("Roll Back"),
            tr("Publish version %1 again? The customers will get it at once. Comment for the history:").arg(id),
            QLineEdit::Normal, tr("Rollback to version %1").arg(id), &ok);
        if (!ok)
            return;
        auto version = rollbackTo(id, comment);
        if (!version)
            QMessageBox::warning(this, tr("Roll Back"), version.errorMessage());
    });
    m_open->setEnabled(false);
    m_rollback->setEnabled(false);
    reload();
}

bool FlowHistoryDialog::reload()
{
    auto history = m_store.history();
    if (!history) {
        m_summary->setText(history.errorMessage());
        return false;
    }
    m_list = *history;
    m_versions->setRowCount(int(m_list.size()));
    for (int row = 0; row < m_list.size(); ++row) {
        const FlowVersion &v = m_list.at(row);
        QString comment = v.comment;
        if (v.rollbackOf)
            comment = tr("[rollback to %1] %2").arg(*v.rollbackOf).arg(comment);
        const QStringList cells = {QString::number(v.id),
                                   QLocale().toString(QDateTime::fromSecsSinceEpoch(v.createTime), QLocale::ShortFormat),
                                   v.author, QString::number(v.messageCount), comment};
        for (int c = 0; c < cells.size(); ++c) {
            auto *item = new QTableWidgetItem(cells.at(c));
            item->setData(Qt::UserRole, v.id);
            m_versions->setItem(row, c, item);
        }
    }
    fillCombos();
    if (!m_list.isEmpty())
        compare(m_list.first().id, 0);
    return true;
}

void FlowHistoryDialog::fillCombos()
{
    for (QComboBox *combo : {m_left, m_right}) {
        combo->clear();
        combo->addItem(tr("the editor's text"), qint64(0));
        for (const FlowVersion &v : std::as_const(m_list))
            combo->addItem(tr("version %1 (%2)").arg(v.id).arg(v.author), v.id);
    }
}

qint64 FlowHistoryDialog::selectedId() const
{
    const auto rows = m_versions->selectionModel()->selectedRows();
    return rows.isEmpty() ? 0 : m_versions->item(rows.first().row(), 0)->data(Qt::UserRole).toLongLong();
}

Result<QString> FlowHistoryDialog::textOf(qint64 id)
{
    if (id == 0)
        return m_editorText;
    auto v = m_store.version(id);
    if (!v)
        return v.error();
    return v->text;
}

void FlowHistoryDialog::compare(qint64 leftId, qint64 rightId)
{
    auto left = textOf(leftId);
    auto right = textOf(rightId);
    if (!left || !right) {
        m_summary->setText(left ? right.errorMessage() : left.errorMessage());
        return;
    }
    m_left->setCurrentIndex(m_left->findData(leftId));
    m_right->setCurrentIndex(m_right->findData(rightId));
    const QList<FlowTextDiff::Row> rows = FlowTextDiff::compute(*left, *right);
    m_summary->setText(tr("%1 changed line(s)").arg(FlowTextDiff::changedRows(rows)));
    m_diff->setUpdatesEnabled(false);
    m_diff->setRowCount(int(rows.size()));
    const QColor removed(0xfd, 0xd8, 0xd8), added(0xd8, 0xf5, 0xd8), changed(0xfd, 0xf3, 0xd0);
    for (int r = 0; r < rows.size(); ++r) {
        const FlowTextDiff::Row &row = rows.at(r);
        const QStringList cells = {row.leftLine ? QString::number(row.leftLine) : QString(), row.left,
                                   row.rightLine ? QString::number(row.rightLine) : QString(), row.right};
        for (int c = 0; c < 4; ++c) {
            auto *item = new QTableWidgetItem(cells.at(c));
            QColor bg;
            switch (row.kind) {
            case FlowTextDiff::Row::Kind::Same: break;
            case FlowTextDiff::Row::Kind::Removed: bg = c < 2 ? removed : QColor(); break;
            case FlowTextDiff::Row::Kind::Added: bg = c >= 2 ? added : QColor(); break;
            case FlowTextDiff::Row::Kind::Changed: bg = changed; break;
            }
            if (bg.isValid())
                item->setBackground(bg);
            m_diff->setItem(r, c, item);
        }
    }
    m_diff->resizeColumnToContents(0);
    m_diff->resizeColumnToContents(2);
    m_diff->setUpdatesEnabled(true);
}

void FlowHistoryDialog::setPublisher(const AuditActor &actor, bool allowed)
{
    m_store.setActor(actor);
    m_mayPublish = allowed;
    m_rollback->setEnabled(allowed && selectedId() > 0);
    m_rollback->setToolTip(allowed ? QString() : tr("Rolling back publishes a flow: it needs the Admin profile."));
}

Result<FlowVersion> FlowHistoryDialog::rollbackTo(qint64 id, const QString &comment)
{
    if (!m_mayPublish)
        return Error(tr("Rolling back publishes a flow: it needs the Admin profile."), u"not-allowed"_s);
    auto version = m_store.rollback(id, FlowStore::defaultAuthor(), comment);
    if (version)
        reload();
    return version;
}
