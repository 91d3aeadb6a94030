/* sb-assessment.c — one examiner's ratings and notes on one applicant
 * Copyright 2026 The Scorebook authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "sb-assessment"

#include "config.h"

#include <string.h>
#include <glib/gi18n-lib.h>

#include "sb-assessment-private.h"

typedef struct
{
  SbEvidenceKind  evidence;  /* references only */
  char           *text;
  SbKept         *kept;
} Note;

typedef struct _NodeState NodeState;

/* Everything the assessment holds about one sub-item, guidance point or
 * other node of the standard, or about an id from a file that the
 * standard lacks. */
struct _NodeState
{
  char            *id;
  SbNode          *node;            /* NULL for points and unknown ids */
  SbGuidancePoint *point;           /* for points */
  NodeState       *parent;          /* the node above, for the roll-up */
  gboolean         unknown;
  char            *unknown_subitem; /* for an unknown point: where it was filed */

  gboolean         rated;
  char            *band_id;
  guint            percent;

  SbScore          score;
  GPtrArray       *notes[SB_N_NOTE_KINDS];  /* Note, created on first use */
  SbKept          *kept;
};

struct _SbAssessment
{
  GObject           parent_instance;

  SbStandard       *standard;
  SbHistory        *history;
  GHashTable       *states;        /* id → NodeState */
  GPtrArray        *unknown;       /* NodeState the standard lacks, in file order */
  GHashTable       *kept;          /* SB_KEPT_META "NAME" → SbKept */
  SbScore           total;

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
  gboolean          dirty;
  gboolean          loading;
};

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

enum {
  RATING_CHANGED,
  SCORE_CHANGED,
  NOTES_CHANGED,
  CHANGED,
  N_SIGNALS
};
static guint signals[N_SIGNALS];

/* Enums and their names in the file: the nicks of their GTypes */

static GEnumClass *
enum_class (GType type)
{
  /* The class of a static enum type lives as long as the program. */
  GEnumClass *klass = g_type_class_peek (type);

  return klass != NULL ? klass : g_type_class_ref (type);
}

static const char *
enum_nick (GType type,
           int   value)
{
  const GEnumValue *found = g_enum_get_value (enum_class (type), value);

  return found != NULL ? found->value_nick : NULL;
}

static gboolean
enum_from_nick (GType       type,
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
  return enum_nick (SB_TYPE_SUBJECT, subject);
}

gboolean
sb_subject_from_string (const char *text,
                        SbSubject  *subject)
{
  int value;

  if (!enum_from_nick (SB_TYPE_SUBJECT, text, &value))
    return FALSE;
  *subject = value;
  return TRUE;
}

const char *
sb_assessment_kind_to_string (SbAssessmentKind kind)
{
  return enum_nick (SB_TYPE_ASSESSMENT_KIND, kind);
}

gboolean
sb_assessment_kind_from_string (const char       *text,
                                SbAssessmentKind *kind)
{
  int value;

  if (!enum_from_nick (SB_TYPE_ASSESSMENT_KIND, text, &value))
    return FALSE;
  *kind = value;
  return TRUE;
}

const char *
sb_evidence_kind_to_string (SbEvidenceKind kind)
{
  const char *nick = enum_nick (SB_TYPE_EVIDENCE_KIND, kind);

  g_return_val_if_fail (nick != NULL, NULL);
  return nick;
}

gboolean
sb_evidence_kind_from_string (const char     *text,
                              SbEvidenceKind *kind)
{
  int value;

  if (!enum_from_nick (SB_TYPE_EVIDENCE_KIND, text, &value))
    return FALSE;
  *kind = value;
  return TRUE;
}

/* Kept content */

SbKept *
sb_kept_new (void)
{
  SbKept *kept = g_new0 (SbKept, 1);

  kept->children = g_ptr_array_new ();
  return kept;
}

static void
kept_child_free (SbKeptChild *child)
{
  g_free (child->xml);
  g_free (child);
}

void
sb_kept_free (SbKept *kept)
{
  if (kept == NULL)
    return;
  g_free (kept->attrs);
  for (guint i = 0; i < kept->children->len; i++)
    kept_child_free (g_ptr_array_index (kept->children, i));
  g_ptr_array_unref (kept->children);
  g_free (kept);
}

void
sb_kept_add_child (SbKept     *kept,
                   guint       after,
                   const char *xml)
{
  SbKeptChild *child = g_new0 (SbKeptChild, 1);

  child->after = after;
  child->xml = g_strdup (xml);
  g_ptr_array_add (kept->children, child);
}

