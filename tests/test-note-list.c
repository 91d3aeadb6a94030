/* test-note-list.c — the list of comments, driven as an examiner would: add, type, remove, undo
 * Copyright 2026 The Scorebook authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>
#include <gtk/gtk.h>

#include "sb-note-list.h"
#include "sb-test-widgets.h"
#include "sb-test-data.h"

typedef struct
{
  SbStandard   *standard;
  SbAssessment *assessment;
  SbHistory    *history;
  SbNoteList   *list;
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  fixture->standard = sb_test_bundled_standard ();
  fixture->assessment = sb_assessment_new (fixture->standard);
  fixture->history = sb_assessment_get_history (fixture->assessment);
  fixture->list = SB_NOTE_LIST (g_object_ref_sink (sb_note_list_new ("Strengths")));
  sb_note_list_set_target (fixture->list, fixture->assessment, "1.1.1", SB_NOTE_STRENGTH);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_assert_finalize_object (fixture->list);
  g_assert_finalize_object (fixture->assessment);
  g_assert_finalize_object (fixture->standard);
}

static GtkWidget *
find_nth (Fixture    *fixture,
          GType       type,
          const char *css_class,
          guint       index)
{
  g_autoptr(GPtrArray) found = g_ptr_array_new ();

  sb_test_find_all (GTK_WIDGET (fixture->list), type, css_class, found);
  g_assert_cmpuint (index, <, found->len);
  return g_ptr_array_index (found, index);
}

static guint
count (Fixture    *fixture,
       GType       type,
       const char *css_class)
{
  g_autoptr(GPtrArray) found = g_ptr_array_new ();

  sb_test_find_all (GTK_WIDGET (fixture->list), type, css_class, found);
  return found->len;
}

static GtkTextBuffer *
row_buffer (Fixture *fixture,
            guint    index)
{
  GtkWidget *view = find_nth (fixture, GTK_TYPE_TEXT_VIEW, "note-view", index);

  g_assert_true (GTK_TEXT_VIEW (view) == sb_note_list_get_row_view (fixture->list, index));
  return gtk_text_view_get_buffer (GTK_TEXT_VIEW (view));
}

static char *
row_text (Fixture *fixture,
          guint    index)
{
  GtkTextBuffer *buffer = row_buffer (fixture, index);
  GtkTextIter start, end;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  return gtk_text_buffer_get_text (buffer, &start, &end, TRUE);
}

static int
cursor_offset (GtkTextBuffer *buffer)
{
  GtkTextIter iter;

  gtk_text_buffer_get_iter_at_mark (buffer, &iter, gtk_text_buffer_get_insert (buffer));
  return gtk_text_iter_get_offset (&iter);
}

/* What a user does at the keyboard: text goes in at the cursor. */
static void
type_text (GtkTextBuffer *buffer,
           const char    *text)
{
  gtk_text_buffer_begin_user_action (buffer);
  gtk_text_buffer_insert_interactive_at_cursor (buffer, text, -1, TRUE);
  gtk_text_buffer_end_user_action (buffer);
}

/* The rows show exactly the model's notes, in order. */
static void
assert_rows (Fixture            *fixture,
             SbNoteKind          kind,
             const char         *owner,
             const char * const *texts)
{
  guint n = texts ? g_strv_length ((char **) texts) : 0;

  g_assert_cmpuint (sb_assessment_get_n_notes (fixture->assessment, owner, kind), ==, n);
  g_assert_cmpuint (sb_note_list_get_n_rows (fixture->list), ==, n);
  g_assert_cmpuint (count (fixture, GTK_TYPE_TEXT_VIEW, "note-view"), ==, n);
  for (guint i = 0; i < n; i++)
    {
      g_autofree char *shown = row_text (fixture, i);

      g_assert_cmpstr (sb_assessment_get_note (fixture->assessment, owner, kind, i), ==, texts[i]);
      g_assert_cmpstr (shown, ==, texts[i]);
    }
  g_assert_cmpint (gtk_widget_get_visible (find_nth (fixture, GTK_TYPE_LABEL, "note-empty", 0)), ==, n == 0);
}

#define ROWS(...) ((const char * const[]) { __VA_ARGS__, NULL })

static GtkWidget *
add_button (Fixture *fixture)
{
  return find_nth (fixture, GTK_TYPE_BUTTON, "note-add", 0);
}

