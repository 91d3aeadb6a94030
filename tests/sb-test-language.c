/* sb-test-language.c — which language Pango drew a text in
 * Copyright 2026 The Scorebook authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "sb-test-language.h"

/* The language Pango chose the font of @needle's run by: the one that
 * decides between the Chinese and Japanese forms of a Han character. */
char *
sb_test_run_language (PangoLayout *layout,
                      const char  *needle)
{
  const char *text = pango_layout_get_text (layout);
  const char *at = strstr (text, needle);
  g_autoptr(PangoLayoutIter) iter = pango_layout_get_iter (layout);

  if (at == NULL)
    g_error ("“%s” is not in “%s”", needle, text);
  do
    {
      PangoLayoutRun *run = pango_layout_iter_get_run_readonly (iter);

      if (run != NULL && run->item->offset <= at - text && at - text < run->item->offset + run->item->length)
        return g_strdup (pango_language_to_string (run->item->analysis.language));
    }
  while (pango_layout_iter_next_run (iter));
  g_error ("no run holds “%s”", needle);
}
