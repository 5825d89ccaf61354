#!/usr/bin/env bash
# examples/run-clients.sh DBNAME: the nato_news client type registrations (doc/clients.md)
# checked through real drivers, psycopg 3 (Debian python3-psycopg) and node-postgres (pg
# from the npm registry, installed on first use into examples/clients/node_modules, which
# git ignores). Needs a running server (PG* environment) and the extension in DBNAME.
# Prints "ok N - ..." / "not ok N - ..." lines; exits non-zero on any failure.
set -uo pipefail
cd "$(dirname "$0")/clients"
db=${1:?usage: examples/run-clients.sh DBNAME | --install (only fetch node-postgres)}
status=0

[ "$db" = --install ] || /usr/bin/python3 psycopg_types.py "dbname=$db" || status=1

if ! command -v node >/dev/null || ! command -v npm >/dev/null; then
    echo "not ok - node-postgres: node and npm are not installed (Debian packages nodejs, npm)"
    exit 1
fi
if [ ! -f node_modules/pg/package.json ]; then
    if ! npm install --prefix . --no-save --no-audit --no-fund --loglevel=error pg@8 >&2; then
        echo "not ok - node-postgres: npm install pg failed"
        exit 1
    fi
fi
[ "$db" = --install ] && exit 0
node node_types.js "$db" || status=1
exit $status
