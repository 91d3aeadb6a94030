/* sb-assessment-trail.c — the trail of a consensus's rating changes, and ratings kept as a baseline ("New from…")
 * Copyright 2026 The Scorebook authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "sb-assessment"

#include "config.h"

#include "sb-assessment-state.h"

/* The trail */

static void
set_trail_to (SbTrailEntry *entry,
              gboolean      rated,
              const char   *band_id,
              guint         percent)
{
  g_free ((char *) entry->to_band);
  entry->to_rated = rated;
  entry->to_band = rated ? g_strdup (band_id) : NULL;
  entry->to_percent = rated ? percent : 0;
  g_clear_pointer (&entry->when, g_date_time_unref);
  entry->when = sb_assessment_now ();
}

/* Writes a rating change of @state into its trail: a new entry, or, while
 * the last entry has no rationale yet, that entry's end, so that dragging
 * a slider leaves one entry; one that ends where it started goes. */
static void
add_to_trail (SbPartExtra *extra,
              SbNodeState *state,
              gboolean     rated,
              const char  *band_id,
              guint        percent)
{
  SbTrailItem *item = extra->trail->len ? g_ptr_array_index (extra->trail, extra->trail->len - 1) : NULL;
  SbTrailEntry *last = item ? &item->entry : NULL;

  if (last == NULL || !sb_note_is_blank (last->rationale))
    {
      SbTrailEntry from = { state->rated, state->band_id, state->percent };

      item = sb_trail_item_new (&from);
      last = &item->entry;
      g_ptr_array_add (extra->trail, item);
    }
  set_trail_to (last, rated, band_id, percent);
  if (sb_rating_equal (last->from_rated, last->from_band, last->from_percent, rated, band_id, percent))
    g_ptr_array_remove_index (extra->trail, extra->trail->len - 1);
}

/* What the part's consensus becomes when its rating changes as given: in a
 * consensus its trail grows, and a baseline rating is no longer one. NULL
 * when it stays as it is. */
SbPartExtra *
sb_assessment_extra_after_rating (SbAssessment *self,
                                  SbNodeState  *state,
                                  gboolean      rated,
                                  const char   *band_id,
                                  guint         percent)
{
  gboolean trail = self->kind == SB_ASSESSMENT_KIND_CONSENSUS && !state->unknown;
  SbPartExtra *extra;

  if (!trail && (state->extra == NULL || !state->extra->baseline))
    return NULL;
  extra = sb_part_extra_copy (state->extra);
  extra->baseline = FALSE;
  if (trail)
    add_to_trail (extra, state, rated, band_id, percent);
  return extra;
}

/* How many rating changes the consensus made to the part. Ratings set
 * while the assessment is of another kind leave none, nor does loading:
 * a seeder sets the ratings before making the assessment a consensus. */
guint
sb_assessment_get_n_trail (SbAssessment *self,
                           const char   *part_id)
{
  SbNodeState *state = sb_assessment_lookup_part (self, part_id);

  return state && state->extra ? state->extra->trail->len : 0;
}

/* The @index-th change, oldest first; valid until the part's next change. */
const SbTrailEntry *
sb_assessment_get_trail (SbAssessment *self,
                         const char   *part_id,
                         guint         index)
{
  SbNodeState *state = sb_assessment_lookup_part (self, part_id);

  g_return_val_if_fail (state != NULL && state->extra != NULL && index < state->extra->trail->len, NULL);
  return &((SbTrailItem *) g_ptr_array_index (state->extra->trail, index))->entry;
}

/* Why the team decided so. Typing it is one step of undo; once given, the
 * next rating change starts a new entry. */
void
sb_assessment_set_trail_rationale (SbAssessment *self,
                                   const char   *part_id,
                                   guint         index,
                                   const char   *rationale)
{
  SbNodeState *state = sb_assessment_lookup_part (self, part_id);
  g_autofree char *key = NULL;
  SbPartExtra *extra;
  SbTrailEntry *entry;

  g_return_if_fail (state != NULL && state->extra != NULL && index < state->extra->trail->len);
  g_return_if_fail (rationale == NULL || g_utf8_validate (rationale, -1, NULL));

  entry = &((SbTrailItem *) g_ptr_array_index (state->extra->trail, index))->entry;
  if (g_strcmp0 (entry->rationale ? entry->rationale : "", rationale ? rationale : "") == 0)
    return;
  extra = sb_part_extra_copy (state->extra);
  entry = &((SbTrailItem *) g_ptr_array_index (extra->trail, index))->entry;
  g_free ((char *) entry->rationale);
  entry->rationale = sb_assessment_clean_text (rationale);
  key = g_strdup_printf ("trail/%s/%u", part_id, index);
  sb_assessment_change_extra (self, state, extra, key);
}

