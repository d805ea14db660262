# Shared by the scripts in this folder: installs what the build and the tests need when it is missing.
# shellcheck shell=bash

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"

log() { printf '\033[1m[alismart]\033[0m %s\n' "$*" >&2; }

# apt-get as root, or through sudo when we are not root.
apt_install() {
    local sudo=""
    if [ "$(id -u)" -ne 0 ]; then
        if command -v sudo >/dev/null 2>&1; then sudo="sudo"; else
            log "missing packages: $* (install them, or run as root)"; return 1
        fi
    fi
    if [ -z "${ALISMART_APT_UPDATED:-}" ]; then
        $sudo apt-get update -qq
        ALISMART_APT_UPDATED=1
    fi
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "$@" >/dev/null
}

# A JDK of at least 17 and Maven, for every build.
ensure_build_tools() {
    local missing=()
    if ! command -v javac >/dev/null 2>&1; then missing+=(openjdk-17-jdk-headless); fi
    if ! command -v mvn >/dev/null 2>&1; then missing+=(maven); fi
    if [ ${#missing[@]} -gt 0 ]; then
        log "installing ${missing[*]}"
        apt_install "${missing[@]}"
    fi
}

# Debian's Chromium and ChromeDriver, for the browser tests (browser downloads do not work here).
ensure_browser() {
    if [ ! -x /usr/bin/chromium ] || [ ! -x /usr/bin/chromedriver ]; then
        log "installing chromium and chromium-driver"
        apt_install chromium chromium-driver
    fi
}

# Debian's PostgreSQL server binaries, for the tests that run the store on a throwaway cluster (initdb in a temp
# folder, started and stopped by the tests themselves; the package's own cluster is not used).
ensure_postgres() {
    if ! ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1; then
        log "installing postgresql"
        apt_install postgresql
    fi
}

project_version() {
    sed -n '0,/<version>\(.*\)<\/version>/s//\1/p' "$ROOT/pom.xml" | head -1 | tr -d ' \t'
}
