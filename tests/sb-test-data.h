/* sb-test-data.h — the bundled standard and the fixtures, loaded for a test
 * Copyright 2026 The Scorebook authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "sb-assessment.h"
#include "sb-standard.h"

G_BEGIN_DECLS

SbStandard   *sb_test_bundled_standard (void);
char         *sb_test_fixture_path     (const char *name);
SbAssessment *sb_test_load_fixture     (SbStandard *standard,
                                        const char *name);
char         *sb_test_copy_fixture     (const char *name,
                                        const char *as);
void          sb_test_remove_copy      (const char *path);
void          sb_test_assert_mode      (const char *path,
                                        guint       mode);
char         *sb_test_assessment_text  (SbStandard *standard,
                                        const char *root_extra,
                                        const char *format,
                                        const char *edition,
                                        const char *body);

/* A file an examiner may pick by mistake or find damaged, and what every
 * way of opening it should say: FILE, then @located, then @en (or, in
 * Chinese, FILE, then somewhere @zh). */
typedef struct
{
  const char *name;
  const char *contents;
  gsize       length;
  const char *located;
  const char *en;
  const char *zh;
} SbTestBadFile;

extern const SbTestBadFile sb_test_bad_files[];
extern const guint         sb_test_n_bad_files;

G_END_DECLS
