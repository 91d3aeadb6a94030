/* sb-note-list.c — an editable list of separate comments: strengths, opportunities, evidence, references
 * Copyright 2026 The Scorebook authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "sb-note-list"

#include "config.h"

#include <glib/gi18n.h>

#include "sb-note-list.h"
#include "sb-note-marks.h"
#include "sb-widget-language.h"

/* The list holds a handful of comments that are being typed into, so each
 * is a widget of its own rather than a recycled row of a GtkListView: a
 * recycled row would lose the cursor and the input method's state.
 *
 * The model is the truth. Typing writes through sb_assessment_set_note()
 * (which folds a burst of typing into one undo step), and the rows follow
 * the assessment's notes-changed signal, whoever made the change. A row
 * whose text already equals the model's is left alone, so the cursor stays
 * where the examiner is typing. */

struct _SbNoteList
{
  GtkWidget     parent_instance;

  /* Children */
  GtkWidget    *header;
  GtkWidget    *title_label;
  GtkWidget    *add_button;
  GtkWidget    *rows_box;
  GtkWidget    *empty_label;

  /* Owned */
  char         *title;
  SbAssessment *assessment;
  char         *owner_id;
  SbNoteKind    kind;
  gulong        notes_handler;
  GPtrArray    *rows;         /* the row widgets, in the model's order */
  GtkSizeGroup *evidence_width; /* so that the sources line up */

  gboolean      syncing;      /* showing the model: do not write back */
  GtkWidget    *writing;      /* the row being written to the model */
};