static void
test_add_and_type (Fixture       *fixture,
                   gconstpointer  data)
{
  GtkTextBuffer *buffer;

  assert_rows (fixture, SB_NOTE_STRENGTH, "1.1.1", NULL);
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (find_nth (fixture, GTK_TYPE_LABEL, "note-list-title", 0))), ==,
                   "Strengths");

  sb_test_click (add_button (fixture));
  assert_rows (fixture, SB_NOTE_STRENGTH, "1.1.1", ROWS (""));

  buffer = row_buffer (fixture, 0);
  /* The model's undo is the only one: Ctrl+Z must reach the window. */
  g_assert_false (gtk_text_buffer_get_enable_undo (buffer));
  g_assert_true (gtk_text_view_get_wrap_mode (sb_note_list_get_row_view (fixture->list, 0)) != GTK_WRAP_NONE);

  type_text (buffer, "领导");
  type_text (buffer, "重视质量");
  assert_rows (fixture, SB_NOTE_STRENGTH, "1.1.1", ROWS ("领导重视质量"));
  g_assert_cmpint (cursor_offset (buffer), ==, 6);

  type_text (buffer, "\nSecond line");
  assert_rows (fixture, SB_NOTE_STRENGTH, "1.1.1", ROWS ("领导重视质量\nSecond line"));

  /* The typing is one step of undo; adding the comment another. */
  g_assert_true (sb_history_undo (fixture->history));
  assert_rows (fixture, SB_NOTE_STRENGTH, "1.1.1", ROWS (""));
  g_assert_true (sb_history_redo (fixture->history));
  assert_rows (fixture, SB_NOTE_STRENGTH, "1.1.1", ROWS ("领导重视质量\nSecond line"));
  g_assert_true (sb_history_undo (fixture->history));
  g_assert_true (sb_history_undo (fixture->history));
  assert_rows (fixture, SB_NOTE_STRENGTH, "1.1.1", NULL);
  g_assert_false (sb_history_can_undo (fixture->history));
}

/* GTK 4.8's text view ignores a tag's language and takes its Pango
 * language from the locale (C.UTF-8 in the tests): a paragraph of Chinese
 * names the Simplified Chinese face after the view's own, else its Han
 * characters take the first CJK face fontconfig knows, the Japanese one. */
static void
test_chinese_face (Fixture       *fixture,
                   gconstpointer  data)
{
  GtkTextBuffer *buffer;
  GtkTextTag *tag;
  GtkTextIter iter;
  g_autofree char *family = NULL;

  sb_test_click (add_button (fixture));
  buffer = row_buffer (fixture, 0);
  type_text (buffer, "直骨关令今\nEnglish only");

  tag = gtk_text_tag_table_lookup (gtk_text_buffer_get_tag_table (buffer), "zh-CN");
  g_assert_nonnull (tag);
  g_object_get (tag, "family", &family, NULL);
  g_assert_nonnull (strstr (family, "CJK SC"));
  gtk_text_buffer_get_iter_at_offset (buffer, &iter, 2);
  g_assert_true (gtk_text_iter_has_tag (&iter, tag));
  gtk_text_buffer_get_iter_at_offset (buffer, &iter, 8);
  g_assert_false (gtk_text_iter_has_tag (&iter, tag));
}

/* Paragraphs a tag was applied to or removed from, as a bit each. */
static void
tag_changed (GtkTextBuffer *buffer,
             GtkTextTag    *tag,
             GtkTextIter   *start,
             GtkTextIter   *end,
             guint         *touched)
{
  for (int line = gtk_text_iter_get_line (start); line <= gtk_text_iter_get_line (end); line++)
    *touched |= 1u << line;
}

static gboolean
has_chinese_tag (GtkTextBuffer *buffer,
                 int            line)
{
  GtkTextTag *tag = gtk_text_tag_table_lookup (gtk_text_buffer_get_tag_table (buffer), "zh-CN");
  GtkTextIter iter;

  gtk_text_buffer_get_iter_at_line_offset (buffer, &iter, line, 1);
  return gtk_text_iter_has_tag (&iter, tag);
}

/* Typing marks again only the paragraph typed in: a tag changed anywhere
 * makes the view lay that text out again, and a long note laid out whole
 * at every key made typing slow. */