SbKept *
sb_kept_copy (const SbKept *kept)
{
  SbKept *copy;

  if (kept == NULL)
    return NULL;
  copy = sb_kept_new ();
  copy->attrs = g_strdup (kept->attrs);
  for (guint i = 0; i < kept->children->len; i++)
    {
      SbKeptChild *child = g_ptr_array_index (kept->children, i);
      sb_kept_add_child (copy, child->after, child->xml);
    }
  return copy;
}

/* Notes and node states */

static Note *
note_new (SbEvidenceKind  evidence,
          const char     *text)
{
  Note *note = g_new0 (Note, 1);

  note->evidence = evidence;
  note->text = g_strdup (text);
  return note;
}

static Note *
note_copy (const Note *note)
{
  Note *copy = note_new (note->evidence, note->text);

  copy->kept = sb_kept_copy (note->kept);
  return copy;
}

static void
note_free (Note *note)
{
  if (note == NULL)
    return;
  g_free (note->text);
  sb_kept_free (note->kept);
  g_free (note);
}

static void
node_state_free (NodeState *state)
{
  g_free (state->id);
  g_free (state->unknown_subitem);
  g_free (state->band_id);
  for (guint i = 0; i < SB_N_NOTE_KINDS; i++)
    g_clear_pointer (&state->notes[i], g_ptr_array_unref);
  sb_kept_free (state->kept);
  g_free (state);
}

static gboolean
is_subitem (NodeState *state)
{
  if (state->unknown)
    return state->unknown_subitem == NULL;
  return state->node != NULL && sb_node_is_scored (state->node);
}

static gboolean
is_point (NodeState *state)
{
  if (state->unknown)
    return state->unknown_subitem != NULL;
  return state->point != NULL;
}

static GPtrArray *
ensure_notes (NodeState  *state,
              SbNoteKind  kind)
{
  if (state->notes[kind] == NULL)
    state->notes[kind] = g_ptr_array_new_with_free_func ((GDestroyNotify) note_free);
  return state->notes[kind];
}

static NodeState *
lookup_owner (SbAssessment *self,
              const char   *owner_id,
              SbNoteKind    kind)
{
  NodeState *state = g_hash_table_lookup (self->states, owner_id);

  if (state == NULL)
    return NULL;
  if (kind == SB_NOTE_STRENGTH || kind == SB_NOTE_OPPORTUNITY)
    return is_subitem (state) ? state : NULL;
  return is_point (state) ? state : NULL;
}

/* XML 1.0 cannot hold most control characters: drop them here, so that
 * what is in memory is exactly what a file can say. */
static char *
clean_text (const char *text)
{
  GString *clean;

  if (text == NULL)
    return g_strdup ("");
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

static void
update_dirty (SbAssessment *self)
{
  gboolean dirty = self->unrecorded_change || sb_history_get_state (self->history) != self->clean_state;

  if (dirty != self->dirty)
    {
      self->dirty = dirty;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DIRTY]);
    }
}

static GDateTime *
now_in_seconds (void)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();

  /* The file keeps whole seconds; so does memory, or a reload would differ. */
  return g_date_time_new_utc (g_date_time_get_year (now), g_date_time_get_month (now),
                              g_date_time_get_day_of_month (now), g_date_time_get_hour (now),
                              g_date_time_get_minute (now), g_date_time_get_second (now));
}

static void
changed (SbAssessment *self)
{
  if (!self->loading)
    {
      g_autoptr(GDateTime) now = now_in_seconds ();
      sb_assessment_set_modified (self, now);
    }
  update_dirty (self);
  g_signal_emit (self, signals[CHANGED], 0);
}

static gboolean
recording (SbAssessment *self)
{
  return !self->loading && !sb_history_is_applying (self->history);
}

/* Property commands: the text and choices of the metadata */

typedef struct
{
  GParamSpec *pspec;
  GValue      before;
  GValue      after;
} PropStep;

static void
prop_step_apply (gpointer target,
                 gpointer data,
                 gboolean undo)
{
  PropStep *step = data;

  g_object_set_property (target, step->pspec->name, undo ? &step->before : &step->after);
}

static void
prop_step_merge (gpointer data,
                 gpointer next)
{
  PropStep *step = data;
  PropStep *later = next;

  g_value_unset (&step->after);
  g_value_init (&step->after, G_VALUE_TYPE (&later->after));
  g_value_copy (&later->after, &step->after);
}

static void
prop_step_free (gpointer data)
{
  PropStep *step = data;

  g_value_unset (&step->before);
  g_value_unset (&step->after);
  g_free (step);
}

static const SbCommandFuncs prop_funcs = { prop_step_apply, prop_step_merge, prop_step_free };

