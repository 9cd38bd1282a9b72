#pragma once
// Turns what arrives at the listener into events: a 3dcart webhook body (a JSON array of full objects, no
// envelope: the URL tells the event) and an ION BOD (OAGIS XML, raw or inside an IMS v2 message). Each gets
// its kind, ordering key and the key that recognises a second delivery. Pure functions, tested on their own.

#include "common/error.h"
#include "domain/event.h"

#include <QList>

namespace m3cart::ingest {

struct CartWebhookEvent
{
    const char *urlName; // as in /webhooks/3dcart/{urlName}
    const char *kind;    // event kind in the store
};

// order-new, order-status, customer-new, product-new, product-changed, product-deleted, product-stock.
const QList<CartWebhookEvent> &cartWebhookEvents();
const CartWebhookEvent *findCartWebhookEvent(const QString &urlName);

// One event per array element. Data error (naming the element and field) when the body is not usable.
Result<QList<NewEvent>> cartWebhookToEvents(const CartWebhookEvent &event, const QByteArray &body);

struct Bod
{
    QString rootName;   // "SyncSalesOrder"
    QString verb;       // "Sync"
    QString noun;       // "SalesOrder"
    QString bodId;
    QString documentId; // DataArea/<Noun>/…/DocumentID/ID, when there is one
    QString accountingEntity;
};

Result<Bod> parseBod(const QByteArray &xml);
// An IMS v2 message ({"documentName", "messageId", "document": {"value", "encoding"}}) → the BOD XML inside.
Result<QByteArray> unwrapImsMessage(const QByteArray &json);
NewEvent bodToEvent(const Bod &bod, const QByteArray &xml);

} // namespace m3cart::ingest
