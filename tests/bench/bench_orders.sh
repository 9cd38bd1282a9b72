#!/bin/sh
# End-to-end order benchmark: 3dcart webhooks → listener → engine → both clients → the simulators, at 0 ms
# and 50 ms simulated latency. Prints orders/s and calls per order. Usage: tests/bench/bench_orders.sh
# [BUILD_DIR] [ORDERS] (a Release build gives the real figures: cmake -DCMAKE_BUILD_TYPE=Release).
set -eu
build="${1:-build}"
orders="${2:-400}"
cli="$build/app/m3cart"
[ -x "$cli" ] || { echo "no $cli: build first" >&2; exit 1; }
printf '%-11s %-8s %-8s %-9s %-10s %s\n' latency_ms workers orders seconds orders/s m3_calls/order
for latency in 0 50; do
    for workers in 8 64 128; do
        "$cli" demo --orders "$orders" --latency-ms "$latency" --workers "$workers" --json 2>/dev/null |
            python3 -c "import json,sys; d=json.load(sys.stdin); print('%-11s %-8s %-8s %-9.2f %-10.1f %.2f' % ($latency, $workers, d['in_m3'], d['seconds'], d['orders_per_second'], d['m3_calls_per_order']))"
    done
done
