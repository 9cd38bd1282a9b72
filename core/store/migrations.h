#pragma once
// Forward-only schema migrations. Version N's script turns a version N-1 store into version N.
// Written in SQL both SQLite and PostgreSQL accept; {{ID}} is the only dialect placeholder.

#include <QStringList>

namespace m3cart::migrations {

int latest();
QStringList statements(int version, const QString &driver);

} // namespace m3cart::migrations
