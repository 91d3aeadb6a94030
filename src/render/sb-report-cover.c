/* sb-report-cover.c — what page one of the summary says: the standard, the applicant, the total, the charts
 * Copyright 2026 The Scorebook authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "sb-report"

#include "config.h"

#include "sb-report-private.h"

/* "Score summary" and the standard's title, with its English line
 * smaller when both languages are shown. */
static void
add_title (SbReport  *self,
           GPtrArray *flow)
{
  SbStandard *standard = sb_assessment_get_standard (self->assessment);
  const SbText *title_text = sb_standard_get_title (standard);
  g_autofree char *kicker = sb_report_label (self, SB_REPORT_LABEL_KICKER);
  g_autofree char *kicker_markup = g_markup_escape_text (kicker, -1);
  g_autofree char *title = NULL;
  g_autofree char *second = g_strdup_printf ("size=\"%d\" weight=\"normal\"", (int) (SIZE_TITLE2 * PANGO_SCALE));
  Block *block;

  g_ptr_array_add (flow, sb_report_text_block (self, "kicker", kicker_markup, SIZE_KICKER, TRUE, GRAY_LABEL));
  if (self->options.language == SB_DISPLAY_LANGUAGE_BOTH)
    title = sb_report_join_markup (self, sb_text_get (title_text, SB_LANG_ZH), sb_text_get (title_text, SB_LANG_EN),
                                   second);
  else
    title = sb_report_text_markup (self, title_text);
  block = sb_report_text_block (self, "title", title, SIZE_TITLE, TRUE, GRAY_TEXT);
  block->space_before = SPACE_TITLE;
  g_ptr_array_add (flow, block);
}

/* The standard's subtitles, its edition and its id. */
static void
add_subtitle (SbReport  *self,
              GPtrArray *flow)
{
  SbStandard *standard = sb_assessment_get_standard (self->assessment);
  GPtrArray *subtitles = sb_standard_get_subtitles (standard);
  const char *year = sb_standard_get_edition (standard);
  g_autofree char *zh = g_strdup_printf ("%s年版", year);
  g_autofree char *en = g_strdup_printf ("Edition %s", year);
  g_autofree char *edition = sb_report_join (self, zh, en, " ");
  g_autofree char *markup = NULL;
  GString *sub = g_string_new (NULL);
  Block *block;

  for (guint i = 0; subtitles != NULL && i < subtitles->len; i++)
    {
      g_autofree char *line = sb_text_format (g_ptr_array_index (subtitles, i), self->options.language, " ");

      g_string_append_printf (sub, "%s%s", i > 0 ? "\n" : "", line);
    }
  g_string_append_printf (sub, "%s%s · %s", sub->len > 0 ? "\n" : "", edition, sb_standard_get_id (standard));
  markup = g_markup_escape_text (sub->str, -1);
  g_string_free (sub, TRUE);
  block = sb_report_text_block (self, "subtitle", markup, SIZE_SUB, FALSE, GRAY_SUBTITLE);
  block->space_before = SPACE_SUBTITLE;
  block->rule_below = RULE_SECTION;
  block->height += AFTER_SUBTITLE;
  g_ptr_array_add (flow, block);
}

/* An assessment made for another standard (or edition) is scored here
 * against this one: the page says so under the standard's name, as the
 * window does, so nobody reads the scores as what the examiner gave. */
static void
add_other_standard (SbReport  *self,
                    GPtrArray *flow)
{
  SbStandard *standard = sb_assessment_get_standard (self->assessment);
  const char *id = NULL;
  const char *edition = NULL;
  g_autofree char *zh = NULL;
  g_autofree char *en = NULL;
  Block *block;

  if (!sb_assessment_get_other_standard (self->assessment, &id, &edition))
    return;
  zh = g_strdup_printf ("注意：本评审是按标准“%s”（%s年版）做的，这里按“%s”（%s年版）计分；"
                        "本标准没有的部分不计分。",
                        id, edition, sb_standard_get_id (standard), sb_standard_get_edition (standard));
  en = g_strdup_printf ("Note: this assessment was made for the standard “%s” (edition %s) and is scored "
                        "here against “%s” (edition %s); parts this standard lacks are not counted.",
                        id, edition, sb_standard_get_id (standard), sb_standard_get_edition (standard));
  block = sb_report_notice_block (self, "other-standard", zh, en, SIZE_INFO);
  block->space_before = SPACE_NOTICE;
  g_ptr_array_add (flow, block);
}

