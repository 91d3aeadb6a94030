/* sb-cli-compare.c — the team's commands: --compare (the spread per part) and --consensus
 * Copyright 2026 The Scorebook authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "sb-cli"

#include "config.h"

#include <glib/gi18n.h>

#include "sb-assessment-file.h"
#include "sb-cli-private.h"
#include "sb-comparison.h"
#include "sb-consensus.h"

/* The examiners' assessments given, compared; NULL, said here, when one
 * does not load, belongs to another standard or fewer than two are given.
 * The comparison checks the standard itself (another edition is fine when
 * its ids are this one's), naming both standards when it refuses. */
static SbComparison *
compare_files (SbCliOptions *options)
{
  g_autoptr(SbStandard) standard = NULL;
  g_autoptr(GPtrArray) assessments = NULL;
  g_autoptr(GError) error = NULL;
  SbComparison *comparison;

  if (options->files == NULL || g_strv_length (options->files) < 2)
    {
      g_printerr (_("--compare and --consensus need the assessments of at least two examiners\n"));
      return NULL;
    }
  standard = sb_cli_load_standard (options);
  if (standard == NULL)
    return NULL;
  assessments = sb_cli_load_assessments (options, standard, FALSE);
  if (assessments == NULL)
    return NULL;
  comparison = sb_comparison_new (standard, (SbAssessment **) assessments->pdata, assessments->len, &error);
  if (comparison == NULL)
    g_printerr ("%s\n", error->message);
  return comparison;
}

/* An examiner counted twice skews every median: said, but compared. */
static void
warn_duplicates (SbComparison *comparison,
                 char        **files)
{
  for (guint i = 0; i < sb_comparison_get_n_assessments (comparison); i++)
    if (sb_comparison_is_duplicate_examiner (comparison, i))
      g_printerr (_("%s: warning: the examiner “%s” made another of these assessments too\n"),
                  files[i], sb_assessment_get_examiner (sb_comparison_get_assessment (comparison, i)));
}

/* The header: each column's name, each examiner's (the file's when the
 * assessment names none). */
static void
print_header (SbComparison *comparison,
              char        **files)
{
  g_autoptr(GString) row = g_string_new ("id");

  for (guint i = 0; i < sb_comparison_get_n_assessments (comparison); i++)
    {
      const char *examiner = sb_assessment_get_examiner (sb_comparison_get_assessment (comparison, i));
      g_autofree char *name = examiner != NULL && *examiner != '\0' ? g_strdup (examiner)
                                                                    : g_path_get_basename (files[i]);

      g_strdelimit (name, "\t\n", ' ');
      g_string_append_printf (row, "\t%s", name);
    }
  g_string_append (row, "\tlowest\thighest\tmedian\tbands\tflag");
  g_print ("%s\n", row->str);
}

static void
print_part (SbComparison       *comparison,
            const SbPartSpread *part)
{
  const char *id = sb_node_get_id (part->node);
  g_autoptr(GString) row = g_string_new (id);

  for (guint i = 0; i < sb_comparison_get_n_assessments (comparison); i++)
    {
      SbAssessment *assessment = sb_comparison_get_assessment (comparison, i);
      g_autofree char *points = NULL;
      SbScore score;

      /* Unrated stays empty: it is not 0 points. */
      if (sb_assessment_get_rating (assessment, id, NULL, NULL) && sb_assessment_get_score (assessment, id, &score))
        points = sb_points_format_exact (score.points);
      g_string_append_printf (row, "\t%s", points != NULL ? points : "");
    }
  if (part->n_rated > 0)
    {
      g_autofree char *lowest = sb_points_format_exact (part->lowest);
      g_autofree char *highest = sb_points_format_exact (part->highest);
      g_autofree char *median = sb_points_format_exact (part->median);

      g_string_append_printf (row, "\t%s\t%s\t%s\t%u", lowest, highest, median, part->band_spread);
    }
  else
    g_string_append (row, "\t\t\t\t");
  g_string_append_printf (row, "\t%s", part->divergent ? "divergent" : "");
  g_print ("%s\n", row->str);
}

/* --compare A B…: per scored part, in the standard's order, each file's
 * points, then the lowest, highest and median of them, how many bands
 * apart they lie and "divergent" for the consensus meeting's agenda. */
int
sb_cli_run_compare (SbCliOptions *options)
{
  g_autoptr(SbComparison) comparison = compare_files (options);
  GPtrArray *scored;

  if (comparison == NULL)
    return 1;
  warn_duplicates (comparison, options->files);
  print_header (comparison, options->files);
  scored = sb_standard_get_scored_nodes (sb_comparison_get_standard (comparison));
  for (guint i = 0; i < scored->len; i++)
    print_part (comparison, sb_comparison_lookup (comparison, sb_node_get_id (g_ptr_array_index (scored, i))));
  return 0;
}

/* --consensus OUT A B…: the team's consensus assessment, seeded with the
 * median of the examiners' ratings (the mean with --seed=mean), written
 * to OUT; the examiners' files stay as they are. */
int
sb_cli_run_consensus (SbCliOptions *options)
{
  g_autoptr(SbComparison) comparison = NULL;
  g_autoptr(SbAssessment) consensus = NULL;
  g_autoptr(GFile) file = NULL;
  g_autoptr(GError) error = NULL;
  SbConsensusSeed seed = SB_CONSENSUS_SEED_MEDIAN;

  if (options->seed != NULL && g_str_equal (options->seed, "mean"))
    seed = SB_CONSENSUS_SEED_MEAN;
  else if (options->seed != NULL && !g_str_equal (options->seed, "median"))
    {
      g_printerr (_("Unknown seed “%s”: use median or mean\n"), options->seed);
      return 2;
    }
  if (options->files != NULL && sb_cli_is_one_of (options->consensus, (const char * const *) options->files))
    {
      g_printerr (_("%s: the consensus would replace an examiner’s own assessment: give it a name of its own\n"),
                  options->consensus);
      return 2;
    }
  comparison = compare_files (options);
  if (comparison == NULL)
    return 1;
  warn_duplicates (comparison, options->files);
  consensus = sb_consensus_new (comparison, seed);
  file = g_file_new_for_commandline_arg (options->consensus);
  if (!sb_assessment_file_save (consensus, file, NULL, &error))
    {
      sb_cli_print_failure (options->consensus, error);
      return 1;
    }
  return 0;
}
