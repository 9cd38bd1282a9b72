#pragma once
// Helpers shared by the cart simulator's route files: Json.NET-like value coercion and its error texts,
// request-body parsing with 3dcart's kind of errors, and 3dcart's query-string date formats.

#include "sim_http_server.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>

namespace m3cart::sandbox {
Q_DECLARE_LOGGING_CATEGORY(lcSandboxCart)
}

namespace m3cart::sandbox::cartjson {

// Json.NET converts numbers and numeric strings; anything else is a model-binding error.
bool toInt(const QJsonValue &v, qint64 *out);
bool toDecimal(const QJsonValue &v, double *out);
bool toBool(const QJsonValue &v, bool *out);
QString conversionError(const QJsonValue &v, const char *dotnetType, const QString &path);

// Parses a JSON body. On failure fills *error with the response to send (400 / 415).
bool parseBody(const HttpRequest &req, QJsonDocument *doc, HttpResponse *error);

// "mm/dd/yyyy[ hh:mm:ss]" (also ISO); invalid → null QDateTime. dateOnly drops the time part.
QDateTime parseQueryDate(const QString &text, bool dateOnly = false);
QDateTime parseStoreTime(const QString &text); // "yyyy-MM-ddTHH:mm:ss"

// Copies known fields from patch into target with type checks. kinds: 's' string, 'i' int, 'd' decimal,
// 'b' bool. Unknown fields are ignored (ASP.NET model binding). Returns false with *error on a bad type.
struct FieldSpec
{
    const char *name;
    char kind;
    int maxLength = 0;
};
bool applyFields(QJsonObject &target, const QJsonObject &patch, const FieldSpec *specs, int count,
                 const QString &pathPrefix, QString *error, QStringList *changed = nullptr);

// An OrderItem with every field present (strings empty, numbers zero).
QJsonObject emptyOrderItem();

} // namespace m3cart::sandbox::cartjson
