// m3cart-console: the desktop console. Thin: parses options, opens the store, shows the main window.

#include "store/store.h"
#include "ui/main_window.h"
#include "ui/settings/settings_page.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QTimer>
#include <QTranslator>
#include <cstdio>

using namespace m3cart;

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("m3cart"));
    QApplication::setOrganizationName(QStringLiteral("m3cart"));
    QApplication::setApplicationVersion(QStringLiteral(M3CART_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "m3cart console: 3dcart ↔ Infor M3"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption storeOpt(QStringLiteral("store"), QApplication::translate("main", "Store file."),
                                      QStringLiteral("PATH"));
    const QCommandLineOption sandboxOpt(QStringLiteral("sandbox"),
                                        QApplication::translate("main", "Run against the local simulators."));
    const QCommandLineOption langOpt(QStringLiteral("lang"), QApplication::translate("main", "en, de or sv."),
                                     QStringLiteral("LANG"));
    const QCommandLineOption shotOpt(QStringLiteral("screenshot"),
                                     QApplication::translate("main", "Render one page to a PNG and exit."),
                                     QStringLiteral("FILE.png"));
    const QCommandLineOption pageOpt(QStringLiteral("page"), QApplication::translate("main", "Page to show."),
                                     QStringLiteral("NAME"));
    parser.addOptions({storeOpt, sandboxOpt, langOpt, shotOpt, pageOpt});
    if (!parser.parse(QApplication::arguments())) {
        std::fprintf(stderr, "m3cart-console: %s\n", qPrintable(parser.errorText()));
        return 2;
    }
    if (parser.isSet(QStringLiteral("help")))
        parser.showHelp(0);
    if (parser.isSet(QStringLiteral("version")))
        parser.showVersion();

    QString lang = parser.value(langOpt);
    if (!parser.isSet(langOpt)) {
        lang = QSettings().value(ui::SettingsPage::languageSetting()).toString(); // chosen in Settings
        if (lang != QLatin1String("en") && lang != QLatin1String("de") && lang != QLatin1String("sv"))
            lang.clear(); // unknown or "system default"
    }
    if (!lang.isEmpty() && lang != QLatin1String("en") && lang != QLatin1String("de") &&
        lang != QLatin1String("sv")) {
        std::fprintf(stderr, "m3cart-console: --lang must be en, de or sv (got '%s')\n", qPrintable(lang));
        return 2;
    }
    const QLocale locale = lang.isEmpty() ? QLocale() : QLocale(lang);
    QLocale::setDefault(locale);
    QTranslator ours, qt;
    if (ours.load(locale, QStringLiteral("m3cart"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QApplication::installTranslator(&ours);
    if (qt.load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QApplication::installTranslator(&qt);

    const QStringList pages = ui::MainWindow::pageNames();
    const QString page = parser.value(pageOpt);
    if (!page.isEmpty() && !pages.contains(page)) {
        std::fprintf(stderr, "m3cart-console: unknown page '%s'; pages: %s\n", qPrintable(page),
                     qPrintable(pages.join(QStringLiteral(", "))));
        return 2;
    }

    auto store = Store::open(Store::defaultPath(parser.value(storeOpt)));
    if (!store) {
        std::fprintf(stderr, "m3cart-console: %s\n", qPrintable(store.error().message));
        return 1;
    }

    // The engine (and with --sandbox the simulators) run in-process on worker threads.
    ui::MainWindow window(store.value());
    window.start(parser.isSet(sandboxOpt));
    if (!page.isEmpty())
        window.showPage(page);
    window.resize(1100, 700);
    window.show();

    const QString shot = parser.value(shotOpt);
    if (!shot.isEmpty()) {
        // Give the first background reads (dashboard, forms, sandbox start) time to land, then render and
        // leave.
        QTimer::singleShot(parser.isSet(sandboxOpt) ? 2500 : 900, &window, [&window, shot] {
            const bool saved = window.grab().save(shot);
            if (!saved)
                std::fprintf(stderr, "m3cart-console: cannot write %s\n", qPrintable(shot));
            QApplication::exit(saved ? 0 : 1);
        });
    }
    return QApplication::exec();
}
