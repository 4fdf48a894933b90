#!/usr/bin/env bash
# Sets up a fresh Debian 12 machine for WasmRust (run as root). Idempotent:
# installs only what is missing, and when everything is present it prints
# nothing, touches no network and takes well under a second.
#
#   1. Debian packages: toolchain, libraries, peers for the benchmarks, browser.
#      `apt-get update` runs only when something has to be installed. A package
#      counts as present when it is installed or when an installed package
#      provides it (e.g. a NodeSource nodejs provides npm).
#   2. npm: `npm ci` in every project folder with a package-lock.json whose
#      node_modules is missing or older than the lock file (bench/, ...).
#   3. Dear ImGui 1.86 for the DevTools app, from Debian's source package
#      `imgui`, unpacked into .deps/imgui-1.86/ (never committed). apt reads a
#      private copy of the system's source list with deb-src entries, so
#      nothing on the system changes.
#
# Prints one line per thing it installs. Works from any directory. Changes no
# apt sources and exports nothing.
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)

packages=(
  cmake ninja-build make g++ clang-14 lld-14 python3 nodejs npm
  libgtest-dev nlohmann-json3-dev libcli11-dev libtomlplusplus-dev
  emscripten binaryen wabt rustc libstd-rust-dev-wasm32
  chromium clang-format clang-tidy libclang-rt-14-dev gzip wasi-libc libclang-rt-14-dev-wasm32
)

# Names provided by installed packages ("Provides:"), computed only when
# some package is not installed under its own name.
provided=
is_provided() {
  if [[ -z $provided ]]; then
    provided=" $(dpkg-query -W -f='${db:Status-Abbrev} ${Provides}\n' 2>/dev/null |
      awk '$1 == "ii" { $1 = ""; print }' | sed -E 's/\([^)]*\)//g; s/,/ /g' | tr -s ' \n' '  ') "
  fi
  [[ $provided == *" $1 "* ]]
}

# One dpkg-query for all packages (one process per package would cost about
# a second): each known package's ${Status}; unknown ones print nothing.
declare -A installed=()
while IFS=$'\t' read -r pkg status; do
  [[ $status == "install ok installed" ]] && installed[$pkg]=1
done < <(dpkg-query -W -f='${Package}\t${Status}\n' "${packages[@]}" 2>/dev/null || true)

missing=()
for pkg in "${packages[@]}"; do
  [[ -n ${installed[$pkg]:-} ]] && continue
  is_provided "$pkg" && continue
  missing+=("$pkg")
done

if ((${#missing[@]})); then
  for pkg in "${missing[@]}"; do
    echo "setup: installing Debian package $pkg"
  done
  DEBIAN_FRONTEND=noninteractive apt-get update -qq >/dev/null
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
fi

# npm projects: any folder (up to two levels deep) with a package-lock.json.
while IFS= read -r lock; do
  dir=$(dirname "$lock")
  if [[ ! -d $dir/node_modules || $lock -nt $dir/node_modules ]]; then
    echo "setup: npm ci in ${dir#"$root"/}/"
    # A lock file can lack the optional per-platform builds of a package
    # (rollup's, under Vite) when the registry this machine reaches has only
    # this platform's; `npm ci` then refuses the lock as out of sync. `npm
    # install` still installs exactly the locked versions, and the check
    # after it makes sure it did not rewrite the lock.
    if ! (cd "$dir" && npm ci --no-audit --no-fund --loglevel=silent >/dev/null 2>&1); then
      cp "$lock" "$lock.setup-check"
      (cd "$dir" && npm install --no-audit --no-fund --loglevel=error >/dev/null)
      if ! cmp -s "$lock" "$lock.setup-check"; then
        mv "$lock.setup-check" "$lock"
        echo "setup: ${lock#"$root"/} does not match package.json; run npm install there and commit the lock" >&2
        exit 1
      fi
      rm "$lock.setup-check"
    fi
    touch "$dir/node_modules" # newer than the lock file from now on
  fi
done < <(find "$root" -mindepth 2 -maxdepth 3 \
  \( -name node_modules -o -name '.*' -o -name 'build*' \) -prune -o \
  -name package-lock.json -type f -print | sort)

# Dear ImGui's sources (devtools/): `apt-get source` with private lists.
imgui=$root/.deps/imgui-1.86
if [[ ! -f $imgui/imgui.h ]]; then
  echo "setup: fetching Dear ImGui 1.86 (Debian source package imgui) into .deps/"
  apt_dir=$root/.deps/apt
  mkdir -p "$apt_dir/etc" "$apt_dir/lists/partial" "$apt_dir/src"
  sed 's/^Types: deb$/Types: deb-src/' /etc/apt/sources.list.d/debian.sources >"$apt_dir/etc/src.sources"
  apt_opts=(-o Dir::Etc::SourceList=/dev/null -o "Dir::Etc::SourceParts=$apt_dir/etc"
            -o "Dir::State::Lists=$apt_dir/lists")
  apt-get -qq "${apt_opts[@]}" update >/dev/null
  (cd "$apt_dir/src" && apt-get -qq "${apt_opts[@]}" source --download-only imgui=1.86+ds-1 \
    >/dev/null 2>&1)
  tar -xJf "$apt_dir"/src/imgui_1.86*.orig.tar.xz -C "$root/.deps"
  [[ -f $imgui/imgui.h ]] || { echo "setup: Dear ImGui 1.86 was not unpacked" >&2; exit 1; }
fi
