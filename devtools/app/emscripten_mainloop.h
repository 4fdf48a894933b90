// The browser drives the frame loop: main() hands its loop body to
// emscripten_set_main_loop, which calls it once per animation frame and
// never returns. This header keeps main.cpp reading like a desktop loop.
#pragma once

#include <emscripten.h>

#include <functional>

inline std::function<void()> gMainLoopBody;

inline void mainLoopStep() {
  gMainLoopBody();
}

// Runs `body` every animation frame; does not return.
inline void runMainLoop(std::function<void()> body) {
  gMainLoopBody = std::move(body);
  emscripten_set_main_loop(mainLoopStep, 0, true);
}
