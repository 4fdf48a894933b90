// Checks that need a body's final types: inference variables are resolved
// (integer literals default to i32, float literals to f64), then literal
// ranges (rustc's deny-by-default `overflowing_literals`), `as` casts,
// negation of unsigned values and format-trait support are checked.
#include <algorithm>
#include <cstring>

#include "compiler/check/checker.h"
#include "compiler/check/exhaustive.h"

namespace wr {

void Checker::finishBody() {
  finishGenericUses();
  finishUnsizes();
  for (Expr* e : visited_)
    e->type = infer_->resolve(e->type, true);
  finishIntrinsicUses();
  // `*v` of a Vec and `a[1..3]` are unsized: only places, not values.
  for (Expr* e : unsizedPlaces_) {
    if (unsizedOk_.count(e))
      continue;
    std::string ty = prog_.typeName(e->type);
    diags_
        .emit(DiagKind::TraitBoundNotSatisfied,
              "the size for values of type `" + ty + "` cannot be known at compilation time")
        .primary(e->span, "doesn't have a size known at compile-time")
        .help("borrow it instead: `&" + placeText(e) + "`");
  }
  for (Pattern* p : visitedPats_) {
    if (p->type != kNoType)
      p->type = infer_->resolve(p->type, true);
  }
  for (Expr* e : visited_) {
    if (e->kind == ExprKind::For && e->forPlan) {
      e->forPlan->itemType = infer_->resolve(e->forPlan->itemType, true);
    }
  }
  for (LocalInfo& l : fn_->locals) {
    if (l.type == kNoType) {
      l.type = tt_.error();
      continue;
    }
    l.type = infer_->resolve(l.type, true);
    if (tt_.kind(l.type) == TypeKind::Dyn) {
      // A trait object lives only behind a pointer (docs/dyn.md).
      std::string ty = prog_.typeName(l.type);
      diags_
          .emit(DiagKind::TraitBoundNotSatisfied,
                "the size for values of type `" + ty + "` cannot be known at compilation time")
          .primary(l.span, "doesn't have a size known at compile-time")
          .help("borrow it instead: `&" + ty + "`, or box it: `Box<" + ty + ">`");
      l.type = tt_.error();
      continue;
    }
    if (tt_.kind(l.type) == TypeKind::Var) {
      std::string n(l.name);
      diags_.emit(DiagKind::TypeAnnotationsNeeded, "type annotations needed")
          .primary(l.span)
          .suggest("consider giving `" + n + "` an explicit type", Span{l.span.hi, l.span.hi},
                   ": /* Type */", Applicability::MaybeIncorrect);
      l.type = tt_.error();
    }
  }
  for (Expr* e : visited_) {
    switch (e->kind) {
      case ExprKind::IntLit:
        checkLiteralRange(e);
        break;
      case ExprKind::Cast:
        if (!e->unsize)
          checkCast(e);
        break;
      case ExprKind::Unary:
        if (e->unOp == UnOp::Neg && tt_.kind(e->type) == TypeKind::Int &&
            !isSigned(tt_.intKind(e->type))) {
          diags_
              .emit(DiagKind::UnaryOpUnsupported,
                    "cannot apply unary operator `-` to type `" + prog_.typeName(e->type) + "`")
              .primary(e->span, "cannot apply unary operator `-`")
              .note("unsigned values cannot be negated");
        }
        break;
      case ExprKind::Macro:
        checkFormatArgs(e);
        break;
      default:
        break;
    }
  }
  checkPatternsExhaustive(file_, prog_, diags_, matches_, lets_);
  finishClosures();
  requireGlue();
  finishIterFors();
}

void Checker::checkLiteralRange(Expr* e) {
  if (tt_.kind(e->type) != TypeKind::Int)
    return;
  IntKind k = tt_.intKind(e->type);
  int bits = intBits(k);
  bool negated = std::find(negatedLits_.begin(), negatedLits_.end(), e) != negatedLits_.end();
  uint64_t v = e->intValue;
  uint64_t max;
  if (isSigned(k)) {
    max = (bits == 64 ? ~0ull >> 1 : (1ull << (bits - 1)) - 1) + (negated ? 1 : 0);
  } else {
    max = bits == 64 ? ~0ull : (1ull << bits) - 1;
  }
  // Hex, octal and binary literals may fill the sign bit (`0xFFu8`, `0x80i8` is
  // still rejected by rustc, but `0xFFFF_FFFFi32` is a lint error too).
  if (v <= max)
    return;
  std::string name = intName(k);
  std::string lit(file_.text().substr(e->span.lo, e->span.hi - e->span.lo));
  std::string range;
  if (isSigned(k)) {
    int64_t lo = bits == 64 ? INT64_MIN : -(1ll << (bits - 1));
    int64_t hi = bits == 64 ? INT64_MAX : (1ll << (bits - 1)) - 1;
    range = std::to_string(lo) + "..=" + std::to_string(hi);
  } else {
    range = "0..=" + std::to_string(bits == 64 ? ~0ull : (1ull << bits) - 1);
  }
  std::string shown = negated ? "-" + lit : lit;
  diags_.emit(DiagKind::LiteralOutOfRange, "literal out of range for `" + name + "`")
      .primary(e->span)
      .note("the literal `" + shown + "` does not fit into the type `" + name +
            "` whose range is `" + range + "`")
      .note("`#[deny(overflowing_literals)]` on by default");
}

void Checker::checkCast(Expr* e) {
  TypeId from = e->lhs->type, to = e->type;
  const TypeData& fd = tt_.get(from);
  const TypeData& td = tt_.get(to);
  if (fd.kind == TypeKind::Error || td.kind == TypeKind::Error)
    return;
  auto prim = [](TypeKind k) {
    return k == TypeKind::Int || k == TypeKind::Float || k == TypeKind::Bool || k == TypeKind::Char;
  };
  std::string f = prog_.typeName(from), t = prog_.typeName(to);
  // A fieldless enum casts to any integer type (its discriminant).
  if (fd.kind == TypeKind::Struct && prog_.structs[fd.id].isEnum &&
      !prog_.structs[fd.id].hasFields() && td.kind == TypeKind::Int)
    return;
  if (fd.kind == TypeKind::Ref && prim(td.kind) && prim(tt_.kind(fd.elem))) {
    std::string inner(file_.text().substr(e->lhs->span.lo, e->lhs->span.hi - e->lhs->span.lo));
    diags_.emit(DiagKind::InvalidCast, "casting `" + f + "` as `" + t + "` is invalid")
        .primary(e->span)
        .suggest("dereference the expression", Span{e->lhs->span.lo, e->lhs->span.lo}, "*",
                 Applicability::MachineApplicable);
    return;
  }
  if (!prim(fd.kind) || !prim(td.kind)) {
    if (fd.kind == TypeKind::Ref && td.kind == TypeKind::Ref && from == to)
      return;
    diags_.emit(DiagKind::NonPrimitiveCast, "non-primitive cast: `" + f + "` as `" + t + "`")
        .primary(e->span,
                 "an `as` expression can only be used to convert between primitive types or to "
                 "coerce to a specific trait object");
    return;
  }
  if (td.kind == TypeKind::Char) {
    if (fd.kind == TypeKind::Char)
      return;
    if (fd.kind == TypeKind::Int && static_cast<IntKind>(fd.sub) == IntKind::U8)
      return;
    auto d =
        diags_.emit(DiagKind::OnlyU8ToChar, "only `u8` can be cast as `char`, not `" + f + "`");
    d.primary(e->span, "invalid cast");
    if (fd.kind == TypeKind::Int)
      d.help("try `char::from_u32` instead (via a `u32`)");
    return;
  }
  if (td.kind == TypeKind::Bool && fd.kind != TypeKind::Bool) {
    diags_.emit(DiagKind::InvalidCast, "cannot cast `" + f + "` as `bool`")
        .primary(e->span)
        .help("compare with zero instead: `" +
              std::string(file_.text().substr(e->lhs->span.lo, e->lhs->span.hi - e->lhs->span.lo)) +
              " != 0`");
    return;
  }
  bool fromSmall = fd.kind == TypeKind::Bool || fd.kind == TypeKind::Char;
  if (fromSmall && td.kind == TypeKind::Float) {
    diags_.emit(DiagKind::InvalidCast, "casting `" + f + "` as `" + t + "` is invalid")
        .primary(e->span)
        .help("cast through an integer first");
  }
}

bool Checker::supportsFormat(TypeId t, FormatSpec::Kind kind) {
  const TypeData& d = tt_.get(t);
  if (d.kind == TypeKind::Error || d.kind == TypeKind::Never)
    return true;
  if (d.kind == TypeKind::Ref)
    return supportsFormat(d.elem, kind);
  if (d.kind == TypeKind::Param) {
    const char* trait = kind == FormatSpec::Kind::Display ? "Display"
                        : kind == FormatSpec::Kind::Debug ? "Debug"
                                                          : nullptr;
    return trait && prog_.paramHasBound(d.id, prog_.stdTrait(trait));
  }
  // A recursive type (a list of boxes) supports what its other parts do.
  if (!formatVisiting_.insert(t).second)
    return true;
  bool ok = supportsFormatUncached(t, kind);
  formatVisiting_.erase(t);
  return ok;
}

bool Checker::supportsFormatUncached(TypeId t, FormatSpec::Kind kind) {
  const TypeData& d = tt_.get(t);
  LangItem lang = prog_.langOf(t);
  if (lang == LangItem::String)
    return kind == FormatSpec::Kind::Display || kind == FormatSpec::Kind::Debug;
  if (lang == LangItem::OwnedBox && !d.elems.empty())
    return supportsFormat(d.elems[0], kind);
  if (lang == LangItem::Vec && !d.elems.empty())
    return kind == FormatSpec::Kind::Debug && supportsFormat(d.elems[0], kind);
  if ((d.kind == TypeKind::Struct || d.kind == TypeKind::Dyn) &&
      (kind == FormatSpec::Kind::Display || kind == FormatSpec::Kind::Debug)) {
    // The program's own `impl fmt::Display` (or Debug), or the prelude's
    // for `dyn Error`.
    uint32_t tr = prog_.stdTrait(kind == FormatSpec::Kind::Display ? "Display" : "Debug");
    if (tr != kNone && findImpl(tr, t, nullptr, nullptr) != kNone)
      return true;
  }
  switch (kind) {
    case FormatSpec::Kind::Display:
      return d.kind == TypeKind::Int || d.kind == TypeKind::Float || d.kind == TypeKind::Bool ||
             d.kind == TypeKind::Char || d.kind == TypeKind::Str;
    case FormatSpec::Kind::Debug:
      switch (d.kind) {
        case TypeKind::Tuple:
          for (TypeId e : std::vector<TypeId>(d.elems)) {
            if (!supportsFormat(e, kind))
              return false;
          }
          return true;
        case TypeKind::Array:
        case TypeKind::Slice:
          return supportsFormat(d.elem, kind);
        case TypeKind::Struct: {
          const StructInfo& s = prog_.structs[d.id];
          if (!s.derivesDebug)
            return false;
          for (uint32_t i = 0; i < s.fields.size(); ++i) {
            if (!supportsFormat(prog_.fieldType(t, i), kind))
              return false;
          }
          for (uint32_t v = 0; v < s.variants.size(); ++v) {
            for (uint32_t i = 0; i < s.variants[v].fields.size(); ++i) {
              if (!supportsFormat(prog_.variantFieldType(t, v, i), kind))
                return false;
            }
          }
          return true;
        }
        case TypeKind::ExternRef:
          return false;  // a host value: the module cannot see into it
        case TypeKind::Dyn:
          return false;  // a trait object without an impl of its own
        default:
          return d.kind != TypeKind::Var;
      }
    case FormatSpec::Kind::LowerExp:
    case FormatSpec::Kind::UpperExp:
      return d.kind == TypeKind::Float || d.kind == TypeKind::Int;
    default:
      return d.kind == TypeKind::Int;
  }
}

void Checker::checkFormatArgs(Expr* e) {
  static const char* const kTraits[] = {"std::fmt::Display", "Debug",   "LowerHex",
                                        "UpperHex",          "Binary",  "Octal",
                                        "LowerExp",          "UpperExp"};
  for (const FormatPiece& p : e->format) {
    if (!p.hasArg || p.spec.arg >= e->macroArgs.size())
      continue;
    Expr* arg = e->macroArgs[p.spec.arg].value;
    if (!arg)
      continue;
    TypeId t = arg->type;
    if (!supportsFormat(t, p.spec.kind)) {
      std::string tn = prog_.typeName(t);
      TypeId base = t;
      while (tt_.kind(base) == TypeKind::Ref)
        base = tt_.get(base).elem;
      std::string bn = prog_.typeName(base);
      if (p.spec.kind == FormatSpec::Kind::Display) {
        auto d =
            diags_.emit(DiagKind::NotDisplay, "`" + bn + "` doesn't implement `std::fmt::Display`");
        d.primary(arg->span, "`" + bn + "` cannot be formatted with the default formatter");
        d.help("the trait `std::fmt::Display` is not implemented for `" + bn + "`");
        d.note(
            "in format strings you may be able to use `{:?}` (or {:#?} for pretty-print) instead");
      } else if (p.spec.kind == FormatSpec::Kind::Debug) {
        auto d = diags_.emit(DiagKind::NotDebug, "`" + bn + "` doesn't implement `Debug`");
        d.primary(arg->span, "`" + bn + "` cannot be formatted using `{:?}`");
        d.help("the trait `Debug` is not implemented for `" + bn + "`");
        if (tt_.kind(base) == TypeKind::Struct) {
          d.note("add `#[derive(Debug)]` to `" + bn + "` or manually `impl Debug for " + bn + "`");
        }
      } else {
        diags_
            .emit(DiagKind::NotDisplay, "the trait bound `" + tn + ": " +
                                            kTraits[static_cast<int>(p.spec.kind)] +
                                            "` is not satisfied")
            .primary(arg->span, "the trait `" +
                                    std::string(kTraits[static_cast<int>(p.spec.kind)]) +
                                    "` is not implemented for `" + tn + "`");
      }
    }
    for (int32_t idx : {p.spec.widthArg, p.spec.precisionArg}) {
      if (idx < 0 || static_cast<size_t>(idx) >= e->macroArgs.size())
        continue;
      Expr* w = e->macroArgs[idx].value;
      TypeId wt = w->type;
      if (tt_.kind(wt) == TypeKind::Error)
        continue;
      if (!(tt_.kind(wt) == TypeKind::Int && tt_.intKind(wt) == IntKind::Usize)) {
        diags_.emit(DiagKind::MismatchedTypes, "mismatched types")
            .primary(w->span, "expected `usize`, found `" + prog_.typeName(wt) + "`");
      }
    }
  }
}

std::unique_ptr<DeferredBodies> checkProgram(const SourceFile& file,
                                             Ast& ast,
                                             Program& program,
                                             DeferredResolution* resolution,
                                             DiagnosticEngine& diags) {
  auto checker = std::make_unique<Checker>(file, ast, program, resolution, diags);
  checker->run();
  checkInitialization(file, program, diags);
  if (!diags.hasErrors())
    checkOwnership(file, program, diags);
  return checker;
}

}  // namespace wr
