#include "run_history_model.h"

#include <QBrush>
#include <QColor>

namespace m3cart::ui {

namespace {
enum Column { Kind, Started, Duration, Dry, Outcome, Counts, Message, ColumnCount };
}

void RunHistoryModel::setRuns(const QList<Run> &runs)
{
    beginResetModel();
    m_runs = runs;
    endResetModel();
}

int RunHistoryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_runs.size());
}

int RunHistoryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString RunHistoryModel::countsText(const QJsonObject &counts)
{
    QStringList parts;
    for (auto it = counts.begin(); it != counts.end(); ++it)
        if (it.value().isDouble())
            parts << QStringLiteral("%1 %2").arg(it.key()).arg(it.value().toInteger());
    return parts.join(QStringLiteral(" · "));
}

QVariant RunHistoryModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_runs.size())
        return {};
    const Run &r = m_runs.at(index.row());
    if (role == Qt::ForegroundRole && index.column() == Outcome) {
        if (r.status == QLatin1String("ok"))
            return QBrush(QColor(0x2e, 0x7d, 0x32));
        if (r.status == QLatin1String("failed") || r.status == QLatin1String("partial"))
            return QBrush(QColor(0xc6, 0x28, 0x28));
        return {};
    }
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case Kind:
        return r.kind;
    case Started:
        return r.startedAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    case Duration:
        return r.finishedAt.isValid()
                   ? tr("%1 s").arg(double(r.startedAt.msecsTo(r.finishedAt)) / 1000.0, 0, 'f', 1)
                   : tr("running");
    case Dry:
        return r.dryRun ? tr("dry run") : QString();
    case Outcome:
        return r.status;
    case Counts:
        return countsText(r.counts);
    case Message:
        return r.message;
    default:
        return {};
    }
}

QVariant RunHistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Kind:
        return tr("Run");
    case Started:
        return tr("Started");
    case Duration:
        return tr("Duration");
    case Dry:
        return tr("Mode");
    case Outcome:
        return tr("Outcome");
    case Counts:
        return tr("Counts");
    case Message:
        return tr("Message");
    default:
        return {};
    }
}

} // namespace m3cart::ui
