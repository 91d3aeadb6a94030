/* sb-report-table.c — what the summary's table says: a row per node, with its comments and evidence
 * Copyright 2026 The Scorebook authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "sb-report"

#include "config.h"

#include <string.h>

#include "sb-report-private.h"

/* Columns of the table: x and width, relative to the left margin. */
typedef struct
{
  double number_x, number_w;
  double title_x, title_w;
  double max_x, max_w;
  double band_x, band_w;
  double percent_x, percent_w;
  double points_x, points_w;
} Columns;

static void
get_columns (SbReport *self,
             Columns  *c)
{
  double w = sb_report_content_width (self);

  c->points_w = COLUMN_POINTS;
  c->percent_w = COLUMN_PERCENT;
  c->band_w = self->options.language == SB_DISPLAY_LANGUAGE_BOTH ? COLUMN_BAND2 : COLUMN_BAND;
  c->max_w = COLUMN_MAXIMUM;
  c->number_w = COLUMN_NUMBER;
  c->points_x = w - c->points_w;
  c->percent_x = c->points_x - c->percent_w;
  c->band_x = c->percent_x - c->band_w;
  c->max_x = c->band_x - c->max_w;
  c->number_x = 0;
  c->title_x = c->number_w;
  c->title_w = c->max_x - c->title_x;
}

/* The standard's names for its levels in English, from the top down along
 * its first branch, as in "dimension, item and sub-item" (@last_joint " and
 * ") or "Category, item" (", ", @capital): the table says what the rows are
 * in the standard's words. */
static char *
kinds_in_english (SbReport   *self,
                  const char *last_joint,
                  gboolean    capital)
{
  GListModel *level = sb_standard_get_criteria (sb_assessment_get_standard (self->assessment));
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  GString *out = g_string_new (NULL);

  while (g_list_model_get_n_items (level) > 0)
    {
      g_autoptr(SbNode) node = g_list_model_get_item (level, 0);
      char *name = sb_node_dup_kind_name (node, SB_LANG_EN);

      if (names->len > 0 && g_str_equal (name, g_ptr_array_index (names, names->len - 1)))
        g_free (name);
      else
        g_ptr_array_add (names, name);
      level = sb_node_get_children (node);
    }
  for (guint i = 0; i < names->len; i++)
    g_string_append_printf (out, "%s%s", i == 0 ? "" : i + 1 == names->len ? last_joint : ", ",
                            (const char *) g_ptr_array_index (names, i));
  if (capital && out->len > 0)
    out->str[0] = g_ascii_toupper (out->str[0]);
  return g_string_free (out, FALSE);
}

typedef struct
{
  SbReportLabel   label;
  double          x, w;
  PangoAlignment  align;
} Heading;

/* A column's heading: both languages on two lines, the title column's
 * English in the standard's own words. */
static char *
heading_text (SbReport      *self,
              const Heading *heading,
              const char    *kinds)
{
  const char *zh = sb_report_label_get (heading->label, SB_LANG_ZH);
  const char *en = sb_report_label_get (heading->label, SB_LANG_EN);

  if (heading->label == SB_REPORT_LABEL_COLUMN_TITLE && *kinds != '\0')
    en = kinds;
  return sb_report_join (self, zh, en, "\n");
}