static void
test_chinese_face_typed_paragraph (Fixture       *fixture,
                                   gconstpointer  data)
{
  GtkTextBuffer *buffer;
  GtkTextIter iter, end;
  guint touched = 0;

  sb_test_click (add_button (fixture));
  buffer = row_buffer (fixture, 0);
  type_text (buffer, "直骨关令今\nEnglish only\n中文");
  g_signal_connect (buffer, "apply-tag", G_CALLBACK (tag_changed), &touched);
  g_signal_connect (buffer, "remove-tag", G_CALLBACK (tag_changed), &touched);

  gtk_text_buffer_get_iter_at_line_offset (buffer, &iter, 1, 7);
  gtk_text_buffer_place_cursor (buffer, &iter);
  type_text (buffer, "中");
  g_assert_cmpuint (touched, ==, 1u << 1);
  g_assert_true (has_chinese_tag (buffer, 0));
  g_assert_true (has_chinese_tag (buffer, 1));
  g_assert_true (has_chinese_tag (buffer, 2));

  /* Deleting the Chinese makes the paragraph English again. */
  touched = 0;
  gtk_text_buffer_get_iter_at_line_offset (buffer, &iter, 1, 7);
  end = iter;
  gtk_text_iter_forward_char (&end);
  gtk_text_buffer_delete_interactive (buffer, &iter, &end, TRUE);
  g_assert_cmpuint (touched, ==, 1u << 1);
  g_assert_false (has_chinese_tag (buffer, 1));
  g_assert_true (has_chinese_tag (buffer, 2));
  g_signal_handlers_disconnect_by_data (buffer, &touched);
}

static void
test_add_action (Fixture       *fixture,
                 gconstpointer  data)
{
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->list), "notes.add", NULL));
  sb_note_list_add (fixture->list);
  assert_rows (fixture, SB_NOTE_STRENGTH, "1.1.1", ROWS ("", ""));

  /* Without a target there is nothing to add to. */
  sb_note_list_set_target (fixture->list, NULL, NULL, SB_NOTE_STRENGTH);
  g_assert_cmpuint (sb_note_list_get_n_rows (fixture->list), ==, 0);
  g_assert_false (gtk_widget_is_sensitive (add_button (fixture)));
  gtk_widget_activate_action (GTK_WIDGET (fixture->list), "notes.add", NULL);
  g_assert_cmpuint (sb_note_list_get_n_rows (fixture->list), ==, 0);
}

static void
test_remove (Fixture       *fixture,
             gconstpointer  data)
{
  sb_assessment_insert_note (fixture->assessment, "1.1.1", SB_NOTE_STRENGTH, 0, "one");
  sb_assessment_insert_note (fixture->assessment, "1.1.1", SB_NOTE_STRENGTH, 1, "two");
  sb_assessment_insert_note (fixture->assessment, "1.1.1", SB_NOTE_STRENGTH, 2, "three");
  assert_rows (fixture, SB_NOTE_STRENGTH, "1.1.1", ROWS ("one", "two", "three"));
  g_assert_cmpuint (count (fixture, GTK_TYPE_BUTTON, "note-remove"), ==, 3);

  sb_test_click (find_nth (fixture, GTK_TYPE_BUTTON, "note-remove", 1));
  assert_rows (fixture, SB_NOTE_STRENGTH, "1.1.1", ROWS ("one", "three"));
  sb_test_click (find_nth (fixture, GTK_TYPE_BUTTON, "note-remove", 1));
  sb_test_click (find_nth (fixture, GTK_TYPE_BUTTON, "note-remove", 0));
  assert_rows (fixture, SB_NOTE_STRENGTH, "1.1.1", NULL);

  g_assert_true (sb_history_undo (fixture->history));
  assert_rows (fixture, SB_NOTE_STRENGTH, "1.1.1", ROWS ("one"));
  g_assert_true (sb_history_undo (fixture->history));
  g_assert_true (sb_history_undo (fixture->history));
  assert_rows (fixture, SB_NOTE_STRENGTH, "1.1.1", ROWS ("one", "two", "three"));
}

/* Changes from elsewhere (another view, undo) show at once, and the row
 * being typed in keeps its cursor. */
