// The WasmIR binary encoder: turns a wasmir::Module into WebAssembly bytes.
//
// The driver calls encodeModule() at the end of every compile; the CLI writes
// the bytes to a .wasm file and the web build hands them to the page. Output
// is deterministic (same module, same bytes) and uses minimal LEB128s, so it
// can be compared byte for byte with wabt's output. On request the encoder
// also explains its bytes: every write carries a description, which
// dumpAnnotated() renders as an annotated hex dump for golden tests and the
// playground's byte view.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "wasmir/module.h"

namespace wasmir {

// What the bytes [offset, offset + size) of the output mean.
struct ByteAnnotation {
  uint32_t offset;
  uint32_t size;
  std::string description;
};

// Annotations in increasing offset order; they never overlap and together
// cover every byte of the module.
struct ByteAnnotations {
  std::vector<ByteAnnotation> entries;
};

// Encodes `module`. When `annotations` is not null, it receives one entry per
// write (section headers, counts, entries, each instruction, data bytes).
std::vector<uint8_t> encodeModule(const Module& module, ByteAnnotations* annotations = nullptr);

// One line per annotation: "000012: 41 10  ; i32.const 16". Long entries wrap
// every 16 bytes; bytes no annotation covers are shown as "(unannotated)".
std::string dumpAnnotated(const std::vector<uint8_t>& bytes, const ByteAnnotations& annotations);

}  // namespace wasmir
