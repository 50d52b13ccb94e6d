#pragma once

#include "finance/auditlog.h"

#include <QWidget>

class AppContext;
class QComboBox;
class QLineEdit;
class QPushButton;
class QTableWidget;
class QTimer;

// The audit log, newest first: filter by action, object, user and text; export what is shown.
class AuditLogPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AuditLogPage)

public:
    explicit AuditLogPage(AppContext *context, QWidget *parent = nullptr);

    void refresh();
    const QList<AuditEntry> &entries() const { return m_entries; }
    QLineEdit *objectFilter() const { return m_object; }
    QTableWidget *table() const { return m_table; }
    static QByteArray csv(const QList<AuditEntry> &entries);
    bool exportCsv(const QString &path, QString *error = nullptr);

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void retranslateUi();
    void chooseExportFile();

    AppContext *m_context;
    QTimer *m_refreshLater = nullptr; // coalesces bursts of ordersChanged()
    bool m_loaded = false;            // refreshed at least once
    QList<AuditEntry> m_entries;
    QComboBox *m_action = nullptr;
    QLineEdit *m_object = nullptr;
    QLineEdit *m_user = nullptr;
    QLineEdit *m_text = nullptr;
    QPushButton *m_refresh = nullptr;
    QPushButton *m_export = nullptr;
    QTableWidget *m_table = nullptr;
};