static void
test_outside_changes (Fixture       *fixture,
                      gconstpointer  data)
{
  GtkTextBuffer *buffer;
  GtkTextView *view;
  GtkTextIter iter;

  sb_test_click (add_button (fixture));
  buffer = row_buffer (fixture, 0);
  view = sb_note_list_get_row_view (fixture->list, 0);
  type_text (buffer, "hello world");
  gtk_text_buffer_get_iter_at_offset (buffer, &iter, 5);
  gtk_text_buffer_place_cursor (buffer, &iter);

  sb_assessment_insert_note (fixture->assessment, "1.1.1", SB_NOTE_STRENGTH, 0, "before");
  assert_rows (fixture, SB_NOTE_STRENGTH, "1.1.1", ROWS ("before", "hello world"));
  /* The same row, moved down, untouched. */
  g_assert_true (sb_note_list_get_row_view (fixture->list, 1) == view);
  g_assert_cmpint (cursor_offset (buffer), ==, 5);

  sb_assessment_set_note (fixture->assessment, "1.1.1", SB_NOTE_STRENGTH, 0, "before, edited");
  assert_rows (fixture, SB_NOTE_STRENGTH, "1.1.1", ROWS ("before, edited", "hello world"));
  g_assert_cmpint (cursor_offset (buffer), ==, 5);

  /* Typing in the middle goes on where the cursor is. */
  type_text (buffer, ",");
  assert_rows (fixture, SB_NOTE_STRENGTH, "1.1.1", ROWS ("before, edited", "hello, world"));
  g_assert_cmpint (cursor_offset (buffer), ==, 6);

  /* An undo of this row's text keeps the cursor as near as it can. */
  sb_history_seal (fixture->history);
  type_text (buffer, " there");
  g_assert_true (sb_history_undo (fixture->history));
  assert_rows (fixture, SB_NOTE_STRENGTH, "1.1.1", ROWS ("before, edited", "hello, world"));
  g_assert_cmpint (cursor_offset (buffer), ==, 12);

  sb_assessment_remove_note (fixture->assessment, "1.1.1", SB_NOTE_STRENGTH, 0);
  assert_rows (fixture, SB_NOTE_STRENGTH, "1.1.1", ROWS ("hello, world"));
  g_assert_true (sb_note_list_get_row_view (fixture->list, 0) == view);

  /* Other lists' notes are not this list's. */
  sb_assessment_insert_note (fixture->assessment, "1.1.1", SB_NOTE_OPPORTUNITY, 0, "elsewhere");
  sb_assessment_insert_note (fixture->assessment, "1.1.2", SB_NOTE_STRENGTH, 0, "elsewhere");
  assert_rows (fixture, SB_NOTE_STRENGTH, "1.1.1", ROWS ("hello, world"));

  /* A new target shows its own notes. */
  sb_note_list_set_target (fixture->list, fixture->assessment, "1.1.1", SB_NOTE_OPPORTUNITY);
  assert_rows (fixture, SB_NOTE_OPPORTUNITY, "1.1.1", ROWS ("elsewhere"));
}

static void
test_references (Fixture       *fixture,
                 gconstpointer  data)
{
  GtkDropDown *evidence;

  sb_note_list_set_title (fixture->list, "References");
  sb_note_list_set_target (fixture->list, fixture->assessment, "g1.1.1.1", SB_NOTE_REFERENCE);
  g_assert_cmpstr (gtk_button_get_label (GTK_BUTTON (add_button (fixture))), ==, "Add reference");

  sb_test_click (add_button (fixture));
  assert_rows (fixture, SB_NOTE_REFERENCE, "g1.1.1.1", ROWS (""));
  evidence = GTK_DROP_DOWN (find_nth (fixture, GTK_TYPE_DROP_DOWN, "note-evidence", 0));
  g_assert_cmpuint (gtk_drop_down_get_selected (evidence), ==, SB_EVIDENCE_DOCUMENT);

  type_text (row_buffer (fixture, 0), "Strategic plan 2024–2026, p. 12");
  assert_rows (fixture, SB_NOTE_REFERENCE, "g1.1.1.1", ROWS ("Strategic plan 2024–2026, p. 12"));

  gtk_drop_down_set_selected (evidence, SB_EVIDENCE_INTERVIEW);
  g_assert_cmpint (sb_assessment_get_note_evidence (fixture->assessment, "g1.1.1.1", 0), ==, SB_EVIDENCE_INTERVIEW);

  sb_assessment_set_note_evidence (fixture->assessment, "g1.1.1.1", 0, SB_EVIDENCE_OBSERVATION);
  g_assert_cmpuint (gtk_drop_down_get_selected (evidence), ==, SB_EVIDENCE_OBSERVATION);
  g_assert_true (sb_history_undo (fixture->history));
  g_assert_cmpuint (gtk_drop_down_get_selected (evidence), ==, SB_EVIDENCE_INTERVIEW);
  g_assert_true (sb_history_undo (fixture->history));
  g_assert_cmpuint (gtk_drop_down_get_selected (evidence), ==, SB_EVIDENCE_DOCUMENT);
  assert_rows (fixture, SB_NOTE_REFERENCE, "g1.1.1.1", ROWS ("Strategic plan 2024–2026, p. 12"));

  sb_assessment_insert_reference (fixture->assessment, "g1.1.1.1", 0, SB_EVIDENCE_INTERVIEW, "Interview with the director");
  assert_rows (fixture, SB_NOTE_REFERENCE, "g1.1.1.1", ROWS ("Interview with the director", "Strategic plan 2024–2026, p. 12"));
  evidence = GTK_DROP_DOWN (find_nth (fixture, GTK_TYPE_DROP_DOWN, "note-evidence", 0));
  g_assert_cmpuint (gtk_drop_down_get_selected (evidence), ==, SB_EVIDENCE_INTERVIEW);
}

