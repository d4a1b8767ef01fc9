#!/bin/sh
# Put DuoDesk in your applications menu: run this once from the DuoDesk folder, where it stays
# (moving the folder later means running it again). Nothing outside your own account changes.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
data="${XDG_DATA_HOME:-$HOME/.local/share}"
mkdir -p "$data/applications"
# Desktop entries quote a path with double quotes, escaping ", `, $ and \ with a backslash
# (and a backslash once more because the whole value is a string), and write % as %%.
quoted=$(printf '%s' "$here/DuoDesk" | sed -e 's/[\\"`$]/\\\\&/g' -e 's/%/%%/g')
{
  grep -v -e '^Exec=' -e '^Icon=' "$here/duodesk.desktop"
  printf 'Exec="%s"\n' "$quoted"
  printf 'TryExec=%s\n' "$here/DuoDesk"
  printf 'Icon=%s\n' "$here/duodesk.png"
} >"$data/applications/duodesk.desktop"
echo "DuoDesk is now in your applications menu."
