/* sb-assessment-file.h — reading and writing *.scorebook files, atomically
 * Copyright 2026 The Scorebook authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "sb-assessment.h"

G_BEGIN_DECLS

/* The namespace names the format's major version and changes only when
 * old readers could not keep what they do not know; the format attribute
 * counts the compatible versions inside it. */
#define SB_ASSESSMENT_NAMESPACE "urn:scorebook:assessment:1"
#define SB_ASSESSMENT_FORMAT 2
#define SB_ASSESSMENT_MIME_TYPE "application/x-scorebook"
#define SB_ASSESSMENT_SUFFIX ".scorebook"
#define SB_ASSESSMENT_SCHEMA_RESOURCE "/io/github/scorebook/Scorebook/schema/assessment.rng"

/* Far above what years of notes on a standard a hundred times the size of
 * the bundled one come to. */
#define SB_ASSESSMENT_MAX_BYTES (64 * 1024 * 1024)

#define SB_ASSESSMENT_FILE_ERROR (sb_assessment_file_error_quark ())

typedef enum
{
  SB_ASSESSMENT_FILE_ERROR_IO,
  SB_ASSESSMENT_FILE_ERROR_TOO_LARGE,
  SB_ASSESSMENT_FILE_ERROR_MALFORMED,
  SB_ASSESSMENT_FILE_ERROR_NOT_ASSESSMENT,
  SB_ASSESSMENT_FILE_ERROR_SCHEMA,
  SB_ASSESSMENT_FILE_ERROR_INVALID,
  SB_ASSESSMENT_FILE_ERROR_NO_SPACE,
  SB_ASSESSMENT_FILE_ERROR_PERMISSION,
} SbAssessmentFileError;

GQuark        sb_assessment_file_error_quark (void);

gboolean      sb_assessment_file_sniff       (GBytes        *bytes);
SbAssessment *sb_assessment_file_load_bytes  (SbStandard    *standard,
                                              GBytes        *bytes,
                                              const char    *source_name,
                                              GPtrArray    **warnings,
                                              GError       **error);
SbAssessment *sb_assessment_file_load        (SbStandard    *standard,
                                              GFile         *file,
                                              GPtrArray    **warnings,
                                              GCancellable  *cancellable,
                                              GError       **error);
GBytes       *sb_assessment_file_serialize   (SbAssessment  *assessment);
gboolean      sb_assessment_file_write       (GFile         *file,
                                              GBytes        *bytes,
                                              gboolean       make_backup,
                                              GCancellable  *cancellable,
                                              GError       **error);
gboolean      sb_assessment_file_save        (SbAssessment  *assessment,
                                              GFile         *file,
                                              GCancellable  *cancellable,
                                              GError       **error);

/* Off the main thread, in the order asked for (sb-assessment-saving.c). */
void          sb_assessment_file_write_async (GFile               *file,
                                              GBytes              *bytes,
                                              gboolean             make_backup,
                                              GAsyncReadyCallback  callback,
                                              gpointer             user_data);
gboolean      sb_assessment_file_write_finish (GAsyncResult       *result,
                                               GError            **error);
void          sb_assessment_file_save_async  (SbAssessment        *assessment,
                                              GFile               *file,
                                              GAsyncReadyCallback  callback,
                                              gpointer             user_data);
gboolean      sb_assessment_file_save_finish (GAsyncResult        *result,
                                              GError             **error);
guint         sb_assessment_file_get_n_writing   (void);
void          sb_assessment_file_wait_for_writes (void);

G_END_DECLS
