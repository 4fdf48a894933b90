// Where the syntax tree's arena gets its chunks (see arena.h). Natively on
// Linux, chunks of 2 MiB are placed on 2 MiB boundaries and offered to the
// kernel for transparent huge pages, so filling one costs one page fault
// instead of 512; elsewhere (Emscripten, other systems) they are plain heap
// blocks.
#include "compiler/parse/arena.h"

#include <cstdlib>

#if defined(__linux__) && !defined(__EMSCRIPTEN__)
#include <sys/mman.h>
#define WR_ARENA_HUGE_PAGES 1
#endif

namespace wr {

namespace {

constexpr size_t kHugePage = size_t{2} * 1024 * 1024;

char* allocateChunk(size_t capacity) {
#ifdef WR_ARENA_HUGE_PAGES
  if (capacity % kHugePage == 0) {
    void* mem = std::aligned_alloc(kHugePage, capacity);
    if (mem) {
      // Advice only: without huge pages the chunk still works.
      madvise(mem, capacity, MADV_HUGEPAGE);
      return static_cast<char*>(mem);
    }
  }
#endif
  void* mem = std::malloc(capacity);
  if (!mem)
    throw std::bad_alloc();
  return static_cast<char*>(mem);
}

}  // namespace

void Arena::grow(size_t atLeast) {
  size_t capacity = chunks_.empty() ? kFirstChunkSize : kChunkSize;
  if (atLeast > capacity)
    capacity = (atLeast + kChunkSize - 1) / kChunkSize * kChunkSize;
  // malloc gives memory aligned for any fundamental type (16 bytes on the
  // targets WasmRust builds for), which is all nodes need.
  chunks_.push_back({allocateChunk(capacity), 0, capacity});
}

void Arena::freeChunk(Chunk& c) {
  std::free(c.mem);
  c.mem = nullptr;
}

}  // namespace wr
