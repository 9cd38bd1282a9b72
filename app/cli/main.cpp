// m3cart: the headless CLI over the same engine as the console. Links m3cart_core and m3cart_sandbox only.

#include "cli.h"

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("m3cart"));
    QCoreApplication::setOrganizationName(QStringLiteral("m3cart"));
    QCoreApplication::setApplicationVersion(QStringLiteral(M3CART_VERSION));
    return m3cart::cli::run(QCoreApplication::arguments());
}
