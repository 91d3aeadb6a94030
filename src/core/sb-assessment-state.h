/* sb-assessment-state.h — the assessment's struct and node states, shared by its own files
 * Copyright 2026 The Scorebook authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * sb-assessment.c holds the object and its metadata, sb-assessment-ratings.c
 * the ratings and roll-up, sb-assessment-notes.c the notes,
 * sb-assessment-commands.c their undo commands and sb-assessment-kept.c what
 * a file holds beyond the standard. Nothing outside these files includes
 * this header.
 */
#pragma once

#include "sb-assessment-private.h"

G_BEGIN_DECLS

/* One note of a list. */
typedef struct
{
  SbEvidenceKind  evidence;  /* references only */
  char           *text;
  SbKept         *kept;
  char           *id;          /* stable, unique in the assessment */
  char           *authors;     /* consensus comments: the examiners' initials */
  gboolean        significant;
  gboolean        key_theme;
} SbNote;

/* An examiner's comment that a consensus starts from. */
typedef struct
{
  SbNoteKind       kind;
  char            *author;
  char            *text;
  SbProposalState  state;
  SbKept          *kept;
} SbProposal;

/* One entry of a part's trail, with what its file held beyond it. */
typedef struct
{
  SbTrailEntry  entry;  /* its strings and date owned */
  SbKept       *kept;
} SbTrailItem;

/* What a consensus adds to a scored part, as one value, so that one undo
 * command can hold it before and after a change. */
typedef struct
{
  GPtrArray *proposals;  /* SbProposal */
  GPtrArray *trail;      /* SbTrailItem */
  gboolean   ranged;     /* the independent range below was recorded */
  guint      lowest;
  guint      highest;
  gboolean   baseline;   /* the rating came from an earlier assessment */
} SbPartExtra;

/* A key theme: its text and the ids of the notes it draws on. */
typedef struct
{
  char  *text;
  char **links;  /* never NULL */
  SbKept *kept;
} SbTheme;

typedef struct _SbNodeState SbNodeState;

/* Everything the assessment holds about one sub-item, guidance point or
 * other node of the standard, or about an id from a file that the
 * standard lacks. */
struct _SbNodeState
{
  char            *id;
  SbNode          *node;            /* NULL for points and unknown ids */
  SbGuidancePoint *point;           /* for points */
  SbNodeState     *parent;          /* the node above, for the roll-up */
  gboolean         unknown;
  char            *unknown_subitem; /* for an unknown point: where it was filed */

  gboolean         rated;
  char            *band_id;
  guint            percent;

  SbScore          score;
  GPtrArray       *notes[SB_N_NOTE_KINDS];  /* SbNote, created on first use */
  SbKept          *kept;
  SbPartExtra     *extra;           /* NULL: nothing of a consensus */
};

struct _SbAssessment
{
  GObject           parent_instance;

  SbStandard       *standard;
  SbHistory        *history;
  GHashTable       *states;        /* id → SbNodeState */
  GPtrArray        *unknown;       /* SbNodeState the standard lacks, in file order */
  GHashTable       *kept;          /* SB_KEPT_META "NAME" → SbKept */
  SbScore           total;
  GHashTable       *note_owners;   /* note id → SbNodeState */
  guint             next_note_id;
  GPtrArray        *themes[SB_N_THEME_KINDS];  /* SbTheme */

  char             *applicant;
  SbSubject         subject;
  SbAssessmentKind  kind;
  char             *examiner;
  char             *profile;
  GDateTime        *created;
  GDateTime        *modified;
  GFile            *file;
  guint             format;
  char             *other_standard;          /* the standard its file named, if not ours */
  char             *other_standard_edition;

  guint64           clean_state;
  gboolean          unrecorded_change;
  guint             unrecorded_serial;  /* counts unrecorded changes, so a save can tell if one came after it */
  gboolean          dirty;
  gboolean          loading;
};

enum {
  SB_ASSESSMENT_RATING_CHANGED,
  SB_ASSESSMENT_SCORE_CHANGED,
  SB_ASSESSMENT_NOTES_CHANGED,
  SB_ASSESSMENT_CHANGED,
  SB_ASSESSMENT_THEMES_CHANGED,
  SB_ASSESSMENT_N_SIGNALS
};
extern guint sb_assessment_signals[SB_ASSESSMENT_N_SIGNALS];

/* Whether two ratings are one: both unrated, or the same band and percent. */
static inline gboolean
sb_rating_equal (gboolean    rated,
                 const char *band_id,
                 guint       percent,
                 gboolean    other_rated,
                 const char *other_band_id,
                 guint       other_percent)
{
  if (rated != other_rated)
    return FALSE;
  return !rated || (percent == other_percent && g_strcmp0 (band_id, other_band_id) == 0);
}

