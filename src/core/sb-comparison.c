/* sb-comparison.c — several examiners' assessments of one applicant, part by part
 * Copyright 2026 The Scorebook authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A team's independent reviews side by side: per scored part the lowest,
 * highest and median points of those who rated it and how far apart they
 * lie, and the parts the consensus meeting must discuss first. The
 * assessments are only read; the comparison is computed once, when made,
 * since views ask for every part many times while an examiner scrolls.
 */
#define G_LOG_DOMAIN "sb-comparison"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "sb-comparison.h"
#include "sb-i18n.h"

struct _SbComparison
{
  GObject       parent_instance;

  SbStandard   *standard;
  GPtrArray    *assessments;   /* of SbAssessment, in the order given */
  gboolean     *duplicate;     /* per assessment: its examiner came before */
  GArray       *parts;         /* of SbPartSpread, in the standard's order */
  GArray       *agenda;        /* of guint, indices into parts in agenda order */
  GHashTable   *by_id;         /* node id → index into parts + 1 */
};

G_DEFINE_FINAL_TYPE (SbComparison, sb_comparison, G_TYPE_OBJECT)
G_DEFINE_QUARK (sb-comparison-error-quark, sb_comparison_error)

static void
sb_comparison_finalize (GObject *object)
{
  SbComparison *self = SB_COMPARISON (object);

  g_clear_object (&self->standard);
  g_clear_pointer (&self->assessments, g_ptr_array_unref);
  g_clear_pointer (&self->duplicate, g_free);
  g_clear_pointer (&self->parts, g_array_unref);
  g_clear_pointer (&self->agenda, g_array_unref);
  g_clear_pointer (&self->by_id, g_hash_table_unref);
  G_OBJECT_CLASS (sb_comparison_parent_class)->finalize (object);
}

static void
sb_comparison_class_init (SbComparisonClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = sb_comparison_finalize;
}

static void
sb_comparison_init (SbComparison *self)
{
  self->assessments = g_ptr_array_new_with_free_func (g_object_unref);
  self->parts = g_array_new (FALSE, TRUE, sizeof (SbPartSpread));
  self->agenda = g_array_new (FALSE, FALSE, sizeof (guint));
  self->by_id = g_hash_table_new (g_str_hash, g_str_equal);
}

/* What the user knows the assessment by: its file, else its examiner. */
static char *
dup_assessment_name (SbAssessment *assessment)
{
  GFile *file = sb_assessment_get_file (assessment);
  const char *examiner = sb_assessment_get_examiner (assessment);

  if (file != NULL)
    return g_file_get_parse_name (file);
  if (examiner != NULL && *examiner != '\0')
    return g_strdup (examiner);
  return g_strdup (_("An assessment"));
}

/* An assessment fits when it was made for @standard: the same id, and the
 * same edition, or another edition whose ids this one all has (its
 * ratings then mean the same parts). */
static gboolean
check_standard (SbStandard   *standard,
                SbAssessment *assessment,
                GError      **error)
{
  SbStandard *own = sb_assessment_get_standard (assessment);
  const char *id = sb_standard_get_id (own);
  const char *edition = sb_standard_get_edition (own);
  const char *other_id, *other_edition;
  g_auto(GStrv) unknown = NULL;
  g_autofree char *name = NULL;

  if (sb_assessment_get_other_standard (assessment, &other_id, &other_edition))
    {
      id = other_id;
      edition = other_edition;
    }
  if (g_strcmp0 (id, sb_standard_get_id (standard)) == 0)
    {
      unknown = sb_assessment_dup_unknown_ids (assessment);
      if (g_strcmp0 (edition, sb_standard_get_edition (standard)) == 0 ||
          unknown == NULL || unknown[0] == NULL)
        return TRUE;
    }
  name = dup_assessment_name (assessment);
  g_set_error (error, SB_COMPARISON_ERROR, SB_COMPARISON_ERROR_OTHER_STANDARD,
               _("%s was made for the standard “%s” (edition %s), not for “%s” (%s, edition %s) "
                 "like the assessments it is compared with"),
               name, id, edition,
               sb_text_get (sb_standard_get_title (standard), sb_i18n_get_language ()),
               sb_standard_get_id (standard), sb_standard_get_edition (standard));
  return FALSE;
}

