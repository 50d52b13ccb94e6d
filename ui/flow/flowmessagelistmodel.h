#pragma once

#include <QAbstractListModel>
#include <QListView>

class FlowDocumentController;

// The messages of the flow for the editor's list: "3 · content… (¥0.40)", marked with the
// worst problem found in the message and its condition, if any. Read-only: changes go
// through the controller's commands, and the list refreshes from the document.
class FlowMessageListModel final : public QAbstractListModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FlowMessageListModel)

public:
    enum Role { SeverityRole = Qt::UserRole + 1, ConditionRole };

    explicit FlowMessageListModel(FlowDocumentController *controller, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    Qt::DropActions supportedDropActions() const override;
    Qt::DropActions supportedDragActions() const override;

private:
    void refresh();
    void refreshDiagnostics();

    FlowDocumentController *m_controller;
    int m_rows = 0;
    QList<int> m_worstSeverity; // per message: -1 none, else FlowDiagnostic::Severity
    QList<QStringList> m_problems;
};

// The message list: drag a message to move it (the move is one undoable command).
class FlowMessageListView final : public QListView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FlowMessageListView)

public:
    explicit FlowMessageListView(QWidget *parent = nullptr);

Q_SIGNALS:
    void moveRequested(int from, int to);

protected:
    void dropEvent(QDropEvent *event) override;
};
