/* sb-fuzz.c — what the fuzz targets share: the bundled standard, loaded once
 * Copyright 2026 The Scorebook authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "sb-fuzz.h"

/* The bundled standard, which every assessment input is read against; it
 * lives as long as the process, as it would in the program. */
SbStandard *
sb_fuzz_standard (void)
{
  static SbStandard *standard;

  if (standard == NULL)
    {
      g_autoptr(GError) error = NULL;

      standard = sb_standard_new_bundled (&error);
      if (standard == NULL)
        g_error ("%s", error->message);
    }
  return standard;
}
