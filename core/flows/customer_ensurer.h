#pragma once
// The M3 customer for a 3dcart customer, created only when it is nowhere to be found: the xref, then the
// deterministic number the mapping gives (CRS610MI GetBasicData), then the same e-mail address
// (CRS610MI SearchCustomer), else CRS610MI Add from the mapped record (a template customer). Guests and
// blocked customers follow the shop's settings. Shared by the order flow and the Customer New flow.

#include "common/error.h"
#include "flows/order_flow_options.h"

#include <QJsonObject>

namespace m3cart {
class FlowContext;

namespace flows {

class FlowIo;
class MappingCache;

struct CustomerRequest
{
    QJsonObject source;     // the 3dcart order or customer the mapping reads
    QString cartCustomerId; // empty or "0": a guest checkout
    QString mapping;        // a mapping with a "customer" section (CRS610MI Add)
    QString genericCuno;    // the generic web customer (guests, and blocked customers when so set)
    QString orderId;        // for guests who get their own customer, and for messages
};

class CustomerEnsurer
{
public:
    CustomerEnsurer(FlowIo &io, FlowContext &ctx, const MappingCache &mappings, const OrderFlowOptions &options);
    // The CUNO; recorded as the step "customer" (with how it was found) so a retry does not ask again.
    Result<QString> ensure(const CustomerRequest &request);

private:
    Result<QString> record(const QString &cuno, const QString &how);
    Result<QString> blocked(const CustomerRequest &request, const QString &cuno, const QString &stat);
    Result<bool> exists(const QString &cuno, QString *stat);
    Result<QString> findByEmail(const QString &email, QString *stat);
    void alert(const QString &severity, const QString &message);

    FlowIo &m_io;
    FlowContext &m_ctx;
    const MappingCache &m_mappings;
    const OrderFlowOptions &m_options;
};

} // namespace flows
} // namespace m3cart
