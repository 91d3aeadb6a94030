/* sb-cli.c — the command line without a display: its options, one table for parsing and --help
 * Copyright 2026 The Scorebook authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "sb-cli"

#include "config.h"

#include <string.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>

#include "sb-assessment-file.h"
#include "sb-cli.h"
#include "sb-cli-private.h"
#include "sb-i18n.h"

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
  g_free (options->consensus);
  g_free (options->seed);
  g_strfreev (options->files);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (SbCliOptions, sb_cli_options_clear)

/* What an option is to the program as a whole. */
typedef enum
{
  OPTION_COMMAND,   /* runs without a window: --validate, --export… */
  OPTION_MODIFIER,  /* changes what a command does, and means nothing without one */
  OPTION_SHARED,    /* means the same with a window: --standard */
} OptionRole;

typedef struct
{
  GOptionEntry entry;     /* arg_data is filled in from offset */
  gsize        offset;    /* of the option's field in SbCliOptions */
  OptionRole   role;
} Option;

#define OPTION(name, arg, field, role, description, arg_description) \
  { { name, 0, 0, arg, NULL, description, arg_description }, G_STRUCT_OFFSET (SbCliOptions, field), role }

/* The one list of the command line's options: sb_cli_run() parses with
 * it, and the application shows it in its own --help. */
static const Option options_table[] = {
  OPTION ("validate", G_OPTION_ARG_NONE, validate, OPTION_COMMAND,
          N_("Check standard files and report each problem"), NULL),
  OPTION ("outline", G_OPTION_ARG_NONE, outline, OPTION_COMMAND,
          N_("Print the standard as tab-separated rows"), NULL),
  OPTION ("scores", G_OPTION_ARG_FILENAME, scores, OPTION_COMMAND,
          N_("Print an assessment’s scores as tab-separated rows"), N_("FILE")),
  OPTION ("standard", G_OPTION_ARG_FILENAME, standard, OPTION_SHARED,
          N_("Use this standard instead of the bundled one"), N_("FILE")),
  OPTION ("any-standard", G_OPTION_ARG_NONE, any_standard, OPTION_MODIFIER,
          N_("Score and export assessments made for another standard or edition all the same"), NULL),
  OPTION ("export", G_OPTION_ARG_FILENAME, export, OPTION_COMMAND,
          N_("Write a score summary (PDF or CSV, by the extension); to a folder ending in / for several assessments"),
          N_("OUT")),
  OPTION ("format", G_OPTION_ARG_STRING, format, OPTION_MODIFIER,
          N_("With --export: pdf or csv (the default for a folder is pdf)"), N_("FORMAT")),
  OPTION ("lang", G_OPTION_ARG_STRING, lang, OPTION_MODIFIER,
          N_("Language of a summary or chart: zh, en or both"), N_("LANG")),
  OPTION ("include-notes", G_OPTION_ARG_NONE, include_notes, OPTION_MODIFIER,
          N_("With --export: include evidence notes, which may be confidential"), NULL),
  OPTION ("paper", G_OPTION_ARG_STRING, paper, OPTION_MODIFIER,
          N_("With --export: a4 or letter (default: the locale’s paper)"), N_("PAPER")),
  OPTION ("export-chart", G_OPTION_ARG_FILENAME, export_chart, OPTION_COMMAND,
          N_("Write a chart of one or more assessments (PNG, SVG or PDF, by the extension)"), N_("OUT")),
  OPTION ("chart", G_OPTION_ARG_STRING, chart, OPTION_MODIFIER,
          N_("With --export-chart: radar or bars"), N_("CHART")),
  OPTION ("level", G_OPTION_ARG_STRING, level, OPTION_MODIFIER,
          N_("With --export-chart: dimensions, items or subitems"), N_("LEVEL")),
  OPTION ("size", G_OPTION_ARG_STRING, size, OPTION_MODIFIER,
          N_("With --export-chart: WIDTHxHEIGHT in pixels (points for SVG and PDF)"), N_("SIZE")),
  OPTION ("compare", G_OPTION_ARG_NONE, compare, OPTION_COMMAND,
          N_("Print several examiners’ assessments of one applicant side by side, part by part, as tab-separated rows"),
          NULL),
  OPTION ("consensus", G_OPTION_ARG_FILENAME, consensus, OPTION_COMMAND,
          N_("Write the team’s consensus assessment, seeded from the examiners’ assessments given"), N_("OUT")),
  OPTION ("seed", G_OPTION_ARG_STRING, seed, OPTION_MODIFIER,
          N_("With --consensus: start each part at the median or the mean of the examiners’ ratings"), N_("SEED")),
  OPTION (G_OPTION_REMAINING, G_OPTION_ARG_FILENAME_ARRAY, files, OPTION_SHARED, NULL, N_("FILE…")),
};

