#pragma once
// What the mapping engine knows about the two systems' fields: MI transactions (M3) and 3dcart objects.
// FieldSet is one flat record layout (an MI input or output, or a 3dcart object); TargetSchema answers
// "which fields may a rule write, with which type, length and mandatory mark" and "does this source
// path exist". The M3 part comes from MiCatalogue (built-in JSON, or live MRS001MI metadata later).

#include "common/error.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>
#include <memory>

namespace m3cart::mapping {

struct PathStep;
class MiCatalogue;
class CartSchema;

enum class FieldKind { Unknown, Text, Number, Integer, Date, Bool, Object, Array };
QString fieldKindName(FieldKind k);

struct FieldSpec
{
    QString name;
    QString description;
    FieldKind kind = FieldKind::Unknown;
    QChar m3Type;      // 'A', 'N', 'D' for MI fields; null for 3dcart fields
    int maxLength = 0; // 0: no known limit
    bool mandatory = false;
    QString pattern; // allowed characters (3dcart ShipmentMethodName), a regex
    QString of;      // Object/Array: the element layout ("Shipment", "mi:OIS100MI/LstWarehBalance")
};

struct FieldSet
{
    QString key; // "OIS100MI/AddBatchLine", "Product"
    QString description;
    QList<FieldSpec> fields;
    QHash<QString, int> index;
    const FieldSpec *field(const QString &name) const
    {
        const auto it = index.constFind(name);
        return it == index.cend() ? nullptr : &fields.at(*it);
    }
    void add(FieldSpec f)
    {
        index.insert(f.name, int(fields.size()));
        fields << std::move(f);
    }
};

// A section's target: an MI transaction or a 3dcart object.
struct TargetRef
{
    enum class System { M3, Cart };
    System system = System::M3;
    QString program;     // M3
    QString transaction; // M3
    QString object;      // Cart: Order, Shipment, Product, AdvancedOption, Customer
    QString label() const
    {
        return system == System::M3 ? program + QLatin1Char('/') + transaction
                                    : QStringLiteral("3dcart ") + object;
    }
};

class TargetSchema
{
public:
    TargetSchema(std::shared_ptr<const MiCatalogue> m3, std::shared_ptr<const CartSchema> cart);
    // The built-in schema: resources/sandbox/m3_catalogue.json + resources/mappings/schema/cart_schema.json.
    static std::shared_ptr<const TargetSchema> builtIn();

    const MiCatalogue &m3() const { return *m_m3; }
    const CartSchema &cart() const { return *m_cart; }

    // Fields a section may write: MI inputs, or the 3dcart object's fields. nullptr when unknown.
    const FieldSet *targetFields(const TargetRef &target) const;
    // A target field by name; for 3dcart, dotted names walk nested objects ("SKUInfo.Stock").
    const FieldSpec *targetField(const TargetRef &target, const QString &name) const;

    QStringList sourceKinds() const;
    bool knowsSourceKind(const QString &kind) const;
    const FieldSet *sourceRoot(const QString &kind) const;
    const FieldSet *objectFor(const QString &of) const; // "Shipment" or "mi:PGM/TXN" (outputs)

    struct PathInfo
    {
        bool known = true; // false: the path names a field the source does not have
        QString message;
        FieldKind kind = FieldKind::Unknown;
        const FieldSpec *spec = nullptr;
    };
    // Walks the steps from the source kind's root (unknown kinds: known=true, kind Unknown).
    PathInfo checkSourcePath(const QString &kind, const QList<PathStep> &steps) const;

private:
    std::shared_ptr<const MiCatalogue> m_m3;
    std::shared_ptr<const CartSchema> m_cart;
};

} // namespace m3cart::mapping
