/* sb-chart-options.c — how a chart is drawn: language, palette, fonts
 * Copyright 2026 The Scorebook authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "sb-chart-options"

#include "config.h"

#include <string.h>

#include "sb-chart-options.h"

static SbChartColor
rgb (guint32 hex,
     double  alpha)
{
  return (SbChartColor) {
    ((hex >> 16) & 0xff) / 255.0,
    ((hex >> 8) & 0xff) / 255.0,
    (hex & 0xff) / 255.0,
    alpha,
  };
}

/* GNOME palette hues; series alternate dark and light so that two of
 * them never share a lightness. */
void
sb_chart_palette_init_light (SbChartPalette *palette)
{
  g_return_if_fail (palette != NULL);

  palette->background = rgb (0xffffff, 1.0);
  palette->foreground = rgb (0x241f31, 1.0);
  palette->muted = rgb (0x5e5c64, 1.0);
  palette->grid = rgb (0x77767b, 0.45);
  palette->track = rgb (0xdeddda, 1.0);
  palette->tints[0] = rgb (0x3584e4, 0.10);
  palette->tints[1] = rgb (0x2ec27e, 0.12);
  palette->tints[2] = rgb (0xff7800, 0.11);
  palette->tints[3] = rgb (0x9141ac, 0.10);
  palette->series[0] = rgb (0x1c71d8, 1.0);
  palette->series[1] = rgb (0xe66100, 1.0);
  palette->series[2] = rgb (0x26a269, 1.0);
  palette->series[3] = rgb (0xa51d2d, 1.0);
  palette->series[4] = rgb (0x813d9c, 1.0);
  palette->series[5] = rgb (0x865e3c, 1.0);
  palette->fill_alpha = 0.22;
}

void
sb_chart_palette_init_dark (SbChartPalette *palette)
{
  g_return_if_fail (palette != NULL);

  palette->background = rgb (0x242424, 1.0);
  palette->foreground = rgb (0xffffff, 1.0);
  palette->muted = rgb (0xc0bfbc, 1.0);
  palette->grid = rgb (0xdeddda, 0.35);
  palette->track = rgb (0x3d3846, 1.0);
  palette->tints[0] = rgb (0x62a0ea, 0.14);
  palette->tints[1] = rgb (0x57e389, 0.12);
  palette->tints[2] = rgb (0xffa348, 0.13);
  palette->tints[3] = rgb (0xc061cb, 0.14);
  palette->series[0] = rgb (0x62a0ea, 1.0);
  palette->series[1] = rgb (0xffa348, 1.0);
  palette->series[2] = rgb (0x8ff0a4, 1.0);
  palette->series[3] = rgb (0xf66151, 1.0);
  palette->series[4] = rgb (0xdc8add, 1.0);
  palette->series[5] = rgb (0xcdab8f, 1.0);
  palette->fill_alpha = 0.25;
}

/* Paper: white, near-black text, tints as three distinct light grays and
 * series as black, mid gray and dark gray (with dashes and markers that
 * differ too), so a grayscale printer keeps them apart. */
void
sb_chart_palette_init_print (SbChartPalette *palette)
{
  g_return_if_fail (palette != NULL);

  palette->background = rgb (0xffffff, 1.0);
  palette->foreground = rgb (0x000000, 1.0);
  palette->muted = rgb (0x444444, 1.0);
  palette->grid = rgb (0x000000, 0.45);
  palette->track = rgb (0xebebeb, 1.0);
  palette->tints[0] = rgb (0x000000, 0.07);
  palette->tints[1] = rgb (0x000000, 0.00);
  palette->tints[2] = rgb (0x000000, 0.14);
  palette->tints[3] = rgb (0x000000, 0.04);
  palette->series[0] = rgb (0x1a1a1a, 1.0);
  palette->series[1] = rgb (0xa0a0a0, 1.0);
  palette->series[2] = rgb (0x606060, 1.0);
  palette->series[3] = rgb (0xc8c8c8, 1.0);
  palette->series[4] = rgb (0x404040, 1.0);
  palette->series[5] = rgb (0x808080, 1.0);
  palette->fill_alpha = 0.16;
}

void
sb_chart_options_init (SbChartOptions *options)
{
  g_return_if_fail (options != NULL);

  memset (options, 0, sizeof *options);
  options->language = SB_DISPLAY_LANGUAGE_ZH;
  sb_chart_palette_init_light (&options->palette);
  options->font = NULL;
  options->font_size = 0;
  options->min_font_size = 0;
  options->show_legend = TRUE;
  options->show_values = TRUE;
}