/* Call after the change with the value from before it. */
static void
record_property (SbAssessment *self,
                 GParamSpec   *pspec,
                 const GValue *before)
{
  PropStep *step;
  g_autofree char *key = NULL;

  if (!recording (self))
    return;
  step = g_new0 (PropStep, 1);
  step->pspec = pspec;
  g_value_init (&step->before, G_VALUE_TYPE (before));
  g_value_copy (before, &step->before);
  g_value_init (&step->after, pspec->value_type);
  g_object_get_property (G_OBJECT (self), pspec->name, &step->after);
  key = g_strconcat ("property/", pspec->name, NULL);
  sb_history_push (self->history, &prop_funcs, step, key);
}

static void
set_string_property (SbAssessment *self,
                     char        **field,
                     const char   *value,
                     guint         prop_id)
{
  g_autofree char *clean = clean_text (value);
  g_auto(GValue) before = G_VALUE_INIT;

  if (g_strcmp0 (*field, clean) == 0)
    return;
  g_value_init (&before, G_TYPE_STRING);
  g_value_take_string (&before, g_steal_pointer (field));
  *field = g_steal_pointer (&clean);
  record_property (self, properties[prop_id], &before);
  g_object_notify_by_pspec (G_OBJECT (self), properties[prop_id]);
  changed (self);
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
      NodeState *state = g_new0 (NodeState, 1);

      state->id = g_strdup (sb_node_get_id (node));
      state->node = node;
      state->parent = parent ? g_hash_table_lookup (self->states, sb_node_get_id (parent)) : NULL;
      state->score.maximum = sb_node_get_points (node);
      g_hash_table_insert (self->states, state->id, state);

      if (sb_node_is_scored (node))
        {
          for (NodeState *s = state; s != NULL; s = s->parent)
            s->score.n_scored++;
          self->total.n_scored++;
        }

      for (guint j = 0; j < g_list_model_get_n_items (guidance); j++)
        {
          g_autoptr(SbGuidancePoint) point = g_list_model_get_item (guidance, j);
          NodeState *point_state = g_new0 (NodeState, 1);

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
  signals[RATING_CHANGED] =
    g_signal_new ("rating-changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_STRING);
  /* A node's rolled-up score changed: the sub-item, then each node above
   * it, then the total (with a NULL id). */
  signals[SCORE_CHANGED] =
    g_signal_new ("score-changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_STRING);
  /* Like GListModel::items-changed, for one list of notes: owner id, kind,
   * position, removed, added. */
  signals[NOTES_CHANGED] =
    g_signal_new ("notes-changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 5,
                  G_TYPE_STRING, G_TYPE_UINT, G_TYPE_UINT, G_TYPE_UINT, G_TYPE_UINT);
  /* After any change at all, for autosave and the window title. */
  signals[CHANGED] =
    g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);
}

static void
sb_assessment_init (SbAssessment *self)
{
  self->states = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, (GDestroyNotify) node_state_free);
  self->unknown = g_ptr_array_new ();
  self->kept = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, (GDestroyNotify) sb_kept_free);
  self->history = sb_history_new (self);
  self->applicant = g_strdup ("");
  self->examiner = g_strdup ("");
  self->profile = g_strdup ("");
  self->created = now_in_seconds ();
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
  record_property (self, properties[PROP_SUBJECT], &before);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SUBJECT]);
  changed (self);
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
  record_property (self, properties[PROP_KIND], &before);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_KIND]);
  changed (self);
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
      changed (self);
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
  update_dirty (self);
}

/* Ratings */

typedef struct
{
  char     *id;
  gboolean  rated[2];    /* [0] before, [1] after */
  char     *band_id[2];
  guint     percent[2];
} RatingStep;

static void apply_rating (SbAssessment *self,
                          NodeState    *state,
                          gboolean      rated,
                          const char   *band_id,
                          guint         percent);

static void
rating_step_apply (gpointer target,
                   gpointer data,
                   gboolean undo)
{
  SbAssessment *self = target;
  RatingStep *step = data;
  guint i = undo ? 0 : 1;
  NodeState *state = g_hash_table_lookup (self->states, step->id);

  apply_rating (self, state, step->rated[i], step->band_id[i], step->percent[i]);
}

static void
rating_step_merge (gpointer data,
                   gpointer next)
{
  RatingStep *step = data;
  RatingStep *later = next;

  step->rated[1] = later->rated[1];
  step->percent[1] = later->percent[1];
  g_free (step->band_id[1]);
  step->band_id[1] = g_strdup (later->band_id[1]);
}

static void
rating_step_free (gpointer data)
{
  RatingStep *step = data;

  g_free (step->id);
  g_free (step->band_id[0]);
  g_free (step->band_id[1]);
  g_free (step);
}

