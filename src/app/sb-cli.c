/* sb-cli.c — the commands that need no display: --validate, --outline
 * Copyright 2026 The Scorebook authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "sb-cli"

#include "config.h"

#include <glib/gi18n.h>

#include "sb-cli.h"
#include "sb-standard.h"

typedef struct
{
  gboolean   validate;
  gboolean   outline;
  char      *standard;
  char     **files;
} SbCliOptions;

static void
sb_cli_options_clear (SbCliOptions *options)
{
  g_free (options->standard);
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

static int
run_validate (SbCliOptions *options)
{
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
      g_autoptr(SbStandard) standard = sb_standard_new_from_file (file, NULL, &error);

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
    { "standard", 0, 0, G_OPTION_ARG_FILENAME, &options.standard,
      N_("Use this standard instead of the bundled one"), N_("FILE") },
    { G_OPTION_REMAINING, 0, 0, G_OPTION_ARG_FILENAME_ARRAY, &options.files, NULL, N_("FILE…") },
    { NULL }
  };
  gboolean wanted = FALSE;

  for (int i = 1; i < argc; i++)
    if (g_str_equal (argv[i], "--validate") || g_str_equal (argv[i], "--outline"))
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
  return run_outline (&options);
}
