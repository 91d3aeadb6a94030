/* sb-test-data.c — the bundled standard and the fixtures, loaded for a test
 * Copyright 2026 The Scorebook authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "sb-assessment-file.h"
#include "sb-test-data.h"

/* The standard Scorebook ships; a test cannot go on without it. */
SbStandard *
sb_test_bundled_standard (void)
{
  g_autoptr(GError) error = NULL;
  SbStandard *standard = sb_standard_new_bundled (&error);

  g_assert_no_error (error);
  return standard;
}

/* @name under tests/fixtures, such as "standards/minimal.xml". */
char *
sb_test_fixture_path (const char *name)
{
  return g_build_filename (g_getenv ("SB_FIXTURES"), name, NULL);
}

/* The assessment fixture @name, which must load. */
SbAssessment *
sb_test_load_fixture (SbStandard *standard,
                      const char *name)
{
  g_autofree char *path = sb_test_fixture_path (name);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  SbAssessment *assessment = sb_assessment_file_load (standard, file, NULL, NULL, &error);

  g_assert_no_error (error);
  return assessment;
}
