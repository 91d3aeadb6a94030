/* sb-report-block.c — the pieces of the summary's pages: blocks, and the text laid out in them
 * Copyright 2026 The Scorebook authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "sb-report"

#include "config.h"

#include "sb-chart-private.h"
#include "sb-report-private.h"

static void
cell_clear (gpointer data)
{
  Cell *cell = data;

  g_clear_object (&cell->layout);
}

Block *
sb_report_block_new (SbReportBlockKind  kind,
                     const char        *key)
{
  Block *block = g_new0 (Block, 1);

  block->kind = kind;
  block->key = g_strdup (key);
  block->cells = g_array_new (FALSE, TRUE, sizeof (Cell));
  g_array_set_clear_func (block->cells, cell_clear);
  block->fill = -1;
  block->split_cell = -1;
  block->n_parts = 1;
  return block;
}

Block *
sb_report_block_copy (const Block *block)
{
  Block *copy = g_memdup2 (block, sizeof *block);

  copy->key = g_strdup (block->key);
  copy->text = g_strdup (block->text);
  copy->cells = g_array_ref (block->cells);
  copy->continued = NULL;
  return copy;
}

void
sb_report_block_free (gpointer data)
{
  Block *block = data;

  if (block == NULL)
    return;
  g_free (block->key);
  g_free (block->text);
  g_array_unref (block->cells);
  sb_report_block_free (block->continued);
  g_free (block);
}

void
sb_report_block_add_cell (Block       *block,
                          PangoLayout *layout,
                          double       x,
                          double       y,
                          double       gray)
{
  Cell cell = { layout, x, y, gray };
  int w, h;

  g_array_append_val (block->cells, cell);
  pango_layout_get_size (layout, &w, &h);
  block->height = MAX (block->height, y + (double) h / PANGO_SCALE);
}

/* Moves the cells down so that their first lines share a baseline: a
 * line of Chinese is taller than one of digits, and a row should read
 * along one line all the same. */
void
sb_report_block_align_baselines (Block *block)
{
  int top = 0;

  for (guint i = 0; i < block->cells->len; i++)
    {
      Cell *cell = &g_array_index (block->cells, Cell, i);

      top = MAX (top, pango_layout_get_baseline (cell->layout));
    }
  for (guint i = 0; i < block->cells->len; i++)
    {
      Cell *cell = &g_array_index (block->cells, Cell, i);
      int w, h;

      cell->y += (double) (top - pango_layout_get_baseline (cell->layout)) / PANGO_SCALE;
      pango_layout_get_size (cell->layout, &w, &h);
      block->height = MAX (block->height, cell->y + (double) h / PANGO_SCALE);
    }
}

/* The plain text of every cell, tab-separated, for tests and search. */
void
sb_report_block_finish_text (Block *block)
{
  GString *str = g_string_new (NULL);

  for (guint i = 0; i < block->cells->len; i++)
    {
      Cell *cell = &g_array_index (block->cells, Cell, i);

      if (i > 0)
        g_string_append_c (str, '\t');
      g_string_append (str, pango_layout_get_text (cell->layout));
    }
  g_free (block->text);
  block->text = g_string_free (str, FALSE);
}

/* A text across the page: a title, a notice. */
Block *
sb_report_text_block (SbReport   *self,
                      const char *key,
                      const char *markup,
                      double      size,
                      gboolean    bold,
                      double      gray)
{
  Block *block = sb_report_block_new (SB_REPORT_BLOCK_TEXT, key);

  block->x = self->options.margin;
  block->width = sb_report_content_width (self);
  sb_report_block_add_cell (block, sb_report_layout_new (self, markup, TRUE, size, bold, block->width,
                                                         PANGO_ALIGN_LEFT),
                            0, 0, gray);
  sb_report_block_finish_text (block);
  return block;
}

/* A notice of the summary's own, in bold: in both languages, each on a
 * line of its own and tagged with it. */
Block *
sb_report_notice_block (SbReport   *self,
                        const char *key,
                        const char *zh,
                        const char *en,
                        double      size)
{
  g_autofree char *markup = sb_report_join_markup (self, zh, en, "lang=\"en\"");
  Block *block = sb_report_text_block (self, key, markup, size, TRUE, GRAY_TEXT);

  block->height += AFTER_NOTICE;
  return block;
}

