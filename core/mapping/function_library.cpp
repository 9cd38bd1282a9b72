// The function library: every category's table, indexed by name once.

#include "functions_internal.h"

#include <QHash>

namespace m3cart::mapping {

namespace functions {

Error argError(const FnCall &c, const QString &message)
{
    return Error::data(
        QStringLiteral("%1(): %2")
            .arg(c.node && c.node->fn ? QLatin1String(c.node->fn->name) : QLatin1String("?"), message));
}

Result<double> numberArg(const FnCall &c, int i, const char *what)
{
    const auto n = toNumber(c.arg(i));
    if (!n)
        return argError(
            c,
            QStringLiteral("%1 must be a number, got %2").arg(QLatin1String(what), describeValue(c.arg(i))));
    return *n;
}

int intArg(const FnCall &c, int i, int fallback)
{
    if (i >= c.argc || isEmptyValue(c.arg(i)))
        return fallback;
    const auto n = toNumber(c.arg(i));
    return n ? int(*n) : fallback;
}

} // namespace functions

namespace {
struct Library
{
    QHash<QString, const FunctionSpec *> byName;
    QList<const FunctionSpec *> all;
    Library()
    {
        for (auto table : {functions::textFunctions(), functions::numberFunctions(),
                           functions::dateFunctions(), functions::geoFunctions()})
            for (const FunctionSpec &f : table) {
                byName.insert(QLatin1String(f.name), &f);
                all << &f;
            }
    }
};
const Library &library()
{
    static const Library lib;
    return lib;
}
} // namespace

const FunctionSpec *findFunction(const QString &name)
{
    return library().byName.value(name);
}
QList<const FunctionSpec *> allFunctions()
{
    return library().all;
}

} // namespace m3cart::mapping
