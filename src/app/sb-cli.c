/* sb-cli.c — the commands that need no display: --validate, --outline, --scores, --export
 * Copyright 2026 The Scorebook authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "sb-cli"

#include "config.h"

#include <errno.h>
#include <string.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>

#include "sb-assessment-file.h"
#include "sb-chart-export.h"
#include "sb-cli.h"
#include "sb-csv.h"
#include "sb-i18n.h"
#include "sb-report.h"
#include "sb-xml.h"
#include "sb-standard.h"

typedef struct
{
  gboolean   validate;
  gboolean   any_standard;
  gboolean   outline;
  char      *scores;
  char      *standard;
  char      *export;
  char      *export_chart;
  char      *lang;
  gboolean   include_notes;
  char      *format;
  char      *paper;
  char      *chart;
  char      *level;
  char      *size;
  char     **files;
} SbCliOptions;

static void
sb_cli_options_clear (SbCliOptions *options)
{
  g_free (options->standard);
  g_free (options->scores);
  g_free (options->export);
  g_free (options->export_chart);
  g_free (options->lang);
  g_free (options->format);
  g_free (options->paper);
  g_free (options->chart);
  g_free (options->level);
  g_free (options->size);
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

/* An assessment made for another standard (or edition) would be scored
 * against this one without a word: refused unless --any-standard asks
 * for it. TRUE when it may be used. */
