#include "connection_check.h"

#include "cart/cart_client.h"
#include "m3/m3_client.h"
#include "net/http_client.h"
#include "net/http_errors.h"

#include <QUrlQuery>

namespace m3cart::config {

Result<int> checkCart(const cart::CartConfig &config)
{
    const cart::CartClient client(config);
    auto statuses = client.get(QStringLiteral("OrderStatus"));
    if (!statuses)
        return statuses.error();
    return int(statuses->size());
}

Result<M3UserInfo> checkM3(const m3::M3Config &config)
{
    const m3::M3Client client(config);
    auto r = client.execute(QStringLiteral("GENERAL"), QStringLiteral("GetUserInfo"));
    if (!r)
        return r.error();
    if (r->records.isEmpty())
        return Error::data(QStringLiteral("GENERAL/GetUserInfo returned no record"));
    const m3::MiRecord &rec = r->records.first();
    return M3UserInfo{rec.value(QStringLiteral("ZZUSID")), rec.value(QStringLiteral("ZDCONO")),
                      rec.value(QStringLiteral("ZDDIVI"))};
}

Status checkListener(const QUrl &base, const QString &secret, int timeoutMs)
{
    if (!base.isValid() || base.host().isEmpty())
        return Error::data(QStringLiteral("the listener address '%1' is not a URL").arg(base.toString()));
    net::HttpRequest req;
    req.url = base.resolved(QUrl(QStringLiteral("/ion/ping")));
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("token"), QString::fromLatin1(QUrl::toPercentEncoding(secret)));
    req.url.setQuery(q);
    req.timeoutMs = timeoutMs;
    const net::HttpResponse resp = net::send(req);
    if (resp.status >= 200 && resp.status < 300)
        return ok();
    return net::classify(resp, QStringLiteral("listener"), net::textExcerpt(resp.body));
}

} // namespace m3cart::config
