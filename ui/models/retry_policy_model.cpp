#include "retry_policy_model.h"

namespace m3cart::ui {

namespace {
const ErrorClass kRows[] = {ErrorClass::Transient, ErrorClass::RateLimited, ErrorClass::Auth,
                            ErrorClass::Data,      ErrorClass::NotFound,    ErrorClass::Conflict};
constexpr int kRowCount = int(std::size(kRows));
constexpr qint64 kMaxDelayMs = 24LL * 3600 * 1000;
} // namespace

RetryPolicyModel::RetryPolicyModel(QObject *parent) : QAbstractTableModel(parent) {}

QString RetryPolicyModel::classLabel(ErrorClass c)
{
    switch (c) {
    case ErrorClass::Transient:
        return tr("Transient (network, 5xx, timeout)");
    case ErrorClass::RateLimited:
        return tr("Rate limited (429)");
    case ErrorClass::Auth:
        return tr("Authentication (401/403)");
    case ErrorClass::Data:
        return tr("Data (rejected by the other system)");
    case ErrorClass::NotFound:
        return tr("Not found");
    case ErrorClass::Conflict:
        return tr("Conflict (already exists)");
    }
    return {};
}

ErrorClass RetryPolicyModel::classAt(int row) const
{
    return kRows[row];
}

void RetryPolicyModel::setPolicy(const RetryPolicy &policy)
{
    beginResetModel();
    m_policy = policy;
    m_modified = false;
    endResetModel();
}

int RetryPolicyModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : kRowCount;
}
int RetryPolicyModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RetryPolicyModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ErrorClass c = classAt(index.row());
    const ClassPolicy p = m_policy.policy(c);
    if (index.column() == DeadLetterColumn) {
        if (role == Qt::CheckStateRole)
            return p.deadLetter ? Qt::Checked : Qt::Unchecked;
        if (role == Qt::ToolTipRole)
            return tr(
                "When attempts run out: dead-letter the event for an operator (checked) or keep retrying at "
                "the cap (unchecked).");
        return {};
    }
    if (role == Qt::ToolTipRole && c == ErrorClass::Auth)
        return tr(
            "An authentication failure pauses the connection instead of retrying; attempts are not counted.");
    if (role != Qt::DisplayRole && role != Qt::EditRole)
        return {};
    switch (index.column()) {
    case ClassColumn:
        return role == Qt::EditRole ? errorClassName(c) : classLabel(c);
    case AttemptsColumn:
        return p.maxAttempts;
    case BaseDelayColumn:
        return role == Qt::EditRole ? QVariant(p.baseDelayMs) : QVariant(double(p.baseDelayMs) / 1000.0);
    case CapColumn:
        return role == Qt::EditRole ? QVariant(p.capMs) : QVariant(double(p.capMs) / 1000.0);
    default:
        return {};
    }
}

QVariant RetryPolicyModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case ClassColumn:
        return tr("Error class");
    case AttemptsColumn:
        return tr("Max attempts");
    case BaseDelayColumn:
        return tr("Base delay (s)");
    case CapColumn:
        return tr("Cap (s)");
    case DeadLetterColumn:
        return tr("Dead-letter");
    default:
        return {};
    }
}

Qt::ItemFlags RetryPolicyModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (index.column() == DeadLetterColumn)
        f |= Qt::ItemIsUserCheckable;
    else if (index.column() != ClassColumn)
        f |= Qt::ItemIsEditable;
    return f;
}

bool RetryPolicyModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    const ErrorClass c = classAt(index.row());
    ClassPolicy p = m_policy.policy(c);
    if (index.column() == DeadLetterColumn && role == Qt::CheckStateRole) {
        p.deadLetter = value.toInt() == Qt::Checked;
    } else if (role == Qt::EditRole) {
        bool ok = false;
        switch (index.column()) {
        case AttemptsColumn: {
            const int n = value.toInt(&ok);
            if (!ok || n < 1 || n > 1000) {
                emit rejected(
                    tr("%1: max attempts must be a whole number from 1 to 1000.").arg(classLabel(c)));
                return false;
            }
            p.maxAttempts = n;
            break;
        }
        case BaseDelayColumn:
        case CapColumn: {
            // The view edits seconds (as shown); EditRole from code may be milliseconds as qint64.
            const bool seconds = value.typeId() == QMetaType::Double || value.typeId() == QMetaType::QString;
            const double v = value.toDouble(&ok);
            const qint64 ms = seconds ? qint64(v * 1000.0) : qint64(v);
            if (!ok || v < 0 || ms > kMaxDelayMs) {
                emit rejected(tr("%1: delays must be from 0 to 86400 seconds.").arg(classLabel(c)));
                return false;
            }
            (index.column() == BaseDelayColumn ? p.baseDelayMs : p.capMs) = ms;
            break;
        }
        default:
            return false;
        }
    } else {
        return false;
    }
    m_policy.setPolicy(c, p);
    m_modified = true;
    emit dataChanged(this->index(index.row(), 0), this->index(index.row(), ColumnCount - 1));
    return true;
}

QStringList RetryPolicyModel::validate() const
{
    QStringList problems;
    for (ErrorClass c : kRows) {
        const ClassPolicy p = m_policy.policy(c);
        if (p.capMs < p.baseDelayMs)
            problems << tr("%1: the cap (%2 s) is below the base delay (%3 s).")
                            .arg(classLabel(c))
                            .arg(double(p.capMs) / 1000.0)
                            .arg(double(p.baseDelayMs) / 1000.0);
        if ((c == ErrorClass::Transient || c == ErrorClass::RateLimited) && p.maxAttempts > 1 && p.capMs == 0)
            problems
                << tr("%1: retries need a cap above 0 s, or every retry happens at once.").arg(classLabel(c));
    }
    return problems;
}

} // namespace m3cart::ui