/* The table as GOptionEntries storing into @options, or with no storage
 * (for GApplication, which keeps the values itself) when it is NULL. */
static GOptionEntry *
option_entries (SbCliOptions *options)
{
  GOptionEntry *entries = g_new0 (GOptionEntry, G_N_ELEMENTS (options_table) + 1);
  guint n = 0;

  for (guint i = 0; i < G_N_ELEMENTS (options_table); i++)
    {
      const Option *option = &options_table[i];

      /* The application takes its files itself. */
      if (options == NULL && g_str_equal (option->entry.long_name, G_OPTION_REMAINING))
        continue;
      entries[n] = option->entry;
      entries[n].arg_data = options ? G_STRUCT_MEMBER_P (options, option->offset) : NULL;
      n++;
    }
  return entries;
}

/* Lists every option of the command line in @application's --help. The
 * application never sees a command or a modifier (sb_cli_run() takes
 * those first); --standard means the same to both. */
void
sb_cli_add_options (GApplication *application)
{
  g_autofree GOptionEntry *entries = option_entries (NULL);

  g_return_if_fail (G_IS_APPLICATION (application));
  g_application_add_main_option_entries (application, entries);
}

/* Whether @arg names @option: --NAME, or --NAME=VALUE for an option
 * that takes a value. A modifier is caught with any value, so that the
 * window never takes it for one of its own. */
static gboolean
names_option (const char   *arg,
              const Option *option)
{
  const char *name = option->entry.long_name;
  gsize length = strlen (name);

  if (!g_str_has_prefix (arg, "--") || strncmp (arg + 2, name, length) != 0)
    return FALSE;
  if (arg[2 + length] == '\0')
    return TRUE;
  return arg[2 + length] == '=' && (option->entry.arg != G_OPTION_ARG_NONE || option->role == OPTION_MODIFIER);
}

/* The first option of @role in @argv, or NULL. */
static const char *
find_option (int         argc,
             char      **argv,
             OptionRole  role)
{
  for (int i = 1; i < argc; i++)
    for (guint j = 0; j < G_N_ELEMENTS (options_table); j++)
      if (options_table[j].role == role && names_option (argv[i], &options_table[j]))
        return options_table[j].entry.long_name;
  return NULL;
}

/* A modifier with no command would have been taken for the window's
 * option it is not: said, with the commands it goes with. */
static int
refuse_modifier (const char *modifier)
{
  g_autoptr(GString) commands = g_string_new (NULL);

  for (guint i = 0; i < G_N_ELEMENTS (options_table); i++)
    if (options_table[i].role == OPTION_COMMAND)
      g_string_append_printf (commands, "%s--%s", commands->len ? ", " : "", options_table[i].entry.long_name);
  /* Translators: the first %s is an option, the second the list of commands it can go with */
  g_printerr (_("--%s goes with one of the commands %s\n"), modifier, commands->str);
  return 2;
}

/* Runs a headless command when argv asks for one and returns its exit
 * status; returns -1 when it asks for none, so the caller starts the GUI. */
