/* sb-assessment.h — one examiner's ratings and notes on one applicant
 * Copyright 2026 The Scorebook authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "sb-core-enums.h"
#include "sb-history.h"
#include "sb-points.h"
#include "sb-standard.h"

G_BEGIN_DECLS

#define SB_TYPE_ASSESSMENT (sb_assessment_get_type ())
G_DECLARE_FINAL_TYPE (SbAssessment, sb_assessment, SB, ASSESSMENT, GObject)

/* What is assessed: a whole organization (组织) or one project (项目). */
typedef enum
{
  SB_SUBJECT_ORGANIZATION,
  SB_SUBJECT_PROJECT,
} SbSubject;

typedef enum
{
  SB_ASSESSMENT_KIND_SELF,         /*< nick=self-assessment >*/
  SB_ASSESSMENT_KIND_INDEPENDENT,  /*< nick=independent-review >*/
  SB_ASSESSMENT_KIND_CONSENSUS,
  SB_ASSESSMENT_KIND_SITE_VISIT,
} SbAssessmentKind;

/* The lists of separate comments an assessment keeps. Strengths and
 * opportunities belong to a scored sub-item; evidence notes and references
 * to one of its guidance points. */
typedef enum
{
  SB_NOTE_STRENGTH,
  SB_NOTE_OPPORTUNITY,
  SB_NOTE_EVIDENCE,
  SB_NOTE_REFERENCE,
} SbNoteKind;

#define SB_N_NOTE_KINDS 4

/* What a reference points at; its text names the source. */
typedef enum
{
  SB_EVIDENCE_DOCUMENT,
  SB_EVIDENCE_INTERVIEW,
  SB_EVIDENCE_OBSERVATION,
} SbEvidenceKind;

#define SB_ASSESSMENT_ERROR (sb_assessment_error_quark ())

typedef enum
{
  SB_ASSESSMENT_ERROR_NOT_SCORED,
  SB_ASSESSMENT_ERROR_NO_SUCH_BAND,
  SB_ASSESSMENT_ERROR_PERCENT,
} SbAssessmentError;

/* A node's score, rolled up from the rated sub-items under it (or the
 * sub-item itself). An unrated sub-item adds nothing to @points and is
 * not counted in @n_rated. */
typedef struct
{
  SbPoints points;
  SbPoints maximum;
  guint    n_rated;
  guint    n_scored;
} SbScore;

GQuark            sb_assessment_error_quark      (void);

const char       *sb_subject_to_string           (SbSubject         subject);
gboolean          sb_subject_from_string         (const char       *text,
                                                  SbSubject        *subject);
const char       *sb_assessment_kind_to_string   (SbAssessmentKind  kind);
gboolean          sb_assessment_kind_from_string (const char       *text,
                                                  SbAssessmentKind *kind);
const char       *sb_evidence_kind_to_string     (SbEvidenceKind    kind);
gboolean          sb_evidence_kind_from_string   (const char       *text,
                                                  SbEvidenceKind   *kind);

SbAssessment     *sb_assessment_new              (SbStandard       *standard);
SbStandard       *sb_assessment_get_standard     (SbAssessment     *self);
SbHistory        *sb_assessment_get_history      (SbAssessment     *self);

const char       *sb_assessment_get_applicant    (SbAssessment     *self);
void              sb_assessment_set_applicant    (SbAssessment     *self,
                                                  const char       *applicant);
SbSubject         sb_assessment_get_subject      (SbAssessment     *self);
void              sb_assessment_set_subject      (SbAssessment     *self,
                                                  SbSubject         subject);
SbAssessmentKind  sb_assessment_get_kind         (SbAssessment     *self);
void              sb_assessment_set_kind         (SbAssessment     *self,
                                                  SbAssessmentKind  kind);
const char       *sb_assessment_get_examiner     (SbAssessment     *self);
void              sb_assessment_set_examiner     (SbAssessment     *self,
                                                  const char       *examiner);
const char       *sb_assessment_get_profile      (SbAssessment     *self);
void              sb_assessment_set_profile      (SbAssessment     *self,
                                                  const char       *profile);
GDateTime        *sb_assessment_get_created      (SbAssessment     *self);
void              sb_assessment_set_created      (SbAssessment     *self,
                                                  GDateTime        *created);
GDateTime        *sb_assessment_get_modified     (SbAssessment     *self);
void              sb_assessment_set_modified     (SbAssessment     *self,
                                                  GDateTime        *modified);
GFile            *sb_assessment_get_file         (SbAssessment     *self);
void              sb_assessment_set_file         (SbAssessment     *self,
                                                  GFile            *file);
gboolean          sb_assessment_get_other_standard (SbAssessment   *self,
                                                    const char    **id,
                                                    const char    **edition);
void              sb_assessment_set_other_standard (SbAssessment   *self,
                                                    const char     *id,
                                                    const char     *edition);
