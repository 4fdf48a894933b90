// The WasmRust DevTools app: Dear ImGui on WebGL2 (GLFW + OpenGL3 backends),
// built with Emscripten. One readable main(): create the context, init the
// backends, then per frame NewFrame -> the app's windows -> Render. The page
// (the playground's panel or the Chrome extension's) feeds it snapshots
// through the functions in bridge.cpp and devtools/web/devtools.mjs.
#include <GLES3/gl3.h>
#include <GLFW/glfw3.h>
#include <emscripten.h>

#include "devtools/app/app.h"
#include "devtools/app/emscripten_mainloop.h"
#include "imgui.h"
#include "imgui_impl_glfw.h"
#include "imgui_impl_opengl3.h"

int main() {
  if (!glfwInit())
    return 1;
  glfwWindowHint(GLFW_CONTEXT_VERSION_MAJOR, 3);
  glfwWindowHint(GLFW_CONTEXT_VERSION_MINOR, 0);
  // ImGui draws flat 2D triangles: no depth or stencil buffer, no
  // multisampling, and an opaque canvas, which the browser composites for
  // less (it matters with a software renderer).
  glfwWindowHint(GLFW_DEPTH_BITS, 0);
  glfwWindowHint(GLFW_STENCIL_BITS, 0);
  glfwWindowHint(GLFW_ALPHA_BITS, 0);
  glfwWindowHint(GLFW_SAMPLES, 0);
  devtools::CanvasSize size = devtools::canvasSize();
  GLFWwindow* window =
      glfwCreateWindow(size.width, size.height, "WasmRust DevTools", nullptr, nullptr);
  if (!window)
    return 1;
  glfwMakeContextCurrent(window);

  IMGUI_CHECKVERSION();
  ImGui::CreateContext();
  ImGuiIO& io = ImGui::GetIO();
  io.IniFilename = nullptr;  // no file system: nothing to save
  devtools::applyStyle();
  ImGui_ImplGlfw_InitForOpenGL(window, true);
  ImGui_ImplOpenGL3_Init("#version 300 es");

  runMainLoop([window] {
    devtools::CanvasSize now = devtools::canvasSize();
    int w = 0, h = 0;
    glfwGetWindowSize(window, &w, &h);
    if (now.width != w || now.height != h)
      glfwSetWindowSize(window, now.width, now.height);
    glfwPollEvents();
    double started = emscripten_get_now();

    ImGui_ImplOpenGL3_NewFrame();
    ImGui_ImplGlfw_NewFrame();
    // A headless browser can freeze time; ImGui needs time to move forward.
    if (ImGui::GetIO().DeltaTime <= 0)
      ImGui::GetIO().DeltaTime = 1.0f / 60;
    ImGui::NewFrame();
    devtools::app().frame();
    ImGui::Render();

    int fbw = 0, fbh = 0;
    glfwGetFramebufferSize(window, &fbw, &fbh);
    glViewport(0, 0, fbw, fbh);
    const ImVec4& bg = ImGui::GetStyle().Colors[ImGuiCol_WindowBg];  // the window's background
    glClearColor(bg.x, bg.y, bg.z, 1.0f);
    glClear(GL_COLOR_BUFFER_BIT);
    ImGui_ImplOpenGL3_RenderDrawData(ImGui::GetDrawData());
    devtools::app().frameTook(emscripten_get_now() - started);
  });

  // Not reached in the browser; the desktop order of shutting down.
  ImGui_ImplOpenGL3_Shutdown();
  ImGui_ImplGlfw_Shutdown();
  ImGui::DestroyContext();
  glfwDestroyWindow(window);
  glfwTerminate();
  return 0;
}
