// Small helpers on the Program tables.
#include "compiler/sema/program.h"

namespace wr {

std::vector<std::string> Program::structNames() const {
  std::vector<std::string> names;
  names.reserve(structs.size());
  for (const StructInfo& s : structs)
    names.push_back(s.name);
  return names;
}

}  // namespace wr
