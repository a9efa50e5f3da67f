#include "core/colour/colour_space.hpp"

#include <algorithm>
#include <cmath>
#include <numbers>

namespace smp::core {
namespace {

// D65 reference white, 2-degree observer (CIE 15).
constexpr double kXn = 0.95047, kYn = 1.0, kZn = 1.08883;

double to_linear(double c) {
  return c <= 0.04045 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
}
double to_gamma(double c) {
  c = std::clamp(c, 0.0, 1.0);
  return c <= 0.0031308 ? 12.92 * c : 1.055 * std::pow(c, 1.0 / 2.4) - 0.055;
}
double lab_f(double t) {
  constexpr double d = 6.0 / 29.0;
  return t > d * d * d ? std::cbrt(t) : t / (3.0 * d * d) + 4.0 / 29.0;
}
double lab_f_inv(double t) {
  constexpr double d = 6.0 / 29.0;
  return t > d ? t * t * t : 3.0 * d * d * (t - 4.0 / 29.0);
}

}  // namespace

LinearRgb lab_to_linear(Lab c) {
  const double fy = (c.l + 16.0) / 116.0;
  const double x = kXn * lab_f_inv(fy + c.a / 500.0);
  const double y = kYn * lab_f_inv(fy);
  const double z = kZn * lab_f_inv(fy - c.b / 200.0);
  return {3.2404542 * x - 1.5371385 * y - 0.4985314 * z,
          -0.9692660 * x + 1.8760108 * y + 0.0415560 * z,
          0.0556434 * x - 0.2040259 * y + 1.0572252 * z};
}
Lab linear_to_lab(LinearRgb c) {
  const double x = 0.4124564 * c.r + 0.3575761 * c.g + 0.1804375 * c.b;
  const double y = 0.2126729 * c.r + 0.7151522 * c.g + 0.0721750 * c.b;
  const double z = 0.0193339 * c.r + 0.1191920 * c.g + 0.9503041 * c.b;
  const double fx = lab_f(x / kXn), fy = lab_f(y / kYn), fz = lab_f(z / kZn);
  return {116.0 * fy - 16.0, 500.0 * (fx - fy), 200.0 * (fy - fz)};
}

LinearRgb srgb_to_linear(Srgb8 c) {
  return {to_linear(c.r / 255.0), to_linear(c.g / 255.0), to_linear(c.b / 255.0)};
}

SrgbUnit to_unit(Srgb8 c) {
  return {c.r / 255.0, c.g / 255.0, c.b / 255.0};
}

Srgb8 to_srgb8(SrgbUnit c) {
  const auto q = [](double v) {
    return static_cast<unsigned char>(std::lround(std::clamp(v, 0.0, 1.0) * 255.0));
  };
  return {q(c.r), q(c.g), q(c.b)};
}

Lab srgb_to_lab(SrgbUnit c) {
  return linear_to_lab({to_linear(c.r), to_linear(c.g), to_linear(c.b)});
}

Lab srgb_to_lab(Srgb8 c) {
  return srgb_to_lab(to_unit(c));
}

Srgb8 lab_to_srgb(Lab c) {
  const LinearRgb l = lab_to_linear(c);
  return to_srgb8({to_gamma(l.r), to_gamma(l.g), to_gamma(l.b)});
}

double delta_e76(Lab x, Lab y) {
  return std::hypot(x.l - y.l, x.a - y.a, x.b - y.b);
}

// CIEDE2000 (Sharma, Wu & Dalal 2005), kL = kC = kH = 1.
double delta_e2000(Lab x, Lab y) {
  const auto deg = [](double r) { return r * 180.0 / std::numbers::pi; };
  const auto rad = [](double d) { return d * std::numbers::pi / 180.0; };
  const double c1 = std::hypot(x.a, x.b), c2 = std::hypot(y.a, y.b);
  const double cbar = 0.5 * (c1 + c2);
  const double cbar7 = std::pow(cbar, 7.0);
  const double g = 0.5 * (1.0 - std::sqrt(cbar7 / (cbar7 + std::pow(25.0, 7.0))));
  const double a1 = (1.0 + g) * x.a, a2 = (1.0 + g) * y.a;
  const double c1p = std::hypot(a1, x.b), c2p = std::hypot(a2, y.b);
  const auto hue = [&](double b, double a) {
    if (a == 0.0 && b == 0.0) return 0.0;
    double h = deg(std::atan2(b, a));
    return h < 0.0 ? h + 360.0 : h;
  };
  const double h1 = hue(x.b, a1), h2 = hue(y.b, a2);
  const double dl = y.l - x.l;
  const double dc = c2p - c1p;
  double dh = 0.0;
  if (c1p * c2p != 0.0) {
    dh = h2 - h1;
    if (dh > 180.0) dh -= 360.0;
    if (dh < -180.0) dh += 360.0;
  }
  const double dhh = 2.0 * std::sqrt(c1p * c2p) * std::sin(rad(dh / 2.0));
  const double lbar = 0.5 * (x.l + y.l);
  const double cbarp = 0.5 * (c1p + c2p);
  double hbar = h1 + h2;
  if (c1p * c2p != 0.0) {
    if (std::abs(h1 - h2) <= 180.0)
      hbar *= 0.5;
    else
      hbar = (h1 + h2 < 360.0) ? 0.5 * (h1 + h2 + 360.0) : 0.5 * (h1 + h2 - 360.0);
  }
  const double t = 1.0 - 0.17 * std::cos(rad(hbar - 30.0)) + 0.24 * std::cos(rad(2.0 * hbar)) +
                   0.32 * std::cos(rad(3.0 * hbar + 6.0)) - 0.20 * std::cos(rad(4.0 * hbar - 63.0));
  const double dtheta = 30.0 * std::exp(-std::pow((hbar - 275.0) / 25.0, 2.0));
  const double cbarp7 = std::pow(cbarp, 7.0);
  const double rc = 2.0 * std::sqrt(cbarp7 / (cbarp7 + std::pow(25.0, 7.0)));
  const double sl =
      1.0 + 0.015 * (lbar - 50.0) * (lbar - 50.0) / std::sqrt(20.0 + (lbar - 50.0) * (lbar - 50.0));
  const double sc = 1.0 + 0.045 * cbarp;
  const double sh = 1.0 + 0.015 * cbarp * t;
  const double rt = -std::sin(rad(2.0 * dtheta)) * rc;
  const double tl = dl / sl, tc = dc / sc, th = dhh / sh;
  return std::sqrt(tl * tl + tc * tc + th * th + rt * tc * th);
}

}  // namespace smp::core