G_DEFINE_FINAL_TYPE (SbNoteList, sb_note_list, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_TITLE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* What each row keeps, as data on its widget. */
typedef struct
{
  GtkWidget     *view;
  GtkTextBuffer *buffer;
  GtkWidget     *evidence;    /* references only */
  GtkWidget     *marks;       /* a consensus's strengths and opportunities only */
  GtkWidget     *remove;
} Row;

#define ROW_KEY "sb-note-row"

static Row *
row_get (GtkWidget *row_widget)
{
  return g_object_get_data (G_OBJECT (row_widget), ROW_KEY);
}

/* The list a row is in, and its index there; NULL once it was removed. */
static SbNoteList *
row_get_list (GtkWidget *row_widget,
              guint     *index)
{
  GtkWidget *ancestor = gtk_widget_get_ancestor (row_widget, SB_TYPE_NOTE_LIST);
  SbNoteList *self;

  if (ancestor == NULL)
    return NULL;
  self = SB_NOTE_LIST (ancestor);
  if (self->assessment == NULL || !g_ptr_array_find (self->rows, row_widget, index))
    return NULL;
  return self;
}

static gboolean
is_reference (SbNoteList *self)
{
  return self->kind == SB_NOTE_REFERENCE;
}

static char *
buffer_dup_text (GtkTextBuffer *buffer)
{
  GtkTextIter start, end;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  return gtk_text_buffer_get_text (buffer, &start, &end, TRUE);
}

static void
buffer_changed (GtkTextBuffer *buffer,
                GtkWidget     *row_widget)
{
  guint index;
  SbNoteList *self = row_get_list (row_widget, &index);
  g_autofree char *text = NULL;

  if (self == NULL || self->syncing)
    return;
  text = buffer_dup_text (buffer);
  self->writing = row_widget;
  sb_assessment_set_note (self->assessment, self->owner_id, self->kind, index, text);
  self->writing = NULL;
}

static void
evidence_changed (GtkDropDown *dropdown,
                  GParamSpec  *pspec,
                  GtkWidget   *row_widget)
{
  guint index;
  SbNoteList *self = row_get_list (row_widget, &index);
  guint selected = gtk_drop_down_get_selected (dropdown);

  if (self == NULL || self->syncing || selected == GTK_INVALID_LIST_POSITION)
    return;
  /* A choice is a step of its own, never folded into typing. */
  sb_history_seal (sb_assessment_get_history (self->assessment));
  sb_assessment_set_note_evidence (self->assessment, self->owner_id, index, (SbEvidenceKind) selected);
  sb_history_seal (sb_assessment_get_history (self->assessment));
}

/* Leaving a comment ends its step of undo: coming back to it later and
 * typing again is a step of its own. */
static void
view_focus_left (GtkEventControllerFocus *controller,
                 GtkWidget               *row_widget)
{
  guint index;
  SbNoteList *self = row_get_list (row_widget, &index);

  if (self != NULL)
    sb_history_seal (sb_assessment_get_history (self->assessment));
}

static void
focus_row_or_add (SbNoteList *self,
                  guint       index)
{
  if (self->rows->len == 0)
    {
      gtk_widget_grab_focus (self->add_button);
      return;
    }
  index = MIN (index, self->rows->len - 1);
  gtk_widget_grab_focus (row_get (g_ptr_array_index (self->rows, index))->view);
}

static void
remove_clicked (GtkButton *button,
                GtkWidget *row_widget)
{
  guint index;
  SbNoteList *self = row_get_list (row_widget, &index);

  if (self == NULL)
    return;
  sb_assessment_remove_note (self->assessment, self->owner_id, self->kind, index);
  /* The focused button is gone: keyboard users go on from the next comment. */
  focus_row_or_add (self, index);
}

static GtkWidget *
row_new (SbNoteList *self)
{
  GtkWidget *row_widget = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  Row *row = g_new0 (Row, 1);
  GtkWidget *frame = gtk_frame_new (NULL);
  GtkEventController *focus = gtk_event_controller_focus_new ();

  g_object_set_data_full (G_OBJECT (row_widget), ROW_KEY, row, g_free);
  gtk_widget_add_css_class (row_widget, "note-row");

  if (is_reference (self))
    {
      const char *kinds[] = { _("Document"), _("Interview"), _("Site observation"), NULL };

      row->evidence = gtk_drop_down_new_from_strings (kinds);
      gtk_widget_set_valign (row->evidence, GTK_ALIGN_START);
      gtk_widget_add_css_class (row->evidence, "note-evidence");
      gtk_size_group_add_widget (self->evidence_width, row->evidence);
      g_signal_connect_object (row->evidence, "notify::selected", G_CALLBACK (evidence_changed), row_widget, 0);
      gtk_box_append (GTK_BOX (row_widget), row->evidence);
    }

  row->view = gtk_text_view_new ();
  row->buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (row->view));
  /* Undo is the assessment's: a buffer's own would record its undo as a
   * new edit of the note. */
  gtk_text_buffer_set_enable_undo (row->buffer, FALSE);
  sb_text_view_follow_language (GTK_TEXT_VIEW (row->view));
  gtk_text_view_set_wrap_mode (GTK_TEXT_VIEW (row->view), GTK_WRAP_WORD_CHAR);
  gtk_text_view_set_accepts_tab (GTK_TEXT_VIEW (row->view), FALSE);
  gtk_text_view_set_top_margin (GTK_TEXT_VIEW (row->view), 6);
  gtk_text_view_set_bottom_margin (GTK_TEXT_VIEW (row->view), 6);
  gtk_text_view_set_left_margin (GTK_TEXT_VIEW (row->view), 8);
  gtk_text_view_set_right_margin (GTK_TEXT_VIEW (row->view), 8);
  gtk_widget_set_hexpand (row->view, TRUE);
  gtk_widget_add_css_class (row->view, "note-view");
  g_signal_connect_object (row->buffer, "changed", G_CALLBACK (buffer_changed), row_widget, 0);
  g_signal_connect_object (focus, "leave", G_CALLBACK (view_focus_left), row_widget, 0);
  gtk_widget_add_controller (row->view, focus);

  gtk_frame_set_child (GTK_FRAME (frame), row->view);
  gtk_widget_set_hexpand (frame, TRUE);
  gtk_widget_add_css_class (frame, "note-frame");
  if (sb_note_marks_wanted (self->assessment, self->kind))
    {
      /* Under the comment, so that it keeps the list's width. */
      GtkWidget *column = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);

      row->marks = sb_note_marks_new ();
      gtk_box_append (GTK_BOX (column), frame);
      gtk_box_append (GTK_BOX (column), row->marks);
      gtk_widget_set_hexpand (column, TRUE);
      gtk_box_append (GTK_BOX (row_widget), column);
    }
  else
    gtk_box_append (GTK_BOX (row_widget), frame);

  row->remove = gtk_button_new_from_icon_name ("user-trash-symbolic");
  gtk_widget_set_valign (row->remove, GTK_ALIGN_START);
  gtk_widget_add_css_class (row->remove, "flat");
  gtk_widget_add_css_class (row->remove, "note-remove");
  g_signal_connect_object (row->remove, "clicked", G_CALLBACK (remove_clicked), row_widget, 0);
  gtk_box_append (GTK_BOX (row_widget), row->remove);

  return row_widget;
}