static const SbCommandFuncs rating_funcs = { rating_step_apply, rating_step_merge, rating_step_free };

static SbPoints
rating_points (NodeState *state)
{
  if (!state->rated || state->node == NULL)
    return 0;
  return sb_points_of_percent (sb_node_get_points (state->node), state->percent);
}

/* Changes one sub-item and walks up its ancestors only, so a rating costs
 * the depth of the tree, not its size. */
static void
apply_rating (SbAssessment *self,
              NodeState    *state,
              gboolean      rated,
              const char   *band_id,
              guint         percent)
{
  SbPoints before = rating_points (state);
  gboolean was_rated = state->rated;
  SbPoints delta;
  int rated_delta;

  if (state->rated == rated && (!rated || (state->percent == percent && g_strcmp0 (state->band_id, band_id) == 0)))
    return;

  state->rated = rated;
  g_free (state->band_id);
  state->band_id = rated ? g_strdup (band_id) : NULL;
  state->percent = rated ? percent : 0;

  if (state->unknown)
    {
      changed (self);
      return;
    }

  delta = rating_points (state) - before;
  rated_delta = (int) rated - (int) was_rated;
  for (NodeState *s = state; s != NULL; s = s->parent)
    {
      s->score.points += delta;
      s->score.n_rated += rated_delta;
    }
  self->total.points += delta;
  self->total.n_rated += rated_delta;

  changed (self);
  g_signal_emit (self, signals[RATING_CHANGED], 0, state->id);
  for (NodeState *s = state; s != NULL; s = s->parent)
    g_signal_emit (self, signals[SCORE_CHANGED], 0, s->id);
  g_signal_emit (self, signals[SCORE_CHANGED], 0, NULL);
}

static void
change_rating (SbAssessment *self,
               NodeState    *state,
               gboolean      rated,
               const char   *band_id,
               guint         percent)
{
  RatingStep *step = NULL;

  if (state->rated == rated && (!rated || (state->percent == percent && g_strcmp0 (state->band_id, band_id) == 0)))
    return;

  if (recording (self))
    {
      step = g_new0 (RatingStep, 1);
      step->id = g_strdup (state->id);
      step->rated[0] = state->rated;
      step->band_id[0] = g_strdup (state->band_id);
      step->percent[0] = state->percent;
      step->rated[1] = rated;
      step->band_id[1] = rated ? g_strdup (band_id) : NULL;
      step->percent[1] = rated ? percent : 0;
    }

  apply_rating (self, state, rated, band_id, percent);

  if (step != NULL)
    {
      g_autofree char *key = g_strconcat ("rating/", state->id, NULL);
      sb_history_push (self->history, &rating_funcs, step, key);
      update_dirty (self);
    }
}

/* Whether @band_id and @percent make a rating the sub-item's scoring guide
 * allows, with an error that says why not. */
gboolean
sb_assessment_check_rating (SbAssessment *self,
                            const char   *node_id,
                            const char   *band_id,
                            guint         percent,
                            GError      **error)
{
  SbNode *node;
  SbGuide *guide;
  SbBand *band;

  g_return_val_if_fail (SB_IS_ASSESSMENT (self), FALSE);
  g_return_val_if_fail (node_id != NULL && band_id != NULL, FALSE);

  node = sb_standard_lookup_node (self->standard, node_id);
  if (node == NULL || !sb_node_is_scored (node))
    {
      g_set_error (error, SB_ASSESSMENT_ERROR, SB_ASSESSMENT_ERROR_NOT_SCORED,
                   _("“%s” is not a scored part of the standard “%s”"),
                   node_id, sb_standard_get_id (self->standard));
      return FALSE;
    }

  guide = sb_node_get_guide (node);
  band = sb_guide_lookup_band (guide, band_id);
  if (band == NULL)
    {
      GListModel *bands = sb_guide_get_bands (guide);
      g_autoptr(GString) names = g_string_new (NULL);

      for (guint i = 0; i < g_list_model_get_n_items (bands); i++)
        {
          g_autoptr(SbBand) b = g_list_model_get_item (bands, i);
          g_string_append_printf (names, "%s%s", i ? ", " : "", sb_band_get_id (b));
        }
      g_set_error (error, SB_ASSESSMENT_ERROR, SB_ASSESSMENT_ERROR_NO_SUCH_BAND,
                   _("%s is scored with the guide “%s”, which has no band “%s” (its bands are %s)"),
                   node_id, sb_guide_get_id (guide), band_id, names->str);
      return FALSE;
    }

  if (!sb_band_allows (band, percent))
    {
      g_set_error (error, SB_ASSESSMENT_ERROR, SB_ASSESSMENT_ERROR_PERCENT,
                   _("%u%% is not a rating the band “%s” allows: it allows %u%% to %u%% in steps of %u"),
                   percent, band_id, sb_band_get_min (band), sb_band_get_max (band), sb_guide_get_step (guide));
      return FALSE;
    }
  return TRUE;
}

