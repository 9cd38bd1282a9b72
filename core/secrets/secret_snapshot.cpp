#include "secret_snapshot.h"

namespace m3cart {

void readSecrets(SecretStore &store, const QStringList &names, std::function<void(SecretSnapshot)> done)
{
    struct Pending
    {
        SecretSnapshot snapshot;
        qsizetype left = 0;
        std::function<void(SecretSnapshot)> done;
    };
    auto pending = std::make_shared<Pending>();
    pending->left = names.size();
    pending->done = std::move(done);
    if (names.isEmpty()) {
        pending->done(pending->snapshot);
        return;
    }
    for (const QString &name : names) {
        store.read(name, [pending, name](Result<QString> r) {
            if (r) {
                pending->snapshot.values->write(name, r.value(), [](Status) {});
                pending->snapshot.present << name;
                pending->snapshot.byName.insert(name, r.value());
            } else if (r.error().errorClass != ErrorClass::NotFound &&
                       pending->snapshot.unavailable.isEmpty()) {
                pending->snapshot.unavailable = r.error().message;
            }
            if (--pending->left == 0)
                pending->done(pending->snapshot);
        });
    }
}

} // namespace m3cart
