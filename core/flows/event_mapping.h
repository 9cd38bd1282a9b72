#pragma once
// Which mapping reads an event's payload, and how an event becomes that mapping's input as the flows build
// it: one place shared by the replay of past events and the console's "open in mapping editor".
//
// Only 3dcart webhooks carry their mapping's input (the whole order, customer or product). The M3 mappings
// (m3.item, m3.balance, m3.orderStatus ...) read M3 through MI calls while the flow runs; the BOD that
// started the flow carries none of it, so those events cannot be replayed or opened as samples.

#include "common/error.h"
#include "domain/event.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QMap>

namespace m3cart::flows {

struct OrderFlowOptions;

// The mapping source kind an event kind feeds: "cart.order" for cart.order.*, "cart.customer" for
// cart.customer.*, "cart.product" for cart.product.*; "" for anything else (BODs, polls, operator events).
QString sourceKindOfEvent(const QString &eventKind);
// Whether events carry a source kind's input (3dcart objects do; M3 data is read from M3 at run time).
bool eventsCarryInput(const QString &sourceKind);
// "" when events of this kind feed a mapping of sourceKind, else why not (for the replay's report).
QString notApplicableReason(const QString &eventKind, const QString &sourceKind);

// The mapping the flow applies to an event kind's payload: the order flow's order mapping for orders,
// "customer" for customers; "" when no mapping reads it.
QString mappingForEventKind(const QString &eventKind, const OrderFlowOptions &options);

struct MappingInput
{
    QJsonValue source;   // the object the mapping reads ($)
    QJsonObject context; // $ctx values the flow would pass
};

// The input as the flow builds it: a webhook array gives its first element (or the whole order the flow
// fetched, step "fetch", when the webhook had no lines); orders get ORNO "PENDING"
// (the temporary order number is not known before AddBatchHead) and the CUNO once the customer step ran.
// steps: the event's finished flow steps (FlowProgress), may be empty. Data error when the payload is not
// a JSON object or array of objects.
Result<MappingInput> mappingInputOf(const Event &event, const QMap<QString, QJsonObject> &steps = {});

} // namespace m3cart::flows
