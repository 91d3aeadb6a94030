/* test-notices.c — the bars across the top of a window, answered: Open, Show in Folder, Save As
 * Copyright 2026 The Scorebook authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>
#include <gtk/gtk.h>
#include <glib/gstdio.h>

#include "sb-notices.h"
#include "sb-test-app.h"
#include "sb-test-widgets.h"

static SbApplication *app;

/* Where the stand-in programs leave what they were given. */
static char *opened_dir;

/* A program for PDFs and one for folders, the defaults of this test's own
 * data folder, so that Open starts neither the machine's viewer nor its
 * file manager: each leaves a link to what it was given in opened_dir. */
static void
install_stand_in_programs (void)
{
  g_autofree char *applications = g_build_filename (g_get_user_data_dir (), "applications", NULL);
  g_autofree char *config = g_get_user_config_dir () ? g_strdup (g_get_user_config_dir ()) : NULL;
  const char *mimeapps = "[Default Applications]\n"
                         "application/pdf=sb-test-viewer.desktop\n"
                         "inode/directory=sb-test-folders.desktop\n";
  struct { const char *name; const char *type; const char *link; } programs[] = {
    { "sb-test-viewer.desktop", "application/pdf", "file" },
    { "sb-test-folders.desktop", "inode/directory", "folder" },
  };

  g_assert_cmpint (g_mkdir_with_parents (applications, 0700), ==, 0);
  for (guint i = 0; i < G_N_ELEMENTS (programs); i++)
    {
      g_autofree char *path = g_build_filename (applications, programs[i].name, NULL);
      g_autofree char *entry = g_strdup_printf ("[Desktop Entry]\nType=Application\nName=%s\nNoDisplay=true\n"
                                                "Exec=ln -s %%f %s/%s\nMimeType=%s;\n",
                                                programs[i].name, opened_dir, programs[i].link, programs[i].type);

      g_assert_true (g_file_set_contents (path, entry, -1, NULL));
    }
  {
    g_autofree char *path = g_build_filename (applications, "mimeapps.list", NULL);
    g_autofree char *in_config = g_build_filename (config, "mimeapps.list", NULL);

    g_assert_true (g_file_set_contents (path, mimeapps, -1, NULL));
    g_assert_cmpint (g_mkdir_with_parents (config, 0700), ==, 0);
    g_assert_true (g_file_set_contents (in_config, mimeapps, -1, NULL));
  }
}

static gboolean
link_made (gpointer name)
{
  g_autofree char *path = g_build_filename (opened_dir, name, NULL);

  return g_file_test (path, G_FILE_TEST_IS_SYMLINK);
}

/* Where the stand-in program called @name was sent, once it has run. */
static char *
wait_for_link (const char *name)
{
  g_autofree char *path = g_build_filename (opened_dir, name, NULL);
  char *target;

  sb_test_wait_until (link_made, (gpointer) name);
  target = g_file_read_link (path, NULL);
  g_unlink (path);
  return target;
}

/* The file manager's D-Bus interface, as a stand-in that remembers what it
 * was asked to show. */
static const char file_manager_xml[] =
  "<node>"
  "  <interface name='org.freedesktop.FileManager1'>"
  "    <method name='ShowItems'>"
  "      <arg type='as' name='uris' direction='in'/>"
  "      <arg type='s' name='startup_id' direction='in'/>"
  "    </method>"
  "  </interface>"
  "</node>";

static void
show_items (GDBusConnection       *connection,
            const char            *sender,
            const char            *path,
            const char            *interface,
            const char            *method,
            GVariant              *parameters,
            GDBusMethodInvocation *invocation,
            gpointer               user_data)
{
  char **shown = user_data;
  g_autofree const char **uris = NULL;

  g_variant_get (parameters, "(^a&s&s)", &uris, NULL);
  g_free (*shown);
  *shown = g_strjoinv ("\n", (char **) uris);
  g_dbus_method_invocation_return_value (invocation, NULL);
}

static gboolean
is_set (gpointer data)
{
  return *(char **) data != NULL;
}

typedef struct
{
  GtkWindow *window;
  SbNotices *notices;
  char      *dir;
  char      *pdf;
  GFile     *file;
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  fixture->window = GTK_WINDOW (gtk_window_new ());
  fixture->notices = sb_notices_new ();
  gtk_window_set_child (fixture->window, GTK_WIDGET (fixture->notices));
  gtk_window_present (fixture->window);
  fixture->dir = g_dir_make_tmp ("sb-notices-XXXXXX", NULL);
  fixture->pdf = g_build_filename (fixture->dir, "summary.pdf", NULL);
  g_assert_true (g_file_set_contents (fixture->pdf, "%PDF-1.5\n", -1, NULL));
  fixture->file = g_file_new_for_path (fixture->pdf);
  sb_test_wait_for_idle ();
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  sb_test_destroy_window (fixture->window);
  g_object_unref (fixture->file);
  g_unlink (fixture->pdf);
  g_rmdir (fixture->dir);
  g_free (fixture->pdf);
  g_free (fixture->dir);
}

/* Open opens the exported file with the program that opens such files,
 * and the bar goes. */