static Block *
table_heading (SbReport *self)
{
  Columns c;
  Block *block = sb_report_block_new (SB_REPORT_BLOCK_TABLE_HEADING, "table-heading");
  Heading heads[6];
  g_autofree char *kinds = kinds_in_english (self, ", ", TRUE);

  get_columns (self, &c);
  heads[0] = (Heading) { SB_REPORT_LABEL_COLUMN_NUMBER, c.number_x, c.number_w, PANGO_ALIGN_LEFT };
  heads[1] = (Heading) { SB_REPORT_LABEL_COLUMN_TITLE, c.title_x, c.title_w, PANGO_ALIGN_LEFT };
  heads[2] = (Heading) { SB_REPORT_LABEL_COLUMN_MAXIMUM, c.max_x, c.max_w, PANGO_ALIGN_RIGHT };
  heads[3] = (Heading) { SB_REPORT_LABEL_COLUMN_BAND, c.band_x, c.band_w, PANGO_ALIGN_LEFT };
  heads[4] = (Heading) { SB_REPORT_LABEL_COLUMN_PERCENT, c.percent_x, c.percent_w, PANGO_ALIGN_RIGHT };
  heads[5] = (Heading) { SB_REPORT_LABEL_COLUMN_POINTS, c.points_x, c.points_w, PANGO_ALIGN_RIGHT };

  block->x = self->options.margin;
  block->width = sb_report_content_width (self);
  for (guint i = 0; i < G_N_ELEMENTS (heads); i++)
    {
      g_autofree char *text = heading_text (self, &heads[i], kinds);
      double x = heads[i].x + (heads[i].align == PANGO_ALIGN_LEFT ? CELL_INSET : 0);
      double w = heads[i].w - CELL_GAP;

      sb_report_block_add_cell (block, sb_report_layout_new (self, text, FALSE, SIZE_TABLE_HEADING, TRUE, w,
                                                             heads[i].align),
                                x, ROW_PAD, GRAY_TEXT);
    }
  sb_report_block_align_baselines (block);
  block->height += ROW_PAD;
  block->fill = FILL_HEADING;
  block->rule_below = RULE_SECTION;
  block->in_table = TRUE;
  block->keep_with_next = TRUE;
  sb_report_block_finish_text (block);
  return block;
}

/* What a row shows right of its title; markup where it says so. */
typedef struct
{
  char *maximum;
  char *band;              /* markup */
  char *percent;
  char *points;
} RowValues;

