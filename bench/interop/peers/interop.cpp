// The Emscripten peer of the interop benchmark (bench/interop/README.md):
// the same three functions, exported through embind, which generates the
// JavaScript that converts std::string to and from JavaScript strings.
// `step` is the host function, an import defined in interop_host.js.
#include <emscripten/bind.h>

#include <string>

extern "C" int step(int acc, int i);

int add(int a, int b) {
  return static_cast<int>(static_cast<unsigned>(a) + static_cast<unsigned>(b));
}

int call_host(int n) {
  int acc = 0;
  for (int i = 0; i < n; ++i)
    acc = step(acc, i);
  return acc;
}

std::string upper(std::string s) {
  for (char& c : s) {
    if (c >= 'a' && c <= 'z')
      c = static_cast<char>(c - 32);
  }
  return s;
}

EMSCRIPTEN_BINDINGS(interop) {
  emscripten::function("add", &add);
  emscripten::function("call_host", &call_host);
  emscripten::function("upper", &upper);
}
