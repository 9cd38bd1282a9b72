#include "m3_form.h"

#include "ui/session/console_session.h"
#include "ui/widgets/secret_field.h"

#include "config/connections.h"

#include <QComboBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QIntValidator>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace m3cart::ui {

namespace {
QLineEdit *codeEdit(const QString &name, int maxLength, QWidget *parent)
{
    auto *e = new QLineEdit(parent);
    e->setObjectName(name);
    e->setMaxLength(maxLength);
    return e;
}
} // namespace

M3Form::M3Form(ConsoleSession *session, QWidget *parent)
    : ConnectionForm(session, conn::m3(), config::m3Setting(), parent)
{
    m_mode = new QComboBox(this);
    m_mode->setObjectName(QStringLiteral("mode"));
    m_mode->addItem(tr("Infor CloudSuite (ION API gateway, .ionapi file)"), QStringLiteral("ionapi"));
    m_mode->addItem(tr("On premise (direct URL, user and password)"), QStringLiteral("direct"));
    form()->addRow(tr("Connect through:"), m_mode);

    auto *importRow = new QWidget(this);
    auto *ir = new QHBoxLayout(importRow);
    ir->setContentsMargins(0, 0, 0, 0);
    auto *importButton = new QPushButton(tr("Import .ionapi file…"), importRow);
    importButton->setObjectName(QStringLiteral("importIonapi"));
    ir->addWidget(importButton);
    ir->addStretch(1);
    form()->addRow(tr("Credentials file:"), importRow);
    m_ionSummary = new QLabel(this);
    m_ionSummary->setObjectName(QStringLiteral("ionapiSummary"));
    m_ionSummary->setWordWrap(true);
    m_ionSummary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    form()->addRow(tr("Tenant and endpoints:"), m_ionSummary);
    m_cs = addSecret(tr("Client secret:"), config::secret::M3ClientSecret);
    m_saak = addSecret(tr("Service account key:"), config::secret::M3Saak);
    m_sask = addSecret(tr("Service account secret:"), config::secret::M3Sask);

    m_baseUrl = new QLineEdit(this);
    m_baseUrl->setObjectName(QStringLiteral("baseUrl"));
    m_baseUrl->setPlaceholderText(QStringLiteral("https://m3.example.local:21108/"));
    form()->addRow(tr("M3 URL:"), m_baseUrl);
    m_user = new QLineEdit(this);
    m_user->setObjectName(QStringLiteral("user"));
    form()->addRow(tr("User:"), m_user);
    m_password = addSecret(tr("Password:"), config::secret::M3Password);

    m_cono = codeEdit(QStringLiteral("cono"), 3, this);
    m_cono->setValidator(new QIntValidator(0, 999, m_cono));
    m_cono->setPlaceholderText(tr("the user's default"));
    form()->addRow(tr("Company:"), m_cono);
    m_divi = codeEdit(QStringLiteral("divi"), 3, this);
    m_divi->setPlaceholderText(tr("the user's default"));
    form()->addRow(tr("Division:"), m_divi);
    m_faci = codeEdit(QStringLiteral("faci"), 3, this);
    form()->addRow(tr("Facility:"), m_faci);
    m_whlo = codeEdit(QStringLiteral("whlo"), 3, this);
    form()->addRow(tr("Warehouse:"), m_whlo);
    m_ortp = codeEdit(QStringLiteral("ortp"), 3, this);
    form()->addRow(tr("Order type:"), m_ortp);
    m_template = codeEdit(QStringLiteral("templateCustomer"), 10, this);
    m_template->setToolTip(tr("New web customers are created in M3 as copies of this customer."));
    form()->addRow(tr("Template customer:"), m_template);
    m_version = new QComboBox(this);
    m_version->setObjectName(QStringLiteral("apiVersion"));
    m_version->addItem(tr("MI REST v2"), 2);
    m_version->addItem(tr("MI REST v1"), 1);
    form()->addRow(tr("API version:"), m_version);

    connect(m_mode, &QComboBox::currentIndexChanged, this, &M3Form::updateMode);
    connect(importButton, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Import ION API credentials"), QString(),
                                                          tr("ION API files (*.ionapi);;All files (*)"));
        if (!path.isEmpty())
            importFile(path);
    });
    load({});
}

void M3Form::updateMode()
{
    const bool ion = m_mode->currentData().toString() == QLatin1String("ionapi");
    for (QWidget *w : std::initializer_list<QWidget *>{m_ionSummary, m_cs, m_saak, m_sask})
        form()->setRowVisible(w, ion);
    form()->setRowVisible(1, ion); // the import button row
    for (QWidget *w : std::initializer_list<QWidget *>{m_baseUrl, m_user, m_password})
        form()->setRowVisible(w, !ion);
}

