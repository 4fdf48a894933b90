// The memory model as text: JSON for tools and golden tests, SVG for a
// picture a teacher can put on a slide. `wasmrust run --memviz out.json`
// and `--memviz out.svg` write them (docs/memviz.md describes both).
#pragma once

#include <string>

#include "memviz/model.h"

namespace memviz {

// Deterministic (same model, same bytes), indented JSON.
std::string toJson(const Model& model);

// A self-contained SVG (no scripts, no external fonts or images).
std::string toSvg(const Model& model);

}  // namespace memviz
