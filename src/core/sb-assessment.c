/* sb-assessment.c — one examiner's ratings and notes on one applicant
 * Copyright 2026 The Scorebook authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "sb-assessment"

#include "config.h"

#include <string.h>
#include <glib/gi18n-lib.h>

#include "sb-assessment-state.h"

G_DEFINE_FINAL_TYPE (SbAssessment, sb_assessment, G_TYPE_OBJECT)
G_DEFINE_QUARK (sb-assessment-error-quark, sb_assessment_error)

enum {
  PROP_0,
  PROP_STANDARD,
  PROP_APPLICANT,
  PROP_SUBJECT,
  PROP_KIND,
  PROP_EXAMINER,
  PROP_PROFILE,
  PROP_CREATED,
  PROP_MODIFIED,
  PROP_FILE,
  PROP_DIRTY,
  N_PROPS
};
static GParamSpec *properties[N_PROPS];

guint sb_assessment_signals[SB_ASSESSMENT_N_SIGNALS];

/* Enums and their names in the file: the nicks of their GTypes */

static GEnumClass *
enum_class (GType type)
{
  /* The class of a static enum type lives as long as the program. */
  GEnumClass *klass = g_type_class_peek (type);

  return klass != NULL ? klass : g_type_class_ref (type);
}

const char *
sb_enum_nick (GType type,
              int   value)
{
  const GEnumValue *found = g_enum_get_value (enum_class (type), value);

  return found != NULL ? found->value_nick : NULL;
}

gboolean
sb_enum_from_nick (GType       type,
                   const char *text,
                   int        *value)
{
  const GEnumValue *found;

  if (text == NULL)
    return FALSE;
  found = g_enum_get_value_by_nick (enum_class (type), text);
  if (found == NULL)
    return FALSE;
  *value = found->value;
  return TRUE;
}

/* The names below are the ones the file uses. */
const char *
sb_subject_to_string (SbSubject subject)
{
  return sb_enum_nick (SB_TYPE_SUBJECT, subject);
}

gboolean
sb_subject_from_string (const char *text,
                        SbSubject  *subject)
{
  int value;

  if (!sb_enum_from_nick (SB_TYPE_SUBJECT, text, &value))
    return FALSE;
  *subject = value;
  return TRUE;
}

const char *
sb_assessment_kind_to_string (SbAssessmentKind kind)
{
  return sb_enum_nick (SB_TYPE_ASSESSMENT_KIND, kind);
}

gboolean
sb_assessment_kind_from_string (const char       *text,
                                SbAssessmentKind *kind)
{
  int value;

  if (!sb_enum_from_nick (SB_TYPE_ASSESSMENT_KIND, text, &value))
    return FALSE;
  *kind = value;
  return TRUE;
}

const char *
sb_evidence_kind_to_string (SbEvidenceKind kind)
{
  const char *nick = sb_enum_nick (SB_TYPE_EVIDENCE_KIND, kind);

  g_return_val_if_fail (nick != NULL, NULL);
  return nick;
}

gboolean
sb_evidence_kind_from_string (const char     *text,
                              SbEvidenceKind *kind)
{
  int value;

  if (!sb_enum_from_nick (SB_TYPE_EVIDENCE_KIND, text, &value))
    return FALSE;
  *kind = value;
  return TRUE;
}

/* Notes and node states */

SbNote *
sb_note_new (SbEvidenceKind  evidence,
             const char     *text)
{
  SbNote *note = g_new0 (SbNote, 1);

  note->evidence = evidence;
  note->text = g_strdup (text);
  return note;
}

SbNote *
sb_note_copy (const SbNote *note)
{
  SbNote *copy = sb_note_new (note->evidence, note->text);

  copy->kept = sb_kept_copy (note->kept);
  copy->id = g_strdup (note->id);
  copy->authors = g_strdup (note->authors);
  copy->significant = note->significant;
  copy->key_theme = note->key_theme;
  return copy;
}

void
sb_note_free (SbNote *note)
{
  if (note == NULL)
    return;
  g_free (note->text);
  sb_kept_free (note->kept);
  g_free (note->id);
  g_free (note->authors);
  g_free (note);
}

