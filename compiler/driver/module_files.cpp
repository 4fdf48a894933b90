// Finding, appending and parsing module files (see module_files.h).
#include "compiler/driver/module_files.h"

#include <algorithm>
#include <filesystem>

#include "compiler/lex/lexer.h"
#include "compiler/parse/parser.h"

namespace wr {

namespace {

// Module files nest at most this deep: a guard for hostile input (a cycle
// is caught before, by its path).
constexpr size_t kMaxModuleDepth = 64;

std::string joinPath(const std::string& dir, std::string_view name) {
  if (dir.empty())
    return std::string(name);
  return (std::filesystem::path(dir) / std::filesystem::path(name)).generic_string();
}

std::string normalPath(const std::string& path) {
  return std::filesystem::path(path).lexically_normal().generic_string();
}

std::string parentDir(const std::string& path) {
  return std::filesystem::path(path).parent_path().generic_string();
}

const Attribute* pathAttribute(const Item* item) {
  for (const Attribute& a : item->attrs) {
    if (a.path.str() == "path" && !a.values.empty())
      return &a;
  }
  return nullptr;
}

bool hasCfg(const Item* item) {
  for (const Attribute& a : item->attrs) {
    if (a.path.str() == "cfg")
      return true;
  }
  return false;
}

// The first step: the plan, built from throwaway parses of each file.
class Finder {
 public:
  Finder(const ModuleFileReader& reader, std::vector<ModuleFile>& plan)
      : reader_(reader), plan_(plan) {}

  void file(const std::string& path, std::string_view text, const std::string& childDir) {
    SourceFile scratchFile(path, std::string(text));
    DiagnosticEngine scratch;
    std::vector<Token> tokens = lex(scratchFile, scratch);
    if (!declaresFileModule(tokens))
      return;
    Ast ast;
    std::vector<Item*> items;
    parseModuleFile(scratchFile, tokens, ast, scratch, items);
    chain_.push_back(normalPath(path));
    // A `#[path]` at the top of a file is relative to the file's folder.
    walk(items, childDir, parentDir(path));
    chain_.pop_back();
  }

 private:
  static bool declaresFileModule(const std::vector<Token>& tokens) {
    for (size_t i = 0; i + 2 < tokens.size(); ++i) {
      if (tokens[i].kind == Tok::KwMod && tokens[i + 2].kind == Tok::Semi)
        return true;
    }
    return false;
  }

  // Items in program order; `dir` is where the current module's children
  // live, `pathDir` what their `#[path]` is relative to.
  void walk(const std::vector<Item*>& items, const std::string& dir, const std::string& pathDir) {
    for (const Item* item : items) {
      if (item->kind != ItemKind::Mod)
        continue;
      if (!item->isFileModule) {
        std::string inner = joinPath(dir, item->name);
        walk(item->members, inner, inner);
        continue;
      }
      plan_.emplace_back();
      size_t k = plan_.size() - 1;
      load(k, item, dir, pathDir);
    }
  }

  void load(size_t k, const Item* item, const std::string& dir, const std::string& pathDir) {
    if (!reader_) {
      plan_[k].status = ModuleFile::Status::NoReader;
      return;
    }
    std::string name(item->name);
    std::string childDir = joinPath(dir, name);
    std::string text;
    if (const Attribute* a = pathAttribute(item)) {
      // `#[path]` names the file itself; its children live beside it.
      const std::string& p = a->values[0].value;
      std::string path = std::filesystem::path(p).is_absolute() ? p : joinPath(pathDir, p);
      plan_[k].candidates = {path};
      if (!reader_(path, text))
        return;
      plan_[k].path = path;
      childDir = parentDir(path);
    } else {
      std::string flat = joinPath(dir, name + ".rs");
      std::string nested = joinPath(childDir, "mod.rs");
      plan_[k].candidates = {flat, nested};
      std::string other;
      bool hasFlat = reader_(flat, text);
      bool hasNested = reader_(nested, hasFlat ? other : text);
      if (hasFlat && hasNested) {
        plan_[k].status = ModuleFile::Status::Ambiguous;
        return;
      }
      if (!hasFlat && !hasNested)
        return;
      plan_[k].path = hasFlat ? flat : nested;
    }
    std::string normal = normalPath(plan_[k].path);
    for (size_t i = 0; i < chain_.size(); ++i) {
      if (chain_[i] == normal) {
        plan_[k].status = ModuleFile::Status::Circular;
        // The cycle, for the diagnostic: from the file that comes back.
        plan_[k].candidates.assign(chain_.begin() + static_cast<long>(i), chain_.end());
        return;
      }
    }
    if (chain_.size() >= kMaxModuleDepth) {
      plan_[k].status = ModuleFile::Status::Circular;
      plan_[k].candidates = chain_;
      return;
    }
    plan_[k].status = ModuleFile::Status::Found;
    plan_[k].text = std::move(text);
    // Discovery parses a copy: the plan's text must stay put for the driver.
    std::string copy = plan_[k].text;
    file(plan_[k].path, copy, childDir);
  }

