/* sb-details-dialog.c — who is assessed, as what, by whom: an assessment's details
 * Copyright 2026 The Scorebook authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "sb-details-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "sb-details-dialog.h"
#include "sb-widget-language.h"

/* The fields are copied in when the dialog opens and written to the
 * assessment only by Apply, all as one step of undo. Applying while the
 * user types would make every keystroke a change of the window title and
 * the autosave, and leave no way out of a half-typed name but a row of
 * Ctrl+Z; Cancel and Escape leave the assessment exactly as it was. */
struct _SbDetailsDialog
{
  GtkWindow     parent_instance;

  GtkWidget    *applicant;
  GtkWidget    *subject;
  GtkWidget    *kind;
  GtkWidget    *examiner;

  SbAssessment *assessment;
};

G_DEFINE_FINAL_TYPE (SbDetailsDialog, sb_details_dialog, GTK_TYPE_WINDOW)

/* The kinds' names in the interface language, in the order of the enum. */
const char *
sb_details_kind_name (SbAssessmentKind kind)
{
  switch (kind)
    {
    case SB_ASSESSMENT_KIND_SELF: return _("Self-assessment");
    case SB_ASSESSMENT_KIND_INDEPENDENT: return _("Independent review");
    case SB_ASSESSMENT_KIND_CONSENSUS: return _("Consensus");
    case SB_ASSESSMENT_KIND_SITE_VISIT: return _("Site visit");
    default: g_return_val_if_reached ("");
    }
}

/* A name with the spaces around it trimmed: a name of blanks is no name. */
static char *
entry_text (GtkWidget *entry)
{
  return g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (entry))));
}

static void
apply_clicked (SbDetailsDialog *self)
{
  SbHistory *history = sb_assessment_get_history (self->assessment);
  g_autofree char *applicant = entry_text (self->applicant);
  g_autofree char *examiner = entry_text (self->examiner);

  /* Setters that change nothing record nothing, so an unchanged dialog
   * leaves no empty step to undo. */
  sb_history_begin_group (history);
  sb_assessment_set_applicant (self->assessment, applicant);
  sb_assessment_set_subject (self->assessment, gtk_drop_down_get_selected (GTK_DROP_DOWN (self->subject)));
  sb_assessment_set_kind (self->assessment, gtk_drop_down_get_selected (GTK_DROP_DOWN (self->kind)));
  sb_assessment_set_examiner (self->assessment, examiner);
  sb_history_end_group (history);
  gtk_window_destroy (GTK_WINDOW (self));
}

static void
cancel_clicked (SbDetailsDialog *self)
{
  gtk_window_destroy (GTK_WINDOW (self));
}

/* A field with its label before it in a two-column @grid; screen readers
 * name the field by it, and an entry's Enter is the dialog's default. The
 * New Assessment dialog asks the same questions the same way. */
GtkWidget *
sb_details_add_field (GtkGrid    *grid,
                      int         row,
                      const char *text,
                      GtkWidget  *field)
{
  GtkWidget *label = gtk_label_new_with_mnemonic (text);

  gtk_label_set_xalign (GTK_LABEL (label), 1);
  gtk_label_set_mnemonic_widget (GTK_LABEL (label), field);
  gtk_widget_set_hexpand (field, TRUE);
  gtk_grid_attach (grid, label, 0, row, 1, 1);
  gtk_grid_attach (grid, field, 1, row, 1, 1);
  gtk_accessible_update_relation (GTK_ACCESSIBLE (field), GTK_ACCESSIBLE_RELATION_LABELLED_BY, label, NULL, -1);
  if (GTK_IS_ENTRY (field))
    {
      gtk_entry_set_activates_default (GTK_ENTRY (field), TRUE);
      sb_entry_follow_language (GTK_ENTRY (field));
    }
  return field;
}

static void
sb_details_dialog_dispose (GObject *object)
{
  SbDetailsDialog *self = SB_DETAILS_DIALOG (object);

  g_clear_object (&self->assessment);
  G_OBJECT_CLASS (sb_details_dialog_parent_class)->dispose (object);
}

