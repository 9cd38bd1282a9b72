#pragma once
// The M3 MI REST client: through the ION API gateway (OAuth bearer from a .ionapi file) or directly on
// premise (Basic auth). execute() for v2 (default) and v1, executeBulk() for v2 bulk; NOKs become data errors
// carrying M3's code and field. A 401 through the gateway renews the token once and retries. Blocking: worker
// threads and the CLI only.

#include "common/error.h"
#include "m3/ionapi_file.h"
#include "m3/mi_result.h"
#include "m3/token_provider.h"
#include "net/pacer.h"

#include <QUrl>
#include <memory>

namespace m3cart::m3 {

struct M3Config
{
    enum class Mode { IonApi, Direct };
    Mode mode = Mode::IonApi;
    IonApiFile ionapi; // with cs/saak/sask filled from the SecretStore
    TokenConfig::Grant grant = TokenConfig::Grant::Password;
    QUrl directBaseUrl; // on premise: https://host:port/  (m3api-rest/ is appended)
    QString user;
    QString password;   // secret
    int apiVersion = 2; // 1 or 2
    int cono = -1;      // -1: the user's default company
    QString divi;       // null: the user's default division
    int timeoutMs = 60000;
    int bulkChunk = 80; // transactions per bulk POST (large bulks time out at the gateway)
    net::Pacer::Options pacing{20.0, 10, 4, 0.5, 0.5, 60'000};

    QUrl restBase() const; // .../m3api-rest/
};

struct ExecOptions
{
    int maxrecs = -1;        // -1: not sent (server default); 0: all
    QStringList returncols;  // output fields to return
    int cono = -2;           // -2: from the config
    QString divi;            // null: from the config
    int apiVersion = 0;      // 0: from the config
    bool metadata = false;   // v1 only
};

struct BulkItem
{
    QString transaction;
    MiFields record;
    QStringList selectedColumns;
};

class M3Client
{
public:
    explicit M3Client(M3Config config);
    const M3Config &config() const { return m_config; }
    net::Pacer &pacer() const { return *m_pacer; }
    int tokenFetches() const; // 0 in direct mode

    Result<MiResult> execute(const QString &program, const QString &transaction, const MiFields &fields = {},
                             const ExecOptions &options = {}) const;
    // A write that must not run twice: in v2 sent as a bulk POST of one, because Qt resends a GET (v2's single
    // call) by itself when the connection drops before the answer, and M3 would then do the write again. v1
    // has only GET.
    Result<MiResult> executeOnce(const QString &program, const QString &transaction, const MiFields &fields = {}) const;
    // Several transactions of one program; results index-aligned with items. An error is returned only when
    // the request as a whole failed.
    Result<QList<Result<MiResult>>> executeBulk(const QString &program, const QList<BulkItem> &items,
                                                const ExecOptions &options = {}) const;
    // MRS001MI/LstFields for a transaction (direction 'I' or 'O'), cached for the client's life.
    Result<QList<MiField>> fields(const QString &program, const QString &transaction, QChar direction = u'I') const;

    QString describe() const; // for logs: no secrets

private:
    struct Shared;
    Result<QByteArray> send(const QByteArray &method, const QUrl &url, const QByteArray &body, int *status) const;
    QUrl executeUrl(const QString &program, const QString &transaction, const MiFields &fields,
                    const ExecOptions &o, int version) const;

    M3Config m_config;
    std::shared_ptr<net::Pacer> m_pacer;
    std::shared_ptr<TokenProvider> m_tokens;
    std::shared_ptr<Shared> m_shared;
};

} // namespace m3cart::m3
