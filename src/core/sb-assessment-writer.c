/* sb-assessment-writer.c — writing *.scorebook files: stable bytes, replaced atomically
 * Copyright 2026 The Scorebook authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "sb-assessment-file"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "sb-assessment-format.h"
#include "sb-atomic-file.h"

/* Writing: stable order, one element per line, two spaces a level. */

static void
indent (GString *out,
        guint    depth)
{
  for (guint i = 0; i < depth; i++)
    g_string_append (out, "  ");
}

static void
append_attribute (GString    *out,
                  const char *name,
                  const char *value)
{
  g_string_append_printf (out, " %s=\"", name);
  sb_assessment_format_append_escaped (out, value, TRUE);
  g_string_append_c (out, '"');
}

/* Writes the kept children whose place is after @n_known known ones; with
 * @rest, those after it too. */
static void
append_kept_children (GString      *out,
                      const SbKept *kept,
                      guint         n_known,
                      gboolean      rest,
                      guint         depth)
{
  if (kept == NULL)
    return;
  for (guint i = 0; i < kept->children->len; i++)
    {
      SbKeptChild *child = g_ptr_array_index (kept->children, i);

      if (child->after == n_known || (rest && child->after > n_known))
        {
          indent (out, depth);
          g_string_append (out, child->xml);
          g_string_append_c (out, '\n');
        }
    }
}

static void
append_text_element (GString      *out,
                     guint         depth,
                     const char   *name,
                     const char   *attrs,
                     const char   *text,
                     const SbKept *kept)
{
  gboolean has_children = kept != NULL && kept->children->len > 0;

  indent (out, depth);
  g_string_append_printf (out, "<%s%s%s", name, attrs ? attrs : "", kept && kept->attrs ? kept->attrs : "");
  if ((text == NULL || *text == '\0') && !has_children)
    {
      g_string_append (out, "/>\n");
      return;
    }
  g_string_append_c (out, '>');
  sb_assessment_format_append_escaped (out, text, FALSE);
  for (guint i = 0; has_children && i < kept->children->len; i++)
    g_string_append (out, ((SbKeptChild *) g_ptr_array_index (kept->children, i))->xml);
  g_string_append_printf (out, "</%s>\n", name);
}

/* An element whose body is @body (its children, already indented). */
static void
append_container (GString      *out,
                  guint         depth,
                  const char   *name,
                  const char   *attrs,
                  const SbKept *kept,
                  GString      *body)
{
  indent (out, depth);
  g_string_append_printf (out, "<%s%s%s", name, attrs, kept && kept->attrs ? kept->attrs : "");
  if (body->len == 0)
    {
      g_string_append (out, "/>\n");
      return;
    }
  g_string_append (out, ">\n");
  g_string_append_len (out, body->str, body->len);
  indent (out, depth);
  g_string_append_printf (out, "</%s>\n", name);
}

/* A consensus comment's authors and marks (format 2). */
static void
append_comment_attributes (GString      *attrs,
                           SbAssessment *assessment,
                           const char   *owner_id,
                           SbNoteKind    kind,
                           guint         index)
{
  const char *authors;

  if (kind != SB_NOTE_STRENGTH && kind != SB_NOTE_OPPORTUNITY)
    return;
  authors = sb_assessment_get_note_authors (assessment, owner_id, kind, index);
  if (authors != NULL)
    append_attribute (attrs, SB_ATTRIBUTE_AUTHORS, authors);
  if (sb_assessment_get_note_significant (assessment, owner_id, kind, index))
    append_attribute (attrs, SB_ATTRIBUTE_SIGNIFICANT, "true");
  if (sb_assessment_get_note_key_theme (assessment, owner_id, kind, index))
    append_attribute (attrs, SB_ATTRIBUTE_KEY_THEME, "true");
}

/* Notes get their ids from format 2 on, so that a file of format 1 with
 * nothing of a consensus in it is written as it was. */
