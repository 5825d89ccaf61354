#!/usr/bin/env bash
# Installs what building, testing and the demo need, and nothing when it is all there.
# Debian 12 packages only; run as root (CI and the demo machine are root).
set -euo pipefail

packages=(postgresql-15 postgresql-server-dev-15 libicu-dev postgresql-15-pgtap
          postgresql-15-cron libtap-parser-sourcehandler-pgtap-perl postgresql-common
          make gcc python3 python3-psycopg libxml2-dev pkg-config
          libxml2-utils w3c-sgml-lib)
missing=()
for p in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done
# node-postgres runs the client checks: any node and npm will do (a machine may have them
# from elsewhere, and Debian's npm would then conflict), so the packages only when absent.
command -v node >/dev/null || missing+=(nodejs)
command -v npm >/dev/null || missing+=(npm)
[ ${#missing[@]} -eq 0 ] && exit 0

echo "installing: ${missing[*]}"
if [ "$(id -u)" -ne 0 ]; then
    echo "install-deps: need root to apt-get install ${missing[*]}" >&2
    exit 1
fi
export DEBIAN_FRONTEND=noninteractive
# Debian's postgresql-common would create and start a 'main' cluster; we only use
# throwaway clusters (pg_virtualenv), so tell it not to.
mkdir -p /etc/postgresql-common/createcluster.d
echo 'create_main_cluster = false' > /etc/postgresql-common/createcluster.d/nato_news.conf
apt-get update -qq
apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