/* Notes and node states (sb-assessment.c) */
SbNote      *sb_note_new                   (SbEvidenceKind  evidence,
                                            const char     *text);
SbNote      *sb_note_copy                  (const SbNote   *note);
void         sb_note_free                  (SbNote         *note);
void         sb_node_state_free            (SbNodeState    *state);
gboolean     sb_node_state_is_subitem      (SbNodeState    *state);
gboolean     sb_node_state_is_point        (SbNodeState    *state);
GPtrArray   *sb_node_state_ensure_notes    (SbNodeState    *state,
                                            SbNoteKind      kind);

/* Changes (sb-assessment.c) */
GDateTime   *sb_assessment_now             (void);
char        *sb_assessment_clean_text      (const char     *text);
void         sb_assessment_update_dirty    (SbAssessment   *self);
void         sb_assessment_changed         (SbAssessment   *self);
gboolean     sb_assessment_is_recording    (SbAssessment   *self);

/* Applying a change without recording it (sb-assessment-ratings.c,
 * sb-assessment-notes.c): what the commands do and undo. */
void         sb_assessment_apply_rating    (SbAssessment   *self,
                                            SbNodeState    *state,
                                            gboolean        rated,
                                            const char     *band_id,
                                            guint           percent);
void         sb_assessment_apply_note      (SbAssessment   *self,
                                            SbNodeState    *state,
                                            SbNoteKind      kind,
                                            guint           index,
                                            SbNote         *note,
                                            gboolean        replace);
SbNodeState *sb_assessment_lookup_owner    (SbAssessment   *self,
                                            const char     *owner_id,
                                            SbNoteKind      kind);
SbNote      *sb_assessment_lookup_note     (SbAssessment   *self,
                                            const char     *owner_id,
                                            SbNoteKind      kind,
                                            guint           index);
SbNote      *sb_assessment_get_checked_note (SbAssessment  *self,
                                            const char     *owner_id,
                                            SbNoteKind      kind,
                                            guint           index);

/* Making a change and recording it for undo (sb-assessment-commands.c) */
void         sb_assessment_record_property (SbAssessment   *self,
                                            GParamSpec     *pspec,
                                            const GValue   *before);
void         sb_assessment_change_rating   (SbAssessment   *self,
                                            SbNodeState    *state,
                                            gboolean        rated,
                                            const char     *band_id,
                                            guint           percent);
void         sb_assessment_change_note     (SbAssessment   *self,
                                            SbNodeState    *state,
                                            SbNoteKind      kind,
                                            guint           index,
                                            SbNote         *note,
                                            gboolean        replace);

/* Note ids (sb-assessment-consensus.c) */
void         sb_assessment_give_note_id    (SbAssessment   *self,
                                            SbNote         *note);
void         sb_assessment_give_note_ids   (SbAssessment   *self);
void         sb_assessment_file_note       (SbAssessment   *self,
                                            SbNodeState    *state,
                                            SbNote         *note,
                                            gboolean        filed);

/* A part's consensus (sb-assessment-consensus.c, -trail.c) */
SbPartExtra *sb_part_extra_copy            (const SbPartExtra *extra);
SbTrailItem *sb_trail_item_new             (const SbTrailEntry *entry);
SbNodeState *sb_assessment_lookup_part     (SbAssessment   *self,
                                            const char     *part_id);
void         sb_part_extra_free            (SbPartExtra    *extra);
void         sb_assessment_apply_extra     (SbAssessment   *self,
                                            SbNodeState    *state,
                                            SbPartExtra    *extra);
void         sb_assessment_change_extra    (SbAssessment   *self,
                                            SbNodeState    *state,
                                            SbPartExtra    *extra,
                                            const char     *merge_key);
SbPartExtra *sb_assessment_extra_after_rating (SbAssessment *self,
                                            SbNodeState    *state,
                                            gboolean        rated,
                                            const char     *band_id,
                                            guint           percent);

/* Key themes (sb-assessment-themes.c) */
SbTheme     *sb_theme_new                  (const char     *text,
                                            const char * const *links);
SbTheme     *sb_theme_copy                 (const SbTheme  *theme);
void         sb_theme_free                 (SbTheme        *theme);
void         sb_assessment_apply_theme     (SbAssessment   *self,
                                            SbThemeKind     kind,
                                            guint           index,
                                            SbTheme        *theme,
                                            gboolean        replace);
void         sb_assessment_change_theme    (SbAssessment   *self,
                                            SbThemeKind     kind,
                                            guint           index,
                                            SbTheme        *theme,
                                            gboolean        replace);

G_END_DECLS