/* Shows the model's note @index in its row. */
static void
row_sync (SbNoteList *self,
          guint       index)
{
  GtkWidget *row_widget = g_ptr_array_index (self->rows, index);
  Row *row = row_get (row_widget);
  const char *text = sb_assessment_get_note (self->assessment, self->owner_id, self->kind, index);
  g_autofree char *shown = NULL;

  self->syncing = TRUE;
  /* The row being typed in holds what was typed; the model may have
   * dropped control characters from it, which show as nothing anyway.
   * It is not copied out again for each key. */
  if (row_widget != self->writing && g_strcmp0 (text, (shown = buffer_dup_text (row->buffer))) != 0)
    {
      GtkTextIter iter;
      int offset;

      /* An undo may change the text under the cursor: keep the cursor
       * where it was, as far as the new text goes. */
      gtk_text_buffer_get_iter_at_mark (row->buffer, &iter, gtk_text_buffer_get_insert (row->buffer));
      offset = gtk_text_iter_get_offset (&iter);
      gtk_text_buffer_set_text (row->buffer, text, -1);
      gtk_text_buffer_get_iter_at_offset (row->buffer, &iter, offset);
      gtk_text_buffer_place_cursor (row->buffer, &iter);
    }
  if (row->marks != NULL)
    sb_note_marks_sync (SB_NOTE_MARKS (row->marks), self->assessment, self->owner_id, self->kind, index);
  if (row->evidence != NULL)
    {
      guint evidence = sb_assessment_get_note_evidence (self->assessment, self->owner_id, index);

      if (gtk_drop_down_get_selected (GTK_DROP_DOWN (row->evidence)) != evidence)
        gtk_drop_down_set_selected (GTK_DROP_DOWN (row->evidence), evidence);
    }
  self->syncing = FALSE;
}

/* Labels that say which comment a control belongs to, for screen readers:
 * they change as rows come and go. */
