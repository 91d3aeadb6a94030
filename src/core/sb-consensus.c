/* sb-consensus.c — a team's consensus assessment, seeded from the independent reviews
 * Copyright 2026 The Scorebook authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The team meets with every examiner's independent review and agrees one
 * score and one set of comments per part. Scorebook starts that meeting's
 * assessment for them: each part rated at the median (or mean) of the
 * independent ratings, and every examiner's comments beside it, each with
 * its author. The independent reviews are only read.
 */
#define G_LOG_DOMAIN "sb-consensus"

#include "config.h"

#include "sb-consensus.h"

static int
compare_percent (gconstpointer a,
                 gconstpointer b)
{
  guint x = *(const guint *) a, y = *(const guint *) b;

  return (x > y) - (x < y);
}

/* @numerator / @denominator percent, to the nearest of the guide's steps
 * (halves up), so that the seed is a rating the band picker can show. */
static guint
round_to_step (guint64 numerator,
               guint64 denominator,
               guint   step)
{
  guint64 steps = (2 * numerator + denominator * step) / (2 * denominator * step);

  return MIN ((guint) (steps * step), 100);
}

/* The band of the seed: that of an examiner who gave this very percent
 * (at a shared end, 40 % may be the top of one band or the foot of the
 * next, and the examiner said which), else the band the percent falls in. */
static const char *
band_of_seed (SbComparison *comparison,
              SbNode       *node,
              guint         percent)
{
  SbBand *band;

  for (guint i = 0; i < sb_comparison_get_n_assessments (comparison); i++)
    {
      const char *band_id;
      guint rated;

      if (sb_assessment_get_rating (sb_comparison_get_assessment (comparison, i), sb_node_get_id (node),
                                    &band_id, &rated) && rated == percent)
        return band_id;
    }
  band = sb_guide_band_for_percent (sb_node_get_guide (node), percent);
  return band != NULL ? sb_band_get_id (band) : NULL;
}

/* The percent a consensus of @comparison starts @node at: the median of
 * the examiners' percents (the mean of the middle two for an even count)
 * or their mean, on the guide's steps; with @band_id its band. Returns
 * G_MAXUINT when no examiner rated the part. */
guint
sb_consensus_seed_percent (SbComparison     *comparison,
                           SbNode           *node,
                           SbConsensusSeed   seed,
                           const char      **band_id)
{
  g_autoptr(GArray) percents = g_array_new (FALSE, FALSE, sizeof (guint));
  guint64 numerator = 0, denominator = 1;
  guint percent, n;

  g_return_val_if_fail (SB_IS_COMPARISON (comparison), G_MAXUINT);
  g_return_val_if_fail (SB_IS_NODE (node) && sb_node_is_scored (node), G_MAXUINT);

  for (guint i = 0; i < sb_comparison_get_n_assessments (comparison); i++)
    if (sb_assessment_get_rating (sb_comparison_get_assessment (comparison, i), sb_node_get_id (node),
                                  NULL, &percent))
      g_array_append_val (percents, percent);
  n = percents->len;
  if (n == 0)
    return G_MAXUINT;
  g_array_sort (percents, compare_percent);
  if (seed == SB_CONSENSUS_SEED_MEAN)
    {
      for (guint i = 0; i < n; i++)
        numerator += g_array_index (percents, guint, i);
      denominator = n;
    }
  else if (n % 2 == 1)
    numerator = g_array_index (percents, guint, n / 2);
  else
    {
      numerator = g_array_index (percents, guint, n / 2 - 1) + g_array_index (percents, guint, n / 2);
      denominator = 2;
    }
  percent = round_to_step (numerator, denominator, sb_guide_get_step (sb_node_get_guide (node)));
  if (band_id != NULL)
    *band_id = band_of_seed (comparison, node, percent);
  return percent;
}

