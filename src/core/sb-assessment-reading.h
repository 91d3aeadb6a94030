/* sb-assessment-reading.h — what the reader of *.scorebook files shares with the reader of its consensus parts
 * Copyright 2026 The Scorebook authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * sb-assessment-reader.c reads a file; sb-assessment-reader-consensus.c
 * the parts format version 2 added. Nothing else includes this header.
 */
#pragma once

#include "sb-assessment-format.h"
#include "sb-xml.h"

G_BEGIN_DECLS

typedef struct
{
  SbAssessment *assessment;
  SbStandard   *standard;
  SbProblems   *problems;
  const char   *source_name;
  xmlDoc       *doc;
  GHashTable   *kept;        /* xmlNode → SbKept, set aside before validation */
  GHashTable   *lines;       /* id of a part or point → line of the element that used it first */
  GPtrArray    *unknown;     /* ids the standard lacks */
  GHashTable   *note_lines;  /* note id → line of the note that had it first */
  GPtrArray    *warnings;    /* what the user should know, as strings */
} SbReader;

/* sb-assessment-reader.c */
SbKept    *sb_reader_take_kept        (SbReader   *reader,
                                       xmlNode    *element);
char      *sb_reader_element_text     (xmlNode    *element);
GDateTime *sb_reader_read_date        (SbReader   *reader,
                                       xmlNode    *element,
                                       const char *attribute);
gboolean   sb_reader_claim_id         (SbReader   *reader,
                                       GHashTable *lines,
                                       xmlNode    *element,
                                       const char *id);

/* sb-assessment-reader-consensus.c */
void       sb_reader_check_consensus  (SbProblems *problems,
                                       xmlNode    *element);
void       sb_reader_read_note_fields (SbReader   *reader,
                                       xmlNode    *element,
                                       const char *owner_id,
                                       SbNoteKind  kind,
                                       guint       index);
void       sb_reader_read_part        (SbReader   *reader,
                                       xmlNode    *element,
                                       const char *part_id);
void       sb_reader_read_theme       (SbReader   *reader,
                                       xmlNode    *element);
void       sb_reader_warn_links       (SbReader   *reader);

G_END_DECLS