static void
test_accessible (Fixture       *fixture,
                 gconstpointer  data)
{
  char *error;

  error = gtk_test_accessible_check_property (GTK_ACCESSIBLE (add_button (fixture)),
                                              GTK_ACCESSIBLE_PROPERTY_LABEL, "Add to Strengths");
  g_assert_null (error);
  error = gtk_test_accessible_check_property (GTK_ACCESSIBLE (fixture->list),
                                              GTK_ACCESSIBLE_PROPERTY_LABEL, "Strengths");
  g_assert_null (error);
  g_assert_true (gtk_test_accessible_has_role (GTK_ACCESSIBLE (find_nth (fixture, GTK_TYPE_LABEL, "note-list-title", 0)),
                                               GTK_ACCESSIBLE_ROLE_HEADING));

  sb_test_click (add_button (fixture));
  sb_test_click (add_button (fixture));
  error = gtk_test_accessible_check_property (GTK_ACCESSIBLE (sb_note_list_get_row_view (fixture->list, 1)),
                                              GTK_ACCESSIBLE_PROPERTY_LABEL, "Strengths, comment 2");
  g_assert_null (error);
  error = gtk_test_accessible_check_property (GTK_ACCESSIBLE (find_nth (fixture, GTK_TYPE_BUTTON, "note-remove", 1)),
                                              GTK_ACCESSIBLE_PROPERTY_LABEL, "Remove comment 2");
  g_assert_null (error);

  /* Numbers follow the rows as they come and go. */
  sb_test_click (find_nth (fixture, GTK_TYPE_BUTTON, "note-remove", 0));
  error = gtk_test_accessible_check_property (GTK_ACCESSIBLE (sb_note_list_get_row_view (fixture->list, 0)),
                                              GTK_ACCESSIBLE_PROPERTY_LABEL, "Strengths, comment 1");
  g_assert_null (error);

  /* A new title is also the new label. */
  sb_note_list_set_title (fixture->list, "Opportunities for improvement");
  error = gtk_test_accessible_check_property (GTK_ACCESSIBLE (sb_note_list_get_row_view (fixture->list, 0)),
                                              GTK_ACCESSIBLE_PROPERTY_LABEL, "Opportunities for improvement, comment 1");
  g_assert_null (error);

  sb_note_list_set_target (fixture->list, fixture->assessment, "g1.1.1.1", SB_NOTE_REFERENCE);
  sb_test_click (add_button (fixture));
  error = gtk_test_accessible_check_property (GTK_ACCESSIBLE (find_nth (fixture, GTK_TYPE_DROP_DOWN, "note-evidence", 0)),
                                              GTK_ACCESSIBLE_PROPERTY_LABEL, "Kind of evidence of reference 1");
  g_assert_null (error);
}

/* Adding puts the cursor in the new comment, removing moves it on. */
static void
test_focus (Fixture       *fixture,
            gconstpointer  data)
{
  GtkWidget *window = gtk_window_new ();

  gtk_window_set_child (GTK_WINDOW (window), GTK_WIDGET (fixture->list));
  gtk_window_present (GTK_WINDOW (window));
  while (g_main_context_iteration (NULL, FALSE))
    ;

  sb_test_click (add_button (fixture));
  sb_test_click (add_button (fixture));
  g_assert_true (gtk_widget_is_focus (GTK_WIDGET (sb_note_list_get_row_view (fixture->list, 1))));

  sb_test_click (find_nth (fixture, GTK_TYPE_BUTTON, "note-remove", 0));
  g_assert_true (gtk_widget_is_focus (GTK_WIDGET (sb_note_list_get_row_view (fixture->list, 0))));
  sb_test_click (find_nth (fixture, GTK_TYPE_BUTTON, "note-remove", 0));
  g_assert_true (gtk_widget_is_focus (add_button (fixture)));

  gtk_window_set_child (GTK_WINDOW (window), NULL);
  sb_test_destroy_window (window);
  while (g_main_context_iteration (NULL, FALSE))
    ;
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add ("/note-list/" path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("add-and-type", test_add_and_type);
  ADD ("add-action", test_add_action);
  ADD ("chinese-face", test_chinese_face);
  ADD ("chinese-face/typed-paragraph", test_chinese_face_typed_paragraph);
  ADD ("remove", test_remove);
  ADD ("outside-changes", test_outside_changes);
  ADD ("references", test_references);
  ADD ("accessible", test_accessible);
  ADD ("focus", test_focus);
#undef ADD

  return g_test_run ();
}