/* Examiners are the same when their names are, ignoring case and the
 * spaces around; a file with no name is nobody's duplicate. */
static void
find_duplicates (SbComparison *self)
{
  g_autoptr(GHashTable) seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  self->duplicate = g_new0 (gboolean, self->assessments->len);
  for (guint i = 0; i < self->assessments->len; i++)
    {
      const char *examiner = sb_assessment_get_examiner (g_ptr_array_index (self->assessments, i));
      g_autofree char *stripped = g_strstrip (g_strdup (examiner ? examiner : ""));
      char *key;

      if (*stripped == '\0')
        continue;
      key = g_utf8_casefold (stripped, -1);
      if (g_hash_table_contains (seen, key))
        {
          self->duplicate[i] = TRUE;
          g_free (key);
        }
      else
        g_hash_table_add (seen, key);
    }
}

static int
compare_points (gconstpointer a,
                gconstpointer b)
{
  SbPoints x = *(const SbPoints *) a, y = *(const SbPoints *) b;

  return (x > y) - (x < y);
}

/* Lowest, highest and median of @values (sorted here); all 0 when empty.
 * The median of an even count is the mean of the middle two, rounded to
 * the nearest ten-thousandth of a point. */
static void
spread_of (GArray   *values,
           SbPoints *lowest,
           SbPoints *highest,
           SbPoints *median)
{
  guint n = values->len;
  SbPoints low = 0, high = 0, middle = 0;

  if (n > 0)
    {
      g_array_sort (values, compare_points);
      low = g_array_index (values, SbPoints, 0);
      high = g_array_index (values, SbPoints, n - 1);
      middle = g_array_index (values, SbPoints, n / 2);
      if (n % 2 == 0)
        middle = (g_array_index (values, SbPoints, n / 2 - 1) + middle + 1) / 2;
    }
  if (lowest != NULL)
    *lowest = low;
  if (highest != NULL)
    *highest = high;
  if (median != NULL)
    *median = middle;
}

/* The band index of @assessment's rating of @node, which must be rated. */
static guint
rated_band_index (SbAssessment *assessment,
                  SbNode       *node,
                  guint        *percent)
{
  const char *band_id = NULL;
  SbBand *band;

  sb_assessment_get_rating (assessment, sb_node_get_id (node), &band_id, percent);
  band = sb_guide_lookup_band (sb_node_get_guide (node), band_id);
  return band != NULL ? sb_band_get_index (band) : 0;
}

static void
compute_part (SbComparison *self,
              SbPartSpread *part)
{
  g_autoptr(GArray) points = g_array_new (FALSE, FALSE, sizeof (SbPoints));
  const char *id = sb_node_get_id (part->node);
  guint low_band = G_MAXUINT, high_band = 0, low_percent = G_MAXUINT, high_percent = 0;

  for (guint i = 0; i < self->assessments->len; i++)
    {
      SbAssessment *assessment = g_ptr_array_index (self->assessments, i);
      SbScore score;
      guint band, percent;

      if (!sb_assessment_get_rating (assessment, id, NULL, NULL))
        continue;
      sb_assessment_get_score (assessment, id, &score);
      g_array_append_val (points, score.points);
      band = rated_band_index (assessment, part->node, &percent);
      low_band = MIN (low_band, band);
      high_band = MAX (high_band, band);
      low_percent = MIN (low_percent, percent);
      high_percent = MAX (high_percent, percent);
    }
  part->n_rated = points->len;
  spread_of (points, &part->lowest, &part->highest, &part->median);
  if (part->n_rated == 0)
    return;
  part->lowest_percent = low_percent;
  part->highest_percent = high_percent;
  if (part->n_rated < 2)
    return;
  part->band_spread = high_band - low_band;
  part->percent_spread = high_percent - low_percent;
  part->divergent = part->band_spread >= SB_COMPARISON_DIVERGENT_BANDS ||
                    part->percent_spread >= SB_COMPARISON_DIVERGENT_PERCENT;
  if (part->divergent)
    part->minutes = SB_COMPARISON_MINUTES_BASE +
                    SB_COMPARISON_MINUTES_PER_BAND * (part->band_spread > SB_COMPARISON_DIVERGENT_BANDS
                                                      ? part->band_spread - SB_COMPARISON_DIVERGENT_BANDS : 0);
}