static void
row_values_clear (RowValues *values)
{
  g_free (values->maximum);
  g_free (values->band);
  g_free (values->percent);
  g_free (values->points);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (RowValues, row_values_clear)

static void
row_values_unrated (SbReport  *self,
                    RowValues *values)
{
  g_autofree char *unrated = sb_report_label (self, SB_REPORT_LABEL_UNRATED);

  values->band = g_markup_printf_escaped ("<i>%s</i>", unrated);
  values->percent = g_strdup ("—");
  values->points = g_strdup ("—");
}

/* The level of @node's band @band_id ("良好 Good"), as markup; the id
 * itself for a band its guide lacks. */
char *
sb_report_band_markup (SbReport   *self,
                       SbNode     *node,
                       const char *band_id)
{
  SbBand *band = sb_guide_lookup_band (sb_node_get_guide (node), band_id);
  g_autofree char *zh = band ? sb_band_dup_level_name (band, SB_LANG_ZH) : NULL;
  g_autofree char *en = band ? sb_band_dup_level_name (band, SB_LANG_EN) : NULL;

  return band ? sb_report_join_markup (self, zh, en, MARKUP_SECOND_LANGUAGE) : g_markup_escape_text (band_id, -1);
}

/* A rated sub-item shows its band, percent and points; a node above
 * them its percent and points, marked when only some below are rated. */
static void
row_values_init (SbReport  *self,
                 SbNode    *node,
                 RowValues *values)
{
  const char *id = sb_node_get_id (node);
  gboolean scored = sb_node_is_scored (node);
  const char *band_id = NULL;
  guint rating = 0;
  SbScore score;

  sb_assessment_get_score (self->assessment, id, &score);
  values->maximum = sb_points_format_exact (score.maximum);
  if (scored && sb_assessment_get_rating (self->assessment, id, &band_id, &rating))
    {
      values->band = sb_report_band_markup (self, node, band_id);
      values->percent = g_strdup_printf ("%u %%", rating);
      values->points = sb_points_format_exact (score.points);
    }
  else if (!scored && score.n_rated > 0)
    {
      g_autofree char *percent = sb_percent_format (score.points, score.maximum);
      g_autofree char *points = sb_points_format_exact (score.points);

      values->band = g_strdup ("");
      values->percent = g_strdup_printf ("%s %%", percent);
      values->points = score.n_rated < score.n_scored ? g_strdup_printf ("%s*", points) : g_steal_pointer (&points);
    }
  else
    row_values_unrated (self, values);
}

/* The line that stands for a sub-item atop a page that goes on with its
 * comments: "1.1.1  Title (continued)". */
static Block *
continued_block (SbReport *self,
                 SbNode   *node,
                 Block    *row)
{
  g_autofree char *plain = sb_text_format (sb_node_get_title (node), self->options.language, " ");
  g_autofree char *more = sb_report_label (self, SB_REPORT_LABEL_CONTINUED);
  g_autofree char *line = g_strdup_printf ("%s  %s %s", sb_node_get_number (node), plain, more);
  Block *continued = sb_report_block_new (SB_REPORT_BLOCK_TEXT, NULL);

  continued->key = g_strdup_printf ("continued:%s", sb_node_get_id (node));
  continued->x = row->x;
  continued->width = row->width;
  sb_report_block_add_cell (continued, sb_report_line_new (self, line, SIZE_COMMENT, row->width - 2 * CELL_INSET),
                            CELL_INSET, ROW_PAD, GRAY_LABEL);
  continued->height += AFTER_CONTINUED;
  continued->in_table = TRUE;
  sb_report_block_finish_text (continued);
  return continued;
}

/* A dimension's row and a group's are filled and keep with what follows;
 * a sub-item's has a rule above and its continuation line. */
static void
style_row (SbReport *self,
           SbNode   *node,
           Block    *block)
{
  block->in_table = TRUE;
  if (sb_node_get_depth (node) == 0)
    {
      block->fill = FILL_TOP_LEVEL;
      block->space_before = SPACE_TOP_LEVEL;
      block->keep_with_next = TRUE;
    }
  else if (!sb_node_is_scored (node))
    {
      block->fill = FILL_GROUP;
      block->space_before = SPACE_GROUP;
      block->keep_with_next = TRUE;
    }
  else
    {
      block->rule_above = RULE_ROW;
      block->continued = continued_block (self, node, block);
    }
}

typedef struct
{
  const char     *text;
  gboolean        markup, bold;
  double          x, w, gray;
  PangoAlignment  align;
} RowCell;

static Block *
node_row (SbReport *self,
          SbNode   *node)
{
  g_autofree char *key = g_strdup_printf ("row:%s", sb_node_get_id (node));
  g_autofree char *title = sb_report_text_markup (self, sb_node_get_title (node));
  g_autofree char *number = g_markup_escape_text (sb_node_get_number (node), -1);
  g_auto(RowValues) values = { NULL };
  gboolean bold = !sb_node_is_scored (node);
  double indent = MIN (sb_node_get_depth (node), INDENT_MAX_DEPTH) * INDENT_STEP;
  Block *block = sb_report_block_new (SB_REPORT_BLOCK_ROW, key);
  RowCell cells[6];
  Columns c;

  get_columns (self, &c);
  row_values_init (self, node, &values);
  cells[0] = (RowCell) { number, TRUE, bold, c.number_x + CELL_INSET, c.number_w - CELL_GAP + CELL_INSET,
                         GRAY_TEXT, PANGO_ALIGN_LEFT };
  cells[1] = (RowCell) { title, TRUE, bold, c.title_x + indent, c.title_w - indent - CELL_GAP, GRAY_TEXT,
                         PANGO_ALIGN_LEFT };
  cells[2] = (RowCell) { values.maximum, FALSE, FALSE, c.max_x, c.max_w - CELL_GAP, GRAY_MAXIMUM,
                         PANGO_ALIGN_RIGHT };
  cells[3] = (RowCell) { values.band, TRUE, FALSE, c.band_x + CELL_INSET, c.band_w - CELL_GAP, GRAY_TEXT,
                         PANGO_ALIGN_LEFT };
  cells[4] = (RowCell) { values.percent, FALSE, FALSE, c.percent_x, c.percent_w - CELL_GAP, GRAY_TEXT,
                         PANGO_ALIGN_RIGHT };
  cells[5] = (RowCell) { values.points, FALSE, TRUE, c.points_x, c.points_w - CELL_INSET, GRAY_TEXT,
                         PANGO_ALIGN_RIGHT };

  block->x = self->options.margin;
  block->width = sb_report_content_width (self);
  for (guint i = 0; i < G_N_ELEMENTS (cells); i++)
    sb_report_block_add_cell (block, sb_report_layout_new (self, cells[i].text, cells[i].markup, SIZE_TABLE,
                                                           cells[i].bold, cells[i].w, cells[i].align),
                              cells[i].x, ROW_PAD, cells[i].gray);
  sb_report_block_align_baselines (block);
  block->height += ROW_PAD;
  style_row (self, node, block);
  sb_report_block_finish_text (block);
  return block;
}

/* A comment hangs under its sub-item's title, with a mark in the margin. */
Block *
sb_report_comment_block (SbReport   *self,
                         const char *key,
                         const char *mark,
                         const char *text,
                         gboolean    markup,
                         gboolean    bold)
{
  Columns c;
  Block *block = sb_report_block_new (SB_REPORT_BLOCK_COMMENT, key);
  double x, w, mark_width = 0;

  get_columns (self, &c);
  x = c.title_x + INDENT_STEP * COMMENT_INDENT_STEPS;
  w = sb_report_content_width (self) - x - CELL_INSET;
  block->x = self->options.margin + x;
  block->width = w;
  if (mark != NULL)
    {
      PangoLayout *layout = sb_report_layout_new (self, mark, FALSE, SIZE_COMMENT, TRUE, -1, PANGO_ALIGN_LEFT);

      /* A doubled mark (++ on a significant comment) pushes its text right. */
      mark_width = MAX (COMMENT_MARK_WIDTH, sb_report_layout_width (layout) + COMMENT_MARK_GAP);
      sb_report_block_add_cell (block, layout, 0, 0, GRAY_SECONDARY);
    }
  sb_report_block_add_cell (block, sb_report_layout_new (self, text, markup, SIZE_COMMENT, bold,
                                                         w - MAX (mark_width, COMMENT_MARK_WIDTH),
                                                         PANGO_ALIGN_LEFT),
                            mark_width, 0, bold ? GRAY_SUBTITLE : GRAY_TEXT);
  sb_report_block_align_baselines (block);
  block->split_cell = block->cells->len - 1;
  block->in_table = TRUE;
  block->space_before = SPACE_COMMENT;
  sb_report_block_finish_text (block);
  return block;
}

/* "Strengths", "Evidence notes": kept with the first comment below. */
void
sb_report_add_comment_heading (SbReport      *self,
                               GPtrArray     *flow,
                               const char    *key,
                               SbReportLabel  label)
{
  g_autofree char *heading = sb_report_label (self, label);
  Block *block = sb_report_comment_block (self, key, NULL, heading, FALSE, TRUE);

  block->space_before = SPACE_COMMENT_HEAD;
  block->keep_with_next = TRUE;
  block->split_cell = -1;
  g_ptr_array_add (flow, block);
}

/* Whether @text still fits in the summary's bounds; counted either way. */
gboolean
sb_report_take_comment (SbReport   *self,
                        const char *text)
{
  gsize length = strlen (text);

  if (self->n_comments < SB_REPORT_MAX_COMMENTS && self->comment_bytes + length <= SB_REPORT_MAX_COMMENT_BYTES)
    {
      self->n_comments++;
      self->comment_bytes += length;
      return TRUE;
    }
  self->n_left_out++;
  self->bytes_left_out += length;
  return FALSE;
}

gboolean
sb_report_has_room (SbReport *self)
{
  return self->n_comments < SB_REPORT_MAX_COMMENTS && self->comment_bytes < SB_REPORT_MAX_COMMENT_BYTES;
}

/* Last of all (after the key themes, which the bounds also count), what
 * the bounds left out, and where it is. */
void
sb_report_add_left_out (SbReport  *self,
                        GPtrArray *flow)
{
  g_autofree char *size = NULL;
  g_autofree char *zh = NULL;
  g_autofree char *en = NULL;

  if (self->n_left_out == 0)
    return;
  size = g_format_size (self->bytes_left_out);
  zh = g_strdup_printf ("另有 %u 条记录（%s）未打印：一份汇总最多打印 %u 条记录；所有记录都保存在评审文件中。",
                        self->n_left_out, size, SB_REPORT_MAX_COMMENTS);
  en = g_strdup_printf ("%u further notes (%s) are not printed: a summary prints at most %u notes; every note "
                        "is kept in the assessment file.", self->n_left_out, size, SB_REPORT_MAX_COMMENTS);
  g_ptr_array_add (flow, sb_report_notice_block (self, "left-out", zh, en, SIZE_COMMENT));
}

/* A sub-item's strengths or opportunities, under a heading. */
static void
add_comment_list (SbReport      *self,
                  GPtrArray     *flow,
                  const char    *owner_id,
                  SbNoteKind     kind,
                  const char    *key_prefix,
                  const char    *heading_prefix,
                  SbReportLabel  heading,
                  const char    *mark)
{
  guint n = sb_assessment_get_n_notes (self->assessment, owner_id, kind);
  g_autofree char *heading_key = NULL;

  if (sb_assessment_count_written_notes (self->assessment, owner_id, kind) == 0)
    return;
  if (!sb_report_has_room (self))
    {
      /* No heading over nothing: the notes are only counted as left out. */
      for (guint i = 0; i < n; i++)
        if (!sb_note_is_blank (sb_assessment_get_note (self->assessment, owner_id, kind, i)))
          sb_report_take_comment (self, sb_assessment_get_note (self->assessment, owner_id, kind, i));
      return;
    }
  heading_key = g_strdup_printf ("%s:%s", heading_prefix, owner_id);
  sb_report_add_comment_heading (self, flow, heading_key, heading);
  for (guint i = 0; i < n; i++)
    {
      g_autofree char *key = g_strdup_printf ("%s:%s:%u", key_prefix, owner_id, i);
      const char *note = sb_assessment_get_note (self->assessment, owner_id, kind, i);

      g_autofree char *markup = NULL;
      g_autofree char *shown_mark = NULL;

      if (sb_note_is_blank (note) || !sb_report_take_comment (self, note))
        continue;
      markup = sb_report_comment_markup (self, owner_id, kind, i, mark, &shown_mark);
      g_ptr_array_add (flow, sb_report_comment_block (self, key, shown_mark, markup, TRUE, FALSE));
    }
}

/* One guidance point's evidence notes, then its references. */
static void
add_point_evidence (SbReport        *self,
                    GPtrArray       *flow,
                    SbGuidancePoint *point)
{
  const char *point_id = sb_guidance_point_get_id (point);
  const char *number = sb_guidance_point_get_number (point);
  guint n_notes = sb_assessment_get_n_notes (self->assessment, point_id, SB_NOTE_EVIDENCE);
  guint n_refs = sb_assessment_get_n_notes (self->assessment, point_id, SB_NOTE_REFERENCE);

  for (guint i = 0; i < n_notes; i++)
    {
      const char *note = sb_assessment_get_note (self->assessment, point_id, SB_NOTE_EVIDENCE, i);
      g_autofree char *key = g_strdup_printf ("evidence:%s:%u", point_id, i);
      g_autofree char *text = NULL;

      if (sb_note_is_blank (note) || !sb_report_take_comment (self, note))
        continue;
      text = g_markup_printf_escaped ("<b>%s</b>  %s", number ? number : "", note);
      g_ptr_array_add (flow, sb_report_comment_block (self, key, "•", text, TRUE, FALSE));
    }
  for (guint i = 0; i < n_refs; i++)
    {
      const char *note = sb_assessment_get_note (self->assessment, point_id, SB_NOTE_REFERENCE, i);
      g_autofree char *key = g_strdup_printf ("reference:%s:%u", point_id, i);
      SbEvidenceKind kind = sb_assessment_get_note_evidence (self->assessment, point_id, i);
      g_autofree char *label = sb_report_label (self, sb_report_label_for_evidence (kind));
      g_autofree char *text = NULL;

      if (sb_note_is_blank (note) || !sb_report_take_comment (self, note))
        continue;
      text = g_markup_printf_escaped ("<b>%s</b>  <i>%s:</i> %s", number ? number : "", label, note);
      g_ptr_array_add (flow, sb_report_comment_block (self, key, "›", text, TRUE, FALSE));
    }
}

/* Evidence notes and references, point by point: only when asked for. */
static void
add_evidence (SbReport  *self,
              GPtrArray *flow,
              SbNode    *node)
{
  GListModel *guidance = sb_node_get_guidance (node);
  gboolean any = FALSE;

  for (guint p = 0; p < g_list_model_get_n_items (guidance); p++)
    {
      g_autoptr(SbGuidancePoint) point = g_list_model_get_item (guidance, p);
      const char *point_id = sb_guidance_point_get_id (point);

      if (sb_assessment_count_written_notes (self->assessment, point_id, SB_NOTE_EVIDENCE) +
          sb_assessment_count_written_notes (self->assessment, point_id, SB_NOTE_REFERENCE) == 0)
        continue;
      if (!any && sb_report_has_room (self))
        {
          g_autofree char *key = g_strdup_printf ("evidences:%s", sb_node_get_id (node));

          sb_report_add_comment_heading (self, flow, key, SB_REPORT_LABEL_EVIDENCE);
          any = TRUE;
        }
      add_point_evidence (self, flow, point);
    }
}

static void
add_node (SbReport  *self,
          GPtrArray *flow,
          SbNode    *node)
{
  GListModel *children = sb_node_get_children (node);
  guint before;

  g_ptr_array_add (flow, node_row (self, node));
  if (sb_node_is_scored (node))
    {
      const char *id = sb_node_get_id (node);

      before = flow->len;
      add_comment_list (self, flow, id, SB_NOTE_STRENGTH, "strength", "strengths", SB_REPORT_LABEL_STRENGTHS, "+");
      add_comment_list (self, flow, id, SB_NOTE_OPPORTUNITY, "opportunity", "opportunities",
                        SB_REPORT_LABEL_OPPORTUNITIES, "–");
      sb_report_add_not_used (self, flow, node);
      sb_report_add_trail (self, flow, node);
      if (self->options.include_notes)
        add_evidence (self, flow, node);
      if (flow->len > before)
        {
          Block *row = g_ptr_array_index (flow, before - 1);
          Block *last = g_ptr_array_index (flow, flow->len - 1);

          row->keep_with_next = TRUE;
          last->height += AFTER_COMMENTS;
        }
    }
  for (guint i = 0; i < g_list_model_get_n_items (children); i++)
    {
      g_autoptr(SbNode) child = g_list_model_get_item (children, i);

      add_node (self, flow, child);
    }
}

/* A section's title (the table's, the key themes'): on a page of its
 * own, kept with what follows it. */
void
sb_report_add_section_title (SbReport   *self,
                             GPtrArray  *flow,
                             const char *key,
                             const char *title)
{
  g_autofree char *markup = g_markup_escape_text (title, -1);
  Block *block = sb_report_text_block (self, key, markup, SIZE_SECTION, TRUE, GRAY_TEXT);

  block->break_before = TRUE;
  block->keep_with_next = TRUE;
  block->height += AFTER_TABLE_TITLE;
  g_ptr_array_add (flow, block);
}

/* "Scores by dimension, item and sub-item". */
static void
add_table_title (SbReport  *self,
                 GPtrArray *flow)
{
  g_autofree char *kinds = kinds_in_english (self, " and ", FALSE);
  g_autofree char *by = g_strdup_printf ("%s %s", sb_report_label_get (SB_REPORT_LABEL_TABLE_TITLE, SB_LANG_EN),
                                         kinds);
  g_autofree char *title = sb_report_join (self, sb_report_label_get (SB_REPORT_LABEL_TABLE_TITLE, SB_LANG_ZH),
                                           by, " ");

  sb_report_add_section_title (self, flow, "table-title", title);
}

/* The mark on partly rated items needs a word of explanation. */
static void
add_table_note (SbReport  *self,
                GPtrArray *flow)
{
  SbStandard *standard = sb_assessment_get_standard (self->assessment);
  g_autofree char *zh_name = NULL;
  g_autofree char *en_name = NULL;
  g_autofree char *zh = NULL;
  g_autofree char *en = NULL;
  g_autofree char *note = NULL;
  g_autofree char *markup = NULL;
  Block *block;
  SbScore score;

  sb_assessment_get_score (self->assessment, NULL, &score);
  if (score.n_rated == 0 || score.n_rated == score.n_scored)
    return;
  zh_name = sb_standard_dup_scored_name (standard, SB_LANG_ZH, TRUE);
  en_name = sb_standard_dup_scored_name (standard, SB_LANG_EN, TRUE);
  zh = g_strdup_printf ("* 部分%s尚未评分。", zh_name);
  en = g_strdup_printf ("* Only some of the %s below are rated.", en_name);
  note = sb_report_join (self, zh, en, " ");
  markup = g_markup_escape_text (note, -1);
  block = sb_report_text_block (self, "table-note", markup, SIZE_COMMENT, FALSE, GRAY_LABEL);
  block->space_before = SPACE_TABLE_NOTE;
  block->rule_above = RULE_SECTION;
  g_ptr_array_add (flow, block);
}

void
sb_report_add_table (SbReport  *self,
                     GPtrArray *flow)
{
  GListModel *criteria = sb_standard_get_criteria (sb_assessment_get_standard (self->assessment));

  add_table_title (self, flow);
  g_ptr_array_add (flow, table_heading (self));
  for (guint i = 0; i < g_list_model_get_n_items (criteria); i++)
    {
      g_autoptr(SbNode) node = g_list_model_get_item (criteria, i);

      add_node (self, flow, node);
    }
  add_table_note (self, flow);
}
