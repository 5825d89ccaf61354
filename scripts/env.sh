# Sourced by the scripts behind make demo / test / bench / fuzz: the environment they share.

# A UTF-8 locale that exists on every Debian system. Without it a bare machine (no LANG, or
# a LANG naming a locale that was never generated) makes pg_virtualenv create a SQL_ASCII
# cluster, or fail, and nato_news needs UTF-8.
unset LANGUAGE LC_CTYPE LC_COLLATE LC_MESSAGES LC_MONETARY LC_NUMERIC LC_TIME
export LANG=C.UTF-8 LC_ALL=C.UTF-8

# The extension installs into the system PostgreSQL directories, which every checkout on
# the machine shares: whoever installs and then runs a cluster holds this lock meanwhile.
# It is the extension directory itself, so nothing is left behind in /tmp.
nn_install_lock() {
    flock "$(pg_config --sharedir)/extension" "$@"
}

# judge_lines LABEL OUTPUT EXIT_CODE: prints "PASSED FAILED" for a runner that reports
# "ok ..." / "not ok ..." lines. A runner that exits non-zero without reporting a failed
# line has failed all the same: that counts one failure.
judge_lines() {
    local ok bad
    ok=$(grep -c '^ok ' <<<"$2"); bad=$(grep -c '^not ok ' <<<"$2")
    if [ "$3" -ne 0 ] && [ "$bad" -eq 0 ]; then
        echo "not ok $1: the runner failed (exit $3)"; bad=1
    fi >&2
    echo "$ok $bad"
}

# Inside a pg_virtualenv cluster (bench_connect.sh, preload-check.sh): restart it and wait
# until it answers; false when it does not come back.
nn_cluster_restart() {
    pg_ctlcluster "$PGVERSION" regress restart || return 1
    for _ in $(seq 50); do psql -X -q -c "SELECT 1" >/dev/null 2>&1 && return 0; sleep 0.2; done
    return 1
}

# Restart the cluster with nato_news added to shared_preload_libraries (the list as
# ALTER SYSTEM takes it: each library quoted on its own); nn_preload_reset undoes it.
nn_preload_on() {
    local libraries="'nato_news'" l
    for l in $(psql -X -At -c "SHOW shared_preload_libraries" | tr ',' ' '); do
        libraries="'$l', $libraries"
    done
    psql -X -q -c "ALTER SYSTEM SET shared_preload_libraries = $libraries" && nn_cluster_restart
}
nn_preload_reset() {
    psql -X -q -c "ALTER SYSTEM RESET shared_preload_libraries" && nn_cluster_restart
}
