/* sb-assessment-private.h — what the file reader and writer need beyond the public API
 * Copyright 2026 The Scorebook authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "sb-assessment.h"

G_BEGIN_DECLS

/* Parts of a file that this version of Scorebook does not know (from a
 * newer format version, or comments), kept to be written back in place. */
typedef struct
{
  guint  after;  /* written after this many known child elements */
  char  *xml;    /* serialized as it was read */
} SbKeptChild;

typedef struct
{
  char      *attrs;     /* unknown attributes, serialized, each after a space */
  GPtrArray *children;  /* SbKeptChild, in document order */
} SbKept;

SbKept     *sb_kept_new                       (void);
SbKept     *sb_kept_copy                      (const SbKept *kept);
void        sb_kept_free                      (SbKept       *kept);
void        sb_kept_add_child                 (SbKept       *kept,
                                               guint         after,
                                               const char   *xml);

/* What was kept with a metadata element is filed under SB_KEPT_META "NAME",
 * with a sub-item or point under its id. The key starts with a space,
 * which no id can hold, so a file's id "meta/assessment" stays an id. */
#define SB_KEPT_META " meta/"

SbKept     *sb_assessment_get_kept            (SbAssessment *self,
                                               const char   *key);
void        sb_assessment_take_kept           (SbAssessment *self,
                                               const char   *key,
                                               SbKept       *kept);
SbKept     *sb_assessment_get_note_kept       (SbAssessment *self,
                                               const char   *owner_id,
                                               SbNoteKind    kind,
                                               guint         index);
void        sb_assessment_take_note_kept      (SbAssessment *self,
                                               const char   *owner_id,
                                               SbNoteKind    kind,
                                               guint         index,
                                               SbKept       *kept);

/* The names in the file of an enum's values: their nicks. */
const char *sb_enum_nick                      (GType         type,
                                               int           value);
gboolean    sb_enum_from_nick                 (GType         type,
                                               const char   *text,
                                               int          *value);

/* A rated part's rating came from an earlier assessment. */
void        sb_assessment_mark_baseline       (SbAssessment *self,
                                               const char   *part_id);

/* Format 2: what the reader sets and the writer reads beyond the public
 * API. A note's id from its file, FALSE when another note has it. */
gboolean    sb_assessment_set_note_id         (SbAssessment *self,
                                               const char   *owner_id,
                                               SbNoteKind    kind,
                                               guint         index,
                                               const char   *id);
void        sb_assessment_add_trail_entry     (SbAssessment *self,
                                               const char   *part_id,
                                               const SbTrailEntry *entry);
SbKept    **sb_assessment_proposal_kept       (SbAssessment *self,
                                               const char   *part_id,
                                               guint         index);
SbKept    **sb_assessment_trail_kept          (SbAssessment *self,
                                               const char   *part_id,
                                               guint         index);
SbKept    **sb_assessment_theme_kept          (SbAssessment *self,
                                               SbThemeKind   kind,
                                               guint         index);
gboolean    sb_assessment_has_consensus       (SbAssessment *self);

guint       sb_assessment_get_format          (SbAssessment *self);
void        sb_assessment_set_format          (SbAssessment *self,
                                               guint         format);

/* Loading sets everything through the public setters; between these two
 * calls nothing is recorded for undo and the modified date stays. */
void        sb_assessment_begin_load          (SbAssessment *self);
void        sb_assessment_end_load            (SbAssessment *self);
void        sb_assessment_mark_unsaved        (SbAssessment *self);

/* Sub-items and points the standard lacks, kept from a file. */
gboolean    sb_assessment_add_unknown         (SbAssessment *self,
                                               const char   *id,
                                               const char   *subitem_id);
void        sb_assessment_set_unknown_rating  (SbAssessment *self,
                                               const char   *id,
                                               const char   *band_id,
                                               guint         percent);
GPtrArray  *sb_assessment_get_unknown         (SbAssessment *self);
const char *sb_assessment_get_unknown_subitem (SbAssessment *self,
                                               const char   *id);
gboolean    sb_assessment_has_content         (SbAssessment *self,
                                               const char   *id);
gboolean    sb_assessment_has_id              (SbAssessment *self,
                                               const char   *id);

G_END_DECLS