static void
append_notes (GString      *body,
              SbAssessment *assessment,
              const char   *owner_id,
              SbNoteKind    kind,
              const SbKept *kept,
              guint        *n_known,
              guint         depth,
              guint         format)
{
  guint n = sb_assessment_get_n_notes (assessment, owner_id, kind);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GString) attrs = g_string_new (NULL);

      append_kept_children (body, kept, (*n_known)++, FALSE, depth);
      if (sb_note_is_blank (sb_assessment_get_note (assessment, owner_id, kind, i)) &&
          sb_assessment_get_note_kept (assessment, owner_id, kind, i) == NULL)
        continue;
      if (format >= SB_ASSESSMENT_FORMAT_CONSENSUS)
        append_attribute (attrs, SB_ATTRIBUTE_ID, sb_assessment_get_note_id (assessment, owner_id, kind, i));
      append_comment_attributes (attrs, assessment, owner_id, kind, i);
      if (kind == SB_NOTE_REFERENCE)
        append_attribute (attrs, SB_ATTRIBUTE_KIND,
                          sb_evidence_kind_to_string (sb_assessment_get_note_evidence (assessment, owner_id, i)));
      append_text_element (body, depth, sb_assessment_format_note_element (kind), attrs->str,
                           sb_assessment_get_note (assessment, owner_id, kind, i),
                           sb_assessment_get_note_kept (assessment, owner_id, kind, i));
    }
}

static void
append_point (GString      *out,
              SbAssessment *assessment,
              const char   *point_id,
              guint         depth,
              guint         format)
{
  const SbKept *kept = sb_assessment_get_kept (assessment, point_id);
  g_autoptr(GString) body = g_string_new (NULL);
  g_autoptr(GString) attrs = g_string_new (NULL);
  guint n_known = 0;

  append_notes (body, assessment, point_id, SB_NOTE_EVIDENCE, kept, &n_known, depth + 1, format);
  append_notes (body, assessment, point_id, SB_NOTE_REFERENCE, kept, &n_known, depth + 1, format);
  append_kept_children (body, kept, n_known, TRUE, depth + 1);

  append_attribute (attrs, SB_ATTRIBUTE_ID, point_id);
  append_container (out, depth, SB_ELEMENT_POINT, attrs->str, kept, body);
}

static void
append_percent (GString    *attrs,
                const char *name,
                guint       percent)
{
  g_autofree char *text = g_strdup_printf ("%u", percent);

  append_attribute (attrs, name, text);
}

/* A part's rating, its baseline mark and its independent range. */
static void
append_rating (GString      *attrs,
               SbAssessment *assessment,
               const char   *id)
{
  const char *band_id;
  guint percent, lowest, highest;

  if (sb_assessment_get_rating (assessment, id, &band_id, &percent))
    {
      append_attribute (attrs, SB_ATTRIBUTE_BAND, band_id);
      append_percent (attrs, SB_ATTRIBUTE_PERCENT, percent);
      if (sb_assessment_is_baseline (assessment, id))
        append_attribute (attrs, SB_ATTRIBUTE_BASELINE, "true");
    }
  if (sb_assessment_get_independent_range (assessment, id, &lowest, &highest))
    {
      append_percent (attrs, SB_ATTRIBUTE_LOWEST, lowest);
      append_percent (attrs, SB_ATTRIBUTE_HIGHEST, highest);
    }
}

/* The proposals and the trail of a part in a consensus (format 2). */
static void
append_consensus (GString      *body,
                  SbAssessment *assessment,
                  const char   *id,
                  const SbKept *kept,
                  guint        *n_known,
                  guint         depth)
{
  guint n_proposals = sb_assessment_get_n_proposals (assessment, id);
  guint n_trail = sb_assessment_get_n_trail (assessment, id);

  for (guint i = 0; i < n_proposals; i++)
    {
      g_autoptr(GString) attrs = g_string_new (NULL);

      append_kept_children (body, kept, (*n_known)++, FALSE, depth);
      append_attribute (attrs, SB_ATTRIBUTE_KIND,
                        sb_assessment_format_note_element (sb_assessment_get_proposal_kind (assessment, id, i)));
      append_attribute (attrs, SB_ATTRIBUTE_AUTHOR, sb_assessment_get_proposal_author (assessment, id, i));
      append_attribute (attrs, SB_ATTRIBUTE_STATE,
                        sb_proposal_state_to_string (sb_assessment_get_proposal_state (assessment, id, i)));
      append_text_element (body, depth, SB_ELEMENT_PROPOSAL, attrs->str, sb_assessment_get_proposal_text (assessment, id, i),
                           *sb_assessment_proposal_kept (assessment, id, i));
    }
  for (guint i = 0; i < n_trail; i++)
    {
      const SbTrailEntry *entry = sb_assessment_get_trail (assessment, id, i);
      g_autoptr(GString) attrs = g_string_new (NULL);
      g_autofree char *when = sb_assessment_format_date (entry->when);

      append_kept_children (body, kept, (*n_known)++, FALSE, depth);
      if (entry->from_rated)
        {
          append_attribute (attrs, SB_ATTRIBUTE_FROM_BAND, entry->from_band);
          append_percent (attrs, SB_ATTRIBUTE_FROM_PERCENT, entry->from_percent);
        }
      if (entry->to_rated)
        {
          append_attribute (attrs, SB_ATTRIBUTE_TO_BAND, entry->to_band);
          append_percent (attrs, SB_ATTRIBUTE_TO_PERCENT, entry->to_percent);
        }
      append_attribute (attrs, SB_ATTRIBUTE_WHEN, when);
      append_text_element (body, depth, SB_ELEMENT_CHANGE, attrs->str, entry->rationale,
                           *sb_assessment_trail_kept (assessment, id, i));
    }
}

