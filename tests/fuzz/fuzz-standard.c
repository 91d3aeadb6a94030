/* fuzz-standard.c — any bytes given as a standard: loaded or refused with a message, never a crash
 * Copyright 2026 The Scorebook authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "sb-fuzz.h"
#include "sb-standard.h"

int
LLVMFuzzerTestOneInput (const guint8 *data,
                        size_t        size)
{
  g_autoptr(GBytes) bytes = g_bytes_new_static (data, size);
  g_autoptr(GError) error = NULL;
  g_autoptr(SbStandard) standard = sb_standard_new_from_bytes (bytes, "fuzz.xml", &error);

  /* A refusal always says why. */
  if (standard == NULL && (error == NULL || error->message == NULL || *error->message == '\0'))
    g_error ("a standard was refused without a message");
  return 0;
}
