/* sb-cli-export.c — the commands that write: --export (summaries) and --export-chart
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
#include "sb-cli-private.h"
#include "sb-csv.h"
#include "sb-report.h"

/* Whether writing @output would replace an assessment: one of @inputs, or
 * any .scorebook file, which a summary must never take the place of. */
static gboolean
replaces_assessment (const char         *output,
                     const char * const *inputs)
{
  return g_str_has_suffix (output, SB_ASSESSMENT_SUFFIX) || sb_cli_is_one_of (output, inputs);
}

/* TRUE, with @error saying why, when @output must not be written. */
static gboolean
refuse_replacing (const char         *output,
                  const char * const *inputs,
                  GError            **error)
{
  if (!replaces_assessment (output, inputs))
    return FALSE;
  g_set_error (error, G_IO_ERROR, G_IO_ERROR_EXISTS,
               _("%s: Scorebook will not write a summary or a chart over an assessment: give the output "
                 "a name of its own (for several assessments, a folder ending in “/”)"), output);
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

/* --paper, or the paper of the user's locale. */
static gboolean
parse_paper (SbCliOptions    *options,
             SbReportOptions *report_options)
{
  if (options->paper == NULL)
    sb_report_paper_for_locale (&report_options->page_width, &report_options->page_height);
  else if (g_ascii_strcasecmp (options->paper, "a4") == 0)
    {
      report_options->page_width = SB_REPORT_A4_WIDTH;
      report_options->page_height = SB_REPORT_A4_HEIGHT;
    }
  else if (g_ascii_strcasecmp (options->paper, "letter") == 0)
    {
      report_options->page_width = SB_REPORT_LETTER_WIDTH;
      report_options->page_height = SB_REPORT_LETTER_HEIGHT;
    }
  else
    {
      g_printerr (_("Unknown paper “%s”: use a4 or letter\n"), options->paper);
      return FALSE;
    }
  return TRUE;
}

/* What --export writes, and where. */
typedef struct
{
  const char      *out;
  gboolean         to_dir;
  ExportFormat     format;
  SbReportOptions  report;
  GHashTable      *names;    /* the names given in the folder so far */
} ExportPlan;

/* One summary to OUT, in the format --format or OUT's extension names. */
static int
plan_one_file (ExportPlan *plan,
               guint       n_files)
{
  if (n_files > 1)
    {
      g_printerr (_("--export with several assessments needs a folder ending in “/”\n"));
      return 2;
    }
  if (plan->format == FORMAT_NONE)
    plan->format = format_from_path (plan->out);
  if (plan->format == FORMAT_NONE)
    {
      g_printerr (_("%s: cannot tell the format: name it .pdf or .csv, or give --format\n"), plan->out);
      return 2;
    }
  return 0;
}

/* A summary per assessment in the folder OUT, made if need be. */
static int
plan_folder (ExportPlan *plan)
{
  if (plan->format == FORMAT_NONE)
    plan->format = FORMAT_PDF;
  if (g_mkdir_with_parents (plan->out, 0777) != 0)
    {
      int saved = errno;

      g_printerr ("%s: %s\n", plan->out, g_strerror (saved));
      return 1;
    }
  return 0;
}

/* Checks what --export is given; 0 when it can go on, else the exit status. */
static int
plan_export (SbCliOptions *options,
             ExportPlan   *plan)
{
  guint n_files = options->files ? g_strv_length (options->files) : 0;

  sb_report_options_init (&plan->report);
  if (!sb_cli_parse_language (options, &plan->report.language))
    return 2;
  plan->report.include_notes = options->include_notes;
  if (!parse_paper (options, &plan->report))
    return 2;
  plan->format = format_from_name (options->format);
  if (options->format != NULL && plan->format == FORMAT_NONE)
    {
      g_printerr (_("Unknown format “%s”: use pdf or csv\n"), options->format);
      return 2;
    }
  if (n_files == 0)
    {
      g_printerr (_("--export needs an assessment to export\n"));
      return 2;
    }

  plan->out = options->export;
  plan->to_dir = g_str_has_suffix (plan->out, G_DIR_SEPARATOR_S) || g_file_test (plan->out, G_FILE_TEST_IS_DIR);
  return plan->to_dir ? plan_folder (plan) : plan_one_file (plan, n_files);
}

/* Where the summary of @input goes: OUT, or in the folder OUT a file
 * named after it. NULL, with @error saying so, when another assessment
 * of the batch has that name already. */
static char *
output_for (ExportPlan  *plan,
            const char  *input,
            GError     **error)
{
  g_autofree char *base = NULL;
  g_autofree char *name = NULL;

  if (!plan->to_dir)
    return g_strdup (plan->out);
  base = g_path_get_basename (input);
  if (g_str_has_suffix (base, SB_ASSESSMENT_SUFFIX))
    base[strlen (base) - strlen (SB_ASSESSMENT_SUFFIX)] = '\0';
  name = g_strconcat (base, plan->format == FORMAT_CSV ? ".csv" : ".pdf", NULL);
  /* Two inputs of the same name from different folders would
   * overwrite each other: the second one is refused. */
  if (g_hash_table_contains (plan->names, name))
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_EXISTS,
                   _("%s: another assessment of this batch is already written to %s"), input, name);
      return NULL;
    }
  g_hash_table_add (plan->names, g_strdup (name));
  return g_build_filename (plan->out, name, NULL);
}

