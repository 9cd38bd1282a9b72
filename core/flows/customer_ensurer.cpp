#include "customer_ensurer.h"

#include "engine/flow.h"
#include "flows/flow_io.h"
#include "flows/mapping_cache.h"
#include "m3/m3_client.h"
#include "mapping/compiled_mapping.h"
#include "mapping/lookup_source.h"
#include "store/alert_log.h"
#include "store/xref_repository.h"

namespace m3cart::flows {

namespace {
const QString kStep = QStringLiteral("customer");
const QString kCuno = QStringLiteral("CUNO");
} // namespace

CustomerEnsurer::CustomerEnsurer(FlowIo &io, FlowContext &ctx, const MappingCache &mappings,
                                 const OrderFlowOptions &options)
    : m_io(io), m_ctx(ctx), m_mappings(mappings), m_options(options)
{
}

Result<QString> CustomerEnsurer::record(const QString &cuno, const QString &how)
{
    if (const Status s = m_ctx.markDone(kStep, {{kCuno, cuno}, {QStringLiteral("how"), how}}); !s)
        return s.error();
    return cuno;
}

void CustomerEnsurer::alert(const QString &severity, const QString &message)
{
    if (!m_io.dryRun())
        AlertLog(m_ctx.store()).raise(severity, QStringLiteral("customers"), message);
}

Result<bool> CustomerEnsurer::exists(const QString &cuno, QString *stat)
{
    auto got = m_io.m3Read(QStringLiteral("CRS610MI"), QStringLiteral("GetBasicData"), {{kCuno, cuno}});
    if (got) {
        *stat = got->records.value(0).value(QStringLiteral("STAT"));
        return true;
    }
    if (got.error().errorClass == ErrorClass::Data && got.error().field == kCuno)
        return false; // "Customer number ... does not exist"
    return got.error();
}

Result<QString> CustomerEnsurer::findByEmail(const QString &email, QString *stat)
{
    auto found = m_io.m3Read(QStringLiteral("CRS610MI"), QStringLiteral("SearchCustomer"),
                             {{QStringLiteral("SQRY"), QStringLiteral("MAIL:\"%1\"").arg(email)}});
    if (!found) {
        if (found.error().errorClass == ErrorClass::Data)
            return QString(); // no hit is a NOK on some M3 versions
        return found.error();
    }
    // The search is fuzzy on some fields: only an exact address counts.
    for (const m3::MiRecord &r : found->records)
        if (r.value(QStringLiteral("MAIL")).compare(email, Qt::CaseInsensitive) == 0 && !r.value(kCuno).isEmpty()) {
            *stat = r.value(QStringLiteral("STAT"));
            return r.value(kCuno);
        }
    return QString();
}

Result<QString> CustomerEnsurer::blocked(const CustomerRequest &request, const QString &cuno, const QString &stat)
{
    const QString what = QStringLiteral("M3 customer %1 (3dcart customer %2, order %3) has status %4, not 20 (definite)")
                             .arg(cuno, request.cartCustomerId.isEmpty() ? QStringLiteral("guest") : request.cartCustomerId,
                                  request.orderId.isEmpty() ? QStringLiteral("-") : request.orderId, stat);
    if (m_options.blocked == OrderFlowOptions::Blocked::Generic && !request.genericCuno.isEmpty()) {
        alert(QStringLiteral("warning"), what + QStringLiteral(": the order went to the generic customer %1; review the customer in CRS610")
                                                   .arg(request.genericCuno));
        return record(request.genericCuno, QStringLiteral("blocked, generic"));
    }
    alert(QStringLiteral("error"), what + QStringLiteral(": review the customer in CRS610, then retry the dead letter"));
    Error e = Error::data(what + QStringLiteral(": review the customer in CRS610"));
    e.field = kCuno;
    return e;
}

Result<QString> CustomerEnsurer::ensure(const CustomerRequest &request)
{
    if (m_ctx.isDone(kStep))
        return m_ctx.stepResult(kStep).value(kCuno).toString();

    const bool guest = request.cartCustomerId.isEmpty() || request.cartCustomerId == QLatin1String("0");
    if (guest && m_options.guest == OrderFlowOptions::Guest::Generic)
        return record(request.genericCuno, QStringLiteral("guest"));

    // A guest with a customer of their own is numbered after the order ("G" + order id) and found again by e-mail.
    QJsonObject source = request.source;
    mapping::EvalOptions eo;
    if (guest) {
        source.insert(QStringLiteral("CustomerID"), request.orderId.toLongLong());
        eo.params.insert(QStringLiteral("customerPrefix"), QStringLiteral("G"));
    }
    auto compiled = m_mappings.get(request.mapping);
    if (!compiled)
        return compiled.error();
    mapping::StoreLookupSource lookups(m_ctx.store());
    eo.lookups = &lookups;
    auto out = compiled.value()->evaluate(source, eo);
    if (!out)
        return out.error();
    const mapping::MappedSection *section = out->section(kStep);
    if (!section || section->skipped || section->records.isEmpty())
        return record(request.genericCuno, QStringLiteral("mapping skipped"));
    const QJsonObject add = section->records.first();
    const QString wanted = add.value(kCuno).toString();
    const QString email = add.value(QStringLiteral("MAIL")).toString().trimmed().toLower();
    if (wanted.isEmpty()) {
        Error e = Error::data(QStringLiteral("mapping %1 gave no customer number (CUNO)").arg(request.mapping));
        e.field = kCuno;
        return e;
    }
    const QString xrefKey = guest ? QStringLiteral("guest:") + email : request.cartCustomerId;
    const bool useXref = !guest || !email.isEmpty();

    XrefRepository xref(m_ctx.store());
    if (useXref) {
        auto known = xref.m3Id(kStep, xrefKey);
        if (!known)
            return known.error();
        if (known->has_value())
            return record(known->value(), QStringLiteral("xref"));
    }

    QString cuno = wanted, stat, how = QStringLiteral("found");
    auto present = exists(wanted, &stat);
    if (!present)
        return present.error();
    if (!present.value() && m_options.matchByEmail && !email.isEmpty()) {
        auto byMail = findByEmail(email, &stat);
        if (!byMail)
            return byMail.error();
        if (!byMail->isEmpty()) {
            cuno = byMail.value();
            how = QStringLiteral("e-mail");
        }
    }
    if (!present.value() && how != QLatin1String("e-mail")) {
        auto added = m_io.m3Write(QStringLiteral("CRS610MI"), QStringLiteral("Add"), add);
        if (!added) {
            // Added by an interrupted earlier try? Then it is there now.
            auto again = exists(wanted, &stat);
            if (!again || !again.value())
                return added.error();
        }
        how = QStringLiteral("added");
        stat.clear(); // created from the template: its status is the template's business
    }
    if (!stat.isEmpty() && stat != QLatin1String("20"))
        return blocked(request, cuno, stat);
    if (useXref && !m_io.dryRun())
        if (const Status s = xref.put(kStep, xrefKey, cuno); !s)
            return s.error();
    return record(cuno, how);
}

} // namespace m3cart::flows
