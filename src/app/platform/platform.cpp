#include "app/platform/platform.hpp"

#include <SDL.h>
#include <SDL_opengl.h>
#include <backends/imgui_impl_opengl3.h>
#include <backends/imgui_impl_sdl.h>
#include <imgui.h>

#include <string>

#include "io/errors.hpp"

namespace smp::app {
namespace {
[[noreturn]] void fail(const std::string& what) {
  throw io::EnvironmentError(what + ": " + SDL_GetError());
}
}  // namespace

Platform::Platform(const PlatformOptions& options) {
  SDL_SetHint(SDL_HINT_VIDEO_HIGHDPI_DISABLED, "0");
  if (SDL_Init(SDL_INIT_VIDEO | SDL_INIT_TIMER) != 0) fail("cannot initialise SDL video");
  SDL_GL_SetAttribute(SDL_GL_CONTEXT_FLAGS, 0);
  SDL_GL_SetAttribute(SDL_GL_CONTEXT_PROFILE_MASK, SDL_GL_CONTEXT_PROFILE_CORE);
  SDL_GL_SetAttribute(SDL_GL_CONTEXT_MAJOR_VERSION, 3);
  SDL_GL_SetAttribute(SDL_GL_CONTEXT_MINOR_VERSION, 3);
  SDL_GL_SetAttribute(SDL_GL_DOUBLEBUFFER, 1);
  SDL_GL_SetAttribute(SDL_GL_DEPTH_SIZE, 0);
  const auto flags = static_cast<SDL_WindowFlags>(SDL_WINDOW_OPENGL | SDL_WINDOW_RESIZABLE |
                                                  SDL_WINDOW_ALLOW_HIGHDPI);
  window_ = SDL_CreateWindow(options.title.c_str(), SDL_WINDOWPOS_CENTERED, SDL_WINDOWPOS_CENTERED,
                             options.width, options.height, flags);
  if (window_ == nullptr) {
    SDL_Quit();
    fail("cannot create the window");
  }
  gl_context_ = SDL_GL_CreateContext(window_);
  if (gl_context_ == nullptr) {
    SDL_DestroyWindow(window_);
    SDL_Quit();
    fail("cannot create an OpenGL 3.3 core context");
  }
  SDL_GL_MakeCurrent(window_, gl_context_);
  SDL_GL_SetSwapInterval(options.vsync ? 1 : 0);

  IMGUI_CHECKVERSION();
  ImGui::CreateContext();
  ImGuiIO& io = ImGui::GetIO();
  io.IniFilename = nullptr;  // layout is fixed by the app; no imgui.ini litter in the cwd
  imgui_sdl_ = ImGui_ImplSDL2_InitForOpenGL(window_, gl_context_);
  imgui_gl_ = ImGui_ImplOpenGL3_Init("#version 330 core");
  if (!imgui_sdl_ || !imgui_gl_) {
    this->~Platform();
    throw io::EnvironmentError("cannot initialise Dear ImGui's SDL2/OpenGL3 backends");
  }
}

Platform::~Platform() {
  if (imgui_gl_) ImGui_ImplOpenGL3_Shutdown();
  if (imgui_sdl_) ImGui_ImplSDL2_Shutdown();
  imgui_gl_ = imgui_sdl_ = false;
  if (ImGui::GetCurrentContext() != nullptr) ImGui::DestroyContext();
  if (gl_context_ != nullptr) SDL_GL_DeleteContext(gl_context_);
  gl_context_ = nullptr;
  if (window_ != nullptr) SDL_DestroyWindow(window_);
  window_ = nullptr;
  SDL_Quit();
}

void Platform::window_size(int& w, int& h) const {
  SDL_GetWindowSize(window_, &w, &h);
}
void Platform::drawable_size(int& w, int& h) const {
  SDL_GL_GetDrawableSize(window_, &w, &h);
}

void Platform::begin_frame() {
  ImGui_ImplOpenGL3_NewFrame();
  ImGui_ImplSDL2_NewFrame();
}

void Platform::end_frame_and_present(bool screenshot_before_swap, render::Image* shot) {
  int w = 0, h = 0;
  drawable_size(w, h);
  glViewport(0, 0, w, h);
  glClearColor(0.11f, 0.12f, 0.13f, 1.0f);
  glClear(GL_COLOR_BUFFER_BIT);
  ImGui_ImplOpenGL3_RenderDrawData(ImGui::GetDrawData());
  if (screenshot_before_swap && shot != nullptr) *shot = read_framebuffer(w, h);
  SDL_GL_SwapWindow(window_);
}

render::Image read_framebuffer(int width_px, int height_px) {
  render::Image img(width_px, height_px);
  std::vector<std::uint8_t> raw(static_cast<std::size_t>(width_px) * height_px * 4);
  glPixelStorei(GL_PACK_ALIGNMENT, 1);
  glReadBuffer(GL_BACK);
  glReadPixels(0, 0, width_px, height_px, GL_RGBA, GL_UNSIGNED_BYTE, raw.data());
  const std::size_t row = static_cast<std::size_t>(width_px) * 4;
  for (int y = 0; y < height_px; ++y)  // GL's first row is the bottom one
    std::copy_n(raw.data() + static_cast<std::size_t>(height_px - 1 - y) * row, row,
                img.rgba.data() + static_cast<std::size_t>(y) * row);
  for (std::size_t i = 3; i < img.rgba.size(); i += 4) img.rgba[i] = 255;
  return img;
}

}  // namespace smp::app
