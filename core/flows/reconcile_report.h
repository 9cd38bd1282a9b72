#pragma once
// 'm3cart reconcile': what does not agree between 3dcart and M3, each row with what to do. 3dcart orders since a
// date that are not in M3; M3 web orders with no 3dcart origin; orders whose 3dcart status is not what M3's
// status maps to; invoices whose payment was not posted; stock that differs by more than a threshold.

#include "cart/cart_client.h"
#include "common/error.h"
#include "m3/m3_client.h"

#include <QDateTime>
#include <QJsonObject>
#include <memory>

namespace m3cart {
class Store;

namespace flows {

struct ReconcileOptions
{
    double stockThreshold = 5; // units
    bool stock = true;         // the stock comparison reads the whole catalogue: off for a quick report
};

class ReconcileReport
{
public:
    ReconcileReport(std::shared_ptr<const Store> store, cart::CartConfig cart, m3::M3Config m3);
    // {"since", "counts": {kind: n}, "rows": [{"kind", "key", "cart", "m3", "action"}]}; kinds: missing_in_m3,
    // m3_without_origin, status_mismatch, payment_not_posted, stock_difference.
    Result<QJsonObject> run(const QDateTime &sinceUtc, const ReconcileOptions &options) const;

private:
    std::shared_ptr<const Store> m_store;
    cart::CartConfig m_cartConfig;
    m3::M3Config m_m3Config;
};

} // namespace flows
} // namespace m3cart