void
sb_node_state_free (SbNodeState *state)
{
  g_free (state->id);
  g_free (state->unknown_subitem);
  g_free (state->band_id);
  for (guint i = 0; i < SB_N_NOTE_KINDS; i++)
    g_clear_pointer (&state->notes[i], g_ptr_array_unref);
  sb_kept_free (state->kept);
  sb_part_extra_free (state->extra);
  g_free (state);
}

gboolean
sb_node_state_is_subitem (SbNodeState *state)
{
  if (state->unknown)
    return state->unknown_subitem == NULL;
  return state->node != NULL && sb_node_is_scored (state->node);
}

gboolean
sb_node_state_is_point (SbNodeState *state)
{
  if (state->unknown)
    return state->unknown_subitem != NULL;
  return state->point != NULL;
}

GPtrArray *
sb_node_state_ensure_notes (SbNodeState  *state,
                            SbNoteKind  kind)
{
  if (state->notes[kind] == NULL)
    state->notes[kind] = g_ptr_array_new_with_free_func ((GDestroyNotify) sb_note_free);
  return state->notes[kind];
}

/* XML 1.0 cannot hold most control characters: drop them here, so that
 * what is in memory is exactly what a file can say. */
char *
sb_assessment_clean_text (const char *text)
{
  GString *clean;

  if (text == NULL)
    return g_strdup ("");
  /* Every key typed in a long note comes here: a byte scan finds the
   * usual text clean without decoding it character by character. */
  for (const guchar *p = (const guchar *) text; ; p++)
    if (*p == '\0')
      return g_strdup (text);
    else if ((*p < 0x20 && *p != '\t' && *p != '\n' && *p != '\r') ||
             (p[0] == 0xEF && p[1] == 0xBF && (p[2] == 0xBE || p[2] == 0xBF)))
      break;
  clean = g_string_sized_new (strlen (text));
  for (const char *p = text; *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0xFFFE || c == 0xFFFF)
        continue;
      g_string_append_len (clean, p, g_utf8_next_char (p) - p);
    }
  return g_string_free (clean, FALSE);
}

/* Changes */

void
sb_assessment_update_dirty (SbAssessment *self)
{
  gboolean dirty = self->unrecorded_change || sb_history_get_state (self->history) != self->clean_state;

  if (dirty != self->dirty)
    {
      self->dirty = dirty;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DIRTY]);
    }
}

/* Now, to the second, in UTC. */
GDateTime *
sb_assessment_now (void)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();

  /* The file keeps whole seconds; so does memory, or a reload would differ. */
  return g_date_time_new_utc (g_date_time_get_year (now), g_date_time_get_month (now),
                              g_date_time_get_day_of_month (now), g_date_time_get_hour (now),
                              g_date_time_get_minute (now), g_date_time_get_second (now));
}

void
sb_assessment_changed (SbAssessment *self)
{
  if (!self->loading)
    {
      g_autoptr(GDateTime) now = sb_assessment_now ();
      sb_assessment_set_modified (self, now);
    }
  sb_assessment_update_dirty (self);
  g_signal_emit (self, sb_assessment_signals[SB_ASSESSMENT_CHANGED], 0);
}

gboolean
sb_assessment_is_recording (SbAssessment *self)
{
  return !self->loading && !sb_history_is_applying (self->history);
}

static void
set_string_property (SbAssessment *self,
                     char        **field,
                     const char   *value,
                     guint         prop_id)
{
  g_autofree char *clean = sb_assessment_clean_text (value);
  g_auto(GValue) before = G_VALUE_INIT;

  if (g_strcmp0 (*field, clean) == 0)
    return;
  g_value_init (&before, G_TYPE_STRING);
  g_value_take_string (&before, g_steal_pointer (field));
  *field = g_steal_pointer (&clean);
  sb_assessment_record_property (self, properties[prop_id], &before);
  g_object_notify_by_pspec (G_OBJECT (self), properties[prop_id]);
  sb_assessment_changed (self);
}

/* GObject */

static void
sb_assessment_dispose (GObject *object)
{
  SbAssessment *self = SB_ASSESSMENT (object);

  g_clear_object (&self->history);
  G_OBJECT_CLASS (sb_assessment_parent_class)->dispose (object);
}

