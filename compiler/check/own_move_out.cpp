// Moves out of borrowed data, found while the ownership graph is built
// (own_builder.h): a value behind a reference (E0507), an element taken
// out of an array or slice by indexing (E0508), a non-Copy static (E0507).
// The builder reports the error and goes on as if the value were copied.
#include "compiler/check/own_builder.h"

namespace wr::own {

void Builder::moveOutOfBorrowError(PlaceId p, Span span, Cause cause) {
  const PlaceNode& n = body_.places[p];
  std::string text = describePlace(file_, prog_, body_, p);
  std::string type = facts_.name(n.type);
  std::string why = "move occurs because `" + text + "` has type `" + type +
                    "`, which does not implement the `Copy` trait";
  // The projection that makes it borrowed data: the last dereference or
  // index on the way to the place.
  PlaceId q = p;
  while (q != kNone && body_.places[q].proj != ProjKind::Deref &&
         !(body_.places[q].proj == ProjKind::Index && body_.places[q].index == kNone))
    q = body_.places[q].parent;
  if (q == kNone || body_.places[q].parent == kNone) {
    // A static.
    auto d =
        diags_.emit(DiagKind::MoveOutOfBorrow, "cannot move out of static item `" + text + "`");
    d.primary(span, "move occurs because `" + text + "` has type `" + type +
                        "`, which does not implement the `Copy` trait");
    return;
  }
  const PlaceNode& at = body_.places[q];
  const PlaceNode& base = body_.places[at.parent];
  if (at.proj == ProjKind::Index) {
    const TypeData& bd = prog_.types.get(base.type);
    std::string kind = bd.kind == TypeKind::Array ? "array" : "slice";
    auto d =
        diags_.emit(DiagKind::MoveOutOfIndex,
                    "cannot move out of type `" + facts_.name(base.type) + "`, a non-copy " + kind);
    d.primary(span, "cannot move out of here");
    d.label(span, why);
    if (cause == Cause::Plain)
      d.suggest("consider borrowing here", Span{span.lo, span.lo}, "&",
                Applicability::MaybeIncorrect);
    return;
  }
  const TypeData& rd = prog_.types.get(base.type);
  std::string refKind = rd.kind == TypeKind::Ref && rd.sub ? "mutable" : "shared";
  bool named = !body_.locals[n.local].isTemp;
  std::string msg =
      named ? "cannot move out of `" + text + "` which is behind a " + refKind + " reference"
            : "cannot move out of a " + refKind + " reference";
  auto d = diags_.emit(DiagKind::MoveOutOfBorrow, msg);
  if (cause == Cause::Binding) {
    d.primary(span, "data moved here");
    d.note(why);
    d.suggest("consider borrowing the pattern binding", Span{span.lo, span.lo}, "ref ",
              Applicability::MaybeIncorrect);
    return;
  }
  if (cause == Cause::MethodSelf) {
    d.primary(span, "move occurs because `" + text + "` has type `" + type +
                        "`, which does not implement the `Copy` trait");
    return;
  }
  d.primary(span, why);
  if (cause == Cause::Plain && named)
    d.suggest("consider borrowing here", Span{span.lo, span.lo}, "&",
              Applicability::MaybeIncorrect);
}

}  // namespace wr::own
