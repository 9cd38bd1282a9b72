// Number, list (aggregation) and logic functions.

#include "functions_internal.h"

#include <QJsonArray>
#include <QJsonObject>
#include <cmath>

namespace m3cart::mapping::functions {

namespace {

Result<QJsonValue> fNumber(const FnCall &c)
{
    if (isEmptyValue(c.arg(0)))
        return c.argc > 1 ? Result<QJsonValue>(c.arg(1)) : Result<QJsonValue>(QJsonValue(QJsonValue::Null));
    const auto n = toNumber(c.arg(0));
    if (!n)
        return argError(c, QStringLiteral("%1 is not a number").arg(describeValue(c.arg(0))));
    return num(*n);
}

Result<QJsonValue> fInt(const FnCall &c)
{
    if (isEmptyValue(c.arg(0)))
        return QJsonValue(QJsonValue::Null);
    auto n = numberArg(c, 0, "value");
    if (!n)
        return n.error();
    return num(std::trunc(*n));
}

Result<QJsonValue> fRound(const FnCall &c)
{
    auto n = numberArg(c, 0, "value");
    if (!n)
        return n.error();
    return num(roundHalfAway(*n, intArg(c, 1, 0)));
}

Result<QJsonValue> fFloor(const FnCall &c)
{
    auto n = numberArg(c, 0, "value");
    if (!n)
        return n.error();
    return num(std::floor(*n + 1e-9));
}

Result<QJsonValue> fCeil(const FnCall &c)
{
    auto n = numberArg(c, 0, "value");
    if (!n)
        return n.error();
    return num(std::ceil(*n - 1e-9));
}

Result<QJsonValue> fAbs(const FnCall &c)
{
    auto n = numberArg(c, 0, "value");
    if (!n)
        return n.error();
    return num(std::fabs(*n));
}

// Arguments or one list argument, flattened to numbers; empty values are skipped.
Result<QList<double>> numbers(const FnCall &c)
{
    QList<double> out;
    auto add = [&](const QJsonValue &v) -> bool {
        if (isEmptyValue(v))
            return true;
        const auto n = toNumber(v);
        if (!n)
            return false;
        out << *n;
        return true;
    };
    for (int i = 0; i < c.argc; ++i) {
        const QJsonValue &a = c.args[i];
        if (a.isArray()) {
            for (const QJsonValue &e : a.toArray())
                if (!add(e))
                    return argError(c,
                                    QStringLiteral("%1 in the list is not a number").arg(describeValue(e)));
        } else if (!add(a)) {
            return argError(c, QStringLiteral("%1 is not a number").arg(describeValue(a)));
        }
    }
    return out;
}

Result<QJsonValue> fMin(const FnCall &c)
{
    auto ns = numbers(c);
    if (!ns)
        return ns.error();
    if (ns->isEmpty())
        return QJsonValue(QJsonValue::Null);
    return num(*std::min_element(ns->begin(), ns->end()));
}

Result<QJsonValue> fMax(const FnCall &c)
{
    auto ns = numbers(c);
    if (!ns)
        return ns.error();
    if (ns->isEmpty())
        return QJsonValue(QJsonValue::Null);
    return num(*std::max_element(ns->begin(), ns->end()));
}

Result<QJsonValue> fSum(const FnCall &c)
{
    auto ns = numbers(c);
    if (!ns)
        return ns.error();
    double s = 0;
    for (double d : *ns)
        s += d;
    return num(s);
}

Result<QJsonValue> fAvg(const FnCall &c)
{
    auto ns = numbers(c);
    if (!ns)
        return ns.error();
    if (ns->isEmpty())
        return QJsonValue(QJsonValue::Null);
    double s = 0;
    for (double d : *ns)
        s += d;
    return num(s / double(ns->size()));
}

Result<QJsonValue> fClamp(const FnCall &c)
{
    auto v = numberArg(c, 0, "value");
    auto lo = numberArg(c, 1, "low");
    auto hi = numberArg(c, 2, "high");
    if (!v)
        return v.error();
    if (!lo)
        return lo.error();
    if (!hi)
        return hi.error();
    return num(std::min(std::max(*v, *lo), *hi));
}

Result<QJsonValue> fFormatNumber(const FnCall &c)
{
    if (isEmptyValue(c.arg(0)))
        return QJsonValue(QJsonValue::Null);
    auto v = numberArg(c, 0, "value");
    if (!v)
        return v.error();
    return text(formatNumber(*v, intArg(c, 1, -1)));
}

QJsonArray listOf(const QJsonValue &v)
{
    if (v.isArray())
        return v.toArray();
    if (isEmptyValue(v))
        return {};
    return QJsonArray{v};
}

Result<QJsonValue> fCount(const FnCall &c)
{
    if (c.arg(0).isArray())
        return num(double(c.arg(0).toArray().size()));
    return num(isEmptyValue(c.arg(0)) ? 0 : 1);
}

Result<QJsonValue> fFirst(const FnCall &c)
{
    const QJsonArray a = listOf(c.arg(0));
    return a.isEmpty() ? QJsonValue(QJsonValue::Null) : a.first();
}

Result<QJsonValue> fLast(const FnCall &c)
{
    const QJsonArray a = listOf(c.arg(0));
    return a.isEmpty() ? QJsonValue(QJsonValue::Null) : a.last();
}

Result<QJsonValue> fAt(const FnCall &c)
{
    const QJsonArray a = listOf(c.arg(0));
    int i = intArg(c, 1, 0);
    if (i < 0)
        i += int(a.size());
    return i >= 0 && i < a.size() ? a.at(i) : QJsonValue(QJsonValue::Null);
}

Result<QJsonValue> fPluck(const FnCall &c)
{
    const QString field = toText(c.arg(1));
    QJsonArray out;
    for (const QJsonValue &e : listOf(c.arg(0)))
        out.append(e.toObject().value(field));
    return QJsonValue(out);
}

Result<QJsonValue> fFilterEq(const FnCall &c)
{
    const QString field = toText(c.arg(1));
    QJsonArray out;
    for (const QJsonValue &e : listOf(c.arg(0)))
        if (valuesEqual(e.toObject().value(field), c.arg(2)))
            out.append(e);
    return QJsonValue(out);
}

bool inSet(const QJsonValue &v, const QJsonArray &set)
{
    const QString t = toText(v).trimmed();
    for (const QJsonValue &s : set)
        if (valuesEqual(v, s) || t == toText(s).trimmed())
            return true;
    return false;
}

QJsonArray setArg(const QJsonValue &v)
{
    // A list, or a comma-separated text ("100,200").
    if (v.isString()) {
        QJsonArray a;
        for (const QString &p : v.toString().split(QLatin1Char(','), Qt::SkipEmptyParts))
            a.append(p.trimmed());
        return a;
    }
    return listOf(v);
}

Result<QJsonValue> fFilterIn(const FnCall &c)
{
    const QString field = toText(c.arg(1));
    const QJsonArray set = setArg(c.arg(2));
    QJsonArray out;
    for (const QJsonValue &e : listOf(c.arg(0)))
        if (inSet(e.toObject().value(field), set))
            out.append(e);
    return QJsonValue(out);
}

Result<QJsonValue> fInList(const FnCall &c)
{
    if (c.argc == 2)
        return QJsonValue(inSet(c.arg(0), setArg(c.arg(1))));
    QJsonArray set;
    for (int i = 1; i < c.argc; ++i)
        set.append(c.args[i]);
    return QJsonValue(inSet(c.arg(0), set));
}

Result<QJsonValue> fDistinct(const FnCall &c)
{
    QJsonArray out;
    for (const QJsonValue &e : listOf(c.arg(0)))
        if (!out.contains(e))
            out.append(e);
    return QJsonValue(out);
}

Result<QJsonValue> fIsEmpty(const FnCall &c)
{
    const QJsonValue &v = c.arg(0);
    return QJsonValue(isEmptyValue(v) || (v.isString() && v.toString().trimmed().isEmpty()));
}
Result<QJsonValue> fNotEmpty(const FnCall &c)
{
    const QJsonValue &v = c.arg(0);
    return QJsonValue(!(isEmptyValue(v) || (v.isString() && v.toString().trimmed().isEmpty())));
}
Result<QJsonValue> fNot(const FnCall &c)
{
    return QJsonValue(!toBool(c.arg(0)));
}
Result<QJsonValue> fBool(const FnCall &c)
{
    return QJsonValue(toBool(c.arg(0)));
}

Result<QJsonValue> fCase(const FnCall &c)
{
    // case(value, k1, v1, k2, v2, ..., [default])
    for (int i = 1; i + 1 < c.argc; i += 2)
        if (valuesEqual(c.arg(0), c.args[i]))
            return c.args[i + 1];
    if (c.argc % 2 == 0)
        return c.args[c.argc - 1];
    return QJsonValue(QJsonValue::Null);
}

Result<QJsonValue> fError(const FnCall &c)
{
    return Error::data(toText(c.arg(0)));
}

const FunctionSpec kNumbers[] = {
    {"number", 1, 2, ValueType::Number, "AN", fNumber, "number", "number(value, [whenEmpty])",
     "A number from text ('12.000' -> 12); empty gives null or whenEmpty; other text is an error.",
     "number(' 12.50 ') = 12.5"},
    {"int", 1, 1, ValueType::Number, "N", fInt, "number", "int(value)", "Drops the fraction (toward zero).",
     "int(3.9) = 3"},
    {"round", 1, 2, ValueType::Number, "NN", fRound, "number", "round(value, [decimals=0])",
     "Rounds half away from zero (money rounding).", "round(2.675, 2) = 2.68"},
    {"floor", 1, 1, ValueType::Number, "N", fFloor, "number", "floor(value)",
     "Largest whole number not above the value.", "floor(7.9) = 7"},
    {"ceil", 1, 1, ValueType::Number, "N", fCeil, "number", "ceil(value)",
     "Smallest whole number not below the value.", "ceil(7.1) = 8"},
    {"abs", 1, 1, ValueType::Number, "N", fAbs, "number", "abs(value)", "Absolute value.", "abs(-5) = 5"},
    {"min", 1, -1, ValueType::Number, "A", fMin, "number", "min(a, b, ... | list)",
     "Smallest number (empty values skipped).", "min(3, 1, 2) = 1"},
    {"max", 1, -1, ValueType::Number, "A", fMax, "number", "max(a, b, ... | list)",
     "Largest number; max(0, x) floors at zero.", "max(0, -4) = 0"},
    {"clamp", 3, 3, ValueType::Number, "NNN", fClamp, "number", "clamp(value, low, high)",
     "Keeps a value inside [low, high].", "clamp(120, 0, 99) = 99"},
    {"formatNumber", 1, 2, ValueType::Text, "NN", fFormatNumber, "number", "formatNumber(value, [decimals])",
     "Text with '.' decimals, fixed decimals when given (M3 format).", "formatNumber(16.5, 2) = '16.50'"},
    {"sum", 1, -1, ValueType::Number, "A", fSum, "list", "sum(list | a, b, ...)",
     "Sum of numbers (aggregation over a group or a path with [*]).",
     "sum($.OrderItemList[*].ItemQuantity) = 3"},
    {"avg", 1, -1, ValueType::Number, "A", fAvg, "list", "avg(list)",
     "Average of the numbers (empty values skipped).", "avg([1, 2, 3]) = 2"},
    {"count", 1, 1, ValueType::Number, "L", fCount, "list", "count(list)", "Number of elements.",
     "count($.ShipmentList) = 1"},
    {"first", 1, 1, ValueType::Any, "L", fFirst, "list", "first(list)", "First element, null when empty.",
     "first($.ShipmentList[*].ShipmentFirstName)"},
    {"last", 1, 1, ValueType::Any, "L", fLast, "list", "last(list)", "Last element.", "last([1, 2]) = 2"},
    {"at", 2, 2, ValueType::Any, "LN", fAt, "list", "at(list, index)",
     "Element at a 0-based index (negative from the end), null when out of range.",
     "at(['a','b'], -1) = 'b'"},
    {"pluck", 2, 2, ValueType::List, "LT", fPluck, "list", "pluck(list, field)",
     "The field of every object in the list.", "pluck($.balances, 'AV01')"},
    {"filterEq", 3, 3, ValueType::List, "LTA", fFilterEq, "list", "filterEq(list, field, value)",
     "Objects whose field equals the value.", "filterEq($.TransactionList, 'TransactionCaptured', 1)"},
    {"filterIn", 3, 3, ValueType::List, "LTA", fFilterIn, "list", "filterIn(list, field, values)",
     "Objects whose field is in a set (a list or '100,200' text) - a warehouse set.",
     "filterIn($.balances, 'WHLO', ['100','200'])"},
    {"inList", 2, -1, ValueType::Bool, "AA", fInList, "list", "inList(value, list | a, b, ...)",
     "True when the value is in the set.", "inList('NY', 'NY', 'NJ') = true"},
    {"distinct", 1, 1, ValueType::List, "L", fDistinct, "list", "distinct(list)",
     "Removes repeated elements.", "distinct([1,1,2]) = [1,2]"},
    {"isEmpty", 1, 1, ValueType::Bool, "A", fIsEmpty, "logic", "isEmpty(value)",
     "True for null, '', blanks only, or an empty list.", "isEmpty('  ') = true"},
    {"notEmpty", 1, 1, ValueType::Bool, "A", fNotEmpty, "logic", "notEmpty(value)",
     "The opposite of isEmpty.", "notEmpty($.BillingCompany)"},
    {"not", 1, 1, ValueType::Bool, "A", fNot, "logic", "not(value)",
     "Logical not (also written !x or not x).", "not(true) = false"},
    {"bool", 1, 1, ValueType::Bool, "A", fBool, "logic", "bool(value)",
     "True/false from 1/0, 'true'/'false', 'yes'/'no'.", "bool('1') = true"},
    {"case", 3, -1, ValueType::Any, "AA", fCase, "logic", "case(value, k1, v1, k2, v2, ..., [default])",
     "Small inline table: the v of the first k equal to the value.",
     "case($.ORST, '77', 'Invoiced', 'Open')"},
    // Special forms: evaluated lazily by the evaluator itself (listed here for the editor and the README).
    {"if", 2, 3, ValueType::Any, "BAA", nullptr, "logic", "if(condition, then, [else=null])",
     "Only the chosen branch is evaluated.", "if($.CustomerID == 0, $params.guestCustomer, $ctx.CUNO)"},
    {"coalesce", 1, -1, ValueType::Any, "A", nullptr, "logic", "coalesce(a, b, ...)",
     "The first value that is not empty (blank text counts as empty).",
     "coalesce(trim($.BillingCompany), fullName($.BillingFirstName, $.BillingLastName))"},
    {"map", 2, 2, ValueType::Any, "TA", nullptr, "table", "map('valueMap', value)",
     "Translates through a value map of the document; misses follow the map's onMissing.",
     "map('orderStatus', $.head.ORST)"},
    {"lookup", 2, 2, ValueType::Any, "TA", nullptr, "table", "lookup('lookup', key)",
     "Looks a key up in a lookup table (store-backed), with variant rules.", "lookup('itemBySku', @.ItemID)"},
    {"error", 1, 1, ValueType::Null, "T", fError, "logic", "error(message)",
     "Fails the mapping with a data error (inside if()).",
     "if(isEmpty($.BillingEmail), error('no e-mail'), $.BillingEmail)"},
};

} // namespace

std::span<const FunctionSpec> numberFunctions()
{
    return kNumbers;
}

} // namespace m3cart::mapping::functions
