#include "flowmessagelistmodel.h"

#include "flow/flowmessage.h"
#include "flowdocumentcontroller.h"

#include <QApplication>
#include <QDropEvent>
#include <QStyle>

using namespace Qt::StringLiterals;

FlowMessageListModel::FlowMessageListModel(FlowDocumentController *controller, QObject *parent)
    : QAbstractListModel(parent), m_controller(controller)
{
    m_rows = int(controller->document().messageCount());
    connect(controller, &FlowDocumentController::documentChanged, this, &FlowMessageListModel::refresh);
    connect(controller, &FlowDocumentController::diagnosticsChanged, this, &FlowMessageListModel::refreshDiagnostics);
    refreshDiagnostics();
}

void FlowMessageListModel::refresh()
{
    const int rows = int(m_controller->document().messageCount());
    if (rows != m_rows) {
        beginResetModel();
        m_rows = rows;
        endResetModel();
        return;
    }
    if (rows > 0)
        Q_EMIT dataChanged(index(0), index(rows - 1));
}

void FlowMessageListModel::refreshDiagnostics()
{
    m_worstSeverity = QList<int>(m_rows, -1);
    m_problems = QList<QStringList>(m_rows);
    for (const FlowDiagnostic &d : m_controller->diagnostics()) {
        if (d.messageIndex < 0 || d.messageIndex >= m_rows)
            continue;
        int &worst = m_worstSeverity[d.messageIndex];
        if (worst < 0 || int(d.severity) < worst)
            worst = int(d.severity);
        m_problems[d.messageIndex] << FlowDiagnostic::severityDisplayName(d.severity) + u": "_s + d.message;
    }
    if (m_rows > 0)
        Q_EMIT dataChanged(index(0), index(m_rows - 1), {Qt::DecorationRole, Qt::ToolTipRole, SeverityRole});
}

int FlowMessageListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_rows;
}

QVariant FlowMessageListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const JsonValue *message = m_controller->document().message(index.row());
    if (!message)
        return {};
    const FlowMessageView view(message);
    const int severity = index.row() < m_worstSeverity.size() ? m_worstSeverity.at(index.row()) : -1;
    switch (role) {
    case Qt::DisplayRole: {
        QString text = u"%1 · "_s.arg(index.row()) + view.summary();
        if (view.hasCondition())
            text = u"↳ "_s + text;
        return text;
    }
    case Qt::ToolTipRole: {
        QStringList lines;
        if (view.hasCondition())
            lines << tr("Shown only when \"%1\" is \"%2\".").arg(view.conditionKey(), view.conditionValue());
        if (view.setsAnswer())
            lines << tr("Stores the answer under \"%1\".").arg(view.responseKey());
        if (index.row() < m_problems.size())
            lines += m_problems.at(index.row());
        return lines.join(u'\n');
    }
    case Qt::DecorationRole:
        if (severity < 0)
            return {};
        return QApplication::style()->standardIcon(severity == int(FlowDiagnostic::Severity::Error)
                                                       ? QStyle::SP_MessageBoxCritical
                                                   : severity == int(FlowDiagnostic::Severity::Warning)
                                                       ? QStyle::SP_MessageBoxWarning
                                                       : QStyle::SP_MessageBoxInformation);
    case SeverityRole: return severity;
    case ConditionRole: return view.hasCondition() ? view.conditionKey() : QString();
    default: return {};
    }
}

Qt::ItemFlags FlowMessageListModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::ItemIsDropEnabled;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsDragEnabled;
}

Qt::DropActions FlowMessageListModel::supportedDropActions() const
{
    return Qt::MoveAction | Qt::CopyAction;
}

Qt::DropActions FlowMessageListModel::supportedDragActions() const
{
    return Qt::MoveAction;
}

// ---------------------------------------------------------------------------------------------

FlowMessageListView::FlowMessageListView(QWidget *parent) : QListView(parent)
{
    setDragEnabled(true);
    setAcceptDrops(true);
    setDropIndicatorShown(true);
    setDragDropMode(QAbstractItemView::InternalMove);
    setDefaultDropAction(Qt::MoveAction);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setUniformItemSizes(true);
}

void FlowMessageListView::dropEvent(QDropEvent *event)
{
    if (event->source() != this || !currentIndex().isValid()) {
        event->ignore();
        return;
    }
    const int from = currentIndex().row();
    const QPoint pos = event->position().toPoint();
    const QModelIndex target = indexAt(pos);
    int to = model()->rowCount() - 1;
    if (target.isValid()) {
        to = target.row();
        if (pos.y() > visualRect(target).center().y())
            ++to;
        if (to > from)
            --to;
    }
    // The model moves through the undo stack; the view must not remove the source row.
    event->setDropAction(Qt::CopyAction);
    event->accept();
    stopAutoScroll();
    setState(NoState);
    viewport()->update();
    if (to != from)
        Q_EMIT moveRequested(from, to);
}
