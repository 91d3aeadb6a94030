/* sb-test-widgets.c — driving widgets in tests as a user would
 * Copyright 2026 The Scorebook authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "sb-assessment-file.h"
#include "sb-test-widgets.h"

/* Points XDG_DATA_HOME and XDG_RUNTIME_DIR at new folders, so that the
 * recovery files and file locks of the windows a test opens never mix with
 * a user's. Call it before GTK starts. */
void
sb_test_use_own_data_home (void)
{
  g_autofree char *data_home = g_dir_make_tmp ("sb-data-XXXXXX", NULL);
  g_autofree char *runtime = g_dir_make_tmp ("sb-runtime-XXXXXX", NULL);

  g_assert_nonnull (data_home);
  g_assert_nonnull (runtime);
  g_setenv ("XDG_DATA_HOME", data_home, TRUE);
  /* File locks live in the runtime folder: a Scorebook the developer runs
   * on a fixture meanwhile must not hold it against the test. */
  g_setenv ("XDG_RUNTIME_DIR", runtime, TRUE);
}

/* Lets every pending idle and redraw run, as between two key presses,
 * and every save asked for reach the disk and tell the window. */
void
sb_test_wait_for_idle (void)
{
  do
    while (g_main_context_iteration (NULL, FALSE))
      ;
  while (sb_assessment_file_get_n_writing () > 0 && g_main_context_iteration (NULL, TRUE));
}

static void
flag_raise (gboolean *flag)
{
  *flag = TRUE;
}

/* Waits until @widget's window has drawn one more frame: a change that
 * needs a new layout, such as a new text size, has then been laid out. */
void
sb_test_wait_for_frame (GtkWidget *widget)
{
  GdkFrameClock *clock = gtk_widget_get_frame_clock (widget);
  gboolean painted = FALSE;
  gulong handler;

  g_assert_nonnull (clock);
  handler = g_signal_connect_swapped (clock, "after-paint", G_CALLBACK (flag_raise), &painted);
  gdk_frame_clock_request_phase (clock, GDK_FRAME_CLOCK_PHASE_AFTER_PAINT);
  while (!painted)
    g_main_context_iteration (NULL, TRUE);
  g_signal_handler_disconnect (clock, handler);
  sb_test_wait_for_idle ();
}

/* Runs the main loop until @done says so, then lets what is pending run;
 * fails the test after a minute, which nothing a test waits for comes near. */
void
sb_test_wait_until (GSourceFunc done,
                    gpointer    data)
{
  gint64 end = g_get_monotonic_time () + 60 * G_USEC_PER_SEC;

  while (!done (data))
    {
      g_assert_cmpint (g_get_monotonic_time (), <, end);
      g_main_context_iteration (NULL, FALSE);
      g_usleep (1000);
    }
  sb_test_wait_for_idle ();
}

static gboolean
only_one_reference (gpointer object)
{
  return g_atomic_int_get (&G_OBJECT (object)->ref_count) == 1;
}

/* Checks that the test's reference to @object, which it gives up, is the
 * last one once what the object started has run. A window lets go of
 * itself from timeouts as well as idles (a re-measure after a change of
 * page), so this waits for that first. */
void
sb_test_assert_finalized (gpointer object)
{
  sb_test_wait_for_idle ();
  sb_test_wait_until (only_one_reference, object);
  g_assert_finalize_object (object);
}

/* Destroys @window (a window or dialog a test is done with) and checks
 * that it is finalized: a window that outlives its closing keeps
 * everything it shows. */
void
sb_test_destroy_window (gpointer window)
{
  g_assert_true (GTK_IS_WINDOW (window));
  g_object_ref (window);
  gtk_window_destroy (window);
  sb_test_assert_finalized (window);
}

/* What a click does, without the press animation that needs a display. */
void
sb_test_click (GtkWidget *button)
{
  g_assert_true (gtk_widget_is_sensitive (button));
  g_signal_emit_by_name (button, "clicked");
}

/* The button labelled @label (with its mnemonic underscore) at or below
 * @widget: a dialog's answer, say. */
GtkWidget *
sb_test_find_button (gpointer    widget,
                     const char *label)
{
  g_autoptr(GPtrArray) buttons = g_ptr_array_new ();

  sb_test_find_all (widget, GTK_TYPE_BUTTON, NULL, buttons);
  for (guint i = 0; i < buttons->len; i++)
    if (g_strcmp0 (gtk_button_get_label (buttons->pdata[i]), label) == 0)
      return buttons->pdata[i];
  g_error ("no button “%s”", label);
  return NULL;
}