/* A row of the cover: a label, and a value beside it (a dash for none). */
static void
add_info_row (SbReport      *self,
              GPtrArray     *flow,
              const char    *key,
              SbReportLabel  label,
              const char    *value)
{
  double w = sb_report_content_width (self);
  double label_w = self->options.language == SB_DISPLAY_LANGUAGE_BOTH ? INFO_LABEL_WIDTH2 : INFO_LABEL_WIDTH;
  g_autofree char *label_text = sb_report_label (self, label);
  Block *block = sb_report_block_new (SB_REPORT_BLOCK_TEXT, key);

  block->x = self->options.margin;
  block->width = w;
  block->space_before = SPACE_INFO_ROW;
  sb_report_block_add_cell (block, sb_report_layout_new (self, label_text, FALSE, SIZE_INFO, FALSE,
                                                         label_w - CELL_GAP, PANGO_ALIGN_LEFT),
                            0, 0, GRAY_LABEL);
  sb_report_block_add_cell (block, sb_report_layout_new (self, value && *value ? value : "—", FALSE, SIZE_INFO,
                                                         TRUE, w - label_w, PANGO_ALIGN_LEFT),
                            label_w, 0, GRAY_TEXT);
  sb_report_block_align_baselines (block);
  sb_report_block_finish_text (block);
  g_ptr_array_add (flow, block);
}

static char *
format_date (GDateTime *date)
{
  g_autoptr(GDateTime) local = NULL;

  if (date == NULL)
    return g_strdup ("");
  local = g_date_time_to_local (date);
  return g_date_time_format (local, "%Y-%m-%d");
}

/* Who is assessed, how, by whom and when. */
static void
add_info (SbReport  *self,
          GPtrArray *flow)
{
  SbAssessment *assessment = self->assessment;
  SbReportLabel subject = sb_assessment_get_subject (assessment) == SB_SUBJECT_PROJECT ? SB_REPORT_LABEL_PROJECT
                                                                                        : SB_REPORT_LABEL_ORGANIZATION;
  g_autofree char *subject_text = sb_report_label (self, subject);
  g_autofree char *kind = sb_report_label (self, sb_report_label_for_kind (sb_assessment_get_kind (assessment)));
  GDateTime *modified = sb_assessment_get_modified (assessment);
  g_autofree char *date = format_date (modified ? modified : sb_assessment_get_created (assessment));

  add_info_row (self, flow, "applicant", SB_REPORT_LABEL_APPLICANT, sb_assessment_get_applicant (assessment));
  add_info_row (self, flow, "subject", SB_REPORT_LABEL_SUBJECT, subject_text);
  add_info_row (self, flow, "kind", SB_REPORT_LABEL_KIND, kind);
  add_info_row (self, flow, "examiner", SB_REPORT_LABEL_EXAMINER, sb_assessment_get_examiner (assessment));
  add_info_row (self, flow, "date", SB_REPORT_LABEL_DATE, date);
}

/* "12 of 40 sub-items rated", in the standard's word for them. */
static char *
rated_text (SbReport      *self,
            const SbScore *score)
{
  SbStandard *standard = sb_assessment_get_standard (self->assessment);
  g_autofree char *zh_name = sb_standard_dup_scored_name (standard, SB_LANG_ZH, TRUE);
  g_autofree char *en_name = sb_standard_dup_scored_name (standard, SB_LANG_EN, TRUE);
  g_autofree char *zh = g_strdup_printf ("已评 %u / %u 个%s", score->n_rated, score->n_scored, zh_name);
  g_autofree char *en = g_strdup_printf ("%u of %u %s rated", score->n_rated, score->n_scored, en_name);

  return sb_report_join (self, zh, en, " · ");
}

/* The total's figures: large points, then the maximum and the percent
 * smaller on the same baseline. Returns the x where they end. */