/* One summary of a batch: its assessment is read on the main thread and
 * the summary written by a worker. Every failure, whether found on the
 * main thread (a name taken, an assessment in the way, a file that does
 * not load) or by the worker, is kept in @error for report_jobs() to say
 * once the batch is done, in the order the files were given. */
typedef struct
{
  const char   *input;
  char         *output;
  SbAssessment *assessment;
  GError       *error;     /* why @input was not exported, or @output was not written */
  gboolean      blame_output;
  gboolean      written;
} ExportJob;

static void
export_job_free (gpointer data)
{
  ExportJob *job = data;

  g_free (job->output);
  g_clear_object (&job->assessment);
  g_clear_error (&job->error);
  g_free (job);
}

/* The workers and how many of the batch's assessments are loaded and not
 * yet written: the main thread reads ahead only a few, so that a batch of
 * thousands never holds them all. */
typedef struct
{
  ExportPlan  *plan;
  GThreadPool *pool;
  GMutex       lock;
  GCond        done;
  guint        pending;
} ExportWorkers;

#define EXPORT_READ_AHEAD 4

/* Writes @job's summary; on a worker thread, or on the main thread when
 * there is none. Each thread lays its summaries out with its own Pango
 * font map (pango_cairo_font_map_get_default() is per thread), and the
 * standard and the assessment are only read, so workers share nothing
 * that changes. */
static void
export_job_write (ExportJob  *job,
                  ExportPlan *plan)
{
  job->written = write_summary (job->assessment, job->output, plan->format, &plan->report, &job->error);
  job->blame_output = !job->written;
  /* Freed here, not at the end of the batch. */
  g_clear_object (&job->assessment);
}

static void
export_worker (gpointer data,
               gpointer user_data)
{
  ExportWorkers *workers = user_data;

  export_job_write (data, workers->plan);
  g_mutex_lock (&workers->lock);
  workers->pending--;
  g_cond_signal (&workers->done);
  g_mutex_unlock (&workers->lock);
}

/* Hands @job to a worker, after waiting for room in the read-ahead. */
static void
export_workers_push (ExportWorkers *workers,
                     ExportJob     *job)
{
  guint limit = EXPORT_READ_AHEAD * g_thread_pool_get_max_threads (workers->pool);

  g_mutex_lock (&workers->lock);
  while (workers->pending >= limit)
    g_cond_wait (&workers->done, &workers->lock);
  workers->pending++;
  g_mutex_unlock (&workers->lock);
  g_thread_pool_push (workers->pool, job, NULL);
}