/* Every widget of @type (with @css_class, unless it is NULL) at or below
 * @widget, in the order a reader meets them. */
void
sb_test_find_all (GtkWidget  *widget,
                  GType       type,
                  const char *css_class,
                  GPtrArray  *found)
{
  if (G_TYPE_CHECK_INSTANCE_TYPE (widget, type) && (css_class == NULL || gtk_widget_has_css_class (widget, css_class)))
    g_ptr_array_add (found, widget);
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child; child = gtk_widget_get_next_sibling (child))
    sb_test_find_all (child, type, css_class, found);
}

/* The @index-th of them: fails the test when there are fewer. */
GtkWidget *
sb_test_find_nth (GtkWidget  *widget,
                  GType       type,
                  const char *css_class,
                  guint       index)
{
  g_autoptr(GPtrArray) found = g_ptr_array_new ();

  sb_test_find_all (widget, type, css_class, found);
  g_assert_cmpuint (index, <, found->len);
  return found->pdata[index];
}

/* How many of them there are. */
guint
sb_test_count (GtkWidget  *widget,
               GType       type,
               const char *css_class)
{
  g_autoptr(GPtrArray) found = g_ptr_array_new ();

  sb_test_find_all (widget, type, css_class, found);
  return found->len;
}

GtkWidget *
sb_test_find_first (GtkWidget *widget,
                    GType      type)
{
  g_autoptr(GPtrArray) found = g_ptr_array_new ();

  sb_test_find_all (widget, type, NULL, found);
  return found->len > 0 ? found->pdata[0] : NULL;
}

/* The first toplevel window of @type (and with @title, unless it is NULL),
 * or NULL: a dialog that an action opened, say. */
GtkWindow *
sb_test_find_toplevel (GType       type,
                       const char *title)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWindow) window = g_list_model_get_item (toplevels, i);

      if (G_TYPE_CHECK_INSTANCE_TYPE (window, type) &&
          (title == NULL || g_strcmp0 (gtk_window_get_title (window), title) == 0))
        return window;
    }
  return NULL;
}

/* What pressing @keyval with @modifiers does with the focus in @widget, as
 * far as shortcuts go (a test cannot make key events): the first shortcut
 * for that key on @widget or a widget above it is activated. FALSE if there
 * is none, or it did nothing. */
gboolean
sb_test_press_shortcut (GtkWidget       *widget,
                        guint            keyval,
                        GdkModifierType  modifiers)
{
  g_autoptr(GtkShortcutTrigger) key = gtk_keyval_trigger_new (keyval, modifiers);

  for (GtkWidget *w = widget; w != NULL; w = gtk_widget_get_parent (w))
    {
      g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (w);

      for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
        {
          g_autoptr(GObject) controller = g_list_model_get_item (controllers, i);

          if (!GTK_IS_SHORTCUT_CONTROLLER (controller))
            continue;
          for (guint j = 0; j < g_list_model_get_n_items (G_LIST_MODEL (controller)); j++)
            {
              g_autoptr(GtkShortcut) shortcut = g_list_model_get_item (G_LIST_MODEL (controller), j);

              if (gtk_shortcut_trigger_equal (gtk_shortcut_get_trigger (shortcut), key))
                return gtk_shortcut_action_activate (gtk_shortcut_get_action (shortcut), GTK_SHORTCUT_ACTION_EXCLUSIVE,
                                                     w, gtk_shortcut_get_arguments (shortcut));
            }
        }
    }
  return FALSE;
}

static void
collect_labels (GtkWidget *widget,
                GString   *text)
{
  if (GTK_IS_LABEL (widget) && gtk_widget_get_visible (widget))
    g_string_append_printf (text, "%s\n", gtk_label_get_text (GTK_LABEL (widget)));
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child; child = gtk_widget_get_next_sibling (child))
    collect_labels (child, text);
}

/* Every visible label's text below @widget, joined by newlines: what a
 * user reads. */
char *
sb_test_dup_labels (GtkWidget *widget)
{
  GString *text = g_string_new (NULL);

  collect_labels (widget, text);
  return g_string_free (text, FALSE);
}