/* For the reader: an entry of the trail as its file has it. */
void
sb_assessment_add_trail_entry (SbAssessment       *self,
                               const char         *part_id,
                               const SbTrailEntry *entry)
{
  SbNodeState *state = sb_assessment_lookup_part (self, part_id);
  SbPartExtra *extra;

  g_return_if_fail (state != NULL);
  extra = sb_part_extra_copy (state->extra);
  g_ptr_array_add (extra->trail, sb_trail_item_new (entry));
  sb_assessment_change_extra (self, state, extra, NULL);
}

/* Where what the file held beyond a trail entry is kept. */
SbKept **
sb_assessment_trail_kept (SbAssessment *self,
                          const char   *part_id,
                          guint         index)
{
  SbNodeState *state = sb_assessment_lookup_part (self, part_id);

  g_return_val_if_fail (state != NULL && state->extra != NULL && index < state->extra->trail->len, NULL);
  return &((SbTrailItem *) g_ptr_array_index (state->extra->trail, index))->kept;
}

/* Ratings kept as a baseline */

gboolean
sb_assessment_is_baseline (SbAssessment *self,
                           const char   *part_id)
{
  SbNodeState *state = sb_assessment_lookup_part (self, part_id);

  return state != NULL && state->extra != NULL && state->extra->baseline;
}

/* Whether the part's rating is a baseline from an earlier assessment. */
static void
set_baseline (SbAssessment *self,
              SbNodeState  *state,
              gboolean      baseline)
{
  SbPartExtra *extra;

  if ((state->extra != NULL && state->extra->baseline) == baseline)
    return;
  extra = sb_part_extra_copy (state->extra);
  extra->baseline = baseline;
  sb_assessment_change_extra (self, state, extra, NULL);
}

/* The examiner looked at the baseline rating and keeps it. */
void
sb_assessment_confirm_rating (SbAssessment *self,
                              const char   *part_id)
{
  SbNodeState *state = sb_assessment_lookup_part (self, part_id);

  g_return_if_fail (state != NULL);
  set_baseline (self, state, FALSE);
}

/* For the reader: a rated part's baseline mark, without undo. */
void
sb_assessment_mark_baseline (SbAssessment *self,
                             const char   *part_id)
{
  SbNodeState *state = g_hash_table_lookup (self->states, part_id);

  g_return_if_fail (state != NULL && state->rated);
  set_baseline (self, state, TRUE);
}

/* A new assessment (no file, of @kind) that starts where @earlier ended:
 * its applicant, subject, examiner and profile, and its ratings, each
 * marked as a baseline until it is set again or confirmed. Notes stay with
 * the earlier one. It holds work that is in no file, so it is unsaved. */
SbAssessment *
sb_assessment_new_from (SbAssessment     *earlier,
                        SbAssessmentKind  kind)
{
  SbAssessment *self;
  GPtrArray *scored;
  const char *other_id, *other_edition;

  g_return_val_if_fail (SB_IS_ASSESSMENT (earlier), NULL);
  g_return_val_if_fail (sb_assessment_kind_to_string (kind) != NULL, NULL);

  self = sb_assessment_new (earlier->standard);
  sb_assessment_begin_load (self);
  sb_assessment_set_applicant (self, earlier->applicant);
  sb_assessment_set_subject (self, earlier->subject);
  sb_assessment_set_examiner (self, earlier->examiner);
  sb_assessment_set_profile (self, earlier->profile);
  sb_assessment_set_kind (self, kind);
  if (sb_assessment_get_other_standard (earlier, &other_id, &other_edition))
    sb_assessment_set_other_standard (self, other_id, other_edition);

  scored = sb_standard_get_scored_nodes (earlier->standard);
  for (guint i = 0; i < scored->len; i++)
    {
      const char *id = sb_node_get_id (g_ptr_array_index (scored, i));
      const char *band_id;
      guint percent;

      if (!sb_assessment_get_rating (earlier, id, &band_id, &percent) ||
          !sb_assessment_set_rating (self, id, band_id, percent, NULL))
        continue;
      sb_assessment_mark_baseline (self, id);
    }
  sb_assessment_end_load (self);
  sb_assessment_mark_unsaved (self);
  return self;
}
