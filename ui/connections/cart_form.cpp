#include "cart_form.h"

#include "ui/session/console_session.h"
#include "ui/widgets/secret_field.h"

#include "config/connections.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QSpinBox>
#include <QTimeZone>
#include <QUrl>

namespace m3cart::ui {

CartForm::CartForm(ConsoleSession *session, QWidget *parent)
    : ConnectionForm(session, conn::cart(), config::cartSetting(), parent)
{
    m_secureUrl = new QLineEdit(this);
    m_secureUrl->setObjectName(QStringLiteral("secureUrl"));
    m_secureUrl->setPlaceholderText(QStringLiteral("https://yourstore.3dcartstores.com"));
    form()->addRow(tr("SecureURL:"), m_secureUrl);
    m_privateKey = addSecret(tr("PrivateKey:"), config::secret::CartPrivateKey);
    m_token = addSecret(tr("Token:"), config::secret::CartToken);
    m_bearer = addSecret(tr("OAuth token (optional):"), config::secret::CartBearer);
    m_baseUrl = new QLineEdit(this);
    m_baseUrl->setObjectName(QStringLiteral("baseUrl"));
    form()->addRow(tr("API host:"), m_baseUrl);
    m_version = new QComboBox(this);
    m_version->setObjectName(QStringLiteral("apiVersion"));
    m_version->addItem(tr("REST API v2"), 2);
    m_version->addItem(tr("REST API v1"), 1);
    form()->addRow(tr("API version:"), m_version);
    m_timeZone = new QComboBox(this);
    m_timeZone->setObjectName(QStringLiteral("timeZone"));
    m_timeZone->setEditable(true);
    for (const QByteArray &id : QTimeZone::availableTimeZoneIds())
        m_timeZone->addItem(QString::fromLatin1(id));
    m_timeZone->setToolTip(tr("3dcart reports order times in the store's local time without an offset."));
    form()->addRow(tr("Store time zone:"), m_timeZone);
    m_rate = new QDoubleSpinBox(this);
    m_rate->setObjectName(QStringLiteral("rate"));
    m_rate->setRange(0.1, 1000);
    m_rate->setDecimals(1);
    m_rate->setSuffix(tr(" requests/s"));
    form()->addRow(tr("Pacing:"), m_rate);
    m_concurrent = new QSpinBox(this);
    m_concurrent->setObjectName(QStringLiteral("concurrent"));
    m_concurrent->setRange(1, 64);
    form()->addRow(tr("At most at once:"), m_concurrent);
    load({});
}

void CartForm::load(const QJsonObject &setting)
{
    const cart::CartConfig c = config::cartFromSettings(setting);
    m_secureUrl->setText(c.secureUrl);
    m_baseUrl->setText(c.baseUrl.toString());
    m_version->setCurrentIndex(m_version->findData(c.apiVersion));
    m_timeZone->setCurrentText(QString::fromLatin1(c.timeZone));
    m_rate->setValue(c.pacing.ratePerSecond);
    m_concurrent->setValue(c.pacing.maxConcurrent);
}

QStringList CartForm::validate() const
{
    QStringList problems;
    const QUrl secure = QUrl::fromUserInput(m_secureUrl->text().trimmed());
    if (m_secureUrl->text().trimmed().isEmpty())
        problems << tr(
            "SecureURL is empty: it is your store's address, e.g. https://yourstore.3dcartstores.com.");
    else if (!secure.isValid() || secure.host().isEmpty())
        problems << tr("SecureURL '%1' is not a web address.").arg(m_secureUrl->text());
    const QUrl base(m_baseUrl->text().trimmed());
    if (!base.isValid() || base.host().isEmpty() ||
        (base.scheme() != QLatin1String("https") && base.scheme() != QLatin1String("http")))
        problems << tr("API host '%1' must be an http(s) address (normally https://apirest.3dcart.com).")
                        .arg(m_baseUrl->text());
    if (!m_privateKey->isStored() && m_privateKey->typedValue().isEmpty())
        problems << tr("PrivateKey is missing: copy it from your app in the 3dcart developer dashboard.");
    if (!m_token->isStored() && m_token->typedValue().isEmpty() && !m_bearer->isStored() &&
        m_bearer->typedValue().isEmpty())
        problems << tr("Token is missing: the store gives it when it authorises the app.");
    if (!QTimeZone(m_timeZone->currentText().toLatin1()).isValid())
        problems << tr("Time zone '%1' is unknown; pick one from the list.").arg(m_timeZone->currentText());
    return problems;
}

QJsonObject CartForm::plainSettings() const
{
    cart::CartConfig c;
    c.secureUrl = m_secureUrl->text().trimmed();
    c.baseUrl = QUrl(m_baseUrl->text().trimmed());
    c.apiVersion = m_version->currentData().toInt();
    c.timeZone = m_timeZone->currentText().toLatin1();
    c.pacing.ratePerSecond = m_rate->value();
    c.pacing.maxConcurrent = m_concurrent->value();
    c.timeoutMs = config::cartFromSettings(stored()).timeoutMs;
    return config::cartSettingsJson(c);
}

} // namespace m3cart::ui
