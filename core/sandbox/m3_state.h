#pragma once
// The M3 simulator's business state: company/division, customers, e-mail addresses, items, warehouse
// balances (STQT, ALQT, REQT → AV01/AV02), batch orders, customer orders with line statuses, deliveries,
// invoices and payment batches. Plain data; the M3Simulator's transactions read and change it.

#include "seed_data.h"

#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>

namespace m3cart::sandbox {

using MiRecord = QMap<QString, QString>;

struct M3Balance
{
    double stqt = 0; // on-hand approved
    double alqt = 0; // allocated
    double reqt = 0; // reserved
    double plqt = 0; // on picking list
    qint64 lmts = 0; // change timestamp, epoch ms
    QString lmdt;    // change date YYYYMMDD
    QString iddt;    // last receipt
    QString oddt;    // last issue
    double av01() const { return stqt - alqt; }
    double av02() const { return stqt - reqt; }
};

struct M3BatchOrder
{
    QString orno; // temporary number
    MiRecord head;
    QList<MiRecord> addresses;
    QList<MiRecord> lines;
    QList<MiRecord> texts;
    QString stat = QStringLiteral("20"); // OIS275 batch status
    QString finalOrno;
    QList<MiRecord> errors; // LEVL, MSID, TX60, MDTA
};

struct M3OrderLine
{
    int ponr = 0;
    int posx = 0;
    QString itno;
    QString itds;
    QString whlo;
    QString orst = QStringLiteral("22");
    double orqt = 0;
    double sapr = 0;
    double dip1 = 0;
    double alqt = 0;
    double dlqt = 0;
    double ivqt = 0;
    QString dwdt;
    QString cupo;
};

struct M3Order
{
    QString orno;
    QString tempOrno;
    MiRecord head; // CUNO, CUOR, YREF, ORTP, ORDT, RLDT, WHLO, FACI, MODL, TEDL, TEPY, CUCD, ...
    QList<M3OrderLine> lines;
    QList<MiRecord> addresses;
    QList<MiRecord> texts;
    QString orsl() const;
    QString orst() const;
    double netAmount() const;
};

struct M3DeliveryLine
{
    int ponr = 0;
    int posx = 0;
    QString itno;
    double trqt = 0;
};

struct M3Delivery
{
    qint64 dlix = 0;
    QString orno;
    qint64 conn = 0;
    QString whlo;
    QString etrn; // external tracking number
    QString modl;
    QString pgrs = QStringLiteral("60"); // delivery status: ready for invoicing once shipped
    QString pist = QStringLiteral("90");
    QString dsdt; // departure date
    int dshm = 0;
    qint64 ivno = 0;
    QString ivdt;
    int nrul = 1;
    QList<M3DeliveryLine> lines;
};

struct M3Invoice
{
    qint64 ivno = 0;
    int yea4 = 0;
    QString orno;
    QString cuno;
    qint64 dlix = 0;
    QString ivdt;
    QString dudt;
    double amt1 = 0; // gross
    double amt2 = 0; // net
    double rafc = 0; // remaining to pay
    QString cucd = QStringLiteral("USD");
    int reco = 0; // 9 = paid
    QString rede;
};

struct M3PaymentBatch
{
    qint64 pbid = 0;
    QString bope;
    QList<MiRecord> lines;
    bool controlled = false;
};

struct M3State
{
    int cono = 100;
    QString divi = QStringLiteral("AAA");
    QString faci = QStringLiteral("A01");
    QString user = QStringLiteral("SBXAPI");
    QString templateCustomer = QStringLiteral("WEBTMPL");
    QStringList warehouses;

    QMap<QString, MiRecord> customers;     // CUNO →
    QMap<QString, MiRecord> emails;        // EMTP|EMKY →
    QMap<QString, MiRecord> items;         // ITNO →
    QMap<QString, M3Balance> balances;     // WHLO|ITNO →
    QMap<QString, M3BatchOrder> batches;   // temp ORNO →
    QMap<QString, M3Order> orders;         // ORNO →
    QMap<qint64, M3Delivery> deliveries;   // DLIX →
    QMap<qint64, M3Invoice> invoices;      // IVNO →
    QMap<qint64, M3PaymentBatch> payments; // PBID →

    qint64 nextTempOrno = 5000000001LL;
    qint64 nextOrno = 1000000001LL;
    int nextCustomer = 1;
    qint64 nextDlix = 90000001LL;
    qint64 nextConn = 300001;
    qint64 nextIvno = 700001;

    void seed(const SeedData &data, const QString &today, qint64 lmts);
    QJsonObject toJson() const;
    void fromJson(const QJsonObject &o);
};

QString m3Number(double v); // "12", "12.5": M3's plain decimal text

} // namespace m3cart::sandbox
