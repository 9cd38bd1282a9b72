#pragma once
// The history of syncs and polls from the RunLog: kind, start, duration, dry or not, outcome, counts.

#include "store/run_log.h"

#include <QAbstractTableModel>

namespace m3cart::ui {

class RunHistoryModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    using QAbstractTableModel::QAbstractTableModel;
    void setRuns(const QList<Run> &runs);
    const QList<Run> &runs() const { return m_runs; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString countsText(const QJsonObject &counts); // "read 12 · queued 3 · done 3"

private:
    QList<Run> m_runs;
};

} // namespace m3cart::ui
