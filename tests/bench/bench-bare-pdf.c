/* bench-bare-pdf.c — the export benchmark's baseline: 6 A4 pages of Pango text into a Cairo PDF
 * Copyright 2026 The Scorebook authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The least a program can do to write a summary-like PDF: load the fonts,
 * lay out paragraphs of Chinese and English text and write six A4 pages.
 * `scorebook --export` is measured as a ratio to this whole process, so the
 * figure says what Scorebook adds, not how fast the machine is today.
 *
 *   bench-bare-pdf OUT.pdf
 */
#include <cairo-pdf.h>
#include <pango/pangocairo.h>
#include <stdio.h>

#define A4_WIDTH  595.0
#define A4_HEIGHT 842.0
#define MARGIN     56.0
#define PAGES       6

static const char *const paragraphs[] = {
  "领导带领组织（项目）遵循新发展理念，贯彻高质量发展要求，以增进民生福祉、建立公平和谐社会为总目标，"
  "分析研判形势变化，识别相关方需求和期望，找准功能使命和努力方向。",
  "Leaders guide the organization (project) in following the new development concept and "
  "implementing the requirements of high-quality development, with improving people's "
  "well-being and building a fair and harmonious society as the overall goal.",
  "通过领导垂范、制度保障、文化活动等方式，推动价值理念在全员和利益相关方中的认同与践行。",
  "Through leaders setting an example, institutional safeguards, cultural activities and other "
  "means, promotes the recognition and practice of its values among all staff and stakeholders.",
};

static void
draw_page (cairo_t     *cr,
           PangoLayout *layout,
           int          page)
{
  double y = MARGIN;
  int n = 0;

  while (TRUE)
    {
      int height;

      pango_layout_set_text (layout, paragraphs[(page + n++) % G_N_ELEMENTS (paragraphs)], -1);
      pango_layout_get_size (layout, NULL, &height);
      if (y + height / (double) PANGO_SCALE > A4_HEIGHT - MARGIN)
        break;
      cairo_move_to (cr, MARGIN, y);
      pango_cairo_show_layout (cr, layout);
      y += height / (double) PANGO_SCALE + 8;
    }
  cairo_show_page (cr);
}

int
main (int   argc,
      char *argv[])
{
  cairo_surface_t *surface;
  cairo_t *cr;
  PangoLayout *layout;
  PangoFontDescription *font;

  if (argc != 2)
    {
      fprintf (stderr, "usage: %s OUT.pdf\n", argv[0]);
      return 2;
    }
  surface = cairo_pdf_surface_create (argv[1], A4_WIDTH, A4_HEIGHT);
  cr = cairo_create (surface);
  layout = pango_cairo_create_layout (cr);
  font = pango_font_description_from_string ("Sans 10");
  pango_layout_set_font_description (layout, font);
  pango_layout_set_width (layout, (A4_WIDTH - 2 * MARGIN) * PANGO_SCALE);
  pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);

  for (int page = 0; page < PAGES; page++)
    draw_page (cr, layout, page);

  pango_font_description_free (font);
  g_object_unref (layout);
  cairo_destroy (cr);
  cairo_surface_finish (surface);
  if (cairo_surface_status (surface) != CAIRO_STATUS_SUCCESS)
    {
      fprintf (stderr, "%s: %s\n", argv[1], cairo_status_to_string (cairo_surface_status (surface)));
      return 1;
    }
  cairo_surface_destroy (surface);
  return 0;
}