/* Text laid out */

PangoLayout *
sb_report_layout_new (SbReport       *self,
                      const char     *text,
                      gboolean        markup,
                      double          size,
                      gboolean        bold,
                      double          width,
                      PangoAlignment  alignment)
{
  PangoLayout *layout = sb_chart_layout_new_with_font (self->context, self->font, size, bold);

  /* Words break between words, and a word wider than the column (a long
   * URL, a run of CJK) anywhere, so nothing leaves its column. */
  if (width > 0)
    {
      pango_layout_set_width (layout, (int) (width * PANGO_SCALE));
      pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
    }
  pango_layout_set_alignment (layout, alignment);
  if (markup)
    pango_layout_set_markup (layout, text, -1);
  else
    pango_layout_set_text (layout, text, -1);
  sb_language_set_on_layout (layout, sb_display_language_to_tag (self->options.language));
  return layout;
}

/* One line, shortened in the middle when it is too long. */
PangoLayout *
sb_report_line_new (SbReport   *self,
                    const char *text,
                    double      size,
                    double      width)
{
  PangoLayout *layout = sb_report_layout_new (self, text, FALSE, size, FALSE, width, PANGO_ALIGN_LEFT);

  pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_MIDDLE);
  return layout;
}

double
sb_report_layout_width (PangoLayout *layout)
{
  int w, h;

  pango_layout_get_size (layout, &w, &h);
  return (double) w / PANGO_SCALE;
}

double
sb_report_content_width (SbReport *self)
{
  return self->options.page_width - 2 * self->options.margin;
}

/* Texts in the summary's language */

/* One of the summary's own labels (sb-report-labels.c). */
char *
sb_report_label (SbReport      *self,
                 SbReportLabel  label)
{
  return sb_report_label_format (label, self->options.language);
}

/* A text of the summary's own that the caller has in both languages. */
char *
sb_report_join (SbReport   *self,
                const char *zh,
                const char *en,
                const char *separator)
{
  return sb_display_language_join (self->options.language, zh, en, separator);
}

/* @zh and @en as markup: in both languages, the English on a line of its
 * own in a span with @en_attributes; else the one that is shown. */
char *
sb_report_join_markup (SbReport   *self,
                       const char *zh,
                       const char *en,
                       const char *en_attributes)
{
  g_autofree char *shown = NULL;
  g_autofree char *zh_markup = NULL;
  g_autofree char *en_markup = NULL;

  if (self->options.language != SB_DISPLAY_LANGUAGE_BOTH || zh == NULL || en == NULL || *zh == '\0' ||
      *en == '\0' || g_str_equal (zh, en))
    {
      shown = sb_report_join (self, zh, en, "\n");
      return g_markup_escape_text (shown, -1);
    }
  zh_markup = g_markup_escape_text (zh, -1);
  en_markup = g_markup_escape_text (en, -1);
  return g_strconcat (zh_markup, "\n<span ", en_attributes, ">", en_markup, "</span>", NULL);
}

/* A text of the standard as markup: one language, or Chinese with the
 * English below it in gray. */
char *
sb_report_text_markup (SbReport     *self,
                       const SbText *text)
{
  const char *zh = sb_text_lookup (text, SB_LANG_ZH);
  const char *en = sb_text_lookup (text, SB_LANG_EN);
  g_autofree char *shown = NULL;

  if (self->options.language == SB_DISPLAY_LANGUAGE_BOTH && zh != NULL && en != NULL)
    return sb_report_join_markup (self, zh, en, MARKUP_SECOND_LANGUAGE);
  shown = sb_text_format (text, self->options.language, " ");
  return g_markup_escape_text (shown, -1);
}

/* The applicant and the standard, joined by @separator; the standard
 * alone while no applicant is named, since a dash in its place ("— — …")
 * reads as a fault. */
char *
sb_report_dup_title (SbReport   *self,
                     const char *separator)
{
  SbStandard *standard = sb_assessment_get_standard (self->assessment);
  g_autofree char *title = sb_text_format (sb_standard_get_title (standard), self->options.language, " ");
  const char *applicant = sb_assessment_get_applicant (self->assessment);

  if (applicant == NULL || *applicant == '\0')
    return g_steal_pointer (&title);
  return g_strconcat (applicant, separator, title, NULL);
}