/* Reads @input for the batch; NULL when there is nothing to write. */
static ExportJob *
export_job_new (SbCliOptions *options,
                ExportPlan   *plan,
                SbStandard   *standard,
                const char   *input)
{
  ExportJob *job = g_new0 (ExportJob, 1);

  job->input = input;
  job->output = output_for (plan, input, &job->error);
  if (job->output == NULL)
    return job;
  job->blame_output = refuse_replacing (job->output, (const char * const *) options->files, &job->error);
  if (job->blame_output)
    return job;
  job->assessment = sb_cli_load_assessment (options, standard, input, TRUE, &job->error);
  return job;
}

/* Says why each summary that was not written was not, file by file. */
static int
report_jobs (GPtrArray *jobs)
{
  int status = 0;

  for (guint i = 0; i < jobs->len; i++)
    {
      ExportJob *job = g_ptr_array_index (jobs, i);

      if (job->written)
        continue;
      status = 1;
      /* A file that does not load or whose name is taken is blamed on
       * the input; one that is not written or refused, on the output. */
      if (job->error != NULL)
        sb_cli_print_failure (job->blame_output ? job->output : job->input, job->error);
    }
  return status;
}

/* The workers for @n_files summaries: one per core, none for one file. */
static GThreadPool *
export_pool_new (ExportWorkers *workers,
                 guint          n_files)
{
  guint n_threads = MIN (g_get_num_processors (), n_files);

  if (n_threads < 2)
    return NULL;
  g_mutex_init (&workers->lock);
  g_cond_init (&workers->done);
  return g_thread_pool_new (export_worker, workers, n_threads, TRUE, NULL);
}

/* --export OUT FILE, or --export DIR/ FILE… for the committee's batch:
 * one summary per assessment, named after it, each failure reported and
 * the rest written all the same. The standard is loaded once; the
 * summaries are written on every core, each exactly as it would be
 * alone. */
int
sb_cli_run_export (SbCliOptions *options)
{
  g_autoptr(SbStandard) standard = NULL;
  g_autoptr(GHashTable) names = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GPtrArray) jobs = g_ptr_array_new_with_free_func (export_job_free);
  ExportPlan plan = { .names = names };
  ExportWorkers workers = { .plan = &plan };
  int status = plan_export (options, &plan);

  if (status != 0)
    return status;
  standard = sb_cli_load_standard (options);
  if (standard == NULL)
    return 1;
  workers.pool = export_pool_new (&workers, g_strv_length (options->files));
  for (guint i = 0; options->files[i] != NULL; i++)
    {
      ExportJob *job = export_job_new (options, &plan, standard, options->files[i]);

      g_ptr_array_add (jobs, job);
      if (job->assessment == NULL)
        continue;
      if (workers.pool != NULL)
        export_workers_push (&workers, job);
      else
        export_job_write (job, &plan);
    }
  if (workers.pool != NULL)
    {
      g_thread_pool_free (workers.pool, FALSE, TRUE);
      g_cond_clear (&workers.done);
      g_mutex_clear (&workers.lock);
    }
  return report_jobs (jobs);
}

/* What --export-chart draws, and how large. */
typedef struct
{
  SbChartOptions chart;
  SbChartFormat  kind;
  gboolean       radar;
  SbChartLevel   level;
  guint          width;
  guint          height;
} ChartPlan;

/* The place of @value among @names, the first when it is NULL; -1 when
 * it is none of them. */
static int
choice (const char         *value,
        const char * const *names)
{
  for (int i = 0; names[i] != NULL; i++)
    if (value == NULL || g_str_equal (value, names[i]))
      return i;
  return -1;
}

