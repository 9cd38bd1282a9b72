#pragma once
// What a flow says to the other systems, in one place: every M3 transaction and 3dcart request goes through
// here, is written down in order (for the attempt record and for 'sync order --dry-run'), and in a dry run
// the writes are not sent. Reads always go out: they decide what would be written.

#include "cart/cart_client.h"
#include "common/error.h"
#include "m3/mi_result.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QStringList>

namespace m3cart {
namespace m3 {
class M3Client;
}

namespace flows {

class FlowIo
{
public:
    FlowIo(const cart::CartClient *cart, const m3::M3Client *m3, bool dryRun);

    bool dryRun() const { return m_dryRun; }

    // Null and undefined values in fields are left out (M3 reads an absent field as blank).
    Result<m3::MiResult> m3Read(const QString &program, const QString &transaction, const QJsonObject &fields);
    // In a dry run: recorded, not sent, and answered with an OK that has no records.
    Result<m3::MiResult> m3Write(const QString &program, const QString &transaction, const QJsonObject &fields);

    Result<QJsonObject> cartGetOne(const QString &path);
    // In a dry run: recorded, not sent, and answered with no per-record results.
    Result<QList<cart::WriteResult>> cartPut(const QString &path, const QJsonValue &body);

    // {"system":"m3","program","transaction","fields"[,"read":true]} and
    // {"system":"cart","method","path","body"[,"read":true]}, in the order they were made.
    const QJsonArray &calls() const { return m_calls; }
    int writes() const { return m_writes; }
    // One line per call, for the attempt record (never a secret: none is in a call).
    QString summary(int maxChars = 8000) const;

private:
    void recordM3(const QString &program, const QString &transaction, const QJsonObject &fields, bool read);
    void recordCart(const QString &method, const QString &path, const QJsonValue &body, bool read);

    const cart::CartClient *m_cart;
    const m3::M3Client *m_m3;
    bool m_dryRun;
    QJsonArray m_calls;
    QStringList m_lines;
    int m_writes = 0;
};

} // namespace flows
} // namespace m3cart