static void
append_subitem (GString      *out,
                SbAssessment *assessment,
                const char   *id,
                GPtrArray    *point_ids,
                guint         depth,
                guint         format)
{
  const SbKept *kept = sb_assessment_get_kept (assessment, id);
  g_autoptr(GString) body = g_string_new (NULL);
  g_autoptr(GString) attrs = g_string_new (NULL);
  guint n_known = 0;
  gboolean any_point = FALSE;

  for (guint i = 0; i < point_ids->len; i++)
    any_point |= sb_assessment_has_content (assessment, g_ptr_array_index (point_ids, i));
  if (!any_point && !sb_assessment_has_content (assessment, id))
    return;

  append_attribute (attrs, SB_ATTRIBUTE_ID, id);
  append_rating (attrs, assessment, id);

  append_notes (body, assessment, id, SB_NOTE_STRENGTH, kept, &n_known, depth + 1, format);
  append_notes (body, assessment, id, SB_NOTE_OPPORTUNITY, kept, &n_known, depth + 1, format);
  append_consensus (body, assessment, id, kept, &n_known, depth + 1);
  for (guint i = 0; i < point_ids->len; i++)
    {
      const char *point_id = g_ptr_array_index (point_ids, i);

      if (!sb_assessment_has_content (assessment, point_id))
        continue;
      append_kept_children (body, kept, n_known++, FALSE, depth + 1);
      append_point (body, assessment, point_id, depth + 1, format);
    }
  append_kept_children (body, kept, n_known, TRUE, depth + 1);

  append_container (out, depth, SB_ELEMENT_SUBITEM, attrs->str, kept, body);
}

/* The unknown points filed under @subitem_id, in the order read. */
static void
add_unknown_points (GPtrArray    *point_ids,
                    SbAssessment *assessment,
                    GPtrArray    *unknown,
                    const char   *subitem_id)
{
  for (guint i = 0; i < unknown->len; i++)
    {
      const char *id = g_ptr_array_index (unknown, i);
      if (g_strcmp0 (sb_assessment_get_unknown_subitem (assessment, id), subitem_id) == 0)
        g_ptr_array_add (point_ids, (gpointer) id);
    }
}

/* A sub-item of the assessment, with what was kept before it. */
static void
append_subitem_at (GString      *body,
                   const SbKept *root_kept,
                   guint        *n_known,
                   SbAssessment *assessment,
                   const char   *id,
                   GPtrArray    *point_ids,
                   guint         format)
{
  g_autoptr(GString) element = g_string_new (NULL);

  append_subitem (element, assessment, id, point_ids, 1, format);
  if (element->len == 0)
    return;
  append_kept_children (body, root_kept, (*n_known)++, FALSE, 1);
  g_string_append_len (body, element->str, element->len);
}

/* <standard>, naming the standard the assessment was made for. */
static void
append_standard_reference (GString      *body,
                           SbAssessment *assessment)
{
  SbStandard *standard = sb_assessment_get_standard (assessment);
  const SbKept *kept = sb_assessment_get_kept (assessment, SB_KEPT_META SB_ELEMENT_STANDARD);
  g_autoptr(GString) attrs = g_string_new (NULL);
  g_autoptr(GString) children = g_string_new (NULL);

  append_attribute (attrs, SB_ATTRIBUTE_ID, sb_standard_get_id (standard));
  append_attribute (attrs, SB_ATTRIBUTE_EDITION, sb_standard_get_edition (standard));
  append_attribute (attrs, SB_ATTRIBUTE_SHA256, sb_standard_get_content_hash (standard));
  append_kept_children (children, kept, 0, TRUE, 2);
  append_container (body, 1, SB_ELEMENT_STANDARD, attrs->str, kept, children);
}