/* --chart and --level, each by its name. */
static gboolean
parse_chart (SbCliOptions *options,
             ChartPlan    *plan)
{
  static const char * const charts[] = { "radar", "bars", NULL };
  static const char * const level_names[] = { "dimensions", "items", "subitems", NULL };
  static const SbChartLevel levels[] = { SB_CHART_LEVEL_DIMENSIONS, SB_CHART_LEVEL_ITEMS, SB_CHART_LEVEL_SUBITEMS };
  int chart = choice (options->chart, charts);
  int level = choice (options->level, level_names);

  if (chart < 0)
    {
      g_printerr (_("Unknown chart “%s”: use radar or bars\n"), options->chart);
      return FALSE;
    }
  if (level < 0)
    {
      g_printerr (_("Unknown level “%s”: use dimensions, items or subitems\n"), options->level);
      return FALSE;
    }
  plan->radar = chart == 0;
  plan->level = levels[level];
  return TRUE;
}

/* --size WIDTHxHEIGHT, or 800 by 600. */
static gboolean
parse_size (SbCliOptions *options,
            ChartPlan    *plan)
{
  char *end = NULL;
  guint64 w, h = 0;

  plan->width = 800;
  plan->height = 600;
  if (options->size == NULL)
    return TRUE;
  w = g_ascii_strtoull (options->size, &end, 10);
  if (end != NULL && (*end == 'x' || *end == 'X'))
    h = g_ascii_strtoull (end + 1, &end, 10);
  if (end == NULL || *end != '\0' || w < 50 || h < 50 || w > 10000 || h > 10000)
    {
      g_printerr (_("Bad size “%s”: use WIDTHxHEIGHT, each from 50 to 10000\n"), options->size);
      return FALSE;
    }
  plan->width = w;
  plan->height = h;
  return TRUE;
}

/* Checks what --export-chart is given; 0 when it can go on, else the exit status. */
static int
plan_chart (SbCliOptions *options,
            ChartPlan    *plan)
{
  const char *out = options->export_chart;
  g_autoptr(GError) error = NULL;

  sb_chart_options_init (&plan->chart);
  plan->kind = sb_chart_format_for_path (out);
  if (!sb_cli_parse_language (options, &plan->chart.language))
    return 2;
  if (refuse_replacing (out, (const char * const *) options->files, &error))
    {
      g_printerr ("%s\n", error->message);
      return 1;
    }
  if (plan->kind == SB_CHART_FORMAT_NONE)
    {
      g_printerr (_("%s: cannot tell the format: name it .png, .svg or .pdf\n"), out);
      return 2;
    }
  if (!parse_chart (options, plan) || !parse_size (options, plan))
    return 2;
  if (options->files == NULL || options->files[0] == NULL)
    {
      g_printerr (_("--export-chart needs at least one assessment\n"));
      return 2;
    }
  return 0;
}

/* --export-chart OUT: a chart of one or more assessments (one series
 * each) as PNG, SVG or PDF, by OUT's extension. */
int
sb_cli_run_export_chart (SbCliOptions *options)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SbStandard) standard = NULL;
  g_autoptr(GPtrArray) assessments = NULL;
  g_autoptr(SbChartData) data = NULL;
  ChartPlan plan;
  int status = plan_chart (options, &plan);

  if (status != 0)
    return status;
  standard = sb_cli_load_standard (options);
  if (standard == NULL)
    return 1;
  assessments = sb_cli_load_assessments (options, standard, TRUE);
  if (assessments == NULL)
    return 1;

  /* Paper gets the grayscale-safe palette; pictures the light one. */
  if (plan.kind == SB_CHART_FORMAT_PDF)
    sb_chart_palette_init_print (&plan.chart.palette);
  data = sb_chart_data_new_for_assessments (plan.level, (SbAssessment **) assessments->pdata, assessments->len);
  if (!sb_chart_write (data, plan.radar, &plan.chart, options->export_chart, plan.width, plan.height, &error))
    {
      g_printerr ("%s\n", error->message);
      return 1;
    }
  return 0;
}