/* Rates a scored node: a band of its scoring guide, and a percent inside
 * that band in the guide's steps. Nothing changes when the rating is not one the
 * guide allows. */
gboolean
sb_assessment_set_rating (SbAssessment *self,
                          const char   *node_id,
                          const char   *band_id,
                          guint         percent,
                          GError      **error)
{
  NodeState *state;

  g_return_val_if_fail (SB_IS_ASSESSMENT (self), FALSE);
  g_return_val_if_fail (node_id != NULL && band_id != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!sb_assessment_check_rating (self, node_id, band_id, percent, error))
    return FALSE;
  state = g_hash_table_lookup (self->states, node_id);
  change_rating (self, state, TRUE, band_id, percent);
  return TRUE;
}

void
sb_assessment_clear_rating (SbAssessment *self,
                            const char   *node_id)
{
  NodeState *state;

  g_return_if_fail (SB_IS_ASSESSMENT (self));
  g_return_if_fail (node_id != NULL);

  state = g_hash_table_lookup (self->states, node_id);
  g_return_if_fail (state != NULL && is_subitem (state));
  change_rating (self, state, FALSE, NULL, 0);
}

/* Returns FALSE for an unrated sub-item (and for ids that are not
 * sub-items), leaving @band_id and @percent alone. */
gboolean
sb_assessment_get_rating (SbAssessment *self,
                          const char   *node_id,
                          const char  **band_id,
                          guint        *percent)
{
  NodeState *state;

  g_return_val_if_fail (SB_IS_ASSESSMENT (self), FALSE);
  g_return_val_if_fail (node_id != NULL, FALSE);

  state = g_hash_table_lookup (self->states, node_id);
  if (state == NULL || !state->rated)
    return FALSE;
  if (band_id != NULL)
    *band_id = state->band_id;
  if (percent != NULL)
    *percent = state->percent;
  return TRUE;
}

/* The score of a node of the standard, or of the whole assessment when
 * @node_id is NULL. Returns FALSE for ids that are not nodes of the
 * standard. The percent of the maximum is sb_percent_format (points,
 * maximum, …); say "unrated" rather than 0 % when n_rated is 0. */
gboolean
sb_assessment_get_score (SbAssessment *self,
                         const char   *node_id,
                         SbScore      *score)
{
  NodeState *state;

  g_return_val_if_fail (SB_IS_ASSESSMENT (self), FALSE);
  g_return_val_if_fail (score != NULL, FALSE);

  if (node_id == NULL)
    {
      *score = self->total;
      return TRUE;
    }
  state = g_hash_table_lookup (self->states, node_id);
  if (state == NULL || state->node == NULL)
    return FALSE;
  *score = state->score;
  return TRUE;
}

/* Notes */

typedef struct
{
  char       *owner_id;
  SbNoteKind  kind;
  guint       index;
  Note       *before;  /* NULL: the step inserts */
  Note       *after;   /* NULL: the step removes */
} NoteStep;

static void
notes_changed (SbAssessment *self,
               NodeState    *state,
               SbNoteKind    kind,
               guint         position,
               guint         removed,
               guint         added)
{
  changed (self);
  g_signal_emit (self, signals[NOTES_CHANGED], 0, state->id, (guint) kind, position, removed, added);
}

/* Puts @note (taken; NULL removes) at @index, replacing what is there when
 * @replace. */
static void
apply_note (SbAssessment *self,
            NodeState    *state,
            SbNoteKind    kind,
            guint         index,
            Note         *note,
            gboolean      replace)
{
  GPtrArray *notes = ensure_notes (state, kind);

  if (replace && note != NULL)
    {
      note_free (g_ptr_array_index (notes, index));
      g_ptr_array_index (notes, index) = note;
      notes_changed (self, state, kind, index, 1, 1);
    }
  else if (note != NULL)
    {
      g_ptr_array_insert (notes, index, note);
      notes_changed (self, state, kind, index, 0, 1);
    }
  else
    {
      g_ptr_array_remove_index (notes, index);
      notes_changed (self, state, kind, index, 1, 0);
    }
}