gboolean          sb_assessment_get_dirty        (SbAssessment     *self);
void              sb_assessment_mark_clean       (SbAssessment     *self);

gboolean          sb_assessment_get_rating       (SbAssessment     *self,
                                                  const char       *node_id,
                                                  const char      **band_id,
                                                  guint            *percent);
gboolean          sb_assessment_set_rating       (SbAssessment     *self,
                                                  const char       *node_id,
                                                  const char       *band_id,
                                                  guint             percent,
                                                  GError          **error);
void              sb_assessment_clear_rating     (SbAssessment     *self,
                                                  const char       *node_id);
gboolean          sb_assessment_check_rating     (SbAssessment     *self,
                                                  const char       *node_id,
                                                  const char       *band_id,
                                                  guint             percent,
                                                  GError          **error);
gboolean          sb_assessment_get_score        (SbAssessment     *self,
                                                  const char       *node_id,
                                                  SbScore          *score);

guint             sb_assessment_get_n_notes      (SbAssessment     *self,
                                                  const char       *owner_id,
                                                  SbNoteKind        kind);
const char       *sb_assessment_get_note         (SbAssessment     *self,
                                                  const char       *owner_id,
                                                  SbNoteKind        kind,
                                                  guint             index);
gboolean          sb_note_is_blank               (const char       *text);
guint             sb_assessment_count_written_notes (SbAssessment  *self,
                                                  const char       *owner_id,
                                                  SbNoteKind        kind);
SbEvidenceKind    sb_assessment_get_note_evidence (SbAssessment    *self,
                                                  const char       *owner_id,
                                                  guint             index);
void              sb_assessment_insert_note      (SbAssessment     *self,
                                                  const char       *owner_id,
                                                  SbNoteKind        kind,
                                                  guint             index,
                                                  const char       *text);
void              sb_assessment_insert_reference (SbAssessment     *self,
                                                  const char       *point_id,
                                                  guint             index,
                                                  SbEvidenceKind    evidence,
                                                  const char       *source);
void              sb_assessment_set_note         (SbAssessment     *self,
                                                  const char       *owner_id,
                                                  SbNoteKind        kind,
                                                  guint             index,
                                                  const char       *text);
void              sb_assessment_set_note_evidence (SbAssessment    *self,
                                                  const char       *point_id,
                                                  guint             index,
                                                  SbEvidenceKind    evidence);
void              sb_assessment_remove_note      (SbAssessment     *self,
                                                  const char       *owner_id,
                                                  SbNoteKind        kind,
                                                  guint             index);

char            **sb_assessment_dup_unknown_ids  (SbAssessment     *self);

/* Consensus (see sb-assessment-consensus.c, sb-assessment-themes.c) */

/* Every note (strength, opportunity, evidence, reference) has a stable id,
 * unique in its assessment, kept in the file (format 2) so that key themes
 * can link to it. */
const char       *sb_assessment_get_note_id      (SbAssessment     *self,
                                                  const char       *owner_id,
                                                  SbNoteKind        kind,
                                                  guint             index);
gboolean          sb_assessment_find_note        (SbAssessment     *self,
                                                  const char       *note_id,
                                                  const char      **owner_id,
                                                  SbNoteKind       *kind,
                                                  guint            *index);

/* The fields of a consensus comment (a strength or opportunity): the
 * initials of the examiners it was built from ("LM, WF", or NULL), whether
 * it is significant (++ on a strength, −− on an opportunity), and whether
 * it is a candidate key theme. */
const char       *sb_assessment_get_note_authors (SbAssessment     *self,
                                                  const char       *owner_id,
                                                  SbNoteKind        kind,
                                                  guint             index);
void              sb_assessment_set_note_authors (SbAssessment     *self,
                                                  const char       *owner_id,
                                                  SbNoteKind        kind,
                                                  guint             index,
                                                  const char       *authors);
gboolean          sb_assessment_get_note_significant (SbAssessment *self,
                                                  const char       *owner_id,
                                                  SbNoteKind        kind,
                                                  guint             index);
void              sb_assessment_set_note_significant (SbAssessment *self,
                                                  const char       *owner_id,
                                                  SbNoteKind        kind,
                                                  guint             index,
                                                  gboolean          significant);
gboolean          sb_assessment_get_note_key_theme (SbAssessment   *self,
                                                  const char       *owner_id,
                                                  SbNoteKind        kind,
                                                  guint             index);
void              sb_assessment_set_note_key_theme (SbAssessment   *self,
                                                  const char       *owner_id,
                                                  SbNoteKind        kind,
                                                  guint             index,
                                                  gboolean          candidate);

/* A change to a part's proposals, trail, independent range or baseline
 * mark emits notes-changed with this kind (and 0, 0, 0): lists of notes
 * ignore it, views of the part's consensus read it again. */
#define SB_NOTE_KIND_CONSENSUS SB_N_NOTE_KINDS