  const ModuleFileReader& reader_;
  std::vector<ModuleFile>& plan_;
  std::vector<std::string> chain_;  // the files being read, outermost first
};

// The second step: the k-th `mod name;` of the real tree is plan[k].
class ModuleParser {
 public:
  ModuleParser(const SourceFile& file,
               const std::vector<ModuleFile>& plan,
               Ast& ast,
               DiagnosticEngine& diags)
      : file_(file), plan_(plan), ast_(ast), diags_(diags) {}

  void walk(std::vector<Item*>& items) {
    for (Item* item : items) {
      if (item->kind != ItemKind::Mod)
        continue;
      if (item->isFileModule && next_ < plan_.size())
        load(item, plan_[next_++]);
      walk(item->members);
    }
  }

 private:
  // The declaration without its attributes (`mod name;`), as rustc shows it.
  Span declSpan(const Item* item) const {
    Span s = item->span;
    for (const Attribute& a : item->attrs)
      s.lo = std::max(s.lo, a.span.hi);
    std::string_view text = file_.text();
    while (s.lo < s.hi &&
           (text[s.lo] == ' ' || text[s.lo] == '\n' || text[s.lo] == '\t' || text[s.lo] == '\r'))
      ++s.lo;
    return s;
  }

  void load(Item* item, const ModuleFile& m) {
    std::string name(item->name);
    Span decl = declSpan(item);
    switch (m.status) {
      case ModuleFile::Status::Found: {
        std::vector<Token> tokens = lexRange(file_, m.start, m.end, diags_);
        parseModuleFile(file_, tokens, ast_, diags_, item->members);
        item->isFileModule = false;
        return;
      }
      case ModuleFile::Status::Missing: {
        if (hasCfg(item))
          return;  // perhaps configured out: rustc would not look for it
        auto d =
            diags_.emit(DiagKind::ModuleFileNotFound, "file not found for module `" + name + "`");
        d.primary(decl);
        if (m.candidates.size() == 2) {
          d.help("to create the module `" + name + "`, create file \"" + m.candidates[0] +
                 "\" or \"" + m.candidates[1] + "\"");
          d.note("if there is a `mod " + name +
                 "` elsewhere in the crate already, import it with `use crate::...` instead");
        } else if (m.candidates.size() == 1)
          d.help("the `#[path]` attribute names \"" + m.candidates[0] + "\", which does not exist");
        return;
      }
      case ModuleFile::Status::NoReader:
        diags_.emit(DiagKind::ModuleFileNotFound, "file not found for module `" + name + "`")
            .primary(decl)
            .note("this compiler compiles a single source file: it has no other files to read")
            .help("write the module inline: `mod " + name + " { ... }`");
        return;
      case ModuleFile::Status::Ambiguous:
        diags_
            .emit(DiagKind::ModuleFileAmbiguous, "file for module `" + name + "` found at both \"" +
                                                     m.candidates[0] + "\" and \"" +
                                                     m.candidates[1] + "\"")
            .primary(decl)
            .help("delete or rename one of them to remove the ambiguity");
        return;
      case ModuleFile::Status::Circular: {
        std::string cycle;
        for (const std::string& open : m.candidates)
          cycle += open + " -> ";
        cycle += m.path;
        diags_.emit(DiagKind::CircularModules, "circular modules: " + cycle).primary(decl);
        return;
      }
    }
  }

  const SourceFile& file_;
  const std::vector<ModuleFile>& plan_;
  Ast& ast_;
  DiagnosticEngine& diags_;
  size_t next_ = 0;
};

}  // namespace

std::vector<ModuleFile> findModuleFiles(const std::string& mainPath,
                                        std::string_view mainText,
                                        const ModuleFileReader& reader) {
  std::vector<ModuleFile> plan;
  // Most programs never write `mod`: they skip the scan.
  if (mainText.find("mod") == std::string_view::npos)
    return plan;
  Finder(reader, plan).file(mainPath, mainText, parentDir(mainPath));
  return plan;
}

void appendModuleFiles(SourceFile& file, std::vector<ModuleFile>& plan) {
  for (ModuleFile& m : plan) {
    if (m.status != ModuleFile::Status::Found)
      continue;
    m.start = file.appendFile(m.path, m.text);
    m.end = m.start + static_cast<uint32_t>(m.text.size());
    m.text.clear();
    m.text.shrink_to_fit();
  }
}

void parseModuleFiles(const SourceFile& file,
                      const std::vector<ModuleFile>& plan,
                      Ast& ast,
                      DiagnosticEngine& diags) {
  if (!plan.empty())
    ModuleParser(file, plan, ast, diags).walk(ast.items);
}

}  // namespace wr
