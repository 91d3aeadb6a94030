/* sb-compare-open.c — a comparison from files chosen or dropped: read each, refuse what does not belong together
 * Copyright 2026 The Scorebook authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "sb-compare-open"

#include "config.h"

#include <glib/gi18n.h>

#include "sb-assessment-file.h"
#include "sb-compare-window.h"
#include "sb-i18n.h"
#include "sb-window.h"

/* The standard and language of the window the files were given to. */
static SbStandard *
standard_of (GtkWindow *parent)
{
  if (SB_IS_WINDOW (parent))
    return sb_assessment_get_standard (sb_window_get_assessment (SB_WINDOW (parent)));
  return sb_application_get_standard (SB_APPLICATION (gtk_window_get_application (parent)));
}

static SbDisplayLanguage
language_of (GtkWindow *parent)
{
  SbDisplayLanguage language = SB_DISPLAY_LANGUAGE_ZH;

  if (SB_IS_WINDOW (parent))
    sb_display_language_parse (sb_window_get_language (SB_WINDOW (parent)), &language);
  return language;
}

/* Says why over @parent; with no window yet (files given at start), over
 * an empty main window shown for it, so the message is never alone. */
static void
tell (SbApplication *application,
      GtkWindow     *parent,
      const char    *primary,
      const char    *secondary)
{
  if (parent == NULL)
    {
      parent = GTK_WINDOW (sb_window_new (application));
      gtk_window_present (parent);
    }
  sb_application_tell (parent, primary, secondary);
}

/* Reads each file as it is, without taking it from its examiner: no lock,
 * no recovery, never written. NULL, after saying why, when one does not
 * load. */
static GPtrArray *
load_all (SbApplication *application,
          GtkWindow     *parent,
          SbStandard    *standard,
          GFile        **files,
          guint          n_files)
{
  g_autoptr(GPtrArray) loaded = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; i < n_files; i++)
    {
      g_autoptr(GError) error = NULL;
      SbAssessment *assessment = sb_assessment_file_load (standard, files[i], NULL, NULL, &error);

      if (assessment == NULL)
        {
          tell (application, parent, _("The assessment could not be opened"), error->message);
          return NULL;
        }
      g_ptr_array_add (loaded, assessment);
    }
  return g_steal_pointer (&loaded);
}

static GtkWindow *
open_comparison (SbApplication      *application,
                 GtkWindow          *parent,
                 SbStandard         *standard,
                 SbDisplayLanguage   language,
                 GFile             **files,
                 guint               n_files)
{
  g_autoptr(GPtrArray) loaded = NULL;
  g_autoptr(SbComparison) comparison = NULL;
  g_autoptr(GError) error = NULL;
  GtkWidget *window;

  loaded = load_all (application, parent, standard, files, n_files);
  if (loaded == NULL)
    return NULL;
  comparison = sb_comparison_new (standard, (SbAssessment **) loaded->pdata, loaded->len, &error);
  if (comparison == NULL)
    {
      tell (application, parent, _("The assessments cannot be compared"), error->message);
      return NULL;
    }
  window = sb_compare_window_new (application, comparison, language);
  gtk_window_present (GTK_WINDOW (window));
  return GTK_WINDOW (window);
}

/* Opens @files side by side in a new comparison window, or says, over
 * @parent, why they cannot be compared (another standard, too few). */
GtkWindow *
sb_compare_open_files (GtkWindow  *parent,
                       GFile     **files,
                       guint       n_files)
{
  g_return_val_if_fail (GTK_IS_WINDOW (parent), NULL);

  return open_comparison (SB_APPLICATION (gtk_window_get_application (parent)), parent,
                          standard_of (parent), language_of (parent), files, n_files);
}

/* `scorebook --compare-window A B …`: the comparison window alone, as
 * File → Compare… opens it, its texts in the interface's language; the
 * application's --standard is the one compared against. */
GtkWindow *
sb_compare_open_at_start (SbApplication  *application,
                          GFile         **files,
                          guint           n_files)
{
  SbDisplayLanguage language = SB_DISPLAY_LANGUAGE_ZH;

  g_return_val_if_fail (SB_IS_APPLICATION (application), NULL);

  sb_display_language_parse (sb_i18n_get_language (), &language);
  return open_comparison (application, NULL, sb_application_get_standard (application),
                          language, files, n_files);
}

/* One file dropped opens as File → Open does; several are compared. */
static gboolean
dropped (GtkDropTarget *target,
         const GValue  *value,
         double         x,
         double         y,
         GtkWindow     *window)
{
  GSList *list = g_value_get_boxed (value);
  g_autoptr(GPtrArray) files = g_ptr_array_new ();
  GtkApplication *application = gtk_window_get_application (window);

  for (GSList *l = list; l != NULL; l = l->next)
    g_ptr_array_add (files, l->data);
  if (files->len == 0 || application == NULL)
    return FALSE;
  if (files->len == 1)
    return sb_application_open_file (SB_APPLICATION (application), files->pdata[0]);
  return sb_compare_open_files (window, (GFile **) files->pdata, files->len) != NULL;
}

void
sb_compare_add_drop_target (GtkWindow *window)
{
  GtkDropTarget *target = gtk_drop_target_new (GDK_TYPE_FILE_LIST, GDK_ACTION_COPY);

  g_signal_connect (target, "drop", G_CALLBACK (dropped), window);
  gtk_widget_add_controller (GTK_WIDGET (window), GTK_EVENT_CONTROLLER (target));
}
