// Test builds (`wasmrust test`): instead of `main`, the module exports one
// entry per `#[test]` fn, as `test:N`, and describes them in a
// `wasmrust.tests` custom section (JSON) that the test runner reads:
//
//   [{"name": "tests::adds", "should_panic": false, "expected": "",
//     "ignore": false}, ...]
//
// The runner (web/runtime/test.mjs) calls each entry in a fresh instance,
// so one test's panic or statics never reach another.
#include <nlohmann/json.hpp>

#include "compiler/lower/lowerer.h"

namespace wr {

void ModuleLowerer::exportTests(uint32_t nImports) {
  nlohmann::json list = nlohmann::json::array();
  for (size_t i = 0; i < prog.tests.size(); ++i) {
    const TestCase& t = prog.tests[i];
    out_.exports.push_back(
        {"test:" + std::to_string(i), wasmir::ExternKind::Func, nImports + fnIds_[t.entry]});
    list.push_back({{"name", t.name},
                    {"should_panic", t.shouldPanic},
                    {"expected", t.expected},
                    {"ignore", t.ignore}});
  }
  std::string text = list.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
  out_.customs.push_back({"wasmrust.tests", std::vector<uint8_t>(text.begin(), text.end())});
}

}  // namespace wr
