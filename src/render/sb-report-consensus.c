/* sb-report-consensus.c — what the summary says of a consensus: each part's rating changes, the key themes
 * Copyright 2026 The Scorebook authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A consensus is the basis of the site visit and of the feedback report,
 * so its paper says how the team got there: under each part every change
 * of its rating (from what to what, when, and why), and after the table
 * the key themes that cut across the parts, each with the parts it draws on.
 */
#define G_LOG_DOMAIN "sb-report"

#include "config.h"

#include "sb-report-private.h"

/* "理由：" in Chinese, "Rationale: " otherwise (also after both words). */
static char *
label_colon (SbReport      *self,
             SbReportLabel  label)
{
  g_autofree char *text = sb_report_label (self, label);

  return g_strconcat (text, self->options.language == SB_DISPLAY_LANGUAGE_ZH ? "：" : ": ", NULL);
}

/* "良好 Good 65 %", or "Unrated", as markup. */
static char *
rating_markup (SbReport   *self,
               SbNode     *node,
               gboolean    rated,
               const char *band_id,
               guint       percent)
{
  g_autofree char *band = NULL;
  g_autofree char *unrated = NULL;

  if (!rated || band_id == NULL)
    {
      unrated = sb_report_label (self, SB_REPORT_LABEL_UNRATED);
      return g_markup_printf_escaped ("<i>%s</i>", unrated);
    }
  band = sb_report_band_markup (self, node, band_id);
  return g_strdup_printf ("%s %u %%", band, percent);
}

/* One change: "from → to  (when)", then its rationale or that none was given. */
static char *
trail_markup (SbReport           *self,
              SbNode             *node,
              const SbTrailEntry *entry)
{
  g_autofree char *from = rating_markup (self, node, entry->from_rated, entry->from_band, entry->from_percent);
  g_autofree char *to = rating_markup (self, node, entry->to_rated, entry->to_band, entry->to_percent);
  g_autoptr(GDateTime) local = entry->when ? g_date_time_to_local (entry->when) : NULL;
  g_autofree char *when = local ? g_date_time_format (local, "%Y-%m-%d %H:%M") : g_strdup ("");
  g_autofree char *reason = NULL;
  g_autofree char *label = NULL;

  if (entry->rationale != NULL && *entry->rationale != '\0')
    {
      label = label_colon (self, SB_REPORT_LABEL_RATIONALE);
      reason = g_markup_printf_escaped ("%s%s", label, entry->rationale);
    }
  else
    {
      label = sb_report_label (self, SB_REPORT_LABEL_NO_RATIONALE);
      reason = g_markup_printf_escaped ("<i>%s</i>", label);
    }
  return g_strdup_printf ("%s → %s   <span foreground=\"#555555\">%s</span>\n%s", from, to, when, reason);
}

/* Under a part of a consensus, the examiners' comments the team chose not
 * to use, each with its author: left out, but never silently. */
void
sb_report_add_not_used (SbReport  *self,
                        GPtrArray *flow,
                        SbNode    *node)
{
  const char *id = sb_node_get_id (node);
  gboolean any = FALSE;

  for (guint i = 0; i < sb_assessment_get_n_proposals (self->assessment, id); i++)
    {
      const char *text = sb_assessment_get_proposal_text (self->assessment, id, i);
      const char *author = sb_assessment_get_proposal_author (self->assessment, id, i);
      gboolean strength = sb_assessment_get_proposal_kind (self->assessment, id, i) == SB_NOTE_STRENGTH;
      g_autofree char *key = NULL;
      g_autofree char *markup = NULL;

      /* Taken before the heading: what finds no room is counted as left
       * out, and a heading never stands over nothing. */
      if (sb_assessment_get_proposal_state (self->assessment, id, i) != SB_PROPOSAL_NOT_USED ||
          sb_note_is_blank (text) || !sb_report_take_comment (self, text))
        continue;
      if (!any)
        {
          g_autofree char *heading_key = g_strdup_printf ("not-used:%s", id);

          sb_report_add_comment_heading (self, flow, heading_key, SB_REPORT_LABEL_NOT_USED);
          any = TRUE;
        }
      key = g_strdup_printf ("not-used:%s:%u", id, i);
      markup = g_markup_printf_escaped ("%s  <span foreground=\"#555555\">(%s)</span>", text, author ? author : "");
      g_ptr_array_add (flow, sb_report_comment_block (self, key, strength ? "+" : "–", markup, TRUE, FALSE));
    }
}