/* The text elements of the metadata, each after what was kept before it. */
static void
append_metadata (GString      *body,
                 SbAssessment *assessment,
                 const SbKept *root_kept,
                 guint        *n_known)
{
  g_autofree char *created = sb_assessment_format_date (sb_assessment_get_created (assessment));
  g_autofree char *modified = sb_assessment_format_date (sb_assessment_get_modified (assessment));
  const struct { const char *name; const char *text; } elements[] = {
    { SB_ELEMENT_APPLICANT, sb_assessment_get_applicant (assessment) },
    { SB_ELEMENT_EXAMINER, sb_assessment_get_examiner (assessment) },
    { SB_ELEMENT_CREATED, created },
    { SB_ELEMENT_MODIFIED, modified },
    { SB_ELEMENT_PROFILE, sb_assessment_get_profile (assessment) },
  };

  for (guint i = 0; i < G_N_ELEMENTS (elements); i++)
    {
      g_autofree char *key = g_strconcat (SB_KEPT_META, elements[i].name, NULL);

      append_kept_children (body, root_kept, (*n_known)++, FALSE, 1);
      append_text_element (body, 1, elements[i].name, NULL, elements[i].text,
                           sb_assessment_get_kept (assessment, key));
    }
}

/* The standard's sub-items in its order, then the ones it lacks in the
 * order they were read. */
static void
append_subitems (GString      *body,
                 SbAssessment *assessment,
                 const SbKept *root_kept,
                 guint        *n_known,
                 guint         format)
{
  GPtrArray *scored = sb_standard_get_scored_nodes (sb_assessment_get_standard (assessment));
  g_autoptr(GPtrArray) unknown = sb_assessment_get_unknown (assessment);

  for (guint i = 0; i < scored->len; i++)
    {
      SbNode *node = g_ptr_array_index (scored, i);
      GListModel *guidance = sb_node_get_guidance (node);
      g_autoptr(GPtrArray) point_ids = g_ptr_array_new ();

      for (guint j = 0; j < g_list_model_get_n_items (guidance); j++)
        {
          g_autoptr(SbGuidancePoint) point = g_list_model_get_item (guidance, j);
          g_ptr_array_add (point_ids, (gpointer) sb_guidance_point_get_id (point));
        }
      add_unknown_points (point_ids, assessment, unknown, sb_node_get_id (node));
      append_subitem_at (body, root_kept, n_known, assessment, sb_node_get_id (node), point_ids, format);
    }

  for (guint i = 0; i < unknown->len; i++)
    {
      const char *id = g_ptr_array_index (unknown, i);
      g_autoptr(GPtrArray) point_ids = NULL;

      if (sb_assessment_get_unknown_subitem (assessment, id) != NULL)
        continue;
      point_ids = g_ptr_array_new ();
      add_unknown_points (point_ids, assessment, unknown, id);
      append_subitem_at (body, root_kept, n_known, assessment, id, point_ids, format);
    }
}

/* The key themes, by kind, each after what was kept before it. */
static void
append_themes (GString      *body,
               SbAssessment *assessment,
               const SbKept *root_kept,
               guint        *n_known)
{
  for (SbThemeKind kind = 0; kind < SB_N_THEME_KINDS; kind++)
    for (guint i = 0; i < sb_assessment_get_n_themes (assessment, kind); i++)
      {
        g_autoptr(GString) attrs = g_string_new (NULL);
        g_autofree char *links = g_strjoinv (" ", (char **) sb_assessment_get_theme_links (assessment, kind, i));

        append_kept_children (body, root_kept, (*n_known)++, FALSE, 1);
        append_attribute (attrs, SB_ATTRIBUTE_KIND, sb_theme_kind_to_string (kind));
        if (*links != '\0')
          append_attribute (attrs, SB_ATTRIBUTE_LINKS, links);
        append_text_element (body, 1, SB_ELEMENT_THEME, attrs->str, sb_assessment_get_theme (assessment, kind, i),
                             *sb_assessment_theme_kept (assessment, kind, i));
      }
}