/* Proposals: the examiners' comments a consensus starts from, per scored part. */
typedef enum
{
  SB_PROPOSAL_OPEN,
  SB_PROPOSAL_USED,
  SB_PROPOSAL_NOT_USED,  /*< nick=not-used >*/
} SbProposalState;

guint             sb_assessment_get_n_proposals  (SbAssessment     *self,
                                                  const char       *part_id);
void              sb_assessment_add_proposal     (SbAssessment     *self,
                                                  const char       *part_id,
                                                  SbNoteKind        kind,
                                                  const char       *author,
                                                  const char       *text);
SbNoteKind        sb_assessment_get_proposal_kind (SbAssessment    *self,
                                                  const char       *part_id,
                                                  guint             index);
const char       *sb_assessment_get_proposal_author (SbAssessment  *self,
                                                  const char       *part_id,
                                                  guint             index);
const char       *sb_assessment_get_proposal_text (SbAssessment    *self,
                                                  const char       *part_id,
                                                  guint             index);
SbProposalState   sb_assessment_get_proposal_state (SbAssessment   *self,
                                                  const char       *part_id,
                                                  guint             index);
void              sb_assessment_set_proposal_state (SbAssessment   *self,
                                                  const char       *part_id,
                                                  guint             index,
                                                  SbProposalState   state);
guint             sb_assessment_merge_proposals  (SbAssessment     *self,
                                                  const char       *part_id,
                                                  const guint      *indices,
                                                  guint             n);
char             *sb_examiner_initials           (const char       *examiner);

/* The independent range of a part (percent), recorded when the consensus
 * was seeded. */
void              sb_assessment_set_independent_range (SbAssessment *self,
                                                  const char       *part_id,
                                                  guint             lowest,
                                                  guint             highest);
gboolean          sb_assessment_get_independent_range (SbAssessment *self,
                                                  const char       *part_id,
                                                  guint            *lowest,
                                                  guint            *highest);
gboolean          sb_assessment_rating_leaves_range (SbAssessment  *self,
                                                  const char       *part_id,
                                                  guint             percent);

/* One change of a part's rating during consensus. */
typedef struct
{
  gboolean    from_rated;
  const char *from_band;
  guint       from_percent;
  gboolean    to_rated;
  const char *to_band;
  guint       to_percent;
  GDateTime  *when;
  const char *rationale;  /* NULL or "" until given */
} SbTrailEntry;

guint             sb_assessment_get_n_trail      (SbAssessment     *self,
                                                  const char       *part_id);
const SbTrailEntry *sb_assessment_get_trail      (SbAssessment     *self,
                                                  const char       *part_id,
                                                  guint             index);
void              sb_assessment_set_trail_rationale (SbAssessment  *self,
                                                  const char       *part_id,
                                                  guint             index,
                                                  const char       *rationale);

/* Key themes: the application as a whole. */
typedef enum
{
  SB_THEME_PROCESS_STRENGTH,
  SB_THEME_PROCESS_OPPORTUNITY,
  SB_THEME_RESULTS_STRENGTH,
  SB_THEME_RESULTS_OPPORTUNITY,
} SbThemeKind;

#define SB_N_THEME_KINDS 4

typedef enum
{
  SB_THEME_OK,
  SB_THEME_UNSUPPORTED,
  SB_THEME_CONTRADICTED,
} SbThemeCheck;

guint             sb_assessment_get_n_themes     (SbAssessment     *self,
                                                  SbThemeKind       kind);
void              sb_assessment_insert_theme     (SbAssessment     *self,
                                                  SbThemeKind       kind,
                                                  guint             index,
                                                  const char       *text);
const char       *sb_assessment_get_theme        (SbAssessment     *self,
                                                  SbThemeKind       kind,
                                                  guint             index);
void              sb_assessment_set_theme        (SbAssessment     *self,
                                                  SbThemeKind       kind,
                                                  guint             index,
                                                  const char       *text);
void              sb_assessment_remove_theme     (SbAssessment     *self,
                                                  SbThemeKind       kind,
                                                  guint             index);
const char * const *sb_assessment_get_theme_links (SbAssessment    *self,
                                                  SbThemeKind       kind,
                                                  guint             index);
void              sb_assessment_set_theme_links  (SbAssessment     *self,
                                                  SbThemeKind       kind,
                                                  guint             index,
                                                  const char * const *note_ids);
SbThemeCheck      sb_assessment_check_theme      (SbAssessment     *self,
                                                  SbThemeKind       kind,
                                                  guint             index,
                                                  const char      **contradicting_note_id);

/* New from…: the earlier assessment's metadata and ratings, each rating
 * marked as a baseline (not yet re-assessed) until it is set or confirmed. */
SbAssessment     *sb_assessment_new_from         (SbAssessment     *earlier,
                                                  SbAssessmentKind  kind);
gboolean          sb_assessment_is_baseline      (SbAssessment     *self,
                                                  const char       *part_id);
void              sb_assessment_confirm_rating   (SbAssessment     *self,
                                                  const char       *part_id);

G_END_DECLS
