#pragma once
// The retry policy as an editable table: one row per error class; max attempts, base delay, cap and
// whether to dead-letter. Edits are validated as they are made (setData refuses and says why) and as a whole
// (cap not below the base delay) before the policy is saved.

#include "engine/retry_policy.h"

#include <QAbstractTableModel>

namespace m3cart::ui {

class RetryPolicyModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { ClassColumn, AttemptsColumn, BaseDelayColumn, CapColumn, DeadLetterColumn, ColumnCount };

    explicit RetryPolicyModel(QObject *parent = nullptr);

    void setPolicy(const RetryPolicy &policy);
    RetryPolicy policy() const { return m_policy; }
    QStringList validate() const; // every problem in the table; empty: fine to save
    bool isModified() const { return m_modified; }
    void setModified(bool modified) { m_modified = modified; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

    static QString classLabel(ErrorClass c);

signals:
    void rejected(const QString &why); // an edit setData refused

private:
    ErrorClass classAt(int row) const;

    RetryPolicy m_policy;
    bool m_modified = false;
};

} // namespace m3cart::ui
