/* sb-cli-standard.c — the commands that read: --validate, --outline and --scores
 * Copyright 2026 The Scorebook authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "sb-cli"

#include "config.h"

#include <glib/gi18n.h>

#include "sb-assessment-file.h"
#include "sb-cli-private.h"
#include "sb-i18n.h"
#include "sb-xml.h"

static void
print_warnings (GPtrArray *warnings)
{
  for (guint i = 0; warnings != NULL && i < warnings->len; i++)
    g_printerr (_("warning: %s\n"), (const char *) g_ptr_array_index (warnings, i));
}

/* An assessment is checked against the standard it is scored on: the one
 * given with --standard, else the bundled one. */
static int
validate_assessment (SbCliOptions  *options,
                     SbStandard   **standard,
                     GFile         *file,
                     const char    *arg)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) warnings = NULL;
  g_autoptr(SbAssessment) assessment = NULL;
  g_autofree char *points = NULL;
  g_autofree char *total = NULL;
  g_autofree char *scored = NULL;
  SbScore score;

  if (*standard == NULL)
    {
      *standard = sb_cli_load_standard (options);
      if (*standard == NULL)
        return 1;
    }

  assessment = sb_assessment_file_load (*standard, file, &warnings, NULL, &error);
  if (assessment == NULL)
    {
      g_printerr ("%s\n", error->message);
      return 1;
    }
  print_warnings (warnings);
  sb_assessment_get_score (assessment, NULL, &score);
  points = sb_points_format_exact (score.points);
  total = sb_points_format_exact (score.maximum);
  /* The standard's word for its scored parts, in the language of the
   * messages around it. */
  scored = sb_standard_dup_scored_name (*standard, sb_i18n_get_language (), TRUE);
  /* Translators: the third %s is what the standard calls its scored parts, as in "sub-items" or "items" */
  g_print (_("%s: a valid assessment on “%s”, %u of %u %s rated, %s of %s points\n"),
           g_file_peek_path (file) ? g_file_peek_path (file) : arg,
           sb_standard_get_id (*standard), score.n_rated, score.n_scored, scored, points, total);
  return 0;
}

static int
validate_standard (GFile      *file,
                   const char *arg)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SbStandard) standard = sb_standard_new_from_file (file, NULL, &error);
  g_autofree char *total = NULL;

  if (standard == NULL)
    {
      g_printerr ("%s\n", error->message);
      return 1;
    }
  total = sb_points_format_exact (sb_standard_get_total (standard));
  g_print (_("%s: a valid standard, “%s”, with %u scored parts worth %s points\n"),
           g_file_peek_path (file) ? g_file_peek_path (file) : arg,
           sb_standard_get_id (standard), sb_standard_get_scored_nodes (standard)->len, total);
  return 0;
}

int
sb_cli_run_validate (SbCliOptions *options)
{
  g_autoptr(SbStandard) assessment_standard = NULL;
  int status = 0;

  if (options->files == NULL || options->files[0] == NULL)
    {
      g_printerr (_("--validate needs at least one file\n"));
      return 2;
    }

  for (guint i = 0; options->files[i] != NULL; i++)
    {
      g_autoptr(GFile) file = g_file_new_for_commandline_arg (options->files[i]);
      /* Read with the same bounds and checks as any file (only an ordinary
       * file, never more than the larger limit), to see its root element. */
      g_autoptr(GBytes) bytes = sb_xml_read_file (file, MAX (SB_ASSESSMENT_MAX_BYTES, SB_STANDARD_MAX_BYTES),
                                                  NULL, NULL);
      int result;

      /* A .scorebook file is meant to be an assessment, whatever it holds:
       * if it is not one, that is what to say, not how it fails as a standard. */
      if ((bytes != NULL && sb_assessment_file_sniff (bytes)) ||
          g_str_has_suffix (options->files[i], SB_ASSESSMENT_SUFFIX))
        result = validate_assessment (options, &assessment_standard, file, options->files[i]);
      else
        result = validate_standard (file, options->files[i]);
      status = MAX (status, result);
    }
  return status;
}

static void
print_row (const char   *id,
           const char   *kind,
           const char   *points,
           const char   *guide,
           const SbText *text)
{
  g_autofree char *zh = sb_text_dup_flat (text, SB_LANG_ZH);
  g_autofree char *en = sb_text_dup_flat (text, SB_LANG_EN);

  g_print ("%s\t%s\t%s\t%s\t%s\t%s\n", id, kind, points, guide, zh, en);
}

