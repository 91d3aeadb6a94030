/* fuzz-assessment.c — any bytes given as an assessment: refused with a message, or read, saved,
 * read again to the same model, and saved again to the same bytes
 * Copyright 2026 The Scorebook authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "sb-assessment-file.h"
#include "sb-fuzz.h"

int
LLVMFuzzerTestOneInput (const guint8 *data,
                        size_t        size)
{
  SbStandard *standard = sb_fuzz_standard ();
  g_autoptr(GBytes) bytes = g_bytes_new_static (data, size);
  g_autoptr(GError) error = NULL;
  g_autoptr(SbAssessment) first = sb_assessment_file_load_bytes (standard, bytes, "fuzz.scorebook", NULL, &error);
  g_autoptr(SbAssessment) second = NULL;
  g_autoptr(GBytes) saved = NULL;
  g_autoptr(GBytes) again = NULL;

  if (first == NULL)
    {
      if (error == NULL || *error->message == '\0')
        g_error ("an assessment was refused without a message");
      return 0;
    }

  /* What Scorebook writes, it reads back, and writes the same way again. */
  saved = sb_assessment_file_serialize (first);
  second = sb_assessment_file_load_bytes (standard, saved, "saved.scorebook", NULL, &error);
  if (second == NULL)
    g_error ("a saved assessment does not load again: %s\n%.*s", error->message,
             (int) g_bytes_get_size (saved), (const char *) g_bytes_get_data (saved, NULL));
  again = sb_assessment_file_serialize (second);
  if (!g_bytes_equal (saved, again))
    g_error ("a second save differs from the first:\n%.*s\n----\n%.*s",
             (int) g_bytes_get_size (saved), (const char *) g_bytes_get_data (saved, NULL),
             (int) g_bytes_get_size (again), (const char *) g_bytes_get_data (again, NULL));
  return 0;
}
