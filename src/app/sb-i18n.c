/* sb-i18n.c — switching the interface language while Scorebook runs
 * Copyright 2026 The Scorebook authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "sb-i18n"

#include "config.h"

#include <locale.h>
#include <glib/gi18n.h>

#include "sb-i18n.h"
#include "sb-text.h"

/* glibc's gettext caches what it found; bumping this counter tells it
 * that the catalogues to search have changed. */
extern int _nl_msg_cat_cntr;

void
sb_i18n_init (const char *localedir)
{
  setlocale (LC_ALL, "");
  /* gettext ignores LANGUAGE in the plain C locale, which is what a bare
   * machine runs in, and the C locale's ASCII turns every Chinese word and
   * curly quote printed to a terminal into '?'. C.UTF-8 is the same but
   * for those two. */
  for (guint i = 0; i < 2; i++)
    {
      int category = i == 0 ? LC_MESSAGES : LC_CTYPE;
      const char *current = setlocale (category, NULL);

      if (current == NULL || g_str_equal (current, "C") || g_str_equal (current, "POSIX"))
        setlocale (category, "C.UTF-8");
    }

  bindtextdomain (GETTEXT_PACKAGE, localedir);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  /* GLib decides once, at the first message it translates, whether the
   * libraries' messages (GTK's dialogs among them) are translated at all;
   * where no catalogue of ours matches the locale (the C locale, or a
   * French one) it decides they are not, and GTK would stay in English
   * when the interface is switched to Chinese. It decides here, with a
   * catalogue of ours in sight, and the language is then put back. */
  {
    g_autofree char *language = g_strdup (g_getenv ("LANGUAGE"));

    g_setenv ("LANGUAGE", sb_i18n_interface_language (SB_LANG_ZH), TRUE);
    ++_nl_msg_cat_cntr;
    (void) g_dgettext (GETTEXT_PACKAGE, "");
    if (language != NULL)
      g_setenv ("LANGUAGE", language, TRUE);
    else
      g_unsetenv ("LANGUAGE");
    ++_nl_msg_cat_cntr;
  }
}

/* The interface follows the standard's text: English when the texts are
 * in English, Chinese when they are in Chinese or in both. */
const char *
sb_i18n_interface_language (const char *text_language)
{
  return g_strcmp0 (text_language, SB_LANG_EN) == 0 ? "en" : "zh_CN";
}

void
sb_i18n_set_interface_language (const char *text_language)
{
  g_setenv ("LANGUAGE", sb_i18n_interface_language (text_language), TRUE);
  ++_nl_msg_cat_cntr;
}
