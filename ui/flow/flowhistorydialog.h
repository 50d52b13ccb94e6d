#pragma once

#include "db/database.h"
#include "flow/flowstore.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QPushButton;
class QTableWidget;

// The published versions of the chat flow: who published which, when and why; a
// side-by-side diff of any two versions (or of a version and the editor's text); opening a
// version in the editor; and rolling back, which publishes an old version again.
class FlowHistoryDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FlowHistoryDialog)

public:
    FlowHistoryDialog(Database database, QString editorText, QWidget *parent = nullptr);

    // Reloads the version list; false (with the error shown) when the database failed.
    bool reload();
    // Compares two sources: a version id, or 0 for the editor's text.
    void compare(qint64 leftId, qint64 rightId);
    // Who rolls back (recorded in the audit log), and whether they may.
    void setPublisher(const AuditActor &actor, bool allowed);
    // Rolls back to a version without asking; returns the new version.
    Result<FlowVersion> rollbackTo(qint64 id, const QString &comment);

    QTableWidget *versionsTable() const { return m_versions; }
    QTableWidget *diffTable() const { return m_diff; }
    QList<FlowVersion> versions() const { return m_list; }

Q_SIGNALS:
    void openVersionRequested(const QString &text, qint64 id);

private:
    Result<QString> textOf(qint64 id);
    qint64 selectedId() const;
    void fillCombos();

    FlowStore m_store;
    bool m_mayPublish = true;
    QString m_editorText;
    QList<FlowVersion> m_list;
    QTableWidget *m_versions;
    QComboBox *m_left;
    QComboBox *m_right;
    QLabel *m_summary;
    QTableWidget *m_diff;
    QPushButton *m_open;
    QPushButton *m_rollback;
};
