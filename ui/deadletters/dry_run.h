#pragma once
// "Dry-run retry": the calls a retry of a dead letter would send, with its current (or an edited) payload,
// from the steps already done; reads go out for real, nothing is written anywhere. Orders only for now.

#include "common/error.h"
#include "domain/event.h"
#include "ui/syncs/api_configs.h"

#include <QJsonArray>
#include <memory>

namespace m3cart {
class Store;
namespace ui {

bool dryRunAvailable(const QString &kind);
// One line per call ("M3 OIS100MI/AddBatchHead", "3dcart PUT /Orders/47620"; reads marked), then the JSON.
QString describeCalls(const QJsonArray &calls);
// Blocking: call on a pool thread.
Result<QJsonArray> dryRunRetry(const std::shared_ptr<const Store> &store, const ApiConfigs &configs,
                               const Event &event);

} // namespace ui
} // namespace m3cart
