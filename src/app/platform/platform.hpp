// The window, the OpenGL 3 context and Dear ImGui's SDL2/OpenGL3 backends, created and released
// together in the right order (RAII). Not the screens or the game loop (app.hpp).
#pragma once
#include <memory>
#include <string>

#include "render/image/image.hpp"

struct SDL_Window;

namespace smp::app {

struct PlatformOptions {
  std::string title = "smpsim";
  int width = 1600;
  int height = 1000;
  bool vsync = true;
};

class Platform {
 public:
  // Throws io::EnvironmentError with SDL_GetError() when the window or context cannot be made.
  explicit Platform(const PlatformOptions& options);
  ~Platform();
  Platform(const Platform&) = delete;
  Platform& operator=(const Platform&) = delete;

  SDL_Window* window() const { return window_; }
  void window_size(int& w, int& h) const;    // logical points (mouse coordinates)
  void drawable_size(int& w, int& h) const;  // framebuffer pixels (HiDPI: larger)
  // Backend frame start (live input) and render of ImGui's draw data, then swap.
  void begin_frame();
  void end_frame_and_present(bool screenshot_before_swap, render::Image* shot);

 private:
  SDL_Window* window_ = nullptr;
  void* gl_context_ = nullptr;
  bool imgui_sdl_ = false;
  bool imgui_gl_ = false;
};

// The framebuffer as an image (top row first), read with glReadPixels.
render::Image read_framebuffer(int width_px, int height_px);

}  // namespace smp::app
