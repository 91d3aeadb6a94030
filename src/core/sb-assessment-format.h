/* sb-assessment-format.h — what the reader and the writer of *.scorebook files share
 * Copyright 2026 The Scorebook authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * sb-assessment-reader.c reads files, sb-assessment-writer.c writes them;
 * sb-assessment-format.c holds the format's vocabulary, the escaping both
 * use (so that kept parts and ours read alike) and the words of I/O errors.
 */
#pragma once

#include <libxml/tree.h>

#include "sb-assessment-file.h"
#include "sb-assessment-private.h"

G_BEGIN_DECLS

/* The names of format version 1, for the rules, the reader and the writer. */
#define SB_ELEMENT_ASSESSMENT  "assessment"
#define SB_ELEMENT_STANDARD    "standard"
#define SB_ELEMENT_APPLICANT   "applicant"
#define SB_ELEMENT_EXAMINER    "examiner"
#define SB_ELEMENT_CREATED     "created"
#define SB_ELEMENT_MODIFIED    "modified"
#define SB_ELEMENT_PROFILE     "profile"
#define SB_ELEMENT_SUBITEM     "subitem"
#define SB_ELEMENT_STRENGTH    "strength"
#define SB_ELEMENT_OPPORTUNITY "opportunity"
#define SB_ELEMENT_POINT       "point"
#define SB_ELEMENT_NOTE        "note"
#define SB_ELEMENT_EVIDENCE    "evidence"

#define SB_ATTRIBUTE_FORMAT  "format"
#define SB_ATTRIBUTE_SUBJECT "subject"
#define SB_ATTRIBUTE_KIND    "kind"
#define SB_ATTRIBUTE_ID      "id"
#define SB_ATTRIBUTE_EDITION "edition"
#define SB_ATTRIBUTE_SHA256  "sha256"
#define SB_ATTRIBUTE_BAND    "band"
#define SB_ATTRIBUTE_PERCENT "percent"

/* What format version 2 added: a consensus's comments, proposals, trail,
 * independent ranges and key themes, note ids, and baseline ratings. */
#define SB_ELEMENT_PROPOSAL  "proposal"
#define SB_ELEMENT_CHANGE    "change"
#define SB_ELEMENT_THEME     "theme"

#define SB_ATTRIBUTE_BASELINE     "baseline"
#define SB_ATTRIBUTE_LOWEST       "independent-lowest"
#define SB_ATTRIBUTE_HIGHEST      "independent-highest"
#define SB_ATTRIBUTE_AUTHORS      "authors"
#define SB_ATTRIBUTE_SIGNIFICANT  "significant"
#define SB_ATTRIBUTE_KEY_THEME    "key-theme"
#define SB_ATTRIBUTE_AUTHOR       "author"
#define SB_ATTRIBUTE_STATE        "state"
#define SB_ATTRIBUTE_FROM_BAND    "from-band"
#define SB_ATTRIBUTE_FROM_PERCENT "from-percent"
#define SB_ATTRIBUTE_TO_BAND      "to-band"
#define SB_ATTRIBUTE_TO_PERCENT   "to-percent"
#define SB_ATTRIBUTE_WHEN         "when"
#define SB_ATTRIBUTE_LINKS        "links"

/* The first version with anything of a consensus in it. */
#define SB_ASSESSMENT_FORMAT_CONSENSUS 2

/* The vocabulary of the format: for each element, the attributes and
 * child elements it may have. Text elements have no children. */
typedef struct
{
  const char *name;
  const char *attributes[8];
  const char *children[8];
  gboolean    text;
} SbElementRule;

const char          *sb_assessment_format_note_element   (SbNoteKind           kind);
gboolean             sb_assessment_format_note_kind      (xmlNode             *element,
                                                          SbNoteKind          *kind);
const SbElementRule *sb_assessment_format_lookup_rule    (xmlNode             *element);
gboolean             sb_assessment_format_in_list        (const char * const  *list,
                                                          const char          *name);
void                 sb_assessment_format_append_escaped (GString             *out,
                                                          const char          *text,
                                                          gboolean             attribute);
void                 sb_assessment_format_append_namespace (GString         *out,
                                                          xmlNs               *ns);
void                 sb_assessment_format_append_attribute (GString         *out,
                                                          xmlDoc              *doc,
                                                          xmlAttr             *attr);
char                *sb_assessment_format_serialize_node (xmlDoc              *doc,
                                                          xmlNode             *node);
const char          *sb_theme_kind_to_string             (SbThemeKind          kind);
gboolean             sb_theme_kind_from_string           (const char          *text,
                                                          SbThemeKind         *kind);
const char          *sb_proposal_state_to_string         (SbProposalState      state);
gboolean             sb_proposal_state_from_string       (const char          *text,
                                                          SbProposalState     *state);
char                *sb_assessment_format_date           (GDateTime           *date);
void                 sb_assessment_file_set_io_error     (GError             **error,
                                                          const char          *name,
                                                          GError              *io_error,
                                                          gboolean             writing);

G_END_DECLS