static gboolean
standard_matches (SbCliOptions *options,
                  SbAssessment *assessment,
                  const char   *path)
{
  const char *id = NULL;
  const char *edition = NULL;

  if (options->any_standard || !sb_assessment_get_other_standard (assessment, &id, &edition))
    return TRUE;
  g_printerr (_("%s: this assessment was made for the standard “%s” (edition %s), not for “%s” (edition %s): "
                "its scores would be counted against the wrong standard. Give its standard with --standard, "
                "or --any-standard to go on all the same\n"),
              path, id, edition ? edition : "?", sb_standard_get_id (sb_assessment_get_standard (assessment)),
              sb_standard_get_edition (sb_assessment_get_standard (assessment)));
  return FALSE;
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
  g_autofree char *scored = NULL;
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
      /* Read with the same bounds and checks as any file (only an ordinary
       * file, never more than the larger limit), to see its root element. */
      g_autoptr(GBytes) bytes = sb_xml_read_file (file, MAX (SB_ASSESSMENT_MAX_BYTES, SB_STANDARD_MAX_BYTES),
                                                  NULL, NULL);
      g_autoptr(SbStandard) standard = NULL;

      /* A .scorebook file is meant to be an assessment, whatever it holds:
       * if it is not one, that is what to say, not how it fails as a standard. */
      if ((bytes != NULL && sb_assessment_file_sniff (bytes)) ||
          g_str_has_suffix (options->files[i], SB_ASSESSMENT_SUFFIX))
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
        g_autofree char *total = sb_points_format_exact (sb_standard_get_total (standard));
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

/* One row: id, kind, maximum, band, percent, points. Band, percent and
 * points stay empty for what is not rated, so that unrated never reads as
 * 0 %; points are exact, so that the rows add up to the total. */
static void
print_score_row (const char *id,
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
  if (!standard_matches (options, assessment, options->scores))
    return 1;

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

/* --lang, or the language of the user's locale: Chinese in a Chinese
 * locale, English elsewhere. */
static gboolean
parse_language (SbCliOptions      *options,
                SbDisplayLanguage *language)
{
  if (options->lang == NULL)
    {
      sb_display_language_parse (sb_i18n_get_locale_language (), language);
      return TRUE;
    }
  if (sb_display_language_parse (options->lang, language))
    return TRUE;
  g_printerr (_("Unknown language “%s”: use zh, en or both\n"), options->lang);
  return FALSE;
}

/* The assessment at @path, with its warnings printed; NULL when it does
 * not load (with @error set) or belongs to another standard (said here,
 * with @error left unset). */
static SbAssessment *
load_assessment (SbCliOptions *options,
                 SbStandard   *standard,
                 const char   *path,
                 GError      **error)
{
  g_autoptr(GFile) file = g_file_new_for_commandline_arg (path);
  g_autoptr(GPtrArray) warnings = NULL;
  g_autoptr(SbAssessment) assessment = NULL;

  assessment = sb_assessment_file_load (standard, file, &warnings, NULL, error);
  for (guint i = 0; assessment != NULL && warnings != NULL && i < warnings->len; i++)
    g_printerr (_("%s: warning: %s\n"), path, (const char *) g_ptr_array_index (warnings, i));
  if (assessment != NULL && !standard_matches (options, assessment, path))
    return NULL;
  return g_steal_pointer (&assessment);
}

/* Whether writing @output would replace an assessment: one of @inputs, or
 * any .scorebook file, which a summary must never take the place of. */
static gboolean
replaces_assessment (const char         *output,
                     const char * const *inputs)
{
  g_autoptr(GFile) out = g_file_new_for_commandline_arg (output);
  GStatBuf out_st;

  if (g_str_has_suffix (output, SB_ASSESSMENT_SUFFIX))
    return TRUE;
  if (g_stat (g_file_peek_path (out), &out_st) != 0)
    return FALSE;
  for (guint i = 0; inputs != NULL && inputs[i] != NULL; i++)
    {
      g_autoptr(GFile) in = g_file_new_for_commandline_arg (inputs[i]);
      GStatBuf in_st;

      if (g_stat (g_file_peek_path (in), &in_st) == 0 &&
          in_st.st_dev == out_st.st_dev && in_st.st_ino == out_st.st_ino)
        return TRUE;
    }
  return FALSE;
}

static gboolean
refuse_replacing (const char         *output,
                  const char * const *inputs)
{
  if (!replaces_assessment (output, inputs))
    return FALSE;
  g_printerr (_("%s: Scorebook will not write a summary or a chart over an assessment: give the output "
                "a name of its own (for several assessments, a folder ending in “/”)\n"), output);
  return TRUE;
}

typedef enum
{
  FORMAT_NONE,
  FORMAT_PDF,
  FORMAT_CSV,
} ExportFormat;

static ExportFormat
format_from_name (const char *name)
{
  if (name == NULL)
    return FORMAT_NONE;
  if (g_ascii_strcasecmp (name, "pdf") == 0)
    return FORMAT_PDF;
  if (g_ascii_strcasecmp (name, "csv") == 0)
    return FORMAT_CSV;
  return FORMAT_NONE;
}

static ExportFormat
format_from_path (const char *path)
{
  const char *dot = strrchr (path, '.');
  const char *slash = strrchr (path, G_DIR_SEPARATOR);

  if (dot == NULL || (slash != NULL && dot < slash))
    return FORMAT_NONE;
  return format_from_name (dot + 1);
}

/* Writes the summary of @assessment to @output in @format. */
static gboolean
write_summary (SbAssessment          *assessment,
               const char            *output,
               ExportFormat           format,
               const SbReportOptions *report_options,
               GError               **error)
{
  if (format == FORMAT_CSV)
    {
      g_autoptr(GFile) file = g_file_new_for_commandline_arg (output);
      const char *language = sb_display_language_to_tag (report_options->language);

      return sb_csv_write (assessment, language, file, NULL, error);
    }
  return sb_report_write_pdf (assessment, output, report_options, NULL, NULL, NULL, error);
}

/* An error's message names the file already when it comes from the
 * loader ("FILE:LINE:COL: …"); otherwise it gets "FILE: " in front. */
static void
print_failure (const char *input,
               GError     *error)
{
  if (g_str_has_prefix (error->message, input))
    g_printerr ("%s\n", error->message);
  else
    g_printerr ("%s: %s\n", input, error->message);
}

/* --export OUT FILE, or --export DIR/ FILE… for the committee's batch:
 * one summary per assessment, named after it, each failure reported and
 * the rest written all the same. */
static int
run_export (SbCliOptions *options)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SbStandard) standard = NULL;
  g_autoptr(GHashTable) names = NULL;
  SbReportOptions report_options;
  ExportFormat format = format_from_name (options->format);
  const char *out = options->export;
  gboolean to_dir;
  guint n_files = options->files ? g_strv_length (options->files) : 0;
  int status = 0;

  sb_report_options_init (&report_options);
  if (!parse_language (options, &report_options.language))
    return 2;
  report_options.include_notes = options->include_notes;
  if (options->paper == NULL)
    sb_report_paper_for_locale (&report_options.page_width, &report_options.page_height);
  else if (g_ascii_strcasecmp (options->paper, "a4") == 0)
    {
      report_options.page_width = SB_REPORT_A4_WIDTH;
      report_options.page_height = SB_REPORT_A4_HEIGHT;
    }
  else if (g_ascii_strcasecmp (options->paper, "letter") == 0)
    {
      report_options.page_width = SB_REPORT_LETTER_WIDTH;
      report_options.page_height = SB_REPORT_LETTER_HEIGHT;
    }
  else
    {
      g_printerr (_("Unknown paper “%s”: use a4 or letter\n"), options->paper);
      return 2;
    }
  if (options->format != NULL && format == FORMAT_NONE)
    {
      g_printerr (_("Unknown format “%s”: use pdf or csv\n"), options->format);
      return 2;
    }
  if (n_files == 0)
    {
      g_printerr (_("--export needs an assessment to export\n"));
      return 2;
    }

  to_dir = g_str_has_suffix (out, G_DIR_SEPARATOR_S) || g_file_test (out, G_FILE_TEST_IS_DIR);
  if (!to_dir)
    {
      if (n_files > 1)
        {
          g_printerr (_("--export with several assessments needs a folder ending in “/”\n"));
          return 2;
        }
      if (format == FORMAT_NONE)
        format = format_from_path (out);
      if (format == FORMAT_NONE)
        {
          g_printerr (_("%s: cannot tell the format: name it .pdf or .csv, or give --format\n"), out);
          return 2;
        }
    }
  else
    {
      if (format == FORMAT_NONE)
        format = FORMAT_PDF;
      if (g_mkdir_with_parents (out, 0777) != 0)
        {
          int saved = errno;

          g_printerr ("%s: %s\n", out, g_strerror (saved));
          return 1;
        }
    }

  standard = load_standard (options->standard, &error);
  if (standard == NULL)
    {
      g_printerr ("%s\n", error->message);
      return 1;
    }

  names = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  for (guint i = 0; i < n_files; i++)
    {
      const char *input = options->files[i];
      g_autofree char *output = NULL;
      g_autoptr(GError) local_error = NULL;
      g_autoptr(SbAssessment) assessment = NULL;

      if (to_dir)
        {
          g_autofree char *base = g_path_get_basename (input);
          g_autofree char *name = NULL;

          if (g_str_has_suffix (base, SB_ASSESSMENT_SUFFIX))
            base[strlen (base) - strlen (SB_ASSESSMENT_SUFFIX)] = '\0';
          name = g_strconcat (base, format == FORMAT_CSV ? ".csv" : ".pdf", NULL);
          /* Two inputs of the same name from different folders would
           * overwrite each other: the second one is refused. */
          if (g_hash_table_contains (names, name))
            {
              g_printerr (_("%s: another assessment of this batch is already written to %s\n"), input, name);
              status = 1;
              continue;
            }
          g_hash_table_add (names, g_strdup (name));
          output = g_build_filename (out, name, NULL);
        }
      else
        output = g_strdup (out);

      if (refuse_replacing (output, (const char * const *) options->files))
        {
          status = 1;
          continue;
        }
      /* A file that does not load is blamed on the input; one that is not
       * written, on the output. */
      assessment = load_assessment (options, standard, input, &local_error);
      if (assessment == NULL)
        {
          if (local_error != NULL)
            print_failure (input, local_error);
          status = 1;
        }
      else if (!write_summary (assessment, output, format, &report_options, &local_error))
        {
          print_failure (output, local_error);
          status = 1;
        }
    }
  return status;
}

