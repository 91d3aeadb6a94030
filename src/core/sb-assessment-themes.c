/* sb-assessment-themes.c — key themes: the application as a whole, linked to the part comments they draw on
 * Copyright 2026 The Scorebook authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "sb-assessment"

#include "config.h"

#include <string.h>

#include "sb-assessment-state.h"

SbTheme *
sb_theme_new (const char         *text,
              const char * const *links)
{
  SbTheme *theme = g_new0 (SbTheme, 1);
  static const char * const none[] = { NULL };

  theme->text = g_strdup (text ? text : "");
  theme->links = g_strdupv ((char **) (links ? links : none));
  return theme;
}

SbTheme *
sb_theme_copy (const SbTheme *theme)
{
  SbTheme *copy = sb_theme_new (theme->text, (const char * const *) theme->links);

  copy->kept = sb_kept_copy (theme->kept);
  return copy;
}

void
sb_theme_free (SbTheme *theme)
{
  if (theme == NULL)
    return;
  g_free (theme->text);
  g_strfreev (theme->links);
  sb_kept_free (theme->kept);
  g_free (theme);
}

/* Puts @theme (taken; NULL removes) at @index, replacing what is there
 * when @replace. */
void
sb_assessment_apply_theme (SbAssessment *self,
                           SbThemeKind   kind,
                           guint         index,
                           SbTheme      *theme,
                           gboolean      replace)
{
  GPtrArray *themes = self->themes[kind];
  guint removed = 0, added = 0;

  if (replace && theme != NULL)
    {
      sb_theme_free (g_ptr_array_index (themes, index));
      g_ptr_array_index (themes, index) = theme;
      removed = added = 1;
    }
  else if (theme != NULL)
    {
      g_ptr_array_insert (themes, index, theme);
      added = 1;
    }
  else
    {
      g_ptr_array_remove_index (themes, index);
      removed = 1;
    }
  sb_assessment_changed (self);
  g_signal_emit (self, sb_assessment_signals[SB_ASSESSMENT_THEMES_CHANGED], 0, (guint) kind, index, removed, added);
}

static SbTheme *
lookup_theme (SbAssessment *self,
              SbThemeKind   kind,
              guint         index)
{
  g_return_val_if_fail (SB_IS_ASSESSMENT (self), NULL);
  g_return_val_if_fail ((guint) kind < SB_N_THEME_KINDS, NULL);
  g_return_val_if_fail (index < self->themes[kind]->len, NULL);
  return g_ptr_array_index (self->themes[kind], index);
}

guint
sb_assessment_get_n_themes (SbAssessment *self,
                            SbThemeKind   kind)
{
  g_return_val_if_fail (SB_IS_ASSESSMENT (self), 0);
  g_return_val_if_fail ((guint) kind < SB_N_THEME_KINDS, 0);
  return self->themes[kind]->len;
}

void
sb_assessment_insert_theme (SbAssessment *self,
                            SbThemeKind   kind,
                            guint         index,
                            const char   *text)
{
  g_autofree char *clean = NULL;

  g_return_if_fail (SB_IS_ASSESSMENT (self));
  g_return_if_fail ((guint) kind < SB_N_THEME_KINDS);
  g_return_if_fail (index <= self->themes[kind]->len);
  g_return_if_fail (text == NULL || g_utf8_validate (text, -1, NULL));

  clean = sb_assessment_clean_text (text);
  sb_assessment_change_theme (self, kind, index, sb_theme_new (clean, NULL), FALSE);
}

const char *
sb_assessment_get_theme (SbAssessment *self,
                         SbThemeKind   kind,
                         guint         index)
{
  SbTheme *theme = lookup_theme (self, kind, index);

  return theme ? theme->text : NULL;
}

/* Replaces a theme's text; typing into one theme is one step of undo. */
void
sb_assessment_set_theme (SbAssessment *self,
                         SbThemeKind   kind,
                         guint         index,
                         const char   *text)
{
  SbTheme *theme = lookup_theme (self, kind, index);
  g_autofree char *clean = NULL;
  SbTheme *replacement;

  g_return_if_fail (theme != NULL);
  g_return_if_fail (text == NULL || g_utf8_validate (text, -1, NULL));

  clean = sb_assessment_clean_text (text);
  if (strcmp (theme->text, clean) == 0)
    return;
  replacement = sb_theme_copy (theme);
  g_free (replacement->text);
  replacement->text = g_steal_pointer (&clean);
  sb_assessment_change_theme (self, kind, index, replacement, TRUE);
}

