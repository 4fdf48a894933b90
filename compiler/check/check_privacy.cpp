// Privacy of fields and methods: a field or inherent method that is not
// `pub` is usable only inside the module of its struct or impl (and that
// module's children); `pub(super)` also in the parent module. Reading such
// a field elsewhere is E0616, setting it in a struct literal E0451, calling
// such a method E0624. Paths to private items (E0603) are the resolver's
// (compiler/resolve/resolve.cpp). The prelude's own items are exempt.
#include "compiler/check/checker.h"

namespace wr {

// Whether the body being checked may use a member of `owner` (a struct or
// a method item) declared with the given visibility.
bool Checker::visibleHere(const Item* owner, bool isPub, PubScope scope) const {
  if (isPub && scope != PubScope::Super)
    return true;
  if (!owner || !fn_ || !fn_->item || file_.inPrelude(owner->span))
    return true;
  uint32_t home = owner->module;
  if (home >= prog_.moduleParents.size())
    return true;
  // A block is not a privacy boundary: its items belong to the module around it.
  while (prog_.moduleIsBlock[home] && prog_.moduleParents[home] != kNone)
    home = prog_.moduleParents[home];
  uint32_t visibleIn =
      isPub && prog_.moduleParents[home] != kNone ? prog_.moduleParents[home] : home;
  for (uint32_t m = fn_->item->module; m < prog_.moduleParents.size(); m = prog_.moduleParents[m]) {
    if (m == visibleIn)
      return true;
  }
  return false;
}

void Checker::checkFieldVisible(const StructInfo& s, size_t field, Span at) {
  if (s.isEnum || !s.item || field >= s.item->fields.size())
    return;
  const StructField& f = s.item->fields[field];
  if (visibleHere(s.item, f.isPub, f.pubScope))
    return;
  std::string name =
      s.item->shape == StructShape::Tuple ? std::to_string(field) : std::string(f.name);
  diags_.emit(DiagKind::PrivateField, "field `" + name + "` of struct `" + s.name + "` is private")
      .primary(at, "private field")
      .help("consider making the field publicly accessible: `pub " + name + "` in `" + s.name +
            "`, or adding a `pub` method that returns it");
}

void Checker::checkLiteralFieldVisible(const StructInfo& s, size_t field, Span at) {
  if (s.isEnum || !s.item || field >= s.item->fields.size())
    return;
  const StructField& f = s.item->fields[field];
  if (visibleHere(s.item, f.isPub, f.pubScope))
    return;
  std::string name(f.name);
  diags_
      .emit(DiagKind::PrivateFieldInLiteral,
            "field `" + name + "` of struct `" + s.name + "` is private")
      .primary(at, "private field")
      .help("consider making the field publicly accessible (`pub " + name +
            "`), or building the struct with a `pub fn new` in its module");
}

void Checker::checkMethodVisible(const FnInfo& method, Span at) {
  const Item* item = method.item;
  if (!item || visibleHere(item, item->isPub, item->pubScope))
    return;
  std::string name(item->name);
  // rustc's words: a fn without `self` is an associated function.
  std::string what = item->selfKind == SelfKind::None ? "associated function" : "method";
  auto d = diags_.emit(DiagKind::PrivateMethod, what + " `" + name + "` is private");
  d.primary(at, "private " + what);
  if (file_.sameFile(at.lo, item->nameSpan.lo))
    d.label(item->nameSpan, "private " + what + " defined here");
  d.help("consider making the " + what + " public: `pub fn " + name + "`");
}

}  // namespace wr
