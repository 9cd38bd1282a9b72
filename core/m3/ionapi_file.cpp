#include "ionapi_file.h"

#include <QFile>
#include <QJsonDocument>

namespace m3cart::m3 {

namespace {
const char *const kKnown[] = {"ti", "cn", "ci", "cs", "iu", "pu", "oa", "ot", "or", "saak", "sask"};
}

Result<IonApiFile> IonApiFile::parse(const QByteArray &json)
{
    QJsonParseError err;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &err);
    if (err.error != QJsonParseError::NoError || !doc.isObject())
        return Error::data(QStringLiteral(".ionapi file is not a JSON object (%1 at offset %2)")
                               .arg(err.errorString())
                               .arg(err.offset));
    const QJsonObject o = doc.object();
    IonApiFile f;
    auto str = [&](const char *k, const QString &fallback = {}) {
        const QString v = o.value(QLatin1String(k)).toString().trimmed();
        return v.isEmpty() ? fallback : v;
    };
    f.ti = str("ti");
    f.cn = str("cn");
    f.ci = str("ci");
    f.cs = str("cs");
    f.iu = str("iu");
    f.pu = str("pu");
    f.oa = str("oa", f.oa);
    f.ot = str("ot", f.ot);
    f.orPath = str("or", f.orPath);
    f.saak = str("saak");
    f.sask = str("sask");
    for (auto it = o.begin(); it != o.end(); ++it) {
        bool known = false;
        for (const char *k : kKnown)
            known = known || it.key() == QLatin1String(k);
        if (!known)
            f.extra.insert(it.key(), it.value());
    }
    QStringList missing;
    for (const auto &[name, value] : {std::pair{"ti", f.ti}, {"ci", f.ci}, {"cs", f.cs}, {"iu", f.iu}, {"pu", f.pu}})
        if (value.isEmpty())
            missing << QLatin1String(name);
    if (!missing.isEmpty())
        return Error::data(QStringLiteral(".ionapi file lacks %1").arg(missing.join(QStringLiteral(", "))));
    if (!f.pu.endsWith(QLatin1Char('/')))
        f.pu += QLatin1Char('/');
    for (const QString &u : {f.iu, f.pu}) {
        const QUrl url(u);
        if (!url.isValid() || url.scheme().isEmpty() || url.host().isEmpty())
            return Error::data(QStringLiteral(".ionapi file has a URL that is not usable: %1").arg(u));
    }
    return f;
}

Result<IonApiFile> IonApiFile::load(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error::data(QStringLiteral("cannot read %1: %2").arg(path, file.errorString()));
    auto f = parse(file.read(1 << 20));
    if (!f)
        return Error::data(QStringLiteral("%1: %2").arg(path, f.error().message));
    return f;
}

QUrl IonApiFile::apiBase() const
{
    QString base = iu;
    while (base.endsWith(QLatin1Char('/')))
        base.chop(1);
    return QUrl(base + QLatin1Char('/') + ti + QLatin1Char('/'));
}

QJsonObject IonApiFile::publicPart() const
{
    QJsonObject o = extra;
    o.insert(QStringLiteral("ti"), ti);
    o.insert(QStringLiteral("cn"), cn);
    o.insert(QStringLiteral("ci"), ci);
    o.insert(QStringLiteral("iu"), iu);
    o.insert(QStringLiteral("pu"), pu);
    o.insert(QStringLiteral("oa"), oa);
    o.insert(QStringLiteral("ot"), ot);
    o.insert(QStringLiteral("or"), orPath);
    return o;
}

IonApiFile IonApiFile::fromPublicPart(const QJsonObject &o)
{
    IonApiFile f;
    f.ti = o.value(QStringLiteral("ti")).toString();
    f.cn = o.value(QStringLiteral("cn")).toString();
    f.ci = o.value(QStringLiteral("ci")).toString();
    f.iu = o.value(QStringLiteral("iu")).toString();
    f.pu = o.value(QStringLiteral("pu")).toString();
    f.oa = o.value(QStringLiteral("oa")).toString(f.oa);
    f.ot = o.value(QStringLiteral("ot")).toString(f.ot);
    f.orPath = o.value(QStringLiteral("or")).toString(f.orPath);
    return f;
}

} // namespace m3cart::m3
