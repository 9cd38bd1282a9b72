// Customers of the 3dcart simulator.

#include "cart_json.h"
#include "cart_simulator.h"

#include <QCryptographicHash>

namespace m3cart::sandbox {

using namespace cartjson;

namespace {

const FieldSpec kCustomerFields[] = {
    {"Email", 's', 100},
    {"BillingCompany", 's', 200},
    {"BillingFirstName", 's', 50},
    {"BillingLastName", 's', 50},
    {"BillingAddress1", 's', 255},
    {"BillingAddress2", 's', 50},
    {"BillingCity", 's', 50},
    {"BillingState", 's', 50},
    {"BillingZipCode", 's', 20},
    {"BillingCountry", 's', 50},
    {"BillingPhoneNumber", 's', 50},
    {"BillingTaxID", 's', 50},
    {"ShippingCompany", 's', 200},
    {"ShippingFirstName", 's', 50},
    {"ShippingLastName", 's', 50},
    {"ShippingAddress1", 's', 255},
    {"ShippingAddress2", 's', 50},
    {"ShippingCity", 's', 50},
    {"ShippingState", 's', 50},
    {"ShippingZipCode", 's', 20},
    {"ShippingCountry", 's', 50},
    {"ShippingPhoneNumber", 's', 50},
    {"ShippingAddressType", 'i'},
    {"CustomerGroupID", 'i'},
    {"Enabled", 'b'},
    {"MailList", 'b'},
    {"NonTaxable", 'b'},
    {"DisableBillingSameAsShipping", 'b'},
    {"Comments", 's'},
    {"AdditionalField1", 's', 50},
    {"AdditionalField2", 's', 50},
    {"AdditionalField3", 's', 50},
    {"TotalStoreCredit", 'd'},
    {"ResetPassword", 'b'},
};

QString passwordHash(const QString &password)
{
    return QString::fromLatin1(QCryptographicHash::hash(password.toUtf8(), QCryptographicHash::Md5).toHex());
}

} // namespace

QJsonObject CartSimulator::makeCustomer(const SeedCustomer &c) const
{
    QJsonObject o;
    o[QStringLiteral("CustomerID")] = c.id;
    o[QStringLiteral("Email")] = c.email;
    o[QStringLiteral("Password")] = passwordHash(c.email);
    const char *const prefixes[] = {"Billing", "Shipping"};
    for (const char *pre : prefixes) {
        const QString p = QLatin1String(pre);
        o[p + QStringLiteral("Company")] = c.company;
        o[p + QStringLiteral("FirstName")] = c.firstName;
        o[p + QStringLiteral("LastName")] = c.lastName;
        o[p + QStringLiteral("Address1")] = c.address;
        o[p + QStringLiteral("Address2")] = QString();
        o[p + QStringLiteral("City")] = c.city;
        o[p + QStringLiteral("State")] = c.state;
        o[p + QStringLiteral("ZipCode")] = c.zip;
        o[p + QStringLiteral("Country")] = c.country;
        o[p + QStringLiteral("PhoneNumber")] = c.phone;
    }
    o[QStringLiteral("BillingTaxID")] = QJsonValue::Null;
    o[QStringLiteral("ShippingAddressType")] = 0;
    o[QStringLiteral("CustomerGroupID")] = 0;
    o[QStringLiteral("Enabled")] = true;
    o[QStringLiteral("MailList")] = false;
    o[QStringLiteral("NonTaxable")] = false;
    o[QStringLiteral("DisableBillingSameAsShipping")] = false;
    o[QStringLiteral("Comments")] = QString();
    o[QStringLiteral("AdditionalField1")] = QString();
    o[QStringLiteral("AdditionalField2")] = QString();
    o[QStringLiteral("AdditionalField3")] = QString();
    o[QStringLiteral("TotalStoreCredit")] = 0.0;
    o[QStringLiteral("ResetPassword")] = false;
    return o;
}

bool CartSimulator::applyCustomerUpdate(QJsonObject &customer, const QJsonObject &patch, bool creating,
                                        QString *error)
{
    QJsonObject c = customer;
    if (!applyFields(c, patch, kCustomerFields, int(std::size(kCustomerFields)), QString(), error))
        return false;
    if (patch.contains(QStringLiteral("Password"))) {
        const QJsonValue pw = patch.value(QStringLiteral("Password"));
        if (!pw.isString() || pw.toString().size() > 50) {
            *error = QStringLiteral("Password is invalid (a string of at most 50 characters).");
            return false;
        }
        c[QStringLiteral("Password")] = passwordHash(pw.toString());
    } else if (creating) {
        *error = QStringLiteral("The Password field is required.");
        return false;
    }
    const QString email = c.value(QStringLiteral("Email")).toString().trimmed();
    if (email.isEmpty()) {
        *error = QStringLiteral("The Email field is required.");
        return false;
    }
    if (!email.contains(QLatin1Char('@'))) {
        *error = QStringLiteral("The Email field is not a valid e-mail address.");
        return false;
    }
    for (const QJsonObject &other : m_customers)
        if (other.value(QStringLiteral("CustomerID")) != c.value(QStringLiteral("CustomerID")) &&
            other.value(QStringLiteral("Email")).toString().compare(email, Qt::CaseInsensitive) == 0) {
            *error = QStringLiteral("A customer with the e-mail %1 already exists.").arg(email);
            return false;
        }
    customer = c;
    return true;
}

HttpResponse CartSimulator::customersRoute(const HttpRequest &req, const QStringList &segs)
{
    QJsonDocument doc;
    HttpResponse err;
    if (segs.isEmpty()) {
        if (req.method == "GET") {
            static const char *const filters[][2] = {{"email", "Email"},
                                                     {"firstname", "BillingFirstName"},
                                                     {"lastname", "BillingLastName"},
                                                     {"city", "BillingCity"},
                                                     {"state", "BillingState"},
                                                     {"country", "BillingCountry"},
                                                     {"phone", "BillingPhoneNumber"}};
            QList<QJsonObject> rows;
            for (const QJsonObject &c : m_customers) {
                bool keep = true;
                for (const auto &f : filters) {
                    const QString v = req.queryValue(QLatin1String(f[0]));
                    if (!v.isEmpty() &&
                        c.value(QLatin1String(f[1])).toString().compare(v, Qt::CaseInsensitive) != 0)
                        keep = false;
                }
                if (keep)
                    rows.append(c);
            }
            return list(req, rows, 500);
        }
        if (req.method == "POST" || req.method == "PUT") {
            if (!parseBody(req, &doc, &err))
                return err;
            const QJsonArray arr = doc.isArray() ? doc.array() : QJsonArray{doc.object()};
            if (arr.size() > 100)
                return error(400, QStringLiteral("The maximum number of records per request is 100."));
            QJsonArray results;
            const bool creating = req.method == "POST";
            for (const QJsonValue &v : arr) {
                const QJsonObject patch = v.toObject();
                QString e;
                if (creating) {
                    QJsonObject c{{QStringLiteral("CustomerID"), m_nextCustomerId}};
                    SeedCustomer blank;
                    blank.id = m_nextCustomerId;
                    c = makeCustomer(blank);
                    c[QStringLiteral("Email")] = QString();
                    if (!applyCustomerUpdate(c, patch, true, &e)) {
                        if (arr.size() == 1)
                            return error(400, e);
                        results.append(result(QStringLiteral("CustomerID"), QString(), 400, e)[0]);
                        continue;
                    }
                    m_customers.insert(m_nextCustomerId, c);
                    results.append(result(QStringLiteral("CustomerID"), QString::number(m_nextCustomerId),
                                          201, QStringLiteral("Created successfully"))[0]);
                    ++m_nextCustomerId;
                    fireWebhook(CustomerNew, c);
                } else {
                    qint64 id = 0;
                    if (!toInt(patch.value(QStringLiteral("CustomerID")), &id) ||
                        !m_customers.contains(int(id))) {
                        results.append(result(QStringLiteral("CustomerID"), QString::number(id), 404,
                                              QStringLiteral("Customer not found"))[0]);
                        continue;
                    }
                    if (!applyCustomerUpdate(m_customers[int(id)], patch, false, &e))
                        results.append(result(QStringLiteral("CustomerID"), QString::number(id), 400, e)[0]);
                    else
                        results.append(result(QStringLiteral("CustomerID"), QString::number(id), 200,
                                              QStringLiteral("updated successfully"))[0]);
                }
            }
            return HttpResponse::json(results, creating ? 201 : 200);
        }
        return HttpResponse::raw(405, {}, {});
    }
    bool ok = false;
    const int id = segs[0].toInt(&ok);
    if (!ok || !m_customers.contains(id) || segs.size() > 1)
        return error(404, QStringLiteral("No records found"));
    if (req.method == "GET")
        return rows({m_customers.value(id)});
    if (req.method == "DELETE") {
        m_customers.remove(id);
        return HttpResponse::json(result(QStringLiteral("CustomerID"), QString::number(id), 200,
                                         QStringLiteral("deleted successfully")));
    }
    if (req.method == "PUT") {
        if (!parseBody(req, &doc, &err))
            return err;
        if (!doc.isObject())
            return error(400, QStringLiteral("The request is invalid. Expected a Customer object."));
        QString e;
        if (!applyCustomerUpdate(m_customers[id], doc.object(), false, &e))
            return error(400, e);
        return HttpResponse::json(result(QStringLiteral("CustomerID"), QString::number(id), 200,
                                         QStringLiteral("updated successfully")));
    }
    return HttpResponse::raw(405, {}, {});
}

} // namespace m3cart::sandbox