void M3Form::showIonApi()
{
    if (m_ionapi.ti.isEmpty()) {
        m_ionSummary->setText(tr("No file imported yet. Download it in ION API > Authorized Apps (a backend "
                                 "service app) with a service account."));
        return;
    }
    m_ionSummary->setText(tr("Tenant %1, app \"%2\"\nGateway: %3\nToken: %4")
                              .arg(m_ionapi.ti, m_ionapi.cn, m_ionapi.iu, m_ionapi.tokenUrl().toString()));
}

void M3Form::load(const QJsonObject &setting)
{
    const m3::M3Config c = config::m3FromSettings(setting);
    m_mode->setCurrentIndex(c.mode == m3::M3Config::Mode::Direct ? 1 : 0);
    m_ionapi = c.ionapi;
    m_baseUrl->setText(c.directBaseUrl.toString());
    m_user->setText(c.user);
    m_cono->setText(c.cono >= 0 ? QString::number(c.cono) : QString());
    m_divi->setText(c.divi);
    m_faci->setText(setting.value(QStringLiteral("faci")).toString());
    m_whlo->setText(setting.value(QStringLiteral("whlo")).toString());
    m_ortp->setText(setting.value(QStringLiteral("ortp")).toString());
    m_template->setText(setting.value(QStringLiteral("template_customer")).toString());
    m_version->setCurrentIndex(m_version->findData(c.apiVersion));
    showIonApi();
    updateMode();
}

bool M3Form::importFile(const QString &path)
{
    auto file = m3::IonApiFile::load(path);
    if (!file) {
        showMessage(tr("Cannot use %1: %2").arg(path, file.error().message), true);
        return false;
    }
    m_mode->setCurrentIndex(0);
    m_ionapi = m3::IonApiFile::fromPublicPart(file->publicPart());
    showIonApi();
    m_cs->setTyped(file->cs);
    m_saak->setTyped(file->saak);
    m_sask->setTyped(file->sask);
    save();
    return true;
}

QStringList M3Form::validate() const
{
    QStringList problems;
    const auto missing = [](const SecretField *f) { return !f->isStored() && f->typedValue().isEmpty(); };
    if (m_mode->currentData().toString() == QLatin1String("ionapi")) {
        if (m_ionapi.ti.isEmpty() || m_ionapi.pu.isEmpty())
            problems << tr("Import the .ionapi file first (Import .ionapi file…).");
        if (missing(m_cs))
            problems << tr("The client secret is missing: import the .ionapi file again.");
        if (missing(m_saak) || missing(m_sask))
            problems << tr("The service account keys are missing: download the credentials with a service "
                           "account and import them again.");
    } else {
        const QUrl url(m_baseUrl->text().trimmed());
        if (!url.isValid() || url.host().isEmpty() ||
            (url.scheme() != QLatin1String("https") && url.scheme() != QLatin1String("http")))
            problems
                << tr("M3 URL '%1' must be an http(s) address with host and port.").arg(m_baseUrl->text());
        if (m_user->text().trimmed().isEmpty())
            problems << tr("The M3 user is missing.");
        if (missing(m_password))
            problems << tr("The password is missing.");
    }
    if (!m_template->text().isEmpty() && m_template->text().contains(QLatin1Char(' ')))
        problems << tr("The template customer number cannot contain spaces.");
    return problems;
}

QJsonObject M3Form::plainSettings() const
{
    m3::M3Config c = config::m3FromSettings(stored());
    c.mode = m_mode->currentData().toString() == QLatin1String("direct") ? m3::M3Config::Mode::Direct
                                                                         : m3::M3Config::Mode::IonApi;
    c.ionapi = m_ionapi;
    c.directBaseUrl = QUrl(m_baseUrl->text().trimmed());
    c.user = m_user->text().trimmed();
    c.apiVersion = m_version->currentData().toInt();
    c.cono = m_cono->text().isEmpty() ? -1 : m_cono->text().toInt();
    c.divi = m_divi->text().trimmed().toUpper();
    if (c.mode == m3::M3Config::Mode::IonApi && !stored().contains(QStringLiteral("grant")))
        c.grant = m3::TokenConfig::Grant::Password;
    QJsonObject o = config::m3SettingsJson(c);
    if (c.divi.isEmpty())
        o.remove(QStringLiteral("divi"));
    o.insert(QStringLiteral("faci"), m_faci->text().trimmed().toUpper());
    o.insert(QStringLiteral("whlo"), m_whlo->text().trimmed().toUpper());
    o.insert(QStringLiteral("ortp"), m_ortp->text().trimmed().toUpper());
    o.insert(QStringLiteral("template_customer"), m_template->text().trimmed().toUpper());
    return o;
}

} // namespace m3cart::ui