/* The file's bytes. The same assessment always gives the same bytes:
 * elements in the standard's order, then what the standard lacks in the
 * order it was read, and what was kept from the file where it stood. */
GBytes *
sb_assessment_file_serialize (SbAssessment *assessment)
{
  g_autoptr(GString) body = g_string_new (NULL);
  g_autoptr(GString) attrs = g_string_new (NULL);
  g_autofree char *format_text = NULL;
  GString *out;
  const SbKept *root_kept;
  guint n_known = 0;
  guint format;

  g_return_val_if_fail (SB_IS_ASSESSMENT (assessment), NULL);

  /* The version the file had, or the first that can say what it holds. */
  format = sb_assessment_get_format (assessment);
  if (sb_assessment_has_consensus (assessment))
    format = MAX (format, SB_ASSESSMENT_FORMAT_CONSENSUS);

  root_kept = sb_assessment_get_kept (assessment, SB_KEPT_META SB_ELEMENT_ASSESSMENT);
  append_kept_children (body, root_kept, n_known++, FALSE, 1);
  append_standard_reference (body, assessment);
  append_metadata (body, assessment, root_kept, &n_known);
  append_subitems (body, assessment, root_kept, &n_known, format);
  append_themes (body, assessment, root_kept, &n_known);
  append_kept_children (body, root_kept, n_known, TRUE, 1);

  out = g_string_new ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
  format_text = g_strdup_printf ("%u", format);
  append_attribute (attrs, "xmlns", SB_ASSESSMENT_NAMESPACE);
  append_attribute (attrs, SB_ATTRIBUTE_FORMAT, format_text);
  append_attribute (attrs, SB_ATTRIBUTE_SUBJECT, sb_subject_to_string (sb_assessment_get_subject (assessment)));
  append_attribute (attrs, SB_ATTRIBUTE_KIND, sb_assessment_kind_to_string (sb_assessment_get_kind (assessment)));
  append_container (out, 0, SB_ELEMENT_ASSESSMENT, attrs->str, root_kept, body);
  return g_string_free_to_bytes (out);
}

/* The data must reach the disk before the rename makes it the file, or a
 * power cut could leave an empty file under the old name. GLib does this
 * itself when it replaces a file; a new one is synced here by path. */
/* Replaces @file with @bytes so that at every moment the file on disk is
 * either the old one or the new one, complete (see sb-atomic-file.c; a
 * link is followed, never written through). The file, new or not, becomes
 * readable by its owner alone, since it holds the examiner's notes. With
 * @make_backup, the previous version stays as FILE~, private too. */
gboolean
sb_assessment_file_write (GFile         *file,
                          GBytes        *bytes,
                          gboolean       make_backup,
                          GCancellable  *cancellable,
                          GError       **error)
{
  g_autoptr(GError) local_error = NULL;
  g_autofree char *name = NULL;

  g_return_val_if_fail (G_IS_FILE (file), FALSE);
  g_return_val_if_fail (bytes != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  name = g_file_get_parse_name (file);
  if (!sb_atomic_file_replace (file, bytes,
                               SB_ATOMIC_FILE_PRIVATE | (make_backup ? SB_ATOMIC_FILE_BACKUP : 0), &local_error))
    {
      sb_assessment_file_set_io_error (error, name, local_error, TRUE);
      return FALSE;
    }
  return TRUE;
}

/* Saves @assessment to @file, which it then belongs to. On failure nothing
 * in memory changes, so the user can save somewhere else. */
gboolean
sb_assessment_file_save (SbAssessment  *assessment,
                         GFile         *file,
                         GCancellable  *cancellable,
                         GError       **error)
{
  g_autoptr(GBytes) bytes = NULL;

  g_return_val_if_fail (SB_IS_ASSESSMENT (assessment), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  /* A save still queued would otherwise land after this one. */
  sb_assessment_file_wait_for_writes ();
  bytes = sb_assessment_file_serialize (assessment);
  if (!sb_assessment_file_write (file, bytes, TRUE, cancellable, error))
    return FALSE;
  sb_assessment_set_file (assessment, file);
  sb_assessment_mark_clean (assessment);
  return TRUE;
}