static void
note_step_apply (gpointer target,
                 gpointer data,
                 gboolean undo)
{
  SbAssessment *self = target;
  NoteStep *step = data;
  NodeState *state = g_hash_table_lookup (self->states, step->owner_id);
  Note *want = undo ? step->before : step->after;
  Note *have = undo ? step->after : step->before;

  apply_note (self, state, step->kind, step->index, want ? note_copy (want) : NULL, want != NULL && have != NULL);
}

static void
note_step_merge (gpointer data,
                 gpointer next)
{
  NoteStep *step = data;
  NoteStep *later = next;
  Note *swap = step->after;

  step->after = later->after;
  later->after = swap;
}

static void
note_step_free (gpointer data)
{
  NoteStep *step = data;

  g_free (step->owner_id);
  note_free (step->before);
  note_free (step->after);
  g_free (step);
}

static const SbCommandFuncs note_funcs = { note_step_apply, note_step_merge, note_step_free };

static void
change_note (SbAssessment *self,
             NodeState    *state,
             SbNoteKind    kind,
             guint         index,
             Note         *note,
             gboolean      replace)
{
  GPtrArray *notes = ensure_notes (state, kind);
  NoteStep *step = NULL;
  g_autofree char *key = NULL;

  if (recording (self))
    {
      step = g_new0 (NoteStep, 1);
      step->owner_id = g_strdup (state->id);
      step->kind = kind;
      step->index = index;
      step->before = (replace || note == NULL) ? note_copy (g_ptr_array_index (notes, index)) : NULL;
      step->after = note ? note_copy (note) : NULL;
      /* Typing into one note is one step; adding or removing one is not. */
      if (step->before != NULL && step->after != NULL)
        key = g_strdup_printf ("note/%s/%d/%u", state->id, kind, index);
    }

  apply_note (self, state, kind, index, note, replace);

  if (step != NULL)
    {
      sb_history_push (self->history, &note_funcs, step, key);
      update_dirty (self);
    }
}

guint
sb_assessment_get_n_notes (SbAssessment *self,
                           const char   *owner_id,
                           SbNoteKind    kind)
{
  NodeState *state;

  g_return_val_if_fail (SB_IS_ASSESSMENT (self), 0);
  g_return_val_if_fail (owner_id != NULL && kind < SB_N_NOTE_KINDS, 0);

  state = lookup_owner (self, owner_id, kind);
  return state && state->notes[kind] ? state->notes[kind]->len : 0;
}

/* A note with nothing but white space in it: one the examiner added and
 * never wrote. It is kept while the window shows it, but never saved,
 * printed or exported as an empty bullet. */
gboolean
sb_note_is_blank (const char *text)
{
  for (const char *p = text; p != NULL && *p != '\0'; p = g_utf8_next_char (p))
    if (!g_unichar_isspace (g_utf8_get_char (p)))
      return FALSE;
  return TRUE;
}

/* How many of @owner_id's notes of @kind have something written in them. */
guint
sb_assessment_count_written_notes (SbAssessment *self,
                                   const char   *owner_id,
                                   SbNoteKind    kind)
{
  guint n = sb_assessment_get_n_notes (self, owner_id, kind);
  guint written = 0;

  for (guint i = 0; i < n; i++)
    written += !sb_note_is_blank (sb_assessment_get_note (self, owner_id, kind, i));
  return written;
}

static Note *
lookup_note (SbAssessment *self,
             const char   *owner_id,
             SbNoteKind    kind,
             guint         index)
{
  NodeState *state = lookup_owner (self, owner_id, kind);

  if (state == NULL || state->notes[kind] == NULL || index >= state->notes[kind]->len)
    return NULL;
  return g_ptr_array_index (state->notes[kind], index);
}

const char *
sb_assessment_get_note (SbAssessment *self,
                        const char   *owner_id,
                        SbNoteKind    kind,
                        guint         index)
{
  Note *note;

  g_return_val_if_fail (SB_IS_ASSESSMENT (self), NULL);
  g_return_val_if_fail (owner_id != NULL && kind < SB_N_NOTE_KINDS, NULL);

  note = lookup_note (self, owner_id, kind, index);
  g_return_val_if_fail (note != NULL, NULL);
  return note->text;
}

/* What kind of evidence a reference is. */
SbEvidenceKind
sb_assessment_get_note_evidence (SbAssessment *self,
                                 const char   *point_id,
                                 guint         index)
{
  Note *note;

  g_return_val_if_fail (SB_IS_ASSESSMENT (self), 0);
  g_return_val_if_fail (point_id != NULL, 0);

  note = lookup_note (self, point_id, SB_NOTE_REFERENCE, index);
  g_return_val_if_fail (note != NULL, 0);
  return note->evidence;
}

/* Strengths and opportunities belong to sub-items (@owner_id a sub-item's
 * id), evidence notes and references to guidance points (a point's id). */
