#pragma once
// Group commit: many threads append, one writer thread commits what has queued up in one transaction.
// append() returns only after the transaction holding the event has committed, so it is as durable as
// EventRepository::append, at a fraction of the cost per event under concurrency.

#include "common/error.h"
#include "domain/event.h"

#include <memory>

namespace m3cart {

class Store;

class EventWriter
{
public:
    explicit EventWriter(std::shared_ptr<const Store> store, int maxBatch = 512);
    ~EventWriter(); // finishes what is queued, then stops the thread

    Result<Appended> append(const NewEvent &event); // blocks until committed
    quint64 commits() const;                       // transactions so far, for benchmarks

private:
    struct Impl;
    std::unique_ptr<Impl> d;
};

} // namespace m3cart