static void
print_outline (SbNode *node)
{
  GListModel *guidance = sb_node_get_guidance (node);
  GListModel *children = sb_node_get_children (node);
  g_autofree char *points = sb_node_has_points (node) ? sb_points_format_exact (sb_node_get_points (node)) : g_strdup ("");
  SbGuide *guide = sb_node_get_guide (node);

  print_row (sb_node_get_id (node), sb_node_get_kind (node), points,
             guide ? sb_guide_get_id (guide) : "", sb_node_get_title (node));

  for (guint i = 0; i < g_list_model_get_n_items (guidance); i++)
    {
      g_autoptr(SbGuidancePoint) point = g_list_model_get_item (guidance, i);
      print_row (sb_guidance_point_get_id (point), "point", "", "", sb_guidance_point_get_text (point));
    }
  for (guint i = 0; i < g_list_model_get_n_items (children); i++)
    {
      g_autoptr(SbNode) child = g_list_model_get_item (children, i);
      print_outline (child);
    }
}

int
sb_cli_run_outline (SbCliOptions *options)
{
  g_autoptr(SbStandard) standard = sb_cli_load_standard (options);
  GListModel *criteria;

  if (standard == NULL)
    return 1;

  criteria = sb_standard_get_criteria (standard);
  for (guint i = 0; i < g_list_model_get_n_items (criteria); i++)
    {
      g_autoptr(SbNode) node = g_list_model_get_item (criteria, i);
      print_outline (node);
    }
  return 0;
}

/* One row: id, kind, maximum, band, percent, points, after @file and a
 * tab when several files are scored at once, appended to @out. Band,
 * percent and points stay empty for what is not rated, so that unrated
 * never reads as 0 %; points are exact, so that the rows add up to the
 * total. */
static void
print_score_row (GString    *out,
                 const char *file,
                 const char *id,
                 const char *kind,
                 SbScore    *score,
                 const char *band_id,
                 guint       percent,
                 gboolean    subitem)
{
  g_autofree char *maximum = sb_points_format_exact (score->maximum);
  /* Empty while nothing under the node is rated: unrated is not 0 points. */
  g_autofree char *points = score->n_rated > 0 ? sb_points_format_exact (score->points) : g_strdup ("");
  g_autofree char *percent_text = NULL;

  if (subitem)
    percent_text = band_id ? g_strdup_printf ("%u", percent) : g_strdup ("");
  else
    percent_text = score->n_rated > 0 ? sb_percent_format (score->points, score->maximum) : g_strdup ("");
  g_string_append_printf (out, "%s%s%s\t%s\t%s\t%s\t%s\t%s\n", file ? file : "", file ? "\t" : "",
                          id, kind, maximum, band_id ? band_id : "", percent_text, points);
}

/* The rows of the assessment in @path; FALSE, said here, when it cannot
 * be scored. @file is the name rows start with, or NULL. */
static gboolean
print_scores (SbCliOptions *options,
              SbStandard   *standard,
              const char   *path,
              const char   *file)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) warnings = NULL;
  g_autoptr(GFile) gfile = g_file_new_for_commandline_arg (path);
  g_autoptr(SbAssessment) assessment = sb_assessment_file_load (standard, gfile, &warnings, NULL, &error);
  /* A file's rows are printed at once: g_print() flushes each call, and
   * a thousand files made 28,000 writes. */
  g_autoptr(GString) out = NULL;
  GPtrArray *nodes;
  SbScore total;

  if (assessment == NULL)
    {
      g_printerr ("%s\n", error->message);
      return FALSE;
    }
  print_warnings (warnings);
  if (!sb_cli_standard_matches (options, assessment, path))
    return FALSE;

  out = g_string_new (NULL);
  nodes = sb_standard_get_nodes (standard);
  for (guint i = 0; i < nodes->len; i++)
    {
      SbNode *node = g_ptr_array_index (nodes, i);
      const char *id = sb_node_get_id (node);
      const char *band_id = NULL;
      guint percent = 0;
      SbScore score;

      sb_assessment_get_score (assessment, id, &score);
      if (sb_node_is_scored (node))
        sb_assessment_get_rating (assessment, id, &band_id, &percent);
      print_score_row (out, file, id, sb_node_get_kind (node), &score, band_id, percent, sb_node_is_scored (node));
    }
  sb_assessment_get_score (assessment, NULL, &total);
  print_score_row (out, file, "total", "total", &total, NULL, 0, FALSE);
  g_print ("%s", out->str);
  return TRUE;
}

/* `--scores FILE [FILE…]`: one standard, loaded once, for every file, so
 * that a committee's thousand files take one process rather than a
 * thousand. With several files each row starts with its file. A file
 * that cannot be scored is said and the others are still scored. */
int
sb_cli_run_scores (SbCliOptions *options)
{
  g_autoptr(SbStandard) standard = sb_cli_load_standard (options);
  guint n_more = options->files ? g_strv_length (options->files) : 0;
  int status = 0;

  if (standard == NULL)
    return 1;
  if (!print_scores (options, standard, options->scores, n_more > 0 ? options->scores : NULL))
    status = 1;
  for (guint i = 0; i < n_more; i++)
    if (!print_scores (options, standard, options->files[i], options->files[i]))
      status = 1;
  return status;
}
