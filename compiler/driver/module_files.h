// File modules: `mod name;` loads name.rs or name/mod.rs beside the file
// that declares it (or the file `#[path = "..."]` names), the way rustc
// looks them up.
//
// The driver works in two steps. findModuleFiles reads the main file and,
// through throwaway parses, every module file it reaches (a plan, in the
// order the declarations appear, depth first). The driver then appends the
// files the plan found to the SourceFile before anything is lexed (the
// syntax tree holds views into the text, so the buffer cannot grow later),
// and parseModuleFiles parses each into its `mod` item, reporting missing,
// ambiguous and circular module files there, at the declaration.
#pragma once

#include <functional>
#include <string>
#include <vector>

#include "compiler/diagnostics/diagnostic.h"
#include "compiler/parse/ast.h"
#include "compiler/source/source_file.h"

namespace wr {

// Reads the file at `path` into `text`; false when it cannot (no such file).
using ModuleFileReader = std::function<bool(const std::string& path, std::string& text)>;

// One `mod name;` declaration, in program order.
struct ModuleFile {
  enum class Status : uint8_t { Found, Missing, Ambiguous, Circular, NoReader };
  Status status = Status::Missing;
  std::string path;                     // the file read (Found)
  std::vector<std::string> candidates;  // the paths looked at, for diagnostics
  std::string text;                     // moved into the SourceFile by the driver
  uint32_t start = 0, end = 0;          // where the text sits in the SourceFile
};

// Reads every module file reachable from the main file. With no reader (the
// in-page compiler) each declaration is NoReader. Returns an empty plan
// when the program declares no file module (the common case, which then
// costs one extra scan of the main file's tokens).
std::vector<ModuleFile> findModuleFiles(const std::string& mainPath,
                                        std::string_view mainText,
                                        const ModuleFileReader& reader);

// Appends the found files' texts to `file` (records where each starts).
void appendModuleFiles(SourceFile& file, std::vector<ModuleFile>& plan);

// Lexes and parses each found file into its `mod` item of `ast`; reports the
// declarations whose file is missing (E0583), ambiguous (E0761) or circular.
void parseModuleFiles(const SourceFile& file,
                      const std::vector<ModuleFile>& plan,
                      Ast& ast,
                      DiagnosticEngine& diags);

}  // namespace wr