void
sb_assessment_remove_theme (SbAssessment *self,
                            SbThemeKind   kind,
                            guint         index)
{
  g_return_if_fail (lookup_theme (self, kind, index) != NULL);
  sb_assessment_change_theme (self, kind, index, NULL, FALSE);
}

/* The ids of the notes the theme draws on (see sb_assessment_find_note()),
 * NULL-terminated; valid until the theme changes. */
const char * const *
sb_assessment_get_theme_links (SbAssessment *self,
                               SbThemeKind   kind,
                               guint         index)
{
  SbTheme *theme = lookup_theme (self, kind, index);

  return theme ? (const char * const *) theme->links : NULL;
}

void
sb_assessment_set_theme_links (SbAssessment       *self,
                               SbThemeKind         kind,
                               guint               index,
                               const char * const *note_ids)
{
  SbTheme *theme = lookup_theme (self, kind, index);
  static const char * const none[] = { NULL };
  SbTheme *replacement;

  g_return_if_fail (theme != NULL);

  if (note_ids == NULL)
    note_ids = none;
  if (g_strv_equal ((const char * const *) theme->links, note_ids))
    return;
  replacement = sb_theme_new (theme->text, note_ids);
  replacement->kept = sb_kept_copy (theme->kept);
  sb_history_seal (self->history);
  sb_assessment_change_theme (self, kind, index, replacement, TRUE);
  sb_history_seal (self->history);
}

/* Whether a comment of @note_kind on a part scored with a guide of
 * @guide_kind contradicts a theme of @kind: an opportunity under a
 * strength theme or the reverse, a process part under a results theme or
 * the reverse (guides of other kinds contradict neither). */
static gboolean
contradicts (SbThemeKind  kind,
             SbNoteKind   note_kind,
             const char  *guide_kind)
{
  gboolean strength = kind == SB_THEME_PROCESS_STRENGTH || kind == SB_THEME_RESULTS_STRENGTH;
  gboolean results = kind == SB_THEME_RESULTS_STRENGTH || kind == SB_THEME_RESULTS_OPPORTUNITY;

  if (strength != (note_kind == SB_NOTE_STRENGTH))
    return TRUE;
  if (g_strcmp0 (guide_kind, "results") == 0)
    return !results;
  if (g_strcmp0 (guide_kind, "process") == 0)
    return results;
  return FALSE;
}

/* Whether the theme is supported by at least one part comment (strength or
 * opportunity) that its links find, and contradicted by none; a link to a
 * comment that is gone, or to an evidence note, supports nothing. With
 * SB_THEME_CONTRADICTED, @contradicting_note_id (if not NULL) is set to
 * the first link that contradicts. */
SbThemeCheck
sb_assessment_check_theme (SbAssessment  *self,
                           SbThemeKind    kind,
                           guint          index,
                           const char   **contradicting_note_id)
{
  SbTheme *theme = lookup_theme (self, kind, index);
  gboolean supported = FALSE;

  g_return_val_if_fail (theme != NULL, SB_THEME_OK);

  for (guint i = 0; theme->links[i] != NULL; i++)
    {
      const char *owner_id;
      SbNoteKind note_kind;
      SbNode *node;

      if (!sb_assessment_find_note (self, theme->links[i], &owner_id, &note_kind, NULL) ||
          (note_kind != SB_NOTE_STRENGTH && note_kind != SB_NOTE_OPPORTUNITY))
        continue;
      node = sb_standard_lookup_node (self->standard, owner_id);
      if (contradicts (kind, note_kind, node ? sb_guide_get_kind (sb_node_get_guide (node)) : NULL))
        {
          if (contradicting_note_id != NULL)
            *contradicting_note_id = theme->links[i];
          return SB_THEME_CONTRADICTED;
        }
      supported = TRUE;
    }
  return supported ? SB_THEME_OK : SB_THEME_UNSUPPORTED;
}

/* Private: where what the file held beyond a theme is kept. */
SbKept **
sb_assessment_theme_kept (SbAssessment *self,
                          SbThemeKind   kind,
                          guint         index)
{
  SbTheme *theme = lookup_theme (self, kind, index);

  return theme ? &theme->kept : NULL;
}