/* Under a part of a consensus, its trail: every change of its rating. */
void
sb_report_add_trail (SbReport  *self,
                     GPtrArray *flow,
                     SbNode    *node)
{
  const char *id = sb_node_get_id (node);
  guint n = sb_assessment_get_n_trail (self->assessment, id);
  gboolean any = FALSE;

  for (guint i = 0; i < n; i++)
    {
      const SbTrailEntry *entry = sb_assessment_get_trail (self->assessment, id, i);
      g_autofree char *key = g_strdup_printf ("trail:%s:%u", id, i);
      g_autofree char *markup = NULL;

      /* Taken before the heading, as in sb_report_add_not_used(). */
      if (!sb_report_take_comment (self, entry->rationale ? entry->rationale : ""))
        continue;
      if (!any)
        {
          g_autofree char *heading_key = g_strdup_printf ("trails:%s", id);

          sb_report_add_comment_heading (self, flow, heading_key, SB_REPORT_LABEL_TRAIL);
          any = TRUE;
        }
      markup = trail_markup (self, node, entry);
      g_ptr_array_add (flow, sb_report_comment_block (self, key, "›", markup, TRUE, FALSE));
    }
}

/* A strength's or opportunity's text as markup, with the initials of the
 * examiners a consensus comment was built from; @shown_mark is @mark,
 * doubled (++, ––) on a comment the team marked significant. */
char *
sb_report_comment_markup (SbReport    *self,
                          const char  *owner_id,
                          SbNoteKind   kind,
                          guint        index,
                          const char  *mark,
                          char       **shown_mark)
{
  const char *note = sb_assessment_get_note (self->assessment, owner_id, kind, index);
  const char *authors = sb_assessment_get_note_authors (self->assessment, owner_id, kind, index);

  *shown_mark = sb_assessment_get_note_significant (self->assessment, owner_id, kind, index)
                ? g_strconcat (mark, mark, NULL) : g_strdup (mark);
  if (authors != NULL && *authors != '\0')
    return g_markup_printf_escaped ("%s  <span foreground=\"#555555\">(%s)</span>", note, authors);
  return g_markup_escape_text (note, -1);
}

/* The numbers of the parts whose comments a theme draws on, each once. */
static char *
theme_sources (SbReport    *self,
               SbThemeKind  kind,
               guint        index)
{
  const char * const *links = sb_assessment_get_theme_links (self->assessment, kind, index);
  SbStandard *standard = sb_assessment_get_standard (self->assessment);
  g_autoptr(GPtrArray) seen = g_ptr_array_new ();
  GString *out = g_string_new (NULL);

  for (guint i = 0; links != NULL && links[i] != NULL; i++)
    {
      const char *owner = NULL;
      SbNode *node;

      if (!sb_assessment_find_note (self->assessment, links[i], &owner, NULL, NULL) ||
          g_ptr_array_find_with_equal_func (seen, owner, g_str_equal, NULL))
        continue;
      g_ptr_array_add (seen, (gpointer) owner);
      node = sb_standard_lookup_node (standard, owner);
      g_string_append_printf (out, "%s%s", out->len ? ", " : "", node ? sb_node_get_number (node) : owner);
    }
  return g_string_free (out, FALSE);
}

/* What the themes page warns of a theme, for the panel that reads the
 * paper: "⚠ Contradicted by a comment of: 1.1.1", as markup; NULL when
 * the theme is supported and contradicted by none. */