static void
sb_assessment_finalize (GObject *object)
{
  SbAssessment *self = SB_ASSESSMENT (object);

  g_clear_pointer (&self->states, g_hash_table_unref);
  g_clear_pointer (&self->unknown, g_ptr_array_unref);
  g_clear_pointer (&self->kept, g_hash_table_unref);
  g_clear_pointer (&self->note_owners, g_hash_table_unref);
  for (guint i = 0; i < SB_N_THEME_KINDS; i++)
    g_clear_pointer (&self->themes[i], g_ptr_array_unref);
  g_clear_object (&self->standard);
  g_clear_object (&self->file);
  g_free (self->applicant);
  g_free (self->examiner);
  g_free (self->profile);
  g_free (self->other_standard);
  g_free (self->other_standard_edition);
  g_clear_pointer (&self->created, g_date_time_unref);
  g_clear_pointer (&self->modified, g_date_time_unref);
  G_OBJECT_CLASS (sb_assessment_parent_class)->finalize (object);
}

static void
add_node_states (SbAssessment *self)
{
  GPtrArray *nodes = sb_standard_get_nodes (self->standard);

  self->total.maximum = sb_standard_get_total (self->standard);

  /* Nodes come in document order, so a parent's state exists before its
   * children look it up. */
  for (guint i = 0; i < nodes->len; i++)
    {
      SbNode *node = g_ptr_array_index (nodes, i);
      SbNode *parent = sb_node_get_parent (node);
      GListModel *guidance = sb_node_get_guidance (node);
      SbNodeState *state = g_new0 (SbNodeState, 1);

      state->id = g_strdup (sb_node_get_id (node));
      state->node = node;
      state->parent = parent ? g_hash_table_lookup (self->states, sb_node_get_id (parent)) : NULL;
      state->score.maximum = sb_node_get_points (node);
      g_hash_table_insert (self->states, state->id, state);

      if (sb_node_is_scored (node))
        {
          for (SbNodeState *s = state; s != NULL; s = s->parent)
            s->score.n_scored++;
          self->total.n_scored++;
        }

      for (guint j = 0; j < g_list_model_get_n_items (guidance); j++)
        {
          g_autoptr(SbGuidancePoint) point = g_list_model_get_item (guidance, j);
          SbNodeState *point_state = g_new0 (SbNodeState, 1);

          point_state->id = g_strdup (sb_guidance_point_get_id (point));
          point_state->point = point;
          point_state->parent = state;
          g_hash_table_insert (self->states, point_state->id, point_state);
        }
    }
}

static void
sb_assessment_constructed (GObject *object)
{
  SbAssessment *self = SB_ASSESSMENT (object);

  G_OBJECT_CLASS (sb_assessment_parent_class)->constructed (object);
  g_assert (self->standard != NULL);
  add_node_states (self);
}

