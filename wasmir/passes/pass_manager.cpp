// The pass registry (expanded from passes.def) and the pass manager that
// runs a named pipeline over a module (see pass.h).
#include <algorithm>

#include "wasmir/passes/pass.h"
#include "wasmir/validator.h"

namespace wasmir {

const std::vector<PassInfo>& allPasses() {
  static const std::vector<PassInfo> kPasses = {
#define WASMIR_PASS(Function, Name, Description) {Name, Description, &Function},
#include "wasmir/passes/passes.def"
  };
  return kPasses;
}

const PassInfo* findPass(std::string_view name) {
  for (const PassInfo& p : allPasses()) {
    if (name == p.name)
      return &p;
  }
  return nullptr;
}

// Order matters: dead functions go first so nothing is spent on them;
// merging before inlining lets one copy be inlined instead of several;
// inlining exposes constants (arguments) to folding, folding exposes dead
// branches (and turns constant ifs into blocks, which flattening removes
// with the blocks inlining leaves), and dead code leaves dead stores and
// unused locals behind. Reading originals instead of lowering's copies
// leaves the copies dead for dse. Bounds checks go once constants are known
// (a length, a loop bound after inlining); the copies of the index and
// length they leave are dead stores for the second dse (Binaryen removes
// them itself: the pre-binaryen pipeline has one dse). Hoisting needs the
// copies gone (an address read through a temporary the loop writes is not
// invariant) and leaves copies of its own for the second copy-prop.
// Binaryen does its own copy propagation, and hoisting changed neither its
// output's size nor its speed: the pre-binaryen pipeline leaves both out.
// Coalescing runs last, on the fewest and shortest live ranges.
// Size builds start with bulk-memory, on lowering's own word copies (its
// frame addresses are easiest to relate before the other passes rewrite
// them): measured, later positions found fewer runs.
static std::vector<std::string> forSize(const std::vector<std::string>& speed) {
  std::vector<std::string> size = speed;
  size.insert(size.begin(), "bulk-memory");
  return size;
}

const std::vector<std::string>& releasePipeline(PipelineGoal goal) {
  static const std::vector<std::string> kPipeline = {
      "tree-shake",
      "merge-functions",
      "tail-recursion",
      "inline",
      "const-fold",
      "flatten-blocks",
      "dce",
      "copy-prop",
      "dse",
      "bounds-checks",
      "licm",
      "copy-prop",
      "const-fold",
      "flatten-blocks",
      "dce",
      "dse",
      "unused-locals",
      "coalesce-locals",
      "tree-shake",
      "data-shake",
  };
  static const std::vector<std::string> kSizePipeline = forSize(kPipeline);
  return goal == PipelineGoal::Size ? kSizePipeline : kPipeline;
}

const std::vector<std::string>& preBinaryenPipeline(PipelineGoal goal) {
  static const std::vector<std::string> kPipeline = {
      "tree-shake",
      "merge-functions",
      "tail-recursion",
      "const-fold",
      "flatten-blocks",
      "dce",
      "dse",
      "bounds-checks",
      "const-fold",
      "flatten-blocks",
      "dce",
      "unused-locals",
      "tree-shake",
      "data-shake",
  };
  static const std::vector<std::string> kSizePipeline = forSize(kPipeline);
  return goal == PipelineGoal::Size ? kSizePipeline : kPipeline;
}

// The pipeline a name in a pass list stands for, or null.
static const std::vector<std::string>* namedPipeline(std::string_view name) {
  if (name == "release" || name == "default")
    return &releasePipeline();
  if (name == "release-size")
    return &releasePipeline(PipelineGoal::Size);
  if (name == "pre-binaryen")
    return &preBinaryenPipeline();
  if (name == "pre-binaryen-size")
    return &preBinaryenPipeline(PipelineGoal::Size);
  return nullptr;
}

bool parsePassList(std::string_view list, std::vector<std::string>& names, std::string& error) {
  names.clear();
  size_t start = 0;
  while (start <= list.size()) {
    size_t comma = std::min(list.find(',', start), list.size());
    std::string_view name = list.substr(start, comma - start);
    start = comma + 1;
    if (name.empty() || name == "none")
      continue;
    if (const std::vector<std::string>* p = namedPipeline(name)) {
      names.insert(names.end(), p->begin(), p->end());
    } else if (findPass(name)) {
      names.emplace_back(name);
    } else {
      error = "unknown WasmIR pass `" + std::string(name) + "`";
      return false;
    }
  }
  return true;
}

bool runPasses(Module& module,
               const std::vector<std::string>& names,
               std::string& error,
               const PassRunOptions& options) {
  for (const std::string& name : names) {
    const PassInfo* pass = findPass(name);
    if (!pass) {
      error = "unknown WasmIR pass `" + name + "`";
      return false;
    }
    pass->run(module);
    if (!options.validateEach)
      continue;
    std::vector<ValidationError> errors = validateModule(module);
    if (!errors.empty()) {
      error = "pass `" + name + "` produced an invalid module: " + errors.front().message;
      return false;
    }
  }
  return true;
}

}  // namespace wasmir
