#pragma once
// Small helpers shared by the M3 simulator's program files (m3_programs_*.cpp).

#include "fault_injector.h"
#include "m3_simulator.h"

#include <QRegularExpression>

namespace m3cart::sandbox::mi {

inline QString wcode(const QString &field, const char *suffix)
{
    return QLatin1Char('W') + field.left(2) + QLatin1String(suffix);
}

inline MiOutcome notExist(const QString &field, const QString &what, const QString &value)
{
    return MiOutcome::nok(wcode(field, "0203"), field,
                          QStringLiteral("%1 %2 does not exist").arg(what, value));
}

inline MiOutcome one(const MiRecord &r)
{
    MiOutcome o;
    o.records.append(r);
    return o;
}

inline MiOutcome many(const QList<MiRecord> &records)
{
    MiOutcome o;
    o.records = records;
    return o;
}

inline MiOutcome none()
{
    return {};
}

// LES-style search query: FIELD:value terms (value may end with ~ for fuzzy or contain * wildcards),
// bare words match the name field; AND/OR are ignored (all terms must match).
inline bool sqryMatches(const QString &sqry, const MiRecord &r, const QString &nameField)
{
    static const QRegularExpression term(QStringLiteral("(?:(\\w+):)?(\"[^\"]*\"|\\S+)"));
    auto it = term.globalMatch(sqry);
    bool any = false;
    while (it.hasNext()) {
        const auto m = it.next();
        QString field = m.captured(1).toUpper();
        QString value = m.captured(2);
        if (field.isEmpty() && (value == QLatin1String("AND") || value == QLatin1String("OR")))
            continue;
        if (value.startsWith(QLatin1Char('"')))
            value = value.mid(1, value.size() - 2);
        if (field.isEmpty())
            field = nameField;
        any = true;
        const QString have = r.value(field);
        if (value.endsWith(QLatin1Char('~'))) {
            if (!have.contains(value.chopped(1), Qt::CaseInsensitive))
                return false;
        } else if (value.contains(QLatin1Char('*'))) {
            if (!globMatch(value, have))
                return false;
        } else if (m.captured(1).isEmpty()) {
            if (!have.contains(value, Qt::CaseInsensitive))
                return false;
        } else if (have.compare(value, Qt::CaseInsensitive) != 0) {
            return false;
        }
    }
    return any;
}

} // namespace m3cart::sandbox::mi
