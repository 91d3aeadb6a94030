/* sb-compare-window.c — several assessments of one applicant side by side, read only, and the consensus started from them
 * Copyright 2026 The Scorebook authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "sb-compare-window"

#include "config.h"

#include <glib/gi18n.h>

#include "sb-compare-charts.h"
#include "sb-compare-page.h"
#include "sb-compare-notes.h"
#include "sb-compare-window.h"
#include "sb-consensus.h"
#include "sb-language.h"
#include "sb-widget-language.h"
#include "sb-window.h"

struct _SbCompareWindow
{
  GtkApplicationWindow  parent_instance;

  SbComparison         *comparison;
  SbDisplayLanguage     language;
  GtkWidget            *page;
  GtkWidget            *notes;
  GtkWidget            *heading;   /* the header's words, set again in each language */
  GtkWidget            *start;
  GtkWidget            *switcher;
  SbNode               *pending;   /* the part whose comments are to be shown next */
  guint                 pending_id;
};

G_DEFINE_FINAL_TYPE (SbCompareWindow, sb_compare_window, GTK_TYPE_APPLICATION_WINDOW)

/* The consensus opens in an ordinary window, unsaved, so that the team
 * leader saves it where the team keeps it (Save As). The assessments
 * compared stay as they are. */
GtkWindow *
sb_compare_window_start_consensus (SbCompareWindow *self)
{
  GtkApplication *application;
  g_autoptr(SbAssessment) consensus = NULL;
  SbWindow *window;

  g_return_val_if_fail (SB_IS_COMPARE_WINDOW (self), NULL);

  application = gtk_window_get_application (GTK_WINDOW (self));
  consensus = sb_consensus_new (self->comparison, SB_CONSENSUS_SEED_MEDIAN);
  window = sb_window_new_for_standard (SB_APPLICATION (application), sb_assessment_get_standard (consensus));
  sb_window_set_language (window, sb_display_language_to_tag (self->language));
  sb_window_set_assessment (window, consensus);
  gtk_window_present (GTK_WINDOW (window));
  return GTK_WINDOW (window);
}

static void
start_consensus_activated (GtkWidget  *widget,
                           const char *action_name,
                           GVariant   *parameter)
{
  sb_compare_window_start_consensus (SB_COMPARE_WINDOW (widget));
}

static gboolean
show_pending (gpointer data)
{
  SbCompareWindow *self = data;

  self->pending_id = 0;
  sb_compare_notes_show (SB_COMPARE_NOTES (self->notes), self->pending);
  return G_SOURCE_REMOVE;
}

/* The comments follow the selection once it rests: built for each row a
 * held Page Down passes, a dozen examiners' columns of them made every
 * frame of the scroll miss its time. */
static void
part_selected (SbCompareWindow *self,
               SbNode          *node)
{
  self->pending = node;
  g_clear_handle_id (&self->pending_id, g_source_remove);
  self->pending_id = g_timeout_add (SB_COMPARE_NOTES_DELAY_MS, show_pending, self);
}

/* "张伟 Zhang Wei has two files here": said above the table, since a
 * median with one examiner counted twice is not the team's. */
static GtkWidget *
duplicates_bar_new (SbComparison *comparison)
{
  g_autoptr(GString) text = g_string_new (NULL);
  GtkWidget *label;

  for (guint i = 0; i < sb_comparison_get_n_assessments (comparison); i++)
    if (sb_comparison_is_duplicate_examiner (comparison, i))
      {
        SbAssessment *assessment = sb_comparison_get_assessment (comparison, i);
        GFile *file = sb_assessment_get_file (assessment);
        g_autofree char *name = file != NULL ? g_file_get_basename (file) : g_strdup ("—");

        if (text->len > 0)
          g_string_append_c (text, '\n');
        /* Translators: an examiner named in two files of a comparison; the second %s is the file */
        g_string_append_printf (text, _("⚠ %s is in the comparison twice: %s is another of their assessments."),
                                sb_compare_examiner_name (comparison, i), name);
      }
  if (text->len == 0)
    return NULL;
  label = gtk_label_new (text->str);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_widget_add_css_class (label, "compare-duplicate");
  sb_label_set_language (GTK_LABEL (label), sb_language_of_typed (text->str));
  return label;
}

static GtkWidget *
scrolled (GtkWidget *child)
{
  GtkWidget *scroller = gtk_scrolled_window_new ();

  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scroller), child);
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scroller), GTK_POLICY_AUTOMATIC, GTK_POLICY_AUTOMATIC);
  return scroller;
}

/* The table above; under it, the selected part's comments or the charts. */
static GtkWidget *
body_new (SbCompareWindow *self,
          GtkWidget       *switcher)
{
  GtkWidget *paned = gtk_paned_new (GTK_ORIENTATION_VERTICAL);
  GtkWidget *top = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *stack = gtk_stack_new ();
  GtkWidget *duplicates = duplicates_bar_new (self->comparison);

  gtk_widget_add_css_class (top, "compare-top");
  if (duplicates != NULL)
    gtk_box_append (GTK_BOX (top), duplicates);
  self->page = sb_compare_page_new (self->comparison, self->language);
  gtk_widget_set_vexpand (self->page, TRUE);
  gtk_box_append (GTK_BOX (top), self->page);
  self->notes = sb_compare_notes_new (self->comparison, self->language);
  gtk_stack_add_titled (GTK_STACK (stack), scrolled (self->notes), "comments", _("Comments"));
  gtk_stack_add_titled (GTK_STACK (stack), scrolled (sb_compare_charts_new (self->comparison, self->language)),
                        "charts", _("Charts"));
  gtk_stack_switcher_set_stack (GTK_STACK_SWITCHER (switcher), GTK_STACK (stack));
  gtk_paned_set_start_child (GTK_PANED (paned), top);
  gtk_paned_set_end_child (GTK_PANED (paned), stack);
  gtk_paned_set_position (GTK_PANED (paned), 360);
  gtk_paned_set_shrink_start_child (GTK_PANED (paned), FALSE);
  gtk_paned_set_shrink_end_child (GTK_PANED (paned), FALSE);
  g_signal_connect_object (self->page, "part-selected", G_CALLBACK (part_selected), self, G_CONNECT_SWAPPED);
  return paned;
}

