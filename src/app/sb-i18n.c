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
  const char *messages;

  setlocale (LC_ALL, "");
  /* gettext ignores LANGUAGE in the plain C locale, which is what a bare
   * machine runs in; C.UTF-8 is the same but for that. */
  messages = setlocale (LC_MESSAGES, NULL);
  if (messages == NULL || g_str_equal (messages, "C") || g_str_equal (messages, "POSIX"))
    setlocale (LC_MESSAGES, "C.UTF-8");

  bindtextdomain (GETTEXT_PACKAGE, localedir);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);
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