/* Agenda order: divergent parts first, the widest apart (in bands, then
 * in percent) first among them, then the standard's order. */
static int
compare_agenda (gconstpointer a,
                gconstpointer b,
                gpointer      user_data)
{
  GArray *parts = user_data;
  guint i = *(const guint *) a, j = *(const guint *) b;
  const SbPartSpread *x = &g_array_index (parts, SbPartSpread, i);
  const SbPartSpread *y = &g_array_index (parts, SbPartSpread, j);

  if (x->divergent != y->divergent)
    return x->divergent ? -1 : 1;
  if (x->divergent && x->band_spread != y->band_spread)
    return x->band_spread > y->band_spread ? -1 : 1;
  if (x->divergent && x->percent_spread != y->percent_spread)
    return x->percent_spread > y->percent_spread ? -1 : 1;
  return (i > j) - (i < j);
}

static void
compute_parts (SbComparison *self)
{
  GPtrArray *scored = sb_standard_get_scored_nodes (self->standard);

  g_array_set_size (self->parts, scored->len);
  g_array_set_size (self->agenda, scored->len);
  for (guint i = 0; i < scored->len; i++)
    {
      SbPartSpread *part = &g_array_index (self->parts, SbPartSpread, i);

      part->node = g_ptr_array_index (scored, i);
      compute_part (self, part);
      g_array_index (self->agenda, guint, i) = i;
      g_hash_table_insert (self->by_id, (gpointer) sb_node_get_id (part->node), GUINT_TO_POINTER (i + 1));
    }
  g_array_sort_with_data (self->agenda, compare_agenda, self->parts);
}

/* Compares @n assessments of @standard, which it keeps (and never
 * changes). Refuses fewer than two, and any made for another standard or
 * for an edition with other ids, naming the file and both standards. */