/* "Comparison · 深圳市… · 3 assessments". */
static char *
title_text (SbComparison *comparison)
{
  const char *applicant = sb_assessment_get_applicant (sb_comparison_get_assessment (comparison, 0));
  guint n = sb_comparison_get_n_assessments (comparison);
  g_autofree char *count = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u assessment", "%u assessments", n), n);

  if (*applicant == '\0')
    return g_strdup_printf (_("Comparison · %s"), count);
  /* Translators: a window's title: the applicant, then how many assessments of it are compared */
  return g_strdup_printf (_("Comparison · %s · %s"), applicant, count);
}

static void
header_new (SbCompareWindow *self)
{
  GtkWidget *header = gtk_header_bar_new ();

  self->heading = gtk_label_new (NULL);
  self->start = gtk_button_new ();
  self->switcher = gtk_stack_switcher_new ();
  gtk_label_set_ellipsize (GTK_LABEL (self->heading), PANGO_ELLIPSIZE_END);
  gtk_widget_add_css_class (self->heading, "heading");
  gtk_header_bar_pack_start (GTK_HEADER_BAR (header), self->heading);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (self->start), "compare.start-consensus");
  gtk_widget_add_css_class (self->start, "suggested-action");
  gtk_header_bar_pack_end (GTK_HEADER_BAR (header), self->start);
  gtk_header_bar_set_title_widget (GTK_HEADER_BAR (header), self->switcher);
  gtk_window_set_titlebar (GTK_WINDOW (self), header);
}

/* Every word of the window, in the interface language of the moment: the
 * header's in place, the body built again, on the part that was chosen. */
static void
fill (SbCompareWindow *self)
{
  g_autofree char *title = title_text (self->comparison);
  guint selected = 0;
  SbNode *part;

  if (self->page != NULL)
    selected = gtk_single_selection_get_selected (GTK_SINGLE_SELECTION (
      gtk_column_view_get_model (sb_compare_page_get_view (SB_COMPARE_PAGE (self->page)))));
  gtk_window_set_title (GTK_WINDOW (self), title);
  gtk_label_set_text (GTK_LABEL (self->heading), title);
  sb_label_set_language (GTK_LABEL (self->heading), sb_language_of_typed (title));
  gtk_button_set_label (GTK_BUTTON (self->start), _("_Start Consensus"));
  gtk_button_set_use_underline (GTK_BUTTON (self->start), TRUE);
  gtk_widget_set_tooltip_text (self->start, _("A new consensus assessment, seeded with the median of these ratings"));
  gtk_window_set_child (GTK_WINDOW (self), body_new (self, self->switcher));
  gtk_selection_model_select_item (gtk_column_view_get_model (sb_compare_page_get_view (SB_COMPARE_PAGE (self->page))),
                                   selected, TRUE);
  part = sb_compare_page_get_selected (SB_COMPARE_PAGE (self->page));
  if (part != NULL)
    sb_compare_notes_show (SB_COMPARE_NOTES (self->notes), part);
}

static void
sb_compare_window_dispose (GObject *object)
{
  SbCompareWindow *self = SB_COMPARE_WINDOW (object);

  g_clear_handle_id (&self->pending_id, g_source_remove);
  g_clear_object (&self->comparison);

  G_OBJECT_CLASS (sb_compare_window_parent_class)->dispose (object);
}

static void
sb_compare_window_class_init (SbCompareWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = sb_compare_window_dispose;
  gtk_widget_class_install_action (widget_class, "compare.start-consensus", NULL, start_consensus_activated);
}

static void
sb_compare_window_init (SbCompareWindow *self)
{
  gtk_window_set_default_size (GTK_WINDOW (self), 1200, 760);
  gtk_widget_add_css_class (GTK_WIDGET (self), "compare-window");
}

/* A window over @comparison, which it reads and never changes: it has no
 * Save, and the assessments stay as their examiners sent them. */
GtkWidget *
sb_compare_window_new (SbApplication     *application,
                       SbComparison      *comparison,
                       SbDisplayLanguage  language)
{
  SbCompareWindow *self;

  g_return_val_if_fail (SB_IS_APPLICATION (application), NULL);
  g_return_val_if_fail (SB_IS_COMPARISON (comparison), NULL);

  self = g_object_new (SB_TYPE_COMPARE_WINDOW, "application", application, NULL);
  self->comparison = g_object_ref (comparison);
  self->language = language;
  header_new (self);
  fill (self);
  /* After the application's own handler, which switches the catalogues. */
  g_signal_connect_object (sb_application_get_settings (application), "changed::interface-language",
                           G_CALLBACK (fill), self, G_CONNECT_SWAPPED);
  return GTK_WIDGET (self);
}

SbComparePage *
sb_compare_window_get_page (SbCompareWindow *self)
{
  g_return_val_if_fail (SB_IS_COMPARE_WINDOW (self), NULL);
  return SB_COMPARE_PAGE (self->page);
}