static void
update_row_labels (SbNoteList *self)
{
  for (guint i = 0; i < self->rows->len; i++)
    {
      Row *row = row_get (g_ptr_array_index (self->rows, i));
      g_autofree char *view_label = NULL;
      g_autofree char *remove_label = NULL;

      if (is_reference (self))
        {
          g_autofree char *evidence_label = NULL;

          /* Translators: the accessible label of a reference's source; %s is the list's title, %u a number */
          view_label = g_strdup_printf (_("%s, source %u"), self->title, i + 1);
          /* Translators: %u is the number of a reference */
          evidence_label = g_strdup_printf (_("Kind of evidence of reference %u"), i + 1);
          /* Translators: %u is the number of a reference */
          remove_label = g_strdup_printf (_("Remove reference %u"), i + 1);
          gtk_accessible_update_property (GTK_ACCESSIBLE (row->evidence),
                                          GTK_ACCESSIBLE_PROPERTY_LABEL, evidence_label, -1);
          gtk_widget_set_tooltip_text (row->evidence, _("Kind of evidence"));
        }
      else
        {
          /* Translators: the accessible label of a comment; %s is the list's title, %u a number */
          view_label = g_strdup_printf (_("%s, comment %u"), self->title, i + 1);
          /* Translators: %u is the number of a comment */
          remove_label = g_strdup_printf (_("Remove comment %u"), i + 1);
        }
      if (row->marks != NULL)
        sb_note_marks_sync (SB_NOTE_MARKS (row->marks), self->assessment, self->owner_id, self->kind, i);
      gtk_accessible_update_property (GTK_ACCESSIBLE (row->view),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, view_label,
                                      GTK_ACCESSIBLE_PROPERTY_MULTI_LINE, TRUE,
                                      -1);
      gtk_accessible_update_property (GTK_ACCESSIBLE (row->remove),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, remove_label, -1);
      gtk_widget_set_tooltip_text (row->remove, is_reference (self) ? _("Remove this reference") : _("Remove this comment"));
    }
  gtk_widget_set_visible (self->empty_label, self->assessment != NULL && self->rows->len == 0);
}

/* The interface's own words, in the interface's language of the moment. */
static void
update_strings (SbNoteList *self)
{
  g_autofree char *add_label = NULL;

  gtk_label_set_text (GTK_LABEL (self->title_label), self->title);
  gtk_button_set_label (GTK_BUTTON (self->add_button), is_reference (self) ? _("Add reference") : _("Add"));
  /* Translators: the accessible label of the Add button; %s is the list's title */
  add_label = g_strdup_printf (_("Add to %s"), self->title);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->add_button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, add_label, -1);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, self->title, -1);
  gtk_label_set_text (GTK_LABEL (self->empty_label),
                      is_reference (self) ? _("No references yet") : _("None yet"));
  update_row_labels (self);
}

static void
remove_rows (SbNoteList *self,
             guint       position,
             guint       n)
{
  for (guint i = 0; i < n; i++)
    gtk_box_remove (GTK_BOX (self->rows_box), g_ptr_array_index (self->rows, position + i));
  g_ptr_array_remove_range (self->rows, position, n);
}

static void
insert_rows (SbNoteList *self,
             guint       position,
             guint       n)
{
  for (guint i = 0; i < n; i++)
    {
      GtkWidget *row_widget = row_new (self);
      GtkWidget *before = position + i > 0 ? g_ptr_array_index (self->rows, position + i - 1) : NULL;

      gtk_box_insert_child_after (GTK_BOX (self->rows_box), row_widget, before);
      g_ptr_array_insert (self->rows, position + i, row_widget);
      row_sync (self, position + i);
    }
}

static void
notes_changed (SbNoteList   *self,
               const char   *owner_id,
               guint         kind,
               guint         position,
               guint         removed,
               guint         added,
               SbAssessment *assessment)
{
  if (kind != self->kind || g_strcmp0 (owner_id, self->owner_id) != 0)
    return;

  if (removed == added)
    {
      for (guint i = 0; i < added; i++)
        row_sync (self, position + i);
      return;
    }
  remove_rows (self, position, removed);
  insert_rows (self, position, added);
  update_row_labels (self);
}

/* GObject */

static void
sb_note_list_dispose (GObject *object)
{
  SbNoteList *self = (SbNoteList *) object;
  GtkWidget *child;

  if (self->assessment != NULL)
    g_clear_signal_handler (&self->notes_handler, self->assessment);
  g_clear_object (&self->assessment);
  g_ptr_array_set_size (self->rows, 0);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))))
    gtk_widget_unparent (child);

  G_OBJECT_CLASS (sb_note_list_parent_class)->dispose (object);
}

static void
sb_note_list_finalize (GObject *object)
{
  SbNoteList *self = (SbNoteList *) object;

  g_ptr_array_unref (self->rows);
  g_object_unref (self->evidence_width);
  g_free (self->owner_id);
  g_free (self->title);

  G_OBJECT_CLASS (sb_note_list_parent_class)->finalize (object);
}