static void
sb_assessment_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  SbAssessment *self = SB_ASSESSMENT (object);

  switch (prop_id)
    {
    case PROP_STANDARD: g_value_set_object (value, self->standard); break;
    case PROP_APPLICANT: g_value_set_string (value, self->applicant); break;
    case PROP_SUBJECT: g_value_set_enum (value, self->subject); break;
    case PROP_KIND: g_value_set_enum (value, self->kind); break;
    case PROP_EXAMINER: g_value_set_string (value, self->examiner); break;
    case PROP_PROFILE: g_value_set_string (value, self->profile); break;
    case PROP_CREATED: g_value_set_boxed (value, self->created); break;
    case PROP_MODIFIED: g_value_set_boxed (value, self->modified); break;
    case PROP_FILE: g_value_set_object (value, self->file); break;
    case PROP_DIRTY: g_value_set_boolean (value, self->dirty); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sb_assessment_set_property (GObject      *object,
                            guint         prop_id,
                            const GValue *value,
                            GParamSpec   *pspec)
{
  SbAssessment *self = SB_ASSESSMENT (object);

  switch (prop_id)
    {
    case PROP_STANDARD: self->standard = g_value_dup_object (value); break;
    case PROP_APPLICANT: sb_assessment_set_applicant (self, g_value_get_string (value)); break;
    case PROP_SUBJECT: sb_assessment_set_subject (self, g_value_get_enum (value)); break;
    case PROP_KIND: sb_assessment_set_kind (self, g_value_get_enum (value)); break;
    case PROP_EXAMINER: sb_assessment_set_examiner (self, g_value_get_string (value)); break;
    case PROP_PROFILE: sb_assessment_set_profile (self, g_value_get_string (value)); break;
    case PROP_CREATED: sb_assessment_set_created (self, g_value_get_boxed (value)); break;
    case PROP_MODIFIED: sb_assessment_set_modified (self, g_value_get_boxed (value)); break;
    case PROP_FILE: sb_assessment_set_file (self, g_value_get_object (value)); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sb_assessment_class_init (SbAssessmentClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  const GParamFlags rw = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->dispose = sb_assessment_dispose;
  object_class->finalize = sb_assessment_finalize;
  object_class->constructed = sb_assessment_constructed;
  object_class->get_property = sb_assessment_get_property;
  object_class->set_property = sb_assessment_set_property;

  properties[PROP_STANDARD] =
    g_param_spec_object ("standard", NULL, NULL, SB_TYPE_STANDARD,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_APPLICANT] = g_param_spec_string ("applicant", NULL, NULL, "", rw);
  properties[PROP_SUBJECT] =
    g_param_spec_enum ("subject", NULL, NULL, SB_TYPE_SUBJECT, SB_SUBJECT_ORGANIZATION, rw);
  properties[PROP_KIND] =
    g_param_spec_enum ("kind", NULL, NULL, SB_TYPE_ASSESSMENT_KIND, SB_ASSESSMENT_KIND_SELF, rw);
  properties[PROP_EXAMINER] = g_param_spec_string ("examiner", NULL, NULL, "", rw);
  properties[PROP_PROFILE] = g_param_spec_string ("profile", NULL, NULL, "", rw);
  properties[PROP_CREATED] = g_param_spec_boxed ("created", NULL, NULL, G_TYPE_DATE_TIME, rw);
  properties[PROP_MODIFIED] = g_param_spec_boxed ("modified", NULL, NULL, G_TYPE_DATE_TIME, rw);
  properties[PROP_FILE] = g_param_spec_object ("file", NULL, NULL, G_TYPE_FILE, rw);
  properties[PROP_DIRTY] =
    g_param_spec_boolean ("dirty", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /* A sub-item's rating was set, changed or cleared. */
  sb_assessment_signals[SB_ASSESSMENT_RATING_CHANGED] =
    g_signal_new ("rating-changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_STRING);
  /* A node's rolled-up score changed: the sub-item, then each node above
   * it, then the total (with a NULL id). */
  sb_assessment_signals[SB_ASSESSMENT_SCORE_CHANGED] =
    g_signal_new ("score-changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_STRING);
  /* Like GListModel::items-changed, for one list of notes: owner id, kind,
   * position, removed, added. */
  sb_assessment_signals[SB_ASSESSMENT_NOTES_CHANGED] =
    g_signal_new ("notes-changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 5,
                  G_TYPE_STRING, G_TYPE_UINT, G_TYPE_UINT, G_TYPE_UINT, G_TYPE_UINT);
  /* After any change at all, for autosave and the window title. */
  sb_assessment_signals[SB_ASSESSMENT_CHANGED] =
    g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);
  /* Like notes-changed, for the key themes of one kind: kind, position,
   * removed, added. */
  sb_assessment_signals[SB_ASSESSMENT_THEMES_CHANGED] =
    g_signal_new ("themes-changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 4, G_TYPE_UINT, G_TYPE_UINT, G_TYPE_UINT, G_TYPE_UINT);
}

static void
sb_assessment_init (SbAssessment *self)
{
  self->states = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, (GDestroyNotify) sb_node_state_free);
  self->unknown = g_ptr_array_new ();
  self->kept = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, (GDestroyNotify) sb_kept_free);
  self->history = sb_history_new (self);
  self->note_owners = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->next_note_id = 1;
  for (guint i = 0; i < SB_N_THEME_KINDS; i++)
    self->themes[i] = g_ptr_array_new_with_free_func ((GDestroyNotify) sb_theme_free);
  self->applicant = g_strdup ("");
  self->examiner = g_strdup ("");
  self->profile = g_strdup ("");
  self->created = sb_assessment_now ();
  self->modified = g_date_time_ref (self->created);
  self->format = 1;
}

/* An empty, clean assessment of @standard. */
SbAssessment *
sb_assessment_new (SbStandard *standard)
{
  g_return_val_if_fail (SB_IS_STANDARD (standard), NULL);
  return g_object_new (SB_TYPE_ASSESSMENT, "standard", standard, NULL);
}

SbStandard *
sb_assessment_get_standard (SbAssessment *self)
{
  g_return_val_if_fail (SB_IS_ASSESSMENT (self), NULL);
  return self->standard;
}

/* One history per assessment, shared by every view of it. */
SbHistory *
sb_assessment_get_history (SbAssessment *self)
{
  g_return_val_if_fail (SB_IS_ASSESSMENT (self), NULL);
  return self->history;
}

const char *
sb_assessment_get_applicant (SbAssessment *self)
{
  g_return_val_if_fail (SB_IS_ASSESSMENT (self), NULL);
  return self->applicant;
}

void
sb_assessment_set_applicant (SbAssessment *self,
                             const char   *applicant)
{
  g_return_if_fail (SB_IS_ASSESSMENT (self));
  g_return_if_fail (applicant == NULL || g_utf8_validate (applicant, -1, NULL));
  set_string_property (self, &self->applicant, applicant, PROP_APPLICANT);
}

const char *
sb_assessment_get_examiner (SbAssessment *self)
{
  g_return_val_if_fail (SB_IS_ASSESSMENT (self), NULL);
  return self->examiner;
}

void
sb_assessment_set_examiner (SbAssessment *self,
                            const char   *examiner)
{
  g_return_if_fail (SB_IS_ASSESSMENT (self));
  g_return_if_fail (examiner == NULL || g_utf8_validate (examiner, -1, NULL));
  set_string_property (self, &self->examiner, examiner, PROP_EXAMINER);
}

/* The applicant's profile, which section 0 of the standard asks for. */
const char *
sb_assessment_get_profile (SbAssessment *self)
{
  g_return_val_if_fail (SB_IS_ASSESSMENT (self), NULL);
  return self->profile;
}

void
sb_assessment_set_profile (SbAssessment *self,
                           const char   *profile)
{
  g_return_if_fail (SB_IS_ASSESSMENT (self));
  g_return_if_fail (profile == NULL || g_utf8_validate (profile, -1, NULL));
  set_string_property (self, &self->profile, profile, PROP_PROFILE);
}

SbSubject
sb_assessment_get_subject (SbAssessment *self)
{
  g_return_val_if_fail (SB_IS_ASSESSMENT (self), 0);
  return self->subject;
}

void
sb_assessment_set_subject (SbAssessment *self,
                           SbSubject     subject)
{
  g_auto(GValue) before = G_VALUE_INIT;

  g_return_if_fail (SB_IS_ASSESSMENT (self));
  g_return_if_fail (sb_subject_to_string (subject) != NULL);

  if (self->subject == subject)
    return;
  g_value_init (&before, SB_TYPE_SUBJECT);
  g_value_set_enum (&before, self->subject);
  self->subject = subject;
  sb_assessment_record_property (self, properties[PROP_SUBJECT], &before);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SUBJECT]);
  sb_assessment_changed (self);
}

SbAssessmentKind
sb_assessment_get_kind (SbAssessment *self)
{
  g_return_val_if_fail (SB_IS_ASSESSMENT (self), 0);
  return self->kind;
}

void
sb_assessment_set_kind (SbAssessment     *self,
                        SbAssessmentKind  kind)
{
  g_auto(GValue) before = G_VALUE_INIT;

  g_return_if_fail (SB_IS_ASSESSMENT (self));
  g_return_if_fail (sb_assessment_kind_to_string (kind) != NULL);

  if (self->kind == kind)
    return;
  g_value_init (&before, SB_TYPE_ASSESSMENT_KIND);
  g_value_set_enum (&before, self->kind);
  self->kind = kind;
  sb_assessment_record_property (self, properties[PROP_KIND], &before);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_KIND]);
  sb_assessment_changed (self);
}