void
sb_assessment_insert_note (SbAssessment *self,
                           const char   *owner_id,
                           SbNoteKind    kind,
                           guint         index,
                           const char   *text)
{
  NodeState *state;

  g_return_if_fail (SB_IS_ASSESSMENT (self));
  g_return_if_fail (owner_id != NULL && kind < SB_N_NOTE_KINDS);
  g_return_if_fail (text == NULL || g_utf8_validate (text, -1, NULL));

  state = lookup_owner (self, owner_id, kind);
  g_return_if_fail (state != NULL);
  g_return_if_fail (index <= sb_assessment_get_n_notes (self, owner_id, kind));

  {
    g_autofree char *clean = clean_text (text);
    change_note (self, state, kind, index, note_new (SB_EVIDENCE_DOCUMENT, clean), FALSE);
  }
}

void
sb_assessment_insert_reference (SbAssessment   *self,
                                const char     *point_id,
                                guint           index,
                                SbEvidenceKind  evidence,
                                const char     *source)
{
  NodeState *state;

  g_return_if_fail (SB_IS_ASSESSMENT (self));
  g_return_if_fail (point_id != NULL);
  g_return_if_fail ((guint) evidence <= SB_EVIDENCE_OBSERVATION);
  g_return_if_fail (source == NULL || g_utf8_validate (source, -1, NULL));

  state = lookup_owner (self, point_id, SB_NOTE_REFERENCE);
  g_return_if_fail (state != NULL);
  g_return_if_fail (index <= sb_assessment_get_n_notes (self, point_id, SB_NOTE_REFERENCE));

  {
    g_autofree char *clean = clean_text (source);
    change_note (self, state, SB_NOTE_REFERENCE, index, note_new (evidence, clean), FALSE);
  }
}

/* Replaces the text of a note; consecutive calls on the same note are one
 * step of undo until the history is sealed. */
void
sb_assessment_set_note (SbAssessment *self,
                        const char   *owner_id,
                        SbNoteKind    kind,
                        guint         index,
                        const char   *text)
{
  NodeState *state;
  Note *note;
  Note *replacement;
  g_autofree char *clean = NULL;

  g_return_if_fail (SB_IS_ASSESSMENT (self));
  g_return_if_fail (owner_id != NULL && kind < SB_N_NOTE_KINDS);
  g_return_if_fail (text == NULL || g_utf8_validate (text, -1, NULL));

  state = lookup_owner (self, owner_id, kind);
  note = lookup_note (self, owner_id, kind, index);
  g_return_if_fail (note != NULL);

  clean = clean_text (text);
  if (strcmp (note->text, clean) == 0)
    return;
  replacement = note_copy (note);
  g_free (replacement->text);
  replacement->text = g_steal_pointer (&clean);
  change_note (self, state, kind, index, replacement, TRUE);
}

void
sb_assessment_set_note_evidence (SbAssessment   *self,
                                 const char     *point_id,
                                 guint           index,
                                 SbEvidenceKind  evidence)
{
  NodeState *state;
  Note *note;
  Note *replacement;

  g_return_if_fail (SB_IS_ASSESSMENT (self));
  g_return_if_fail (point_id != NULL);
  g_return_if_fail ((guint) evidence <= SB_EVIDENCE_OBSERVATION);

  state = lookup_owner (self, point_id, SB_NOTE_REFERENCE);
  note = lookup_note (self, point_id, SB_NOTE_REFERENCE, index);
  g_return_if_fail (note != NULL);

  if (note->evidence == evidence)
    return;
  replacement = note_copy (note);
  replacement->evidence = evidence;
  change_note (self, state, SB_NOTE_REFERENCE, index, replacement, TRUE);
}

void
sb_assessment_remove_note (SbAssessment *self,
                           const char   *owner_id,
                           SbNoteKind    kind,
                           guint         index)
{
  NodeState *state;

  g_return_if_fail (SB_IS_ASSESSMENT (self));
  g_return_if_fail (owner_id != NULL && kind < SB_N_NOTE_KINDS);

  state = lookup_owner (self, owner_id, kind);
  g_return_if_fail (lookup_note (self, owner_id, kind, index) != NULL);
  change_note (self, state, kind, index, NULL, FALSE);
}

/* The ids of sub-items and points that a loaded file rated or annotated
 * but the standard lacks. They are kept and saved again, not scored. */