/* --export-chart OUT: a chart of one or more assessments (one series
 * each) as PNG, SVG or PDF, by OUT's extension. */
static int
run_export_chart (SbCliOptions *options)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SbStandard) standard = NULL;
  g_autoptr(GPtrArray) assessments = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(SbChartData) data = NULL;
  const char *out = options->export_chart;
  SbChartLevel level = SB_CHART_LEVEL_DIMENSIONS;
  SbChartOptions chart;
  gboolean radar = TRUE;
  guint width = 800, height = 600;
  SbChartFormat kind = sb_chart_format_for_path (out);

  sb_chart_options_init (&chart);
  if (!parse_language (options, &chart.language))
    return 2;
  if (refuse_replacing (out, (const char * const *) options->files))
    return 1;

  if (kind == SB_CHART_FORMAT_NONE)
    {
      g_printerr (_("%s: cannot tell the format: name it .png, .svg or .pdf\n"), out);
      return 2;
    }

  if (options->chart == NULL || g_str_equal (options->chart, "radar"))
    radar = TRUE;
  else if (g_str_equal (options->chart, "bars"))
    radar = FALSE;
  else
    {
      g_printerr (_("Unknown chart “%s”: use radar or bars\n"), options->chart);
      return 2;
    }

  if (options->level == NULL || g_str_equal (options->level, "dimensions"))
    level = SB_CHART_LEVEL_DIMENSIONS;
  else if (g_str_equal (options->level, "items"))
    level = SB_CHART_LEVEL_ITEMS;
  else if (g_str_equal (options->level, "subitems"))
    level = SB_CHART_LEVEL_SUBITEMS;
  else
    {
      g_printerr (_("Unknown level “%s”: use dimensions, items or subitems\n"), options->level);
      return 2;
    }

  if (options->size != NULL)
    {
      char *end = NULL;
      guint64 w = g_ascii_strtoull (options->size, &end, 10);
      guint64 h = 0;

      if (end != NULL && (*end == 'x' || *end == 'X'))
        h = g_ascii_strtoull (end + 1, &end, 10);
      if (end == NULL || *end != '\0' || w < 50 || h < 50 || w > 10000 || h > 10000)
        {
          g_printerr (_("Bad size “%s”: use WIDTHxHEIGHT, each from 50 to 10000\n"), options->size);
          return 2;
        }
      width = w;
      height = h;
    }

  if (options->files == NULL || options->files[0] == NULL)
    {
      g_printerr (_("--export-chart needs at least one assessment\n"));
      return 2;
    }

  standard = load_standard (options->standard, &error);
  if (standard == NULL)
    {
      g_printerr ("%s\n", error->message);
      return 1;
    }
  for (guint i = 0; options->files[i] != NULL; i++)
    {
      SbAssessment *assessment = load_assessment (options, standard, options->files[i], &error);

      if (assessment == NULL)
        {
          if (error != NULL)
            print_failure (options->files[i], error);
          return 1;
        }
      g_ptr_array_add (assessments, assessment);
    }

  /* Paper gets the grayscale-safe palette; pictures the light one. */
  if (kind == SB_CHART_FORMAT_PDF)
    sb_chart_palette_init_print (&chart.palette);
  data = sb_chart_data_new_for_assessments (level, (SbAssessment **) assessments->pdata, assessments->len);
  if (!sb_chart_write (data, radar, &chart, out, width, height, &error))
    {
      g_printerr ("%s\n", error->message);
      return 1;
    }
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
    { "any-standard", 0, 0, G_OPTION_ARG_NONE, &options.any_standard,
      N_("Score and export assessments made for another standard or edition all the same"), NULL },
    { "export", 0, 0, G_OPTION_ARG_FILENAME, &options.export,
      N_("Write a score summary (PDF or CSV, by the extension); to a folder ending in / for several assessments"),
      N_("OUT") },
    { "format", 0, 0, G_OPTION_ARG_STRING, &options.format,
      N_("With --export: pdf or csv (the default for a folder is pdf)"), N_("FORMAT") },
    { "lang", 0, 0, G_OPTION_ARG_STRING, &options.lang,
      N_("Language of a summary or chart: zh, en or both"), N_("LANG") },
    { "include-notes", 0, 0, G_OPTION_ARG_NONE, &options.include_notes,
      N_("With --export: include evidence notes, which may be confidential"), NULL },
    { "paper", 0, 0, G_OPTION_ARG_STRING, &options.paper,
      N_("With --export: a4 or letter (default: the locale’s paper)"), N_("PAPER") },
    { "export-chart", 0, 0, G_OPTION_ARG_FILENAME, &options.export_chart,
      N_("Write a chart of one or more assessments (PNG, SVG or PDF, by the extension)"), N_("OUT") },
    { "chart", 0, 0, G_OPTION_ARG_STRING, &options.chart,
      N_("With --export-chart: radar or bars"), N_("CHART") },
    { "level", 0, 0, G_OPTION_ARG_STRING, &options.level,
      N_("With --export-chart: dimensions, items or subitems"), N_("LEVEL") },
    { "size", 0, 0, G_OPTION_ARG_STRING, &options.size,
      N_("With --export-chart: WIDTHxHEIGHT in pixels (points for SVG and PDF)"), N_("SIZE") },
    { G_OPTION_REMAINING, 0, 0, G_OPTION_ARG_FILENAME_ARRAY, &options.files, NULL, N_("FILE…") },
    { NULL }
  };
  gboolean wanted = FALSE;

  for (int i = 1; i < argc; i++)
    if (g_str_equal (argv[i], "--validate") || g_str_equal (argv[i], "--outline") ||
        g_str_equal (argv[i], "--scores") || g_str_has_prefix (argv[i], "--scores=") ||
        g_str_equal (argv[i], "--export") || g_str_has_prefix (argv[i], "--export=") ||
        g_str_equal (argv[i], "--export-chart") || g_str_has_prefix (argv[i], "--export-chart="))
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

  if (options.export_chart != NULL)
    return run_export_chart (&options);
  if (options.export != NULL)
    return run_export (&options);
  if (options.validate)
    return run_validate (&options);
  if (options.scores != NULL)
    return run_scores (&options);
  return run_outline (&options);
}