static char *
theme_warning (SbReport    *self,
               SbThemeKind  kind,
               guint        index)
{
  SbThemeCheck check;
  SbNode *node;
  g_autofree char *label = NULL;
  const char *against = NULL;
  const char *owner = NULL;

  check = sb_assessment_check_theme (self->assessment, kind, index, &against);
  if (check == SB_THEME_UNSUPPORTED)
    {
      label = sb_report_label (self, SB_REPORT_LABEL_THEME_UNSUPPORTED);
      return g_markup_printf_escaped ("⚠ %s", label);
    }
  if (check != SB_THEME_CONTRADICTED)
    return NULL;
  label = label_colon (self, SB_REPORT_LABEL_THEME_CONTRADICTED);
  if (against != NULL)
    sb_assessment_find_note (self->assessment, against, &owner, NULL, NULL);
  node = owner != NULL ? sb_standard_lookup_node (sb_assessment_get_standard (self->assessment), owner) : NULL;
  return g_markup_printf_escaped ("⚠ %s%s", label, node != NULL ? sb_node_get_number (node) : owner ? owner : "");
}

/* A comment block moved from under the table's titles to the margin
 * (its text keeps the width it was laid out for). */
static void
outside_table (SbReport *self,
               Block    *block)
{
  block->in_table = FALSE;
  block->x = self->options.margin + CELL_INSET;
}

/* One key theme, once the caller has taken it within the bounds. */
static void
add_theme (SbReport    *self,
           GPtrArray   *flow,
           SbThemeKind  kind,
           guint        index)
{
  const char *text = sb_assessment_get_theme (self->assessment, kind, index);
  g_autofree char *key = g_strdup_printf ("theme:%u:%u", kind, index);
  g_autofree char *sources = NULL;
  g_autofree char *see = NULL;
  g_autofree char *warning = NULL;
  g_autofree char *escaped = NULL;
  GString *markup;
  Block *block;

  sources = theme_sources (self, kind, index);
  see = label_colon (self, SB_REPORT_LABEL_THEME_SEE);
  escaped = g_markup_escape_text (text, -1);
  markup = g_string_new (NULL);
  g_string_append (markup, escaped);
  if (*sources != '\0')
    g_string_append_printf (markup, "\n<span foreground=\"#555555\">%s%s</span>", see, sources);
  warning = theme_warning (self, kind, index);
  if (warning != NULL)
    g_string_append_printf (markup, "\n<b>%s</b>", warning);
  block = sb_report_comment_block (self, key, "•", markup->str, TRUE, FALSE);
  g_string_free (markup, TRUE);
  outside_table (self, block);
  g_ptr_array_add (flow, block);
}

/* After the table: the key themes, by their four kinds, when there are
 * any. Each theme is taken before the title and its kind's heading, so
 * the themes the bounds leave out are counted, under no heading. */
void
sb_report_add_key_themes (SbReport  *self,
                          GPtrArray *flow)
{
  static const SbReportLabel headings[SB_N_THEME_KINDS] = {
    SB_REPORT_LABEL_THEME_PROCESS_STRENGTHS, SB_REPORT_LABEL_THEME_PROCESS_OPPORTUNITIES,
    SB_REPORT_LABEL_THEME_RESULTS_STRENGTHS, SB_REPORT_LABEL_THEME_RESULTS_OPPORTUNITIES,
  };
  gboolean titled = FALSE;

  for (guint kind = 0; kind < SB_N_THEME_KINDS; kind++)
    {
      gboolean headed = FALSE;

      for (guint i = 0; i < sb_assessment_get_n_themes (self->assessment, kind); i++)
        {
          const char *text = sb_assessment_get_theme (self->assessment, kind, i);

          if (sb_note_is_blank (text) || !sb_report_take_comment (self, text))
            continue;
          if (!titled)
            {
              g_autofree char *title = sb_report_label (self, SB_REPORT_LABEL_KEY_THEMES);

              sb_report_add_section_title (self, flow, "key-themes", title);
            }
          if (!headed)
            {
              g_autofree char *key = g_strdup_printf ("themes:%u", kind);

              sb_report_add_comment_heading (self, flow, key, headings[kind]);
              outside_table (self, g_ptr_array_index (flow, flow->len - 1));
            }
          titled = headed = TRUE;
          add_theme (self, flow, kind, i);
        }
    }
}