SbComparison *
sb_comparison_new (SbStandard    *standard,
                   SbAssessment **assessments,
                   guint          n,
                   GError       **error)
{
  g_autoptr(SbComparison) self = NULL;

  g_return_val_if_fail (SB_IS_STANDARD (standard), NULL);
  g_return_val_if_fail (assessments != NULL || n == 0, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (n < 2)
    {
      g_set_error (error, SB_COMPARISON_ERROR, SB_COMPARISON_ERROR_TOO_FEW,
                   _("A comparison needs at least two assessments"));
      return NULL;
    }
  self = g_object_new (SB_TYPE_COMPARISON, NULL);
  self->standard = g_object_ref (standard);
  for (guint i = 0; i < n; i++)
    {
      g_return_val_if_fail (SB_IS_ASSESSMENT (assessments[i]), NULL);
      if (!check_standard (standard, assessments[i], error))
        return NULL;
      g_ptr_array_add (self->assessments, g_object_ref (assessments[i]));
    }
  find_duplicates (self);
  compute_parts (self);
  return g_steal_pointer (&self);
}

SbStandard *
sb_comparison_get_standard (SbComparison *self)
{
  g_return_val_if_fail (SB_IS_COMPARISON (self), NULL);
  return self->standard;
}

guint
sb_comparison_get_n_assessments (SbComparison *self)
{
  g_return_val_if_fail (SB_IS_COMPARISON (self), 0);
  return self->assessments->len;
}

SbAssessment *
sb_comparison_get_assessment (SbComparison *self,
                              guint         index)
{
  g_return_val_if_fail (SB_IS_COMPARISON (self), NULL);
  g_return_val_if_fail (index < self->assessments->len, NULL);
  return g_ptr_array_index (self->assessments, index);
}

/* TRUE when the examiner of assessment @index already made an earlier
 * one of the comparison: the team leader was sent the same review twice. */
gboolean
sb_comparison_is_duplicate_examiner (SbComparison *self,
                                     guint         index)
{
  g_return_val_if_fail (SB_IS_COMPARISON (self), FALSE);
  g_return_val_if_fail (index < self->assessments->len, FALSE);
  return self->duplicate[index];
}

guint
sb_comparison_get_n_parts (SbComparison *self)
{
  g_return_val_if_fail (SB_IS_COMPARISON (self), 0);
  return self->parts->len;
}

/* The scored part at @index of the agenda: divergent parts first, the
 * widest apart first, then the standard's order. */
const SbPartSpread *
sb_comparison_get_part (SbComparison *self,
                        guint         index)
{
  g_return_val_if_fail (SB_IS_COMPARISON (self), NULL);
  g_return_val_if_fail (index < self->agenda->len, NULL);
  return &g_array_index (self->parts, SbPartSpread, g_array_index (self->agenda, guint, index));
}

/* The scored part @node_id, or NULL for another node. */
const SbPartSpread *
sb_comparison_lookup (SbComparison *self,
                      const char   *node_id)
{
  guint index;

  g_return_val_if_fail (SB_IS_COMPARISON (self), NULL);
  g_return_val_if_fail (node_id != NULL, NULL);

  index = GPOINTER_TO_UINT (g_hash_table_lookup (self->by_id, node_id));
  return index > 0 ? &g_array_index (self->parts, SbPartSpread, index - 1) : NULL;
}

/* The parts on the meeting's agenda; they come first in agenda order. */
guint
sb_comparison_get_n_divergent (SbComparison *self)
{
  guint n = 0;

  g_return_val_if_fail (SB_IS_COMPARISON (self), 0);
  while (n < self->parts->len && sb_comparison_get_part (self, n)->divergent)
    n++;
  return n;
}

/* The time the consensus meeting should plan for its agenda. */
guint
sb_comparison_get_minutes (SbComparison *self)
{
  guint minutes = 0;

  g_return_val_if_fail (SB_IS_COMPARISON (self), 0);
  for (guint i = 0; i < self->parts->len; i++)
    minutes += g_array_index (self->parts, SbPartSpread, i).minutes;
  return minutes;
}

/* Of any node (a dimension, an item, a part): the lowest, highest and
 * median of the points each assessment's ratings under it roll up to,
 * counting the assessments that rated anything there; all 0 if none did. */
void
sb_comparison_get_range (SbComparison *self,
                         const char   *node_id,
                         SbPoints     *lowest,
                         SbPoints     *highest,
                         SbPoints     *median)
{
  g_autoptr(GArray) points = g_array_new (FALSE, FALSE, sizeof (SbPoints));

  g_return_if_fail (SB_IS_COMPARISON (self));
  g_return_if_fail (node_id != NULL);

  for (guint i = 0; i < self->assessments->len; i++)
    {
      SbScore score;

      if (sb_assessment_get_score (g_ptr_array_index (self->assessments, i), node_id, &score) &&
          score.n_rated > 0)
        g_array_append_val (points, score.points);
    }
  spread_of (points, lowest, highest, median);
}

/* Before and after: how assessment @to differs from @from on @node_id, in
 * points and, for a scored part, in bands (0 for other nodes). FALSE when
 * either has not rated it (anything under it, for other nodes). */
gboolean
sb_comparison_get_change (SbComparison *self,
                          guint         from,
                          guint         to,
                          const char   *node_id,
                          SbPoints     *delta_points,
                          int          *delta_bands)
{
  SbAssessment *before, *after;
  SbNode *node;
  SbScore old_score, new_score;
  guint percent;
  int bands = 0;

  g_return_val_if_fail (SB_IS_COMPARISON (self), FALSE);
  g_return_val_if_fail (from < self->assessments->len && to < self->assessments->len, FALSE);
  g_return_val_if_fail (node_id != NULL, FALSE);

  before = g_ptr_array_index (self->assessments, from);
  after = g_ptr_array_index (self->assessments, to);
  node = sb_standard_lookup_node (self->standard, node_id);
  if (node == NULL ||
      !sb_assessment_get_score (before, node_id, &old_score) || old_score.n_rated == 0 ||
      !sb_assessment_get_score (after, node_id, &new_score) || new_score.n_rated == 0)
    return FALSE;
  if (sb_node_is_scored (node))
    bands = (int) rated_band_index (after, node, &percent) - (int) rated_band_index (before, node, &percent);
  if (delta_points != NULL)
    *delta_points = new_score.points - old_score.points;
  if (delta_bands != NULL)
    *delta_bands = bands;
  return TRUE;
}
