/* sb-cli.c — the commands that need no display: --validate, --outline, --scores
 * Copyright 2026 The Scorebook authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "sb-cli"

#include "config.h"

#include <glib/gi18n.h>

#include "sb-assessment-file.h"
#include "sb-cli.h"
#include "sb-standard.h"

typedef struct
{
  gboolean   validate;
  gboolean   outline;
  char      *scores;
  char      *standard;
  char     **files;
} SbCliOptions;

static void
sb_cli_options_clear (SbCliOptions *options)
{
  g_free (options->standard);
  g_free (options->scores);
  g_strfreev (options->files);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (SbCliOptions, sb_cli_options_clear)

static SbStandard *
load_standard (const char  *path,
               GError     **error)
{
  if (path != NULL)
    {
      g_autoptr(GFile) file = g_file_new_for_commandline_arg (path);
      return sb_standard_new_from_file (file, NULL, error);
    }
  return sb_standard_new_bundled (error);
}

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
  SbScore score;

  if (*standard == NULL)
    {
      *standard = load_standard (options->standard, &error);
      if (*standard == NULL)
        {
          g_printerr ("%s\n", error->message);
          return 1;
        }
    }

  assessment = sb_assessment_file_load (*standard, file, &warnings, NULL, &error);
  if (assessment == NULL)
    {
      g_printerr ("%s\n", error->message);
      return 1;
    }
  print_warnings (warnings);
  sb_assessment_get_score (assessment, NULL, &score);
  points = sb_points_format (score.points, 1);
  total = sb_points_format (score.maximum, 1);
  g_print (_("%s: a valid assessment on “%s”, %u of %u sub-items rated, %s of %s points\n"),
           g_file_peek_path (file) ? g_file_peek_path (file) : arg,
           sb_standard_get_id (*standard), score.n_rated, score.n_scored, points, total);
  return 0;
}

static int
run_validate (SbCliOptions *options)
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
      g_autoptr(GError) error = NULL;
      g_autoptr(GFile) file = g_file_new_for_commandline_arg (options->files[i]);
      g_autoptr(GBytes) bytes = g_file_load_bytes (file, NULL, NULL, NULL);
      g_autoptr(SbStandard) standard = NULL;

      if (bytes != NULL && sb_assessment_file_sniff (bytes))
        {
          int result = validate_assessment (options, &assessment_standard, file, options->files[i]);

          status = MAX (status, result);
          continue;
        }

      standard = sb_standard_new_from_file (file, NULL, &error);

      if (standard == NULL)
        {
          g_printerr ("%s\n", error->message);
          status = 1;
          continue;
        }
      {
        g_autofree char *total = sb_points_format (sb_standard_get_total (standard), 2);
        g_print (_("%s: a valid standard, “%s”, with %u scored parts worth %s points\n"),
                 g_file_peek_path (file) ? g_file_peek_path (file) : options->files[i],
                 sb_standard_get_id (standard),
                 sb_standard_get_scored_nodes (standard)->len, total);
      }
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
  g_autofree char *points = sb_node_has_points (node) ? sb_points_format (sb_node_get_points (node), 2) : g_strdup ("");
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

static int
run_outline (SbCliOptions *options)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SbStandard) standard = load_standard (options->standard, &error);
  GListModel *criteria;

  if (standard == NULL)
    {
      g_printerr ("%s\n", error->message);
      return 1;
    }

  criteria = sb_standard_get_criteria (standard);
  for (guint i = 0; i < g_list_model_get_n_items (criteria); i++)
    {
      g_autoptr(SbNode) node = g_list_model_get_item (criteria, i);
      print_outline (node);
    }
  return 0;
}

/* One row: id, kind, maximum, band, percent, points. Band and percent
 * stay empty for what is not rated, so that unrated never reads as 0 %. */
static void
print_score_row (const char *id,
                 const char *kind,
                 SbScore    *score,
                 const char *band_id,
                 guint       percent,
                 gboolean    subitem)
{
  g_autofree char *maximum = sb_points_format (score->maximum, 1);
  g_autofree char *points = sb_points_format (score->points, 1);
  g_autofree char *percent_text = NULL;

  if (subitem)
    percent_text = band_id ? g_strdup_printf ("%u", percent) : g_strdup ("");
  else
    percent_text = score->n_rated > 0 ? sb_percent_format (score->points, score->maximum, 1) : g_strdup ("");
  g_print ("%s\t%s\t%s\t%s\t%s\t%s\n", id, kind, maximum, band_id ? band_id : "", percent_text, points);
}

static int
run_scores (SbCliOptions *options)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) warnings = NULL;
  g_autoptr(SbStandard) standard = load_standard (options->standard, &error);
  g_autoptr(SbAssessment) assessment = NULL;
  g_autoptr(GFile) file = NULL;
  GPtrArray *nodes;
  SbScore total;

  if (standard == NULL)
    {
      g_printerr ("%s\n", error->message);
      return 1;
    }
  file = g_file_new_for_commandline_arg (options->scores);
  assessment = sb_assessment_file_load (standard, file, &warnings, NULL, &error);
  if (assessment == NULL)
    {
      g_printerr ("%s\n", error->message);
      return 1;
    }
  print_warnings (warnings);

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
      print_score_row (id, sb_node_get_kind (node), &score, band_id, percent, sb_node_is_scored (node));
    }
  sb_assessment_get_score (assessment, NULL, &total);
  print_score_row ("total", "total", &total, NULL, 0, FALSE);
  return 0;
}

/* Runs a headless command when argv asks for one and returns its exit
 * status; returns -1 when it asks for none, so the caller starts the GUI. */
int
sb_cli_run (int    argc,
            char **argv)
{
  g_auto(SbCliOptions) options = { 0 };
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) args = NULL;
  const GOptionEntry entries[] = {
    { "validate", 0, 0, G_OPTION_ARG_NONE, &options.validate,
      N_("Check standard files and report each problem"), NULL },
    { "outline", 0, 0, G_OPTION_ARG_NONE, &options.outline,
      N_("Print the standard as tab-separated rows"), NULL },
    { "scores", 0, 0, G_OPTION_ARG_FILENAME, &options.scores,
      N_("Print an assessment’s scores as tab-separated rows"), N_("FILE") },
    { "standard", 0, 0, G_OPTION_ARG_FILENAME, &options.standard,
      N_("Use this standard instead of the bundled one"), N_("FILE") },
    { G_OPTION_REMAINING, 0, 0, G_OPTION_ARG_FILENAME_ARRAY, &options.files, NULL, N_("FILE…") },
    { NULL }
  };
  gboolean wanted = FALSE;

  for (int i = 1; i < argc; i++)
    if (g_str_equal (argv[i], "--validate") || g_str_equal (argv[i], "--outline") ||
        g_str_equal (argv[i], "--scores") || g_str_has_prefix (argv[i], "--scores="))
      wanted = TRUE;
  if (!wanted)
    return -1;

  context = g_option_context_new (NULL);
  g_option_context_set_translation_domain (context, GETTEXT_PACKAGE);
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  args = g_strdupv (argv);
  if (!g_option_context_parse_strv (context, &args, &error))
    {
      g_printerr ("%s\n", error->message);
      return 2;
    }

  if (options.validate)
    return run_validate (&options);
  if (options.scores != NULL)
    return run_scores (&options);
  return run_outline (&options);
}