GDateTime *
sb_assessment_get_created (SbAssessment *self)
{
  g_return_val_if_fail (SB_IS_ASSESSMENT (self), NULL);
  return self->created;
}

void
sb_assessment_set_created (SbAssessment *self,
                           GDateTime    *created)
{
  g_return_if_fail (SB_IS_ASSESSMENT (self));
  g_return_if_fail (created != NULL);

  if (g_date_time_equal (self->created, created))
    return;
  g_date_time_unref (self->created);
  self->created = g_date_time_ref (created);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CREATED]);
  if (!self->loading)
    {
      self->unrecorded_change = TRUE;
      self->unrecorded_serial++;
      sb_assessment_changed (self);
    }
}

/* Set by every change; a caller sets it only to restore a known date. */
GDateTime *
sb_assessment_get_modified (SbAssessment *self)
{
  g_return_val_if_fail (SB_IS_ASSESSMENT (self), NULL);
  return self->modified;
}

void
sb_assessment_set_modified (SbAssessment *self,
                            GDateTime    *modified)
{
  g_return_if_fail (SB_IS_ASSESSMENT (self));
  g_return_if_fail (modified != NULL);

  if (g_date_time_equal (self->modified, modified))
    return;
  g_date_time_unref (self->modified);
  self->modified = g_date_time_ref (modified);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MODIFIED]);
}