static void
test_open (Fixture       *fixture,
           gconstpointer  data)
{
  GtkInfoBar *bar = sb_notices_get_export_bar (fixture->notices);
  g_autofree char *opened = NULL;

  sb_notices_show_exported (fixture->notices, SB_EXPORT_PDF, fixture->file);
  sb_test_wait_for_idle ();
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (bar)));
  sb_test_click (sb_test_find_button (bar, "_Open"));
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (bar)));
  opened = wait_for_link ("file");
  g_assert_cmpstr (opened, ==, fixture->pdf);
}

/* Show in Folder asks the desktop's file manager to show the file
 * selected in its folder; with no file manager on the bus, the folder
 * opens in whatever opens folders. */
static void
test_show_in_folder (Fixture       *fixture,
                     gconstpointer  data)
{
  GtkInfoBar *bar = sb_notices_get_export_bar (fixture->notices);
  g_autoptr(GDBusConnection) bus = g_bus_get_sync (G_BUS_TYPE_SESSION, NULL, NULL);
  g_autoptr(GDBusNodeInfo) info = g_dbus_node_info_new_for_xml (file_manager_xml, NULL);
  GDBusInterfaceVTable vtable = { show_items };
  g_autofree char *uri = g_file_get_uri (fixture->file);
  g_autofree char *shown = NULL;
  g_autofree char *folder = NULL;
  guint object, name;

  g_assert_nonnull (bus);
  object = g_dbus_connection_register_object (bus, "/org/freedesktop/FileManager1", info->interfaces[0],
                                              &vtable, &shown, NULL, NULL);
  g_assert_cmpuint (object, >, 0);
  name = g_bus_own_name_on_connection (bus, "org.freedesktop.FileManager1", G_BUS_NAME_OWNER_FLAGS_NONE,
                                       NULL, NULL, NULL, NULL);

  sb_notices_show_exported (fixture->notices, SB_EXPORT_CSV, fixture->file);
  sb_test_wait_for_idle ();
  sb_test_click (sb_test_find_button (bar, "Show in _Folder"));
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (bar)));
  sb_test_wait_until (is_set, &shown);
  g_assert_cmpstr (shown, ==, uri);

  g_bus_unown_name (name);
  g_dbus_connection_unregister_object (bus, object);
  sb_notices_show_exported (fixture->notices, SB_EXPORT_CHART, fixture->file);
  sb_test_wait_for_idle ();
  sb_test_click (sb_test_find_button (bar, "Show in _Folder"));
  folder = wait_for_link ("folder");
  g_assert_cmpstr (folder, ==, fixture->dir);
}

static void
count_activation (GSimpleAction *action,
                  GVariant      *parameter,
                  gpointer       user_data)
{
  (*(guint *) user_data)++;
}

/* When unsaved work is not kept safe, the bar says why and stays, and its
 * Save As is the window's; it goes once work is kept again. */
static void
test_autosave_bar (Fixture       *fixture,
                   gconstpointer  data)
{
  GtkInfoBar *bar = sb_notices_get_autosave_bar (fixture->notices);
  g_autoptr(GSimpleActionGroup) actions = g_simple_action_group_new ();
  g_autoptr(GSimpleAction) save_as = g_simple_action_new ("save-as", NULL);
  g_autoptr(GError) error = g_error_new_literal (G_IO_ERROR, G_IO_ERROR_NO_SPACE, "No space left on device");
  g_autofree char *text = NULL;
  guint saved_as = 0;

  g_signal_connect (save_as, "activate", G_CALLBACK (count_activation), &saved_as);
  g_action_map_add_action (G_ACTION_MAP (actions), G_ACTION (save_as));
  gtk_widget_insert_action_group (GTK_WIDGET (fixture->window), "win", G_ACTION_GROUP (actions));
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (bar)));

  sb_notices_set_autosave_error (fixture->notices, error);
  sb_test_wait_for_idle ();
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (bar)));
  text = sb_test_dup_labels (GTK_WIDGET (bar));
  g_assert_nonnull (strstr (text, "Unsaved work is not being kept safe: No space left on device."));
  sb_test_click (sb_test_find_button (bar, "Save _As…"));
  g_assert_cmpuint (saved_as, ==, 1);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (bar)));

  sb_notices_set_autosave_error (fixture->notices, NULL);
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (bar)));
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *config = g_dir_make_tmp ("sb-config-XXXXXX", NULL);
  int status;

  /* Which program opens what is the test's own choice, not the user's. */
  g_setenv ("XDG_CONFIG_HOME", config, TRUE);
  app = sb_test_application_new (&argc, &argv);
  opened_dir = g_dir_make_tmp ("sb-opened-XXXXXX", NULL);
  install_stand_in_programs ();

  g_test_add ("/notices/open", Fixture, NULL, fixture_set_up, test_open, fixture_tear_down);
  g_test_add ("/notices/show-in-folder", Fixture, NULL, fixture_set_up, test_show_in_folder, fixture_tear_down);
  g_test_add ("/notices/autosave-bar", Fixture, NULL, fixture_set_up, test_autosave_bar, fixture_tear_down);

  status = g_test_run ();
  g_rmdir (opened_dir);
  g_free (opened_dir);
  g_object_unref (app);
  return status;
}
