#pragma once
// Invoices and payments: for 3dcart orders that are in M3, the invoices M3 made (OIS350MI/LstInvHeadByCo)
// are recorded (number, date, amount) and reconciled with what 3dcart captured (the order's TransactionList:
// amount, method, gateway). Matched within a cent: the payment is posted in M3 as an ARS040MI payment batch
// (AddBatchHead, a line per captured transaction through the "invoice-payment" mapping, ControlBatch) and the
// invoice is noted on the 3dcart order. Mismatched or missing: flagged for review with both figures (and an
// alert). Each run is a "sync.payments" run; the invoices table keeps the outcome.

#include "cart/cart_client.h"
#include "common/error.h"
#include "m3/m3_client.h"

#include <QJsonObject>
#include <atomic>
#include <functional>
#include <memory>

namespace m3cart {
class Store;

namespace flows {

struct PaymentSyncOptions
{
    bool dryRun = false;
    int days = 30;            // orders that reached M3 in the last so many days
    // The rest come from the setting "flow.payments": {"compare": "net_of_tax" | "gross", "batch_type": "WEB",
    // "tolerance": 0.01}. [U] The order flow leaves sales tax to M3, so by default the captured amount less
    // 3dcart's sales tax is compared with M3's invoice amount; "gross" compares the captured amount itself.
    const std::atomic_bool *cancel = nullptr;
    std::function<void(const QString &)> progress;
};

struct PaymentSettings
{
    bool netOfTax = true;
    QString batchType = QStringLiteral("WEB"); // BOPE of the ARS040MI payment batch [U: a shop's own code]
    double tolerance = 0.01;
    static Result<PaymentSettings> fromJson(const QJsonObject &o);
};

class PaymentSync
{
public:
    PaymentSync(std::shared_ptr<const Store> store, cart::CartConfig cart, m3::M3Config m3);
    ~PaymentSync();
    // {"run_id", "dry_run", "status", "counts": {"orders", "invoices", "posted", "review", "settled_before"},
    //  "invoices": [{"ivno", "yea4", "orno", "cart_order_id", "amount", "captured", "method", "gateway_id",
    //                "status": "posted|review|would_post", "pbid", "message"}]}
    Result<QJsonObject> run(const PaymentSyncOptions &options);
    // The same for one order the moment M3 invoices it (the SalesOrder BOD at status 77); no run record.
    Result<QJsonObject> settleOrder(const QString &cartOrderId, const QString &orno);
    static QString runKind() { return QStringLiteral("sync.payments"); }

private:
    struct Impl;
    std::unique_ptr<Impl> d;
};

} // namespace flows
} // namespace m3cart
