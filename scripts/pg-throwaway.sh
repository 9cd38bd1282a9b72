#!/bin/sh
# A throwaway PostgreSQL for tests (initdb and postgres refuse root, so it runs as the postgres user).
#   pg-throwaway.sh start        -> prints PGTEST_DIR / M3CART_PG_* lines to eval
#   pg-throwaway.sh stop DIR
set -eu
PGBIN=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)
case "$1" in
start)
    PORT="${PGPORT_TEST:-54329}"
    DIR=$(mktemp -d /tmp/m3cart-pg.XXXXXX)
    RUN=""
    if [ "$(id -u)" -eq 0 ]; then chown postgres:postgres "$DIR"; RUN="runuser -u postgres --"; fi
    $RUN "$PGBIN/initdb" -D "$DIR/data" -U postgres -A trust -E UTF8 --locale=C.UTF-8 --no-sync >"$DIR/initdb.log"
    $RUN "$PGBIN/pg_ctl" -D "$DIR/data" -l "$DIR/server.log" -w -t 30 \
        -o "-k $DIR -p $PORT -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off" \
        start >/dev/null
    echo "PGTEST_DIR=$DIR"; echo "M3CART_PG_HOST=$DIR"; echo "M3CART_PG_PORT=$PORT"; echo "M3CART_PG_USER=postgres" ;;
stop)
    RUN=""
    if [ "$(id -u)" -eq 0 ]; then RUN="runuser -u postgres --"; fi
    $RUN "$PGBIN/pg_ctl" -D "$2/data" -m immediate -w stop >/dev/null 2>&1 || true
    rm -rf "$2" ;;
esac
