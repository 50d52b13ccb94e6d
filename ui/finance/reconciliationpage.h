#pragma once

#include "finance/reconciler.h"

#include <QPointer>
#include <QWidget>

class AppContext;
class ChannelReconciler;
class CurrentProfile;
class QDateEdit;
class QLabel;
class QPushButton;
class QTableWidget;

// Imports a channel statement (WeChat Pay trade bill, Alipay business bill), compares it with
// this database for a range of days and lists the differences; a missed notification can be
// applied (Finance profile, with a reason, audited).
class ReconciliationPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReconciliationPage)

public:
    explicit ReconciliationPage(AppContext *context, QWidget *parent = nullptr);

    void setProfile(CurrentProfile *profile);
    // Enables "Ask the channels" (without one, only statements can be compared).
    void setChannelReconciler(ChannelReconciler *reconciler);
    // Asks the channels about the chosen days; the differences replace the table's.
    void askChannels();
    bool isBusy() const { return m_busy; }
    // Loads a statement file and compares it for the chosen days.
    bool loadStatement(const QString &path, QString *error = nullptr);
    void setStatement(const Statement &statement);
    void setRange(const QDate &from, const QDate &to);
    void compare();
    // Applies the difference in the given row with a reason (the Apply button asks for one).
    Result<bool> applyRow(int row, const QString &reason);

    const QList<ReconciliationDifference> &differences() const { return m_differences; }
    QTableWidget *table() const { return m_table; }
    QPushButton *applyButton() const { return m_apply; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void chooseFile();
    void applySelected();
    void updateButtons();
    Profile profile() const;
    void showDifferences(const QList<ReconciliationDifference> &differences);

    AppContext *m_context;
    QPointer<CurrentProfile> m_profile;
    QPointer<ChannelReconciler> m_channels;
    bool m_busy = false;
    bool m_fromChannels = false; // the table shows the channels' answers, not a statement
    std::optional<Statement> m_statement;
    QList<ReconciliationDifference> m_differences;
    QPushButton *m_open = nullptr;
    QLabel *m_fromLabel = nullptr;
    QLabel *m_toLabel = nullptr;
    QDateEdit *m_from = nullptr;
    QDateEdit *m_to = nullptr;
    QPushButton *m_compare = nullptr;
    QPushButton *m_ask = nullptr;
    QPushButton *m_apply = nullptr;
    QLabel *m_status = nullptr;
    QTableWidget *m_table = nullptr;
};