static void
sb_note_list_get_property (GObject    *object,
                           guint       prop_id,
                           GValue     *value,
                           GParamSpec *pspec)
{
  SbNoteList *self = SB_NOTE_LIST (object);

  switch (prop_id)
    {
    case PROP_TITLE:
      g_value_set_string (value, self->title);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sb_note_list_set_property (GObject      *object,
                           guint         prop_id,
                           const GValue *value,
                           GParamSpec   *pspec)
{
  SbNoteList *self = SB_NOTE_LIST (object);

  switch (prop_id)
    {
    case PROP_TITLE:
      sb_note_list_set_title (self, g_value_get_string (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
add_action (GtkWidget  *widget,
            const char *action_name,
            GVariant   *parameter)
{
  sb_note_list_add (SB_NOTE_LIST (widget));
}

static void
sb_note_list_class_init (SbNoteListClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = sb_note_list_dispose;
  object_class->finalize = sb_note_list_finalize;
  object_class->get_property = sb_note_list_get_property;
  object_class->set_property = sb_note_list_set_property;

  /* The heading above the comments, also the list's accessible label. */
  properties[PROP_TITLE] =
    g_param_spec_string ("title", NULL, NULL, "",
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_install_action (widget_class, "notes.add", NULL, add_action);

  gtk_widget_class_set_css_name (widget_class, "notelist");
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BOX_LAYOUT);
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

static void
sb_note_list_init (SbNoteList *self)
{
  GtkLayoutManager *layout = gtk_widget_get_layout_manager (GTK_WIDGET (self));

  gtk_orientable_set_orientation (GTK_ORIENTABLE (layout), GTK_ORIENTATION_VERTICAL);
  gtk_box_layout_set_spacing (GTK_BOX_LAYOUT (layout), 6);

  self->title = g_strdup ("");
  self->rows = g_ptr_array_new ();
  self->evidence_width = gtk_size_group_new (GTK_SIZE_GROUP_HORIZONTAL);

  self->header = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  gtk_widget_set_parent (self->header, GTK_WIDGET (self));

  self->title_label = g_object_new (GTK_TYPE_LABEL,
                                    "accessible-role", GTK_ACCESSIBLE_ROLE_HEADING,
                                    "xalign", 0.0f,
                                    "wrap", TRUE,
                                    "hexpand", TRUE,
                                    NULL);
  gtk_widget_add_css_class (self->title_label, "heading");
  gtk_widget_add_css_class (self->title_label, "note-list-title");
  gtk_box_append (GTK_BOX (self->header), self->title_label);

  self->add_button = gtk_button_new ();
  gtk_widget_set_valign (self->add_button, GTK_ALIGN_CENTER);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (self->add_button), "notes.add");
  gtk_widget_add_css_class (self->add_button, "note-add");
  gtk_box_append (GTK_BOX (self->header), self->add_button);

  self->empty_label = gtk_label_new (NULL);
  gtk_label_set_xalign (GTK_LABEL (self->empty_label), 0);
  gtk_widget_add_css_class (self->empty_label, "dim-label");
  gtk_widget_add_css_class (self->empty_label, "note-empty");
  gtk_widget_set_parent (self->empty_label, GTK_WIDGET (self));

  self->rows_box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  gtk_widget_set_parent (self->rows_box, GTK_WIDGET (self));

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "notes.add", FALSE);
  update_strings (self);
}

/* @title: the heading, such as “Strengths”. */
GtkWidget *
sb_note_list_new (const char *title)
{
  return g_object_new (SB_TYPE_NOTE_LIST, "title", title, NULL);
}

/* Shows and edits the notes of @kind that @owner_id has in @assessment:
 * a sub-item's id for strengths and opportunities, a guidance point's for
 * evidence notes and references. A NULL @assessment shows nothing. */
void
sb_note_list_set_target (SbNoteList   *self,
                         SbAssessment *assessment,
                         const char   *owner_id,
                         SbNoteKind    kind)
{
  g_return_if_fail (SB_IS_NOTE_LIST (self));
  g_return_if_fail (assessment == NULL || SB_IS_ASSESSMENT (assessment));
  g_return_if_fail (assessment == NULL || owner_id != NULL);
  g_return_if_fail ((guint) kind < SB_N_NOTE_KINDS);

  if (assessment == self->assessment && kind == self->kind && g_strcmp0 (owner_id, self->owner_id) == 0)
    {
      update_strings (self);
      return;
    }

  if (self->assessment != NULL)
    g_clear_signal_handler (&self->notes_handler, self->assessment);
  g_set_object (&self->assessment, assessment);
  g_free (self->owner_id);
  self->owner_id = g_strdup (owner_id);
  self->kind = kind;

  remove_rows (self, 0, self->rows->len);
  if (self->assessment != NULL)
    {
      self->notes_handler = g_signal_connect_object (self->assessment, "notes-changed",
                                                     G_CALLBACK (notes_changed), self,
                                                     G_CONNECT_SWAPPED);
      insert_rows (self, 0, sb_assessment_get_n_notes (self->assessment, owner_id, kind));
    }
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "notes.add", self->assessment != NULL);
  update_strings (self);
}

SbAssessment *
sb_note_list_get_assessment (SbNoteList *self)
{
  g_return_val_if_fail (SB_IS_NOTE_LIST (self), NULL);
  return self->assessment;
}

const char *
sb_note_list_get_owner_id (SbNoteList *self)
{
  g_return_val_if_fail (SB_IS_NOTE_LIST (self), NULL);
  return self->owner_id;
}

SbNoteKind
sb_note_list_get_kind (SbNoteList *self)
{
  g_return_val_if_fail (SB_IS_NOTE_LIST (self), SB_NOTE_STRENGTH);
  return self->kind;
}

/* Also takes up the interface language of the moment for the list's own
 * words, so a window retitles its lists when the language changes. */
void
sb_note_list_set_title (SbNoteList *self,
                        const char *title)
{
  g_return_if_fail (SB_IS_NOTE_LIST (self));

  if (title == NULL)
    title = "";
  if (!g_str_equal (self->title, title))
    {
      g_free (self->title);
      self->title = g_strdup (title);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TITLE]);
    }
  update_strings (self);
}

const char *
sb_note_list_get_title (SbNoteList *self)
{
  g_return_val_if_fail (SB_IS_NOTE_LIST (self), NULL);
  return self->title;
}

guint
sb_note_list_get_n_rows (SbNoteList *self)
{
  g_return_val_if_fail (SB_IS_NOTE_LIST (self), 0);
  return self->rows->len;
}

/* The text view of comment @index, or NULL. */
GtkTextView *
sb_note_list_get_row_view (SbNoteList *self,
                           guint       index)
{
  g_return_val_if_fail (SB_IS_NOTE_LIST (self), NULL);

  if (index >= self->rows->len)
    return NULL;
  return GTK_TEXT_VIEW (row_get (g_ptr_array_index (self->rows, index))->view);
}

/* Appends an empty comment and puts the cursor in it: what the Add button
 * (the "notes.add" action) does. */
void
sb_note_list_add (SbNoteList *self)
{
  guint n;

  g_return_if_fail (SB_IS_NOTE_LIST (self));

  if (self->assessment == NULL)
    return;
  n = sb_assessment_get_n_notes (self->assessment, self->owner_id, self->kind);
  if (is_reference (self))
    sb_assessment_insert_reference (self->assessment, self->owner_id, n, SB_EVIDENCE_DOCUMENT, "");
  else
    sb_assessment_insert_note (self->assessment, self->owner_id, self->kind, n, "");
  focus_row_or_add (self, n);
}