/* The standard the assessment was made for, by its id and edition, when
 * its file named another one (or another edition) than the one it is
 * scored against here. Kept for as long as the assessment is open, even
 * after it is saved, so that the examiner is never in doubt about what
 * the scores mean; returns FALSE when the file named this very standard. */
gboolean
sb_assessment_get_other_standard (SbAssessment  *self,
                                  const char   **id,
                                  const char   **edition)
{
  g_return_val_if_fail (SB_IS_ASSESSMENT (self), FALSE);

  if (id != NULL)
    *id = self->other_standard;
  if (edition != NULL)
    *edition = self->other_standard_edition;
  return self->other_standard != NULL;
}

/* Set by the reader, and by whoever copies an assessment; @id NULL clears. */
void
sb_assessment_set_other_standard (SbAssessment *self,
                                  const char   *id,
                                  const char   *edition)
{
  g_return_if_fail (SB_IS_ASSESSMENT (self));

  g_free (self->other_standard);
  g_free (self->other_standard_edition);
  self->other_standard = g_strdup (id);
  self->other_standard_edition = id != NULL ? g_strdup (edition ? edition : "") : NULL;
}

/* Where the assessment was last saved or opened from; NULL if never. */
GFile *
sb_assessment_get_file (SbAssessment *self)
{
  g_return_val_if_fail (SB_IS_ASSESSMENT (self), NULL);
  return self->file;
}

void
sb_assessment_set_file (SbAssessment *self,
                        GFile        *file)
{
  g_return_if_fail (SB_IS_ASSESSMENT (self));
  g_return_if_fail (file == NULL || G_IS_FILE (file));

  if (self->file == file || (self->file && file && g_file_equal (self->file, file)))
    return;
  g_set_object (&self->file, file);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FILE]);
}

/* Whether there are changes since the assessment was last saved, opened,
 * or undone back to that state. */
gboolean
sb_assessment_get_dirty (SbAssessment *self)
{
  g_return_val_if_fail (SB_IS_ASSESSMENT (self), FALSE);
  return self->dirty;
}

/* Called once the assessment is safely on disk. */
void
sb_assessment_mark_clean (SbAssessment *self)
{
  g_return_if_fail (SB_IS_ASSESSMENT (self));

  sb_history_seal (self->history);
  self->clean_state = sb_history_get_state (self->history);
  self->unrecorded_change = FALSE;
  sb_assessment_update_dirty (self);
}

/* Private: for the file reader */

/* The format version the file was written in: a newer one than this
 * Scorebook writes is kept, since the parts it added are kept too. */
guint
sb_assessment_get_format (SbAssessment *self)
{
  return self->format;
}

void
sb_assessment_set_format (SbAssessment *self,
                          guint         format)
{
  self->format = format;
}

void
sb_assessment_begin_load (SbAssessment *self)
{
  self->loading = TRUE;
}

void
sb_assessment_end_load (SbAssessment *self)
{
  self->loading = FALSE;
  sb_assessment_give_note_ids (self);
  sb_history_clear (self->history);
  sb_assessment_mark_clean (self);
}

/* For work restored from a recovery file: it is not in the saved file. */
void
sb_assessment_mark_unsaved (SbAssessment *self)
{
  self->unrecorded_change = TRUE;
  self->unrecorded_serial++;
  sb_assessment_update_dirty (self);
}