/* The team: every examiner once, in the order of the files. */
static char *
dup_team (SbComparison *comparison)
{
  g_autoptr(GString) team = g_string_new (NULL);

  for (guint i = 0; i < sb_comparison_get_n_assessments (comparison); i++)
    {
      const char *examiner = sb_assessment_get_examiner (sb_comparison_get_assessment (comparison, i));

      if (sb_comparison_is_duplicate_examiner (comparison, i) || examiner == NULL || *examiner == '\0')
        continue;
      g_string_append_printf (team, "%s%s", team->len > 0 ? ", " : "", examiner);
    }
  return g_string_free (g_steal_pointer (&team), FALSE);
}

/* Per part: the median (or mean) rating, and the range of the examiners'
 * percents, which a rating that leaves it must give a reason for. */
static void
seed_ratings (SbAssessment    *consensus,
              SbComparison    *comparison,
              SbConsensusSeed  seed)
{
  for (guint i = 0; i < sb_comparison_get_n_parts (comparison); i++)
    {
      const SbPartSpread *part = sb_comparison_get_part (comparison, i);
      const char *id = sb_node_get_id (part->node);
      const char *band_id = NULL;
      guint percent = sb_consensus_seed_percent (comparison, part->node, seed, &band_id);
      g_autoptr(GError) error = NULL;

      if (percent == G_MAXUINT || band_id == NULL)
        continue;
      if (!sb_assessment_set_rating (consensus, id, band_id, percent, &error))
        g_warning ("%s: cannot seed %u%% in %s: %s", id, percent, band_id, error->message);
      sb_assessment_set_independent_range (consensus, id, part->lowest_percent, part->highest_percent);
    }
}

/* Every examiner's strengths and opportunities of each part, in the
 * order of the files, as proposals with their author. */
static void
seed_proposals (SbAssessment *consensus,
                SbComparison *comparison)
{
  const SbNoteKind kinds[] = { SB_NOTE_STRENGTH, SB_NOTE_OPPORTUNITY };
  GPtrArray *scored = sb_standard_get_scored_nodes (sb_comparison_get_standard (comparison));

  for (guint i = 0; i < scored->len; i++)
    {
      const char *id = sb_node_get_id (g_ptr_array_index (scored, i));

      for (guint a = 0; a < sb_comparison_get_n_assessments (comparison); a++)
        {
          SbAssessment *examiner = sb_comparison_get_assessment (comparison, a);

          for (guint k = 0; k < G_N_ELEMENTS (kinds); k++)
            for (guint n = 0; n < sb_assessment_get_n_notes (examiner, id, kinds[k]); n++)
              {
                const char *text = sb_assessment_get_note (examiner, id, kinds[k], n);

                if (!sb_note_is_blank (text))
                  sb_assessment_add_proposal (consensus, id, kinds[k], sb_assessment_get_examiner (examiner), text);
              }
        }
    }
}

/* A new assessment of kind consensus (no file yet) of the applicant of
 * @comparison's assessments, by the team of their examiners: per part
 * the median (or mean) percent of those who rated it, in the band that
 * percent falls in, the range of their percents, and their comments as
 * proposals with their author. The seed is where the meeting starts, not
 * a change it made: it cannot be undone and leaves no trail (the ratings
 * are set before the assessment becomes a consensus, which keeps one). */
SbAssessment *
sb_consensus_new (SbComparison    *comparison,
                  SbConsensusSeed  seed)
{
  SbAssessment *first;
  SbAssessment *consensus;
  g_autofree char *team = NULL;

  g_return_val_if_fail (SB_IS_COMPARISON (comparison), NULL);

  first = sb_comparison_get_assessment (comparison, 0);
  consensus = sb_assessment_new (sb_comparison_get_standard (comparison));
  team = dup_team (comparison);
  sb_assessment_set_subject (consensus, sb_assessment_get_subject (first));
  sb_assessment_set_applicant (consensus, sb_assessment_get_applicant (first));
  sb_assessment_set_profile (consensus, sb_assessment_get_profile (first));
  sb_assessment_set_examiner (consensus, team);
  seed_ratings (consensus, comparison, seed);
  seed_proposals (consensus, comparison);
  sb_assessment_set_kind (consensus, SB_ASSESSMENT_KIND_CONSENSUS);
  sb_history_clear (sb_assessment_get_history (consensus));
  return consensus;
}