static void
sb_details_dialog_class_init (SbDetailsDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = sb_details_dialog_dispose;
  /* A screen reader announces it as a dialog, not as another window. */
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_DIALOG);
  /* Escape is Cancel, as in GTK's own dialogs. */
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
sb_details_dialog_init (SbDetailsDialog *self)
{
  const char *subjects[] = { _("Organization (组织)"), _("Project (项目)"), NULL };
  const char *kinds[] = {
    sb_details_kind_name (SB_ASSESSMENT_KIND_SELF),
    sb_details_kind_name (SB_ASSESSMENT_KIND_INDEPENDENT),
    sb_details_kind_name (SB_ASSESSMENT_KIND_CONSENSUS),
    sb_details_kind_name (SB_ASSESSMENT_KIND_SITE_VISIT),
    NULL
  };
  GtkWidget *header = gtk_header_bar_new ();
  GtkWidget *cancel = gtk_button_new_with_mnemonic (_("_Cancel"));
  GtkWidget *apply = gtk_button_new_with_mnemonic (_("_Apply"));
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 18);
  GtkWidget *grid = gtk_grid_new ();
  GtkWidget *note = gtk_label_new (_("The window’s title and the printed summary show these details. "
                                     "Apply can be undone."));

  gtk_window_set_title (GTK_WINDOW (self), _("Assessment Details"));
  gtk_window_set_modal (GTK_WINDOW (self), TRUE);
  gtk_window_set_destroy_with_parent (GTK_WINDOW (self), TRUE);
  gtk_window_set_resizable (GTK_WINDOW (self), FALSE);
  gtk_window_set_default_size (GTK_WINDOW (self), 480, -1);

  gtk_header_bar_set_show_title_buttons (GTK_HEADER_BAR (header), FALSE);
  gtk_header_bar_pack_start (GTK_HEADER_BAR (header), cancel);
  gtk_header_bar_pack_end (GTK_HEADER_BAR (header), apply);
  gtk_widget_add_css_class (apply, "suggested-action");
  g_signal_connect_swapped (cancel, "clicked", G_CALLBACK (cancel_clicked), self);
  g_signal_connect_swapped (apply, "clicked", G_CALLBACK (apply_clicked), self);
  gtk_window_set_titlebar (GTK_WINDOW (self), header);
  gtk_window_set_default_widget (GTK_WINDOW (self), apply);

  gtk_grid_set_row_spacing (GTK_GRID (grid), 12);
  gtk_grid_set_column_spacing (GTK_GRID (grid), 12);
  self->applicant = sb_details_add_field (GTK_GRID (grid), 0, _("_Applicant"), gtk_entry_new ());
  self->subject = sb_details_add_field (GTK_GRID (grid), 1, _("Asse_sses"), gtk_drop_down_new_from_strings (subjects));
  self->kind = sb_details_add_field (GTK_GRID (grid), 2, _("_Kind"), gtk_drop_down_new_from_strings (kinds));
  self->examiner = sb_details_add_field (GTK_GRID (grid), 3, _("_Examiner"), gtk_entry_new ());

  gtk_label_set_wrap (GTK_LABEL (note), TRUE);
  gtk_label_set_xalign (GTK_LABEL (note), 0);
  gtk_label_set_max_width_chars (GTK_LABEL (note), 50);
  gtk_widget_add_css_class (note, "dim-label");

  gtk_widget_set_margin_top (box, 18);
  gtk_widget_set_margin_bottom (box, 18);
  gtk_widget_set_margin_start (box, 18);
  gtk_widget_set_margin_end (box, 18);
  gtk_box_append (GTK_BOX (box), grid);
  gtk_box_append (GTK_BOX (box), note);
  gtk_window_set_child (GTK_WINDOW (self), box);
}

/* A modal dialog over @parent for @assessment's applicant, subject, kind
 * and examiner; it closes itself. */
GtkWidget *
sb_details_dialog_new (GtkWindow    *parent,
                       SbAssessment *assessment)
{
  SbDetailsDialog *self;

  g_return_val_if_fail (GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (SB_IS_ASSESSMENT (assessment), NULL);

  self = g_object_new (SB_TYPE_DETAILS_DIALOG, "transient-for", parent, NULL);
  self->assessment = g_object_ref (assessment);
  gtk_editable_set_text (GTK_EDITABLE (self->applicant), sb_assessment_get_applicant (assessment));
  gtk_editable_set_text (GTK_EDITABLE (self->examiner), sb_assessment_get_examiner (assessment));
  gtk_drop_down_set_selected (GTK_DROP_DOWN (self->subject), sb_assessment_get_subject (assessment));
  gtk_drop_down_set_selected (GTK_DROP_DOWN (self->kind), sb_assessment_get_kind (assessment));
  return GTK_WIDGET (self);
}

SbAssessment *
sb_details_dialog_get_assessment (SbDetailsDialog *self)
{
  g_return_val_if_fail (SB_IS_DETAILS_DIALOG (self), NULL);
  return self->assessment;
}
