/* sb-i18n.c — the interface language, switched while Scorebook runs
 * Copyright 2026 The Scorebook authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "sb-i18n"

#include "config.h"

#include <locale.h>
#include <glib/gi18n.h>

#include "sb-i18n.h"
#include "sb-text.h"

/* How the language is switched, and why so.
 *
 * The environment is set once, in sb_i18n_init(), before any thread
 * exists: LANGUAGE names our one catalogue besides English, zh_CN. From
 * then on a language is chosen per translation domain by where the
 * domain is bound: to its catalogues' folder for Chinese, or to a path
 * that can hold no catalogue for English, where gettext() answers with
 * the English it was given. glibc's bindtextdomain() and gettext() are
 * thread-safe (gettext() reads the environment, which no longer
 * changes), and bindtextdomain() itself tells gettext() to forget what
 * it found before, so a worker thread that translates while the language
 * changes gets one language or the other, never a torn string, and
 * every string it got stays valid (glibc never unloads a catalogue).
 *
 * One mechanism serves every domain the interface shows: ours (and the
 * templates GtkBuilder translates through it), GTK's dialogs, GLib's and
 * the C library's messages, so they can never disagree. */

/* No catalogue can be found under a file that is no folder. */
#define NO_CATALOGUES "/dev/null"

static const char *domains[] = { GETTEXT_PACKAGE, "gtk40", "glib20", "libc" };

/* Where each domain's own catalogues are; touched on the main thread only. */
static char *folders[G_N_ELEMENTS (domains)];
static char *user_language;   /* LANGUAGE as the user set it, or NULL */
static gboolean set_pango_language;   /* PANGO_LANGUAGE was set here, not by the user */
static const char *locale_language = SB_LANG_EN;
static const char *current = SB_LANG_EN;   /* atomic: read from any thread */

/* Chinese for a Chinese locale (zh_CN, zh_TW, zh_SG…), English for any
 * other: the interface has those two languages. */
const char *
sb_i18n_language_for_locale (const char * const *names)
{
  g_return_val_if_fail (names != NULL, SB_LANG_EN);

  return names[0] != NULL && g_str_has_prefix (names[0], "zh") ? SB_LANG_ZH : SB_LANG_EN;
}

void
sb_i18n_init (const char *localedir)
{
  g_return_if_fail (localedir != NULL);

  setlocale (LC_ALL, "");
  /* gettext ignores LANGUAGE in the plain C locale, which is what a bare
   * machine runs in, and the C locale's ASCII turns every Chinese word and
   * curly quote printed to a terminal into '?'. C.UTF-8 is the same but
   * for those two. */
  for (guint i = 0; i < 2; i++)
    {
      int category = i == 0 ? LC_MESSAGES : LC_CTYPE;
      const char *current_locale = setlocale (category, NULL);

      if (current_locale == NULL || g_str_equal (current_locale, "C") || g_str_equal (current_locale, "POSIX"))
        setlocale (category, "C.UTF-8");
    }

  /* What the user's locale asks for, read before LANGUAGE is set below. */
  locale_language = sb_i18n_language_for_locale (g_get_language_names ());

  bindtextdomain (GETTEXT_PACKAGE, localedir);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  /* The one change to the environment, before any thread exists;
   * programs Scorebook starts get the user's back (sb_i18n_prepare_launch()). */
  user_language = g_strdup (g_getenv ("LANGUAGE"));
  g_setenv ("LANGUAGE", "zh_CN", TRUE);
  /* Pango reads LANGUAGE too, for the languages whose glyphs it prefers
   * in a text that names none; it reads PANGO_LANGUAGE first, which keeps
   * its choice what the user's environment made it. */
  if (g_getenv ("PANGO_LANGUAGE") == NULL)
    {
      set_pango_language = TRUE;
      g_setenv ("PANGO_LANGUAGE", user_language ? user_language : "", TRUE);
    }

  /* At the first message it translates of its own, GLib binds its domain,
   * which would undo a binding made before, and decides once whether the
   * libraries' messages (GTK's dialogs among them) are translated at all.
   * Have it do both now, with our Chinese catalogue in sight (1 MB is
   * written with a translated unit). */
  g_free (g_format_size (G_GUINT64_CONSTANT (1000000)));

  /* Until the application applies its setting (and in the batch
   * commands, which have none), the locale decides. */
  sb_i18n_set_language (locale_language);
}

/* Gives a program started through @context the environment the user had. */
void
sb_i18n_prepare_launch (GAppLaunchContext *context)
{
  g_return_if_fail (G_IS_APP_LAUNCH_CONTEXT (context));

  if (user_language != NULL)
    g_app_launch_context_setenv (context, "LANGUAGE", user_language);
  else
    g_app_launch_context_unsetenv (context, "LANGUAGE");
  if (set_pango_language)
    g_app_launch_context_unsetenv (context, "PANGO_LANGUAGE");
}

const char *
sb_i18n_get_locale_language (void)
{
  return locale_language;
}

const char *
sb_i18n_get_language (void)
{
  return g_atomic_pointer_get (&current);
}

/* Call it on the main thread, after gtk_init() (which binds GTK's domain)
 * for GTK's words to follow. Other threads may translate meanwhile. */
void
sb_i18n_set_language (const char *language)
{
  gboolean chinese;

  g_return_if_fail (language != NULL);

  chinese = g_str_equal (language, SB_LANG_ZH);
  for (guint i = 0; i < G_N_ELEMENTS (domains); i++)
    {
      const char *bound = bindtextdomain (domains[i], NULL);

      /* A domain bound by its library since the last switch (GTK's at
       * gtk_init()) tells where its catalogues are. */
      if (bound != NULL && !g_str_equal (bound, NO_CATALOGUES))
        {
          g_free (folders[i]);
          folders[i] = g_strdup (bound);
        }
      if (chinese && folders[i] != NULL)
        bindtextdomain (domains[i], folders[i]);
      else if (!chinese)
        bindtextdomain (domains[i], NO_CATALOGUES);
    }
  g_atomic_pointer_set (&current, chinese ? SB_LANG_ZH : SB_LANG_EN);
}
