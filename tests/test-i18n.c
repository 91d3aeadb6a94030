/* test-i18n.c — the interface language, switched while a worker thread translates
 * Copyright 2026 The Scorebook authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>
#include <pango/pango.h>

#include "sb-i18n.h"

#define GLIB_MESSAGE "Error opening file “%s”: %s"

static int stop;
static char *user_language;   /* LANGUAGE before Scorebook set its own */

/* What an export thread does: translate, again and again. Each answer is
 * whole, in one language or the other. */
static gpointer
translate_in_a_loop (gpointer data)
{
  guint *n = data;

  do
    {
      const char *ours = _("Overview");
      const char *glib = g_dgettext ("glib20", GLIB_MESSAGE);

      if (!g_str_equal (ours, "Overview") && !g_str_equal (ours, "概览"))
        g_error ("a worker read “%s” for “Overview”", ours);
      if (!g_str_has_suffix (glib, "%s"))
        g_error ("a worker read “%s” for GLib's message", glib);
      (*n)++;
    }
  while (!g_atomic_int_get (&stop));
  return NULL;
}

/* The language switches back and forth while a worker translates: the
 * environment, which the worker's gettext() reads, is never changed, and
 * every switch takes effect at once, for our words and GLib's. */
static void
test_switch_with_worker (void)
{
  g_auto(GStrv) before = g_get_environ ();
  guint n = 0;
  GThread *worker;

  g_atomic_int_set (&stop, 0);
  worker = g_thread_new ("translate", translate_in_a_loop, &n);
  for (guint i = 0; i < 400; i++)
    {
      gboolean zh = i % 2 == 0;
      g_auto(GStrv) after = NULL;

      sb_i18n_set_language (zh ? "zh-CN" : "en");
      after = g_get_environ ();
      g_assert_true (g_strv_equal ((const char * const *) before, (const char * const *) after));
      g_assert_cmpstr (sb_i18n_get_language (), ==, zh ? "zh-CN" : "en");
      g_assert_cmpstr (_("Overview"), ==, zh ? "概览" : "Overview");
      if (zh)
        g_assert_cmpstr (g_dgettext ("glib20", GLIB_MESSAGE), !=, GLIB_MESSAGE);
      else
        g_assert_cmpstr (g_dgettext ("glib20", GLIB_MESSAGE), ==, GLIB_MESSAGE);
    }
  g_atomic_int_set (&stop, 1);
  g_thread_join (worker);
  g_assert_cmpuint (n, >, 0);
  sb_i18n_set_language (sb_i18n_get_locale_language ());
}

/* GLib's own messages (as in an error about a file) are in the interface
 * language too, though GLib binds its catalogue only when it first needs
 * it. Must run first, before anything else translates GLib's words. */
static void
test_glib_messages (void)
{
  g_autofree char *missing = g_build_filename (g_get_tmp_dir (), "sb-no-such-folder", "file", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(GError) zh_error = NULL;
  char *contents;

  sb_i18n_set_language ("en");
  g_assert_false (g_file_get_contents (missing, &contents, NULL, &error));
  g_assert_true (g_str_has_prefix (error->message, "Failed to open file"));

  sb_i18n_set_language ("zh-CN");
  g_assert_false (g_file_get_contents (missing, &contents, NULL, &zh_error));
  g_assert_false (g_str_has_prefix (zh_error->message, "Failed to open file"));
  sb_i18n_set_language (sb_i18n_get_locale_language ());
}

/* The glyphs Pango prefers for a text that names no language stay those
 * of the user's languages, not of the catalogue Scorebook set up. */
static void
test_pango_preferences (void)
{
  PangoLanguage **preferred = pango_language_get_preferred ();

  g_assert_nonnull (preferred);
  g_assert_cmpstr (pango_language_to_string (preferred[0]), ==, "de");
  g_assert_cmpstr (pango_language_to_string (preferred[1]), ==, "fr");
  g_assert_null (preferred[2]);
}

/* A program Scorebook starts (a PDF viewer, a file manager) speaks the
 * user's language, not the one Scorebook set for its catalogues. */
static void
test_launch_with_user_language (void)
{
  g_autoptr(GAppLaunchContext) context = g_app_launch_context_new ();
  g_auto(GStrv) environment = NULL;

  sb_i18n_set_language ("zh-CN");
  sb_i18n_prepare_launch (context);
  environment = g_app_launch_context_get_environment (context);
  g_assert_cmpstr (g_environ_getenv (environment, "LANGUAGE"), ==, user_language);
  g_assert_null (g_environ_getenv (environment, "PANGO_LANGUAGE"));
  sb_i18n_set_language (sb_i18n_get_locale_language ());
}

int
main (int   argc,
      char *argv[])
{
  g_setenv ("LANGUAGE", "de:fr", TRUE);
  user_language = g_strdup (g_getenv ("LANGUAGE"));
  sb_i18n_init (g_getenv ("SCOREBOOK_LOCALEDIR"));
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/i18n/glib-messages", test_glib_messages);
  g_test_add_func ("/i18n/switch-with-worker", test_switch_with_worker);
  g_test_add_func ("/i18n/launch-with-user-language", test_launch_with_user_language);
  g_test_add_func ("/i18n/pango-preferences", test_pango_preferences);

  return g_test_run ();
}
