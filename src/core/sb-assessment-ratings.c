/* sb-assessment-ratings.c — rating sub-items, and rolling their points up the standard's tree
 * Copyright 2026 The Scorebook authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "sb-assessment"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "sb-assessment-state.h"

static SbPoints
rating_points (SbNodeState *state)
{
  if (!state->rated || state->node == NULL)
    return 0;
  return sb_points_of_percent (sb_node_get_points (state->node), state->percent);
}

/* Changes one sub-item and walks up its ancestors only, so a rating costs
 * the depth of the tree, not its size. */
void
sb_assessment_apply_rating (SbAssessment *self,
                            SbNodeState  *state,
                            gboolean      rated,
                            const char   *band_id,
                            guint         percent)
{
  SbPoints before = rating_points (state);
  gboolean was_rated = state->rated;
  SbPoints delta;
  int rated_delta;

  if (sb_rating_equal (state->rated, state->band_id, state->percent, rated, band_id, percent))
    return;

  state->rated = rated;
  g_free (state->band_id);
  state->band_id = rated ? g_strdup (band_id) : NULL;
  state->percent = rated ? percent : 0;

  if (state->unknown)
    {
      sb_assessment_changed (self);
      return;
    }

  delta = rating_points (state) - before;
  rated_delta = (int) rated - (int) was_rated;
  for (SbNodeState *s = state; s != NULL; s = s->parent)
    {
      s->score.points += delta;
      s->score.n_rated += rated_delta;
    }
  self->total.points += delta;
  self->total.n_rated += rated_delta;

  sb_assessment_changed (self);
  g_signal_emit (self, sb_assessment_signals[SB_ASSESSMENT_RATING_CHANGED], 0, state->id);
  for (SbNodeState *s = state; s != NULL; s = s->parent)
    g_signal_emit (self, sb_assessment_signals[SB_ASSESSMENT_SCORE_CHANGED], 0, s->id);
  g_signal_emit (self, sb_assessment_signals[SB_ASSESSMENT_SCORE_CHANGED], 0, NULL);
}

/* Whether @band_id and @percent make a rating the sub-item's scoring guide
 * allows, with an error that says why not. */
gboolean
sb_assessment_check_rating (SbAssessment *self,
                            const char   *node_id,
                            const char   *band_id,
                            guint         percent,
                            GError      **error)
{
  SbNode *node;
  SbGuide *guide;
  SbBand *band;

  g_return_val_if_fail (SB_IS_ASSESSMENT (self), FALSE);
  g_return_val_if_fail (node_id != NULL && band_id != NULL, FALSE);

  node = sb_standard_lookup_node (self->standard, node_id);
  if (node == NULL || !sb_node_is_scored (node))
    {
      g_set_error (error, SB_ASSESSMENT_ERROR, SB_ASSESSMENT_ERROR_NOT_SCORED,
                   _("“%s” is not a scored part of the standard “%s”"),
                   node_id, sb_standard_get_id (self->standard));
      return FALSE;
    }

  guide = sb_node_get_guide (node);
  band = sb_guide_lookup_band (guide, band_id);
  if (band == NULL)
    {
      GListModel *bands = sb_guide_get_bands (guide);
      g_autoptr(GString) names = g_string_new (NULL);

      for (guint i = 0; i < g_list_model_get_n_items (bands); i++)
        {
          g_autoptr(SbBand) b = g_list_model_get_item (bands, i);
          g_string_append_printf (names, "%s%s", i ? ", " : "", sb_band_get_id (b));
        }
      g_set_error (error, SB_ASSESSMENT_ERROR, SB_ASSESSMENT_ERROR_NO_SUCH_BAND,
                   _("%s is scored with the guide “%s”, which has no band “%s” (its bands are %s)"),
                   node_id, sb_guide_get_id (guide), band_id, names->str);
      return FALSE;
    }

  if (!sb_band_allows (band, percent))
    {
      g_set_error (error, SB_ASSESSMENT_ERROR, SB_ASSESSMENT_ERROR_PERCENT,
                   _("%u%% is not a rating the band “%s” allows: it allows %u%% to %u%% in steps of %u"),
                   percent, band_id, sb_band_get_min (band), sb_band_get_max (band), sb_guide_get_step (guide));
      return FALSE;
    }
  return TRUE;
}

/* Rates a scored node: a band of its scoring guide, and a percent inside
 * that band in the guide's steps. Nothing changes when the rating is not one the
 * guide allows. */
gboolean
sb_assessment_set_rating (SbAssessment *self,
                          const char   *node_id,
                          const char   *band_id,
                          guint         percent,
                          GError      **error)
{
  SbNodeState *state;

  g_return_val_if_fail (SB_IS_ASSESSMENT (self), FALSE);
  g_return_val_if_fail (node_id != NULL && band_id != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!sb_assessment_check_rating (self, node_id, band_id, percent, error))
    return FALSE;
  state = g_hash_table_lookup (self->states, node_id);
  sb_assessment_change_rating (self, state, TRUE, band_id, percent);
  return TRUE;
}

void
sb_assessment_clear_rating (SbAssessment *self,
                            const char   *node_id)
{
  SbNodeState *state;

  g_return_if_fail (SB_IS_ASSESSMENT (self));
  g_return_if_fail (node_id != NULL);

  state = g_hash_table_lookup (self->states, node_id);
  g_return_if_fail (state != NULL && sb_node_state_is_subitem (state));
  sb_assessment_change_rating (self, state, FALSE, NULL, 0);
}

/* Returns FALSE for an unrated sub-item (and for ids that are not
 * sub-items), leaving @band_id and @percent alone. */
gboolean
sb_assessment_get_rating (SbAssessment *self,
                          const char   *node_id,
                          const char  **band_id,
                          guint        *percent)
{
  SbNodeState *state;

  g_return_val_if_fail (SB_IS_ASSESSMENT (self), FALSE);
  g_return_val_if_fail (node_id != NULL, FALSE);

  state = g_hash_table_lookup (self->states, node_id);
  if (state == NULL || !state->rated)
    return FALSE;
  if (band_id != NULL)
    *band_id = state->band_id;
  if (percent != NULL)
    *percent = state->percent;
  return TRUE;
}

/* The score of a node of the standard, or of the whole assessment when
 * @node_id is NULL. Returns FALSE for ids that are not nodes of the
 * standard. The percent of the maximum is sb_percent_format (points,
 * maximum, …); say "unrated" rather than 0 % when n_rated is 0. */
gboolean
sb_assessment_get_score (SbAssessment *self,
                         const char   *node_id,
                         SbScore      *score)
{
  SbNodeState *state;

  g_return_val_if_fail (SB_IS_ASSESSMENT (self), FALSE);
  g_return_val_if_fail (score != NULL, FALSE);

  if (node_id == NULL)
    {
      *score = self->total;
      return TRUE;
    }
  state = g_hash_table_lookup (self->states, node_id);
  if (state == NULL || state->node == NULL)
    return FALSE;
  *score = state->score;
  return TRUE;
}
