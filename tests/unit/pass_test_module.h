// The test module of the WasmIR pass tests (wasmir_passes_test.cpp,
// wasmir_loop_passes_test.cpp): functions built with wasmir/builder.h, run
// through named passes with validation after each, and printed back as
// "op; op; ...".
#pragma once

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "wasmir/builder.h"
#include "wasmir/passes/pass.h"
#include "wasmir/validator.h"
#include "wasmir/wat_printer.h"

namespace wasmir::passtest {

inline constexpr ValType kI32 = ValType::I32;
inline constexpr ValType kI64 = ValType::I64;

// A module whose functions are added by fn(); the first one is exported as
// "main" so that tree-shake keeps it.
struct TestModule {
  Module m;

  TestModule() {
    m.memories.push_back(Memory{"memory", Limits{1}});
    m.functions.reserve(16);  // builders keep references to their functions
  }

  FunctionBuilder fn(std::vector<ValType> params, std::vector<ValType> results) {
    auto paramCount = static_cast<uint32_t>(params.size());
    uint32_t type = m.internType(FuncType{std::move(params), std::move(results)});
    m.functions.push_back(Function{"f" + std::to_string(m.functions.size()), type});
    if (m.functions.size() == 1)
      m.exports.push_back(Export{"main", ExternKind::Func, m.importedFunctionCount()});
    return FunctionBuilder(m.functions.back(), paramCount);
  }

  uint32_t importFunction(const char* name, std::vector<ValType> params) {
    uint32_t type = m.internType(FuncType{std::move(params), {}});
    m.imports.push_back(Import{"env", name, ExternKind::Func, type});
    return m.importedFunctionCount() - 1;
  }

  void run(std::initializer_list<const char*> passes) {
    ASSERT_TRUE(validateModule(m).empty()) << "the test module itself is invalid";
    std::vector<std::string> names(passes.begin(), passes.end());
    std::string error;
    PassRunOptions options;
    options.validateEach = true;
    ASSERT_TRUE(runPasses(m, names, error, options)) << error;
  }

  // The body of defined function `i` as "op; op; ...", without its final end.
  std::string code(size_t i = 0) const {
    const Function& f = m.functions[i];
    std::string out;
    for (size_t k = 0; k + 1 < f.body.size(); ++k)
      out += (k ? "; " : "") + printInstr(f, f.body[k]);
    return out;
  }
};

}  // namespace wasmir::passtest