int
sb_cli_run (int    argc,
            char **argv)
{
  g_auto(SbCliOptions) options = { 0 };
  g_autoptr(GOptionContext) context = NULL;
  g_autofree GOptionEntry *entries = NULL;
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) args = NULL;

  const char *modifier;

  if (find_option (argc, argv, OPTION_COMMAND) == NULL)
    {
      modifier = find_option (argc, argv, OPTION_MODIFIER);
      return modifier != NULL ? refuse_modifier (modifier) : -1;
    }

  entries = option_entries (&options);
  context = g_option_context_new (NULL);
  g_option_context_set_translation_domain (context, GETTEXT_PACKAGE);
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  args = g_strdupv (argv);
  if (!g_option_context_parse_strv (context, &args, &error))
    {
      g_printerr ("%s\n", error->message);
      return 2;
    }

  if (options.consensus != NULL)
    return sb_cli_run_consensus (&options);
  if (options.compare)
    return sb_cli_run_compare (&options);
  if (options.export_chart != NULL)
    return sb_cli_run_export_chart (&options);
  if (options.export != NULL)
    return sb_cli_run_export (&options);
  if (options.validate)
    return sb_cli_run_validate (&options);
  if (options.scores != NULL)
    return sb_cli_run_scores (&options);
  return sb_cli_run_outline (&options);
}

/* What the commands share */

/* The standard given with --standard, else the bundled one; NULL, said
 * here, when it does not load. */
SbStandard *
sb_cli_load_standard (SbCliOptions *options)
{
  g_autoptr(GError) error = NULL;
  SbStandard *standard;

  if (options->standard != NULL)
    {
      g_autoptr(GFile) file = g_file_new_for_commandline_arg (options->standard);
      standard = sb_standard_new_from_file (file, NULL, &error);
    }
  else
    standard = sb_standard_new_bundled (&error);
  if (standard == NULL)
    g_printerr ("%s\n", error->message);
  return standard;
}

/* An assessment made for another standard (or edition) would be scored
 * against this one without a word: refused unless --any-standard asks
 * for it. TRUE when it may be used. */
gboolean
sb_cli_standard_matches (SbCliOptions *options,
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

/* The assessment at @path, with its warnings printed; NULL when it does
 * not load (with @error set) or, with @check_standard, belongs to another
 * standard (said here, with @error left unset). A comparison checks the
 * standards itself, naming both. */
SbAssessment *
sb_cli_load_assessment (SbCliOptions *options,
                        SbStandard   *standard,
                        const char   *path,
                        gboolean      check_standard,
                        GError      **error)
{
  g_autoptr(GFile) file = g_file_new_for_commandline_arg (path);
  g_autoptr(GPtrArray) warnings = NULL;
  g_autoptr(SbAssessment) assessment = NULL;

  assessment = sb_assessment_file_load (standard, file, &warnings, NULL, error);
  for (guint i = 0; assessment != NULL && warnings != NULL && i < warnings->len; i++)
    g_printerr (_("%s: warning: %s\n"), path, (const char *) g_ptr_array_index (warnings, i));
  if (assessment != NULL && check_standard && !sb_cli_standard_matches (options, assessment, path))
    return NULL;
  return g_steal_pointer (&assessment);
}

/* Every assessment given, or NULL (said here) when one does not load. */
GPtrArray *
sb_cli_load_assessments (SbCliOptions *options,
                         SbStandard   *standard,
                         gboolean      check_standard)
{
  g_autoptr(GPtrArray) assessments = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; options->files[i] != NULL; i++)
    {
      g_autoptr(GError) error = NULL;
      SbAssessment *assessment = sb_cli_load_assessment (options, standard, options->files[i], check_standard, &error);

      if (assessment == NULL)
        {
          if (error != NULL)
            sb_cli_print_failure (options->files[i], error);
          return NULL;
        }
      g_ptr_array_add (assessments, assessment);
    }
  return g_steal_pointer (&assessments);
}

/* Whether @output names the same file as one of @inputs (through any
 * link or other path), which a command must not write over. */
gboolean
sb_cli_is_one_of (const char         *output,
                  const char * const *inputs)
{
  g_autoptr(GFile) out = g_file_new_for_commandline_arg (output);
  GStatBuf out_st;

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

/* --lang, or the language of the user's locale: Chinese in a Chinese
 * locale, English elsewhere. */
gboolean
sb_cli_parse_language (SbCliOptions      *options,
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

/* An error's message names the file already when it comes from the
 * loader ("FILE:LINE:COL: …"); otherwise it gets "FILE: " in front. */
void
sb_cli_print_failure (const char *input,
               GError     *error)
{
  if (g_str_has_prefix (error->message, input))
    g_printerr ("%s\n", error->message);
  else
    g_printerr ("%s: %s\n", input, error->message);
}
