#pragma once
// Test helpers shared by every suite.

#include <QTest>

// Verifies a Result/Status and prints its error message when it failed.
#define M3_VERIFY_OK(expr)                                                                                      \
    do {                                                                                                        \
        const auto &m3_result_ = (expr);                                                                        \
        QVERIFY2(bool(m3_result_), m3_result_ ? "" : qPrintable(m3_result_.error().message));                   \
    } while (false)