static double
add_total_figures (SbReport      *self,
                   Block         *block,
                   const SbScore *score,
                   double         top,
                   int           *baseline)
{
  g_autofree char *points = sb_points_format_exact (score->points);
  g_autofree char *maximum = sb_points_format_exact (score->maximum);
  g_autofree char *percent = score->maximum > 0 ? sb_percent_format (score->points, score->maximum) : g_strdup ("0");
  g_autofree char *of = g_strdup_printf ("/ %s", maximum);
  g_autofree char *pct = g_strdup_printf ("%s %%", percent);
  PangoLayout *layout;
  double x, small_y;

  layout = sb_report_layout_new (self, points, FALSE, SIZE_TOTAL, TRUE, -1, PANGO_ALIGN_LEFT);
  *baseline = pango_layout_get_baseline (layout);
  sb_report_block_add_cell (block, layout, 0, top, GRAY_TEXT);
  x = sb_report_layout_width (layout) + TOTAL_POINTS_GAP;

  layout = sb_report_layout_new (self, of, FALSE, SIZE_TOTAL2, FALSE, -1, PANGO_ALIGN_LEFT);
  small_y = top + (double) (*baseline - pango_layout_get_baseline (layout)) / PANGO_SCALE;
  sb_report_block_add_cell (block, layout, x, small_y, GRAY_SECONDARY);
  x += sb_report_layout_width (layout) + TOTAL_MAXIMUM_GAP;
  layout = sb_report_layout_new (self, pct, FALSE, SIZE_TOTAL2, TRUE, -1, PANGO_ALIGN_LEFT);
  sb_report_block_add_cell (block, layout, x, small_y, GRAY_TEXT);
  return x + sb_report_layout_width (layout) + TOTAL_PERCENT_GAP;
}

/* The total: a caption, the figures, and how many are rated beside them,
 * or below them when it would have to wrap there. */
static void
add_total (SbReport  *self,
           GPtrArray *flow)
{
  g_autofree char *caption = sb_report_label (self, SB_REPORT_LABEL_TOTAL);
  g_autofree char *rated = NULL;
  Block *block = sb_report_block_new (SB_REPORT_BLOCK_TOTAL, "total");
  PangoLayout *layout;
  double x, top;
  int baseline;
  SbScore score;

  sb_assessment_get_score (self->assessment, NULL, &score);
  rated = rated_text (self, &score);
  block->x = self->options.margin;
  block->width = sb_report_content_width (self);
  block->space_before = SPACE_TOTAL;
  layout = sb_report_layout_new (self, caption, FALSE, SIZE_INFO, TRUE, -1, PANGO_ALIGN_LEFT);
  sb_report_block_add_cell (block, layout, 0, 0, GRAY_LABEL);
  top = block->height + TOTAL_CAPTION_GAP;
  x = add_total_figures (self, block, &score, top, &baseline);

  layout = sb_report_layout_new (self, rated, FALSE, SIZE_INFO, FALSE, -1, PANGO_ALIGN_LEFT);
  if (x + sb_report_layout_width (layout) <= block->width)
    sb_report_block_add_cell (block, layout, x, top + (double) (baseline - pango_layout_get_baseline (layout)) / PANGO_SCALE,
                              GRAY_LABEL);
  else
    {
      g_object_unref (layout);
      layout = sb_report_layout_new (self, rated, FALSE, SIZE_INFO, FALSE, block->width, PANGO_ALIGN_LEFT);
      sb_report_block_add_cell (block, layout, 0, block->height + TOTAL_RATED_GAP, GRAY_LABEL);
    }
  block->height += AFTER_TOTAL;
  block->rule_below = RULE_SECTION;
  sb_report_block_finish_text (block);
  g_ptr_array_add (flow, block);
}

void
sb_report_add_cover (SbReport  *self,
                     GPtrArray *flow)
{
  add_title (self, flow);
  add_subtitle (self, flow);
  add_other_standard (self, flow);
  add_info (self, flow);
  add_total (self, flow);
}

/* The two charts share what is left of page one; their heights are set
 * by the pagination once it knows how much that is. */
void
sb_report_add_charts (SbReport  *self,
                      GPtrArray *flow)
{
  const char *keys[] = { "radar", "bars" };

  for (guint i = 0; i < G_N_ELEMENTS (keys); i++)
    {
      Block *block = sb_report_block_new (SB_REPORT_BLOCK_CHART, keys[i]);

      block->chart = i == 0 ? SB_CHART_KIND_RADAR : SB_CHART_KIND_BARS;
      block->x = self->options.margin;
      block->width = sb_report_content_width (self);
      block->space_before = SPACE_CHART;
      block->text = g_strdup (keys[i]);
      g_ptr_array_add (flow, block);
    }
}
