#include "testpaymentstepmodel.h"

#include <QApplication>
#include <QColor>
#include <QDateTime>
#include <QStyle>

using namespace Qt::StringLiterals;

TestPaymentStepModel::TestPaymentStepModel(QObject *parent)
    : QAbstractTableModel(parent)
{
    if (QStyle *style = QApplication::style()) {
        m_okIcon = style->standardIcon(QStyle::SP_DialogApplyButton);
        m_failedIcon = style->standardIcon(QStyle::SP_MessageBoxCritical);
        m_infoIcon = style->standardIcon(QStyle::SP_MessageBoxInformation);
    }
}

void TestPaymentStepModel::setSteps(const QList<TestPaymentStep> &steps)
{
    beginResetModel();
    m_steps = steps;
    endResetModel();
}

void TestPaymentStepModel::append(const TestPaymentStep &step)
{
    const int row = int(m_steps.size());
    beginInsertRows({}, row, row);
    m_steps.append(step);
    endInsertRows();
}

int TestPaymentStepModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_steps.size());
}

int TestPaymentStepModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TestPaymentStepModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const TestPaymentStep &s = m_steps.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        if (index.column() == Time) {
            const qint64 sinceStart = s.atMs - m_steps.constFirst().atMs;
            return tr("+%1 s").arg(double(sinceStart) / 1000.0, 0, 'f', 3);
        }
        return s.title;
    case Qt::ToolTipRole:
        if (index.column() == Time)
            return QDateTime::fromMSecsSinceEpoch(s.atMs).toString(u"yyyy-MM-dd HH:mm:ss.zzz"_s);
        return QString(kindDisplayName(s.kind) + u": "_s + s.title);
    case Qt::DecorationRole:
        if (index.column() != Step)
            return {};
        if (!s.ok)
            return m_failedIcon;
        return s.kind == TestPaymentStep::Kind::Info ? m_infoIcon : m_okIcon;
    case Qt::ForegroundRole:
        return s.ok ? QVariant() : QVariant(QColor(0xb0, 0x1e, 0x1e));
    case DetailRole:
        return s.detail;
    case KindRole:
        return int(s.kind);
    case OkRole:
        return s.ok;
    default:
        return {};
    }
}

QVariant TestPaymentStepModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Time:
        return tr("Time");
    case Step:
        return tr("Step");
    default:
        return {};
    }
}

QString TestPaymentStepModel::kindDisplayName(TestPaymentStep::Kind kind)
{
    switch (kind) {
    case TestPaymentStep::Kind::OrderCreated:
        return tr("Order created");
    case TestPaymentStep::Kind::Prepay:
        return tr("Prepay");
    case TestPaymentStep::Kind::Cashier:
        return tr("Cashier");
    case TestPaymentStep::Kind::NotificationAttempt:
        return tr("Notification attempt");
    case TestPaymentStep::Kind::Acknowledged:
        return tr("Acknowledged");
    case TestPaymentStep::Kind::OrderPaid:
        return tr("Order paid");
    case TestPaymentStep::Kind::Failed:
        return tr("Failed");
    case TestPaymentStep::Kind::Info:
        return tr("Info");
    }
    return {};
}
