# Installs what the test suites need when it is missing: PostgreSQL server, Chromium, CJK fonts,
# LibreOffice and poppler (generated .docx files are converted to PDF and page images), locales (the PostgreSQL test
# cluster runs in zh_CN.UTF-8).
# Debian packages only; needs root (or sudo).
ensure_prerequisites() {
  local missing=()
  ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || missing+=(postgresql)
  command -v chromium >/dev/null 2>&1 || missing+=(chromium)
  fc-list 2>/dev/null | grep -i "Noto Sans CJK" >/dev/null || missing+=(fonts-noto-cjk)
  command -v soffice >/dev/null 2>&1 || missing+=(libreoffice-writer-nogui)
  command -v pdftoppm >/dev/null 2>&1 || missing+=(poppler-utils)
  command -v locale-gen >/dev/null 2>&1 || missing+=(locales)
  [ ${#missing[@]} -eq 0 ] && return 0
  echo "Installing missing test prerequisites: ${missing[*]}"
  local sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  export DEBIAN_FRONTEND=noninteractive
  mkdir -p /var/tmp/apt 2>/dev/null || true
  $sudo apt-get update -qq >/dev/null
  if ! TMPDIR=/var/tmp/apt $sudo apt-get install -y -qq "${missing[@]}" >/dev/null; then
    $sudo dpkg --configure -a || true
    TMPDIR=/var/tmp/apt $sudo apt-get install -y -qq "${missing[@]}" >/dev/null
  fi
}
