// The retry policy table: every edit validated, the whole table validated before saving, the Settings page
// saving it to the store where the engine loads it. The model runs under QAbstractItemModelTester throughout.

#include "engine/engine_settings.h"
#include "engine/retry_policy.h"
#include "secrets/secret_store.h"
#include "store/settings_repository.h"
#include "temp_store.h"
#include "ui/main_window.h"
#include "ui/models/retry_policy_model.h"
#include "ui/settings/settings_page.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTest>

using namespace m3cart;

class TstRetryPolicyModel : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("m3cart-test"));
    }

    void showsEveryClassAndEditsAreValidated()
    {
        ui::RetryPolicyModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setPolicy(RetryPolicy());
        QCOMPARE(model.rowCount(), 6);
        QCOMPARE(model.columnCount(), int(ui::RetryPolicyModel::ColumnCount));
        QCOMPARE(model.data(model.index(0, ui::RetryPolicyModel::ClassColumn), Qt::EditRole).toString(),
                 QStringLiteral("transient"));
        QCOMPARE(model.data(model.index(0, ui::RetryPolicyModel::AttemptsColumn)).toInt(), 10);
        QVERIFY(!(model.flags(model.index(0, ui::RetryPolicyModel::ClassColumn)) & Qt::ItemIsEditable));

        QSignalSpy rejected(&model, &ui::RetryPolicyModel::rejected);
        const QModelIndex attempts = model.index(0, ui::RetryPolicyModel::AttemptsColumn);
        QVERIFY(!model.setData(attempts, 0));
        QVERIFY(!model.setData(attempts, QStringLiteral("many")));
        QCOMPARE(rejected.size(), 2);
        QVERIFY(rejected.first().first().toString().contains(QLatin1String("1 to 1000")));
        QVERIFY(!model.isModified());
        QVERIFY(model.setData(attempts, 3));
        QCOMPARE(model.policy().policy(ErrorClass::Transient).maxAttempts, 3);
        QVERIFY(model.isModified());

        // Delays are edited in seconds, as shown.
        const QModelIndex base = model.index(0, ui::RetryPolicyModel::BaseDelayColumn);
        QVERIFY(model.setData(base, 1.5));
        QCOMPARE(model.policy().policy(ErrorClass::Transient).baseDelayMs, 1500);
        QVERIFY(!model.setData(base, -1.0));
        QVERIFY(!model.setData(base, 100000.0));

        const QModelIndex dead = model.index(3, ui::RetryPolicyModel::DeadLetterColumn);
        QVERIFY(model.setData(dead, Qt::Unchecked, Qt::CheckStateRole));
        QCOMPARE(model.policy().policy(ErrorClass::Data).deadLetter, false);
    }

    void theWholeTableIsValidatedBeforeSaving()
    {
        ui::RetryPolicyModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setPolicy(RetryPolicy());
        QVERIFY(model.validate().isEmpty());
        QVERIFY(model.setData(model.index(1, ui::RetryPolicyModel::CapColumn), 1.0)); // below the 5 s base
        const QStringList problems = model.validate();
        QCOMPARE(problems.size(), 1);
        QVERIFY(problems.first().contains(QLatin1String("below the base delay")));
    }

    void settingsPageSavesWhatTheEngineLoads()
    {
        test::TempStore t;
        ui::MainWindow w(t.store, std::make_shared<MemorySecretStore>());
        auto *page = w.findChild<ui::SettingsPage *>();
        QVERIFY(page);
        QAbstractItemModelTester tester(page->policyModel(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QTRY_COMPARE(page->policyModel()->rowCount(), 6);
        QSignalSpy saved(page, &ui::SettingsPage::saved);

        // Invalid: not saved, and the page says why.
        QVERIFY(page->policyModel()->setData(page->policyModel()->index(0, ui::RetryPolicyModel::CapColumn),
                                             0.5));
        page->save();
        QCOMPARE(saved.size(), 1);
        QCOMPARE(saved.first().first().toBool(), false);
        QVERIFY(page->message().contains(QLatin1String("below the base delay")));

        QVERIFY(page->policyModel()->setData(page->policyModel()->index(0, ui::RetryPolicyModel::CapColumn),
                                             60.0));
        QVERIFY(page->policyModel()->setData(
            page->policyModel()->index(0, ui::RetryPolicyModel::AttemptsColumn), 4));
        page->findChild<QSpinBox *>(QStringLiteral("workers"))->setValue(2);
        page->save();
        QTRY_COMPARE(saved.size(), 2);
        QCOMPARE(saved.last().first().toBool(), true);

        SettingsRepository settings(t.store);
        auto policy = RetryPolicy::load(settings);
        QVERIFY(policy);
        QCOMPARE(policy->policy(ErrorClass::Transient).maxAttempts, 4);
        QCOMPARE(policy->policy(ErrorClass::Transient).capMs, 60'000);
        auto engine = EngineSettings::load(settings);
        QVERIFY(engine);
        QCOMPARE(engine->workers, 2);
    }
};

QTEST_MAIN(TstRetryPolicyModel)
#include "tst_retry_policy_model.moc"
