/* sb-cli-private.h — what the command line's files share: the parsed options and their loaders
 * Copyright 2026 The Scorebook authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "sb-assessment.h"
#include "sb-chart-options.h"
#include "sb-standard.h"

G_BEGIN_DECLS

/* One field for each entry of the option table in sb-cli.c. */
typedef struct
{
  gboolean   validate;
  gboolean   any_standard;
  gboolean   outline;
  char      *scores;
  char      *standard;
  char      *export;
  char      *export_chart;
  char      *lang;
  gboolean   include_notes;
  char      *format;
  char      *paper;
  char      *chart;
  char      *level;
  char      *size;
  gboolean   compare;
  char      *consensus;
  char      *seed;
  char     **files;
} SbCliOptions;

/* The commands: each returns the program's exit status. */
int           sb_cli_run_validate     (SbCliOptions  *options);
int           sb_cli_run_outline      (SbCliOptions  *options);
int           sb_cli_run_scores       (SbCliOptions  *options);
int           sb_cli_run_export       (SbCliOptions  *options);
int           sb_cli_run_export_chart (SbCliOptions  *options);
int           sb_cli_run_compare      (SbCliOptions  *options);
int           sb_cli_run_consensus    (SbCliOptions  *options);

/* What they share. */
SbStandard   *sb_cli_load_standard    (SbCliOptions  *options);
gboolean      sb_cli_standard_matches (SbCliOptions  *options,
                                       SbAssessment  *assessment,
                                       const char    *path);
SbAssessment *sb_cli_load_assessment  (SbCliOptions  *options,
                                       SbStandard    *standard,
                                       const char    *path,
                                       gboolean       check_standard,
                                       GError       **error);
GPtrArray    *sb_cli_load_assessments (SbCliOptions  *options,
                                       SbStandard    *standard,
                                       gboolean       check_standard);
gboolean      sb_cli_is_one_of        (const char         *output,
                                       const char * const *inputs);
gboolean      sb_cli_parse_language   (SbCliOptions      *options,
                                       SbDisplayLanguage *language);
void          sb_cli_print_failure    (const char    *input,
                                       GError        *error);

G_END_DECLS