char **
sb_assessment_dup_unknown_ids (SbAssessment *self)
{
  GStrvBuilder *builder;
  char **ids;

  g_return_val_if_fail (SB_IS_ASSESSMENT (self), NULL);

  builder = g_strv_builder_new ();
  for (guint i = 0; i < self->unknown->len; i++)
    g_strv_builder_add (builder, ((NodeState *) g_ptr_array_index (self->unknown, i))->id);
  ids = g_strv_builder_end (builder);
  g_strv_builder_unref (builder);
  return ids;
}

/* Private: for the file reader and writer */

SbKept *
sb_assessment_get_kept (SbAssessment *self,
                        const char   *key)
{
  NodeState *state;

  if (g_str_has_prefix (key, SB_KEPT_META))
    return g_hash_table_lookup (self->kept, key);
  state = g_hash_table_lookup (self->states, key);
  return state ? state->kept : NULL;
}

void
sb_assessment_take_kept (SbAssessment *self,
                         const char   *key,
                         SbKept       *kept)
{
  NodeState *state;

  if (g_str_has_prefix (key, SB_KEPT_META))
    {
      g_hash_table_insert (self->kept, g_strdup (key), kept);
      return;
    }
  state = g_hash_table_lookup (self->states, key);
  g_return_if_fail (state != NULL);
  sb_kept_free (state->kept);
  state->kept = kept;
}

SbKept *
sb_assessment_get_note_kept (SbAssessment *self,
                             const char   *owner_id,
                             SbNoteKind    kind,
                             guint         index)
{
  Note *note = lookup_note (self, owner_id, kind, index);

  return note ? note->kept : NULL;
}

void
sb_assessment_take_note_kept (SbAssessment *self,
                              const char   *owner_id,
                              SbNoteKind    kind,
                              guint         index,
                              SbKept       *kept)
{
  Note *note = lookup_note (self, owner_id, kind, index);

  g_return_if_fail (note != NULL);
  sb_kept_free (note->kept);
  note->kept = kept;
}

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
  sb_history_clear (self->history);
  sb_assessment_mark_clean (self);
}

/* For work restored from a recovery file: it is not in the saved file. */
void
sb_assessment_mark_unsaved (SbAssessment *self)
{
  self->unrecorded_change = TRUE;
  update_dirty (self);
}

/* Adds an id the standard lacks: a sub-item when @subitem_id is NULL, else
 * a point filed under that sub-item. FALSE if the id is taken. */
gboolean
sb_assessment_add_unknown (SbAssessment *self,
                           const char   *id,
                           const char   *subitem_id)
{
  NodeState *state;

  if (g_hash_table_contains (self->states, id))
    return FALSE;
  state = g_new0 (NodeState, 1);
  state->id = g_strdup (id);
  state->unknown = TRUE;
  state->unknown_subitem = g_strdup (subitem_id);
  g_hash_table_insert (self->states, state->id, state);
  g_ptr_array_add (self->unknown, state);
  return TRUE;
}

void
sb_assessment_set_unknown_rating (SbAssessment *self,
                                  const char   *id,
                                  const char   *band_id,
                                  guint         percent)
{
  NodeState *state = g_hash_table_lookup (self->states, id);

  g_return_if_fail (state != NULL && state->unknown);
  apply_rating (self, state, TRUE, band_id, percent);
}

/* The unknown ids, in the order they were read (unowned strings). */
GPtrArray *
sb_assessment_get_unknown (SbAssessment *self)
{
  GPtrArray *ids = g_ptr_array_new ();

  for (guint i = 0; i < self->unknown->len; i++)
    g_ptr_array_add (ids, ((NodeState *) g_ptr_array_index (self->unknown, i))->id);
  return ids;
}

/* For an unknown point, the sub-item it was filed under; NULL otherwise. */
const char *
sb_assessment_get_unknown_subitem (SbAssessment *self,
                                   const char   *id)
{
  NodeState *state = g_hash_table_lookup (self->states, id);

  return state && state->unknown ? state->unknown_subitem : NULL;
}

/* Whether a sub-item or point has anything to save. */
gboolean
sb_assessment_has_content (SbAssessment *self,
                           const char   *id)
{
  NodeState *state = g_hash_table_lookup (self->states, id);

  if (state == NULL)
    return FALSE;
  if (state->rated || state->kept != NULL)
    return TRUE;
  /* A note never written is not saved, so it is no content either. */
  for (guint i = 0; i < SB_N_NOTE_KINDS; i++)
    for (guint j = 0; state->notes[i] != NULL && j < state->notes[i]->len; j++)
      {
        Note *note = state->notes[i]->pdata[j];

        if (note->kept != NULL || !sb_note_is_blank (note->text))
          return TRUE;
      }
  return FALSE;
}

gboolean
sb_assessment_has_id (SbAssessment *self,
                      const char   *id)
{
  return g_hash_table_contains (self->states, id);
}
