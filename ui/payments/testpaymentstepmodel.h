#pragma once

#include "sandbox/testpaymentrun.h"

#include <QAbstractTableModel>
#include <QIcon>
#include <QList>

// The steps of one test payment for the console's timeline: when (seconds since the run
// started), an ok / failed icon, and the step's one-line title. The detail text (already
// free of secrets) is under DetailRole for the inspector pane.
class TestPaymentStepModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TestPaymentStepModel)

public:
    enum Column { Time, Step, ColumnCount };
    enum Role {
        DetailRole = Qt::UserRole,  // QString
        KindRole,                   // int(TestPaymentStep::Kind)
        OkRole,                     // bool
    };

    explicit TestPaymentStepModel(QObject *parent = nullptr);

    void setSteps(const QList<TestPaymentStep> &steps);
    void append(const TestPaymentStep &step);
    const QList<TestPaymentStep> &steps() const { return m_steps; }
    TestPaymentStep step(int row) const { return m_steps.value(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // Translated name of a step kind ("Notification attempt").
    static QString kindDisplayName(TestPaymentStep::Kind kind);

private:
    QList<TestPaymentStep> m_steps;
    QIcon m_okIcon;
    QIcon m_failedIcon;
    QIcon m_infoIcon;
};
