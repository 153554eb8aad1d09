#!/usr/bin/env bash
# The desktop entry and the AppStream metainfo, as generated in the build tree, pass the
# freedesktop validators (packaging/check-package.sh checks the installed copies again).
#   check-metadata.sh DESKTOP_FILE METAINFO_FILE
set -euo pipefail
desktop-file-validate "$1"
# --no-net: the homepage and screenshot URLs are placeholders until the project is published.
appstreamcli validate --no-net "$2"
echo "ok: $(basename "$1") and $(basename "$2") are valid"
