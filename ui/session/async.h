#pragma once
// One helper for "do this on a pool thread, then that on the GUI thread": the result comes back through a
// QFutureWatcher parented to context, so nothing runs after context is gone.

#include <QFutureWatcher>
#include <QtConcurrent>

namespace m3cart::ui {

template <typename Work, typename Then> void runAsync(QObject *context, Work work, Then then)
{
    using T = std::invoke_result_t<Work>;
    auto *watcher = new QFutureWatcher<T>(context);
    QObject::connect(watcher, &QFutureWatcherBase::finished, context, [watcher, then = std::move(then)] {
        watcher->deleteLater();
        then(watcher->result());
    });
    watcher->setFuture(QtConcurrent::run(std::move(work)));
}

} // namespace m3cart::ui
