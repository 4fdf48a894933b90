#!/usr/bin/env bash
# Lint: two checks over the project's C++.
#   format  clang-format --dry-run --Werror over compiler/ wasmir/ memviz/
#           devtools/ tests/unit/ tests/fuzz/ (.cpp/.h; .def tables are left
#           alone). Fails if any file is not formatted per .clang-format.
#   tidy    clang-tidy-14 (.clang-tidy) over the compiler/, wasmir/ and memviz/ .cpp files
#           with build/compile_commands.json (run `cmake --preset native` first),
#           two files at a time. Prints the warnings and their count; fails only
#           on readability-identifier-naming findings (or if a file cannot be
#           analysed at all).
#
#   scripts/lint.sh             # check both
#   scripts/lint.sh --fix       # rewrite badly formatted files, then check both
#   scripts/lint.sh --no-tidy   # format check only (seconds instead of minutes)
#   scripts/lint.sh --no-format # clang-tidy only
#
# Last line: `N passed, M failed`, counting the two checks; exit 1 on failure.
set -uo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root" || exit 1

fix=0
run_format=1
run_tidy=1
for arg in "$@"; do
  case "$arg" in
    --fix) fix=1 ;;
    --no-tidy) run_tidy=0 ;;
    --no-format) run_format=0 ;;
    -h | --help)
      sed -n '2,18p' "$0" | sed 's/^# \{0,1\}//'
      exit 0
      ;;
    *)
      echo "lint.sh: unknown option $arg (see --help)" >&2
      exit 2
      ;;
  esac
done

passed=0
failed=0
pick() {  # first of the given programs that exists
  local p
  for p in "$@"; do
    command -v "$p" >/dev/null 2>&1 && { echo "$p"; return; }
  done
}

# --- format -----------------------------------------------------------------
if ((run_format)); then
  clang_format="$(pick clang-format-14 clang-format)"
  mapfile -t format_files < <(find compiler wasmir memviz devtools tests/unit tests/fuzz -type f \
    \( -name '*.cpp' -o -name '*.h' -o -name '*.cc' -o -name '*.hpp' \) 2>/dev/null | sort)
  if [[ -z "$clang_format" ]]; then
    echo "format: clang-format not found (apt-get install clang-format)"
    failed=$((failed + 1))
  else
    if ((fix)); then
      "$clang_format" -i "${format_files[@]}"
    fi
    bad=()
    for f in "${format_files[@]}"; do
      "$clang_format" --dry-run --Werror "$f" >/dev/null 2>&1 || bad+=("$f")
    done
    if ((${#bad[@]} == 0)); then
      echo "format: ${#format_files[@]} files formatted"
      passed=$((passed + 1))
    else
      printf 'format: not formatted: %s\n' "${bad[@]}"
      echo "format: ${#bad[@]} of ${#format_files[@]} files need formatting (scripts/lint.sh --fix)"
      failed=$((failed + 1))
    fi
  fi
fi

# --- tidy -------------------------------------------------------------------
if ((run_tidy)); then
  clang_tidy="$(pick clang-tidy-14 clang-tidy)"
  if [[ -z "$clang_tidy" ]]; then
    echo "tidy: clang-tidy not found (apt-get install clang-tidy)"
    failed=$((failed + 1))
  elif [[ ! -f build/compile_commands.json ]]; then
    echo "tidy: build/compile_commands.json missing (run: cmake --preset native)"
    failed=$((failed + 1))
  else
    logs="$(mktemp -d)"
    trap 'rm -rf "$logs"' EXIT
    # One log per source file so parallel runs do not interleave.
    find compiler wasmir memviz -type f -name '*.cpp' | sort |
      LOGS="$logs" TIDY="$clang_tidy" xargs -P2 -I{} sh -c \
        '"$TIDY" -p build --quiet "$1" >"$LOGS/$(echo "$1" | tr / _).log" 2>&1' sh {}
    # Headers are analysed once per including file: report each finding once.
    cat "$logs"/*.log | grep -E '^[^ ].*:[0-9]+:[0-9]+: (warning|error): ' |
      sed "s|^$root/||" | sort -u >"$logs/findings"
    warnings="$(grep -c ': warning: ' "$logs/findings")"
    errors="$(grep -c ': error: ' "$logs/findings")"
    naming="$(grep -c '\[readability-identifier-naming\]' "$logs/findings")"
    cat "$logs/findings"
    echo "tidy: $warnings warnings ($naming naming), $errors errors"
    if ((naming > 0 || errors > 0)); then
      failed=$((failed + 1))
    else
      passed=$((passed + 1))
    fi
  fi
fi

echo "$passed passed, $failed failed"
((failed == 0))
