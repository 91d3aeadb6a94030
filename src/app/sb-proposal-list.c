/* sb-proposal-list.c — the examiners' proposed comments of one kind on a part, to merge into the consensus or leave out
 * Copyright 2026 The Scorebook authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "sb-proposal-list"

#include "config.h"

#include <glib/gi18n.h>

#include "sb-language.h"
#include "sb-proposal-list.h"
#include "sb-widget-language.h"

/* Beside the team's strengths (or opportunities) of a part, each
 * examiner's own, with their author. The team ticks several and merges
 * them into one new comment (which the node page then opens for
 * rewording), or leaves them out: what is left out goes to a "Not used"
 * list below, from which it can come back, so nothing is silently lost.
 * Merged proposals leave the list; their authors' initials stay on the
 * comment they became.
 *
 * The model is the truth: the rows are built again from it when the
 * proposals or their states change (by these buttons, by undo), and the
 * ticks survive that by the proposals' indices. */

struct _SbProposalList
{
  GtkWidget     parent_instance;

  GtkWidget    *heading;
  GtkWidget    *open_box;
  GtkWidget    *empty_label;
  GtkWidget    *merge_button;
  GtkWidget    *drop_button;
  GtkWidget    *unused_heading;
  GtkWidget    *unused_box;

  SbAssessment *assessment;
  char         *part_id;
  SbNoteKind    kind;
  GHashTable   *ticked;       /* proposal indices (GUINT_TO_POINTER (i + 1)) */
  char         *shown;        /* the states the rows were built from, to rebuild only on change */
};

G_DEFINE_FINAL_TYPE (SbProposalList, sb_proposal_list, GTK_TYPE_WIDGET)

enum { MERGED, N_SIGNALS };
static guint signals[N_SIGNALS];

#define PROPOSAL_KEY "sb-proposal"

static gboolean
is_mine (SbProposalList *self,
         guint           index)
{
  return sb_assessment_get_proposal_kind (self->assessment, self->part_id, index) == self->kind;
}

static guint
proposal_of (GtkWidget *widget)
{
  return GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (widget), PROPOSAL_KEY)) - 1;
}

static void
update_buttons (SbProposalList *self)
{
  guint n = g_hash_table_size (self->ticked);

  gtk_widget_set_sensitive (self->merge_button, n > 0);
  gtk_widget_set_sensitive (self->drop_button, n > 0);
}

static void
ticked (GtkCheckButton *check,
        SbProposalList *self)
{
  gpointer key = GUINT_TO_POINTER (proposal_of (GTK_WIDGET (check)) + 1);

  if (gtk_check_button_get_active (check))
    g_hash_table_add (self->ticked, key);
  else
    g_hash_table_remove (self->ticked, key);
  update_buttons (self);
}

/* "Li Mei: text", as a screen reader hears a proposal. */
static char *
spoken (SbProposalList *self,
        guint           index)
{
  /* Translators: a proposed comment read aloud; the first %s is its examiner, the second its text */
  return g_strdup_printf (_("%s: %s"), sb_assessment_get_proposal_author (self->assessment, self->part_id, index),
                          sb_assessment_get_proposal_text (self->assessment, self->part_id, index));
}

/* The proposal's author over its text, in the languages they were typed in. */
static GtkWidget *
texts_new (SbProposalList *self,
           guint           index)
{
  const char *author = sb_assessment_get_proposal_author (self->assessment, self->part_id, index);
  const char *words = sb_assessment_get_proposal_text (self->assessment, self->part_id, index);
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  GtkWidget *who = gtk_label_new (author);
  GtkWidget *what = gtk_label_new (words);

  gtk_label_set_xalign (GTK_LABEL (who), 0);
  gtk_widget_add_css_class (who, "caption-heading");
  gtk_widget_add_css_class (who, "proposal-author");
  sb_label_set_language (GTK_LABEL (who), sb_language_of_typed (author));
  gtk_label_set_xalign (GTK_LABEL (what), 0);
  gtk_label_set_wrap (GTK_LABEL (what), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (what), PANGO_WRAP_WORD_CHAR);
  gtk_widget_add_css_class (what, "proposal-text");
  sb_label_set_language (GTK_LABEL (what), sb_language_of_typed (words));
  gtk_box_append (GTK_BOX (box), who);
  gtk_box_append (GTK_BOX (box), what);
  gtk_widget_set_hexpand (box, TRUE);
  return box;
}

static GtkWidget *
open_row_new (SbProposalList *self,
              guint           index)
{
  GtkWidget *check = gtk_check_button_new ();
  g_autofree char *label = spoken (self, index);

  /* A check button's child is its label: the text wraps under the box. */
  gtk_check_button_set_child (GTK_CHECK_BUTTON (check), texts_new (self, index));
  g_object_set_data (G_OBJECT (check), PROPOSAL_KEY, GUINT_TO_POINTER (index + 1));
  gtk_check_button_set_active (GTK_CHECK_BUTTON (check),
                               g_hash_table_contains (self->ticked, GUINT_TO_POINTER (index + 1)));
  gtk_accessible_update_property (GTK_ACCESSIBLE (check), GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
  gtk_widget_add_css_class (check, "proposal");
  g_signal_connect (check, "toggled", G_CALLBACK (ticked), self);
  return check;
}

static void
restore_clicked (GtkButton      *button,
                 SbProposalList *self)
{
  sb_proposal_list_restore (self, proposal_of (GTK_WIDGET (button)));
}

static GtkWidget *
unused_row_new (SbProposalList *self,
                guint           index)
{
  GtkWidget *row = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *back = gtk_button_new_with_label (_("Use Again"));
  g_autofree char *what = spoken (self, index);
  /* Translators: the accessible label of the button that brings a proposal back; %s is the proposal */
  g_autofree char *label = g_strdup_printf (_("Use again: %s"), what);

  gtk_box_append (GTK_BOX (row), texts_new (self, index));
  g_object_set_data (G_OBJECT (back), PROPOSAL_KEY, GUINT_TO_POINTER (index + 1));
  gtk_widget_set_valign (back, GTK_ALIGN_START);
  gtk_widget_add_css_class (back, "proposal-restore");
  gtk_accessible_update_property (GTK_ACCESSIBLE (back), GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
  g_signal_connect (back, "clicked", G_CALLBACK (restore_clicked), self);
  gtk_box_append (GTK_BOX (row), back);
  gtk_widget_add_css_class (row, "proposal-unused");
  return row;
}

static void
empty_box (GtkWidget *box)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (box)))
    gtk_box_remove (GTK_BOX (box), child);
}

/* "0o2u…": each of my proposals' state, so that typing in a comment (which
 * the model also reports for the part) rebuilds nothing. */
static char *
states_of (SbProposalList *self)
{
  GString *states = g_string_new (NULL);
  guint n = sb_assessment_get_n_proposals (self->assessment, self->part_id);

  for (guint i = 0; i < n; i++)
    g_string_append_c (states, is_mine (self, i) ? '0' + sb_assessment_get_proposal_state (self->assessment, self->part_id, i) : '-');
  return g_string_free (states, FALSE);
}

static void
update_strings (SbProposalList *self,
                guint           n_open,
                guint           n_unused)
{
  gboolean strengths = self->kind == SB_NOTE_STRENGTH;
  /* Translators: the heading over the proposals not used; %u is how many */
  g_autofree char *unused = g_strdup_printf (_("Not used (%u)"), n_unused);

  gtk_label_set_text (GTK_LABEL (self->heading), strengths ? _("Examiners’ strengths") : _("Examiners’ opportunities"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  gtk_label_get_text (GTK_LABEL (self->heading)), -1);
  gtk_label_set_text (GTK_LABEL (self->empty_label), _("Every proposal is merged or set aside"));
  gtk_widget_set_visible (self->empty_label, n_open == 0);
  gtk_label_set_text (GTK_LABEL (self->unused_heading), unused);
  gtk_widget_set_visible (self->unused_heading, n_unused > 0);
  gtk_button_set_label (GTK_BUTTON (self->merge_button), _("_Merge"));
  gtk_widget_set_tooltip_text (self->merge_button, _("Merge the ticked proposals into one comment of the team"));
  gtk_button_set_label (GTK_BUTTON (self->drop_button), _("_Not Used"));
  gtk_widget_set_tooltip_text (self->drop_button, _("Leave the ticked proposals out; they stay in the list below"));
}

/* Builds the rows again from the model when its proposals changed. */
static void
sync_rows (SbProposalList *self)
{
  g_autofree char *states = states_of (self);
  guint n_open = 0, n_unused = 0;

  if (g_strcmp0 (states, self->shown) == 0)
    return;
  g_free (self->shown);
  self->shown = g_steal_pointer (&states);
  empty_box (self->open_box);
  empty_box (self->unused_box);
  for (guint i = 0; self->shown[i] != '\0'; i++)
    {
      gpointer key = GUINT_TO_POINTER (i + 1);

      if (self->shown[i] == '0' + SB_PROPOSAL_OPEN)
        gtk_box_append (GTK_BOX (self->open_box), open_row_new (self, i)), n_open++;
      else
        g_hash_table_remove (self->ticked, key);
      if (self->shown[i] == '0' + SB_PROPOSAL_NOT_USED)
        gtk_box_append (GTK_BOX (self->unused_box), unused_row_new (self, i)), n_unused++;
    }
  update_strings (self, n_open, n_unused);
  update_buttons (self);
}

/* Proposals are part of the part's consensus, which the model reports as
 * notes-changed of kind SB_NOTE_KIND_CONSENSUS; a key typed in one of its
 * comments changes none of them. */
static void
notes_changed (SbProposalList *self,
               const char     *owner_id,
               guint           kind)
{
  if (kind == SB_NOTE_KIND_CONSENSUS && g_strcmp0 (owner_id, self->part_id) == 0)
    sync_rows (self);
}

static void
merge_clicked (SbProposalList *self)
{
  sb_proposal_list_merge (self);
}

static void
drop_clicked (SbProposalList *self)
{
  sb_proposal_list_drop (self);
}

static void
sb_proposal_list_dispose (GObject *object)
{
  SbProposalList *self = SB_PROPOSAL_LIST (object);
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))))
    gtk_widget_unparent (child);
  g_clear_object (&self->assessment);

  G_OBJECT_CLASS (sb_proposal_list_parent_class)->dispose (object);
}

static void
sb_proposal_list_finalize (GObject *object)
{
  SbProposalList *self = SB_PROPOSAL_LIST (object);

  g_hash_table_unref (self->ticked);
  g_free (self->part_id);
  g_free (self->shown);

  G_OBJECT_CLASS (sb_proposal_list_parent_class)->finalize (object);
}

static void
sb_proposal_list_class_init (SbProposalListClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  G_OBJECT_CLASS (klass)->dispose = sb_proposal_list_dispose;
  G_OBJECT_CLASS (klass)->finalize = sb_proposal_list_finalize;

  /* The proposals became the team's comment @index: the page opens it for rewording. */
  signals[MERGED] = g_signal_new ("merged", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                                  G_TYPE_NONE, 1, G_TYPE_UINT);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BOX_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "proposallist");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

static GtkWidget *
append_new (SbProposalList *self,
            GtkWidget      *child)
{
  gtk_widget_set_parent (child, GTK_WIDGET (self));
  return child;
}

static void
sb_proposal_list_init (SbProposalList *self)
{
  GtkLayoutManager *layout = gtk_widget_get_layout_manager (GTK_WIDGET (self));
  GtkWidget *buttons = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);

  gtk_orientable_set_orientation (GTK_ORIENTABLE (layout), GTK_ORIENTATION_VERTICAL);
  gtk_box_layout_set_spacing (GTK_BOX_LAYOUT (layout), 6);
  self->ticked = g_hash_table_new (NULL, NULL);

  self->heading = append_new (self, g_object_new (GTK_TYPE_LABEL, "accessible-role", GTK_ACCESSIBLE_ROLE_HEADING,
                                                  "xalign", 0.0f, "wrap", TRUE, NULL));
  gtk_widget_add_css_class (self->heading, "heading");
  self->empty_label = append_new (self, gtk_label_new (NULL));
  gtk_label_set_xalign (GTK_LABEL (self->empty_label), 0);
  gtk_widget_add_css_class (self->empty_label, "dim-label");
  self->open_box = append_new (self, gtk_box_new (GTK_ORIENTATION_VERTICAL, 6));
  append_new (self, buttons);
  self->merge_button = gtk_button_new_with_mnemonic ("");
  self->drop_button = gtk_button_new_with_mnemonic ("");
  gtk_button_set_use_underline (GTK_BUTTON (self->merge_button), TRUE);
  gtk_button_set_use_underline (GTK_BUTTON (self->drop_button), TRUE);
  gtk_widget_add_css_class (self->merge_button, "proposal-merge");
  gtk_widget_add_css_class (self->drop_button, "proposal-drop");
  g_signal_connect_swapped (self->merge_button, "clicked", G_CALLBACK (merge_clicked), self);
  g_signal_connect_swapped (self->drop_button, "clicked", G_CALLBACK (drop_clicked), self);
  gtk_box_append (GTK_BOX (buttons), self->merge_button);
  gtk_box_append (GTK_BOX (buttons), self->drop_button);
  self->unused_heading = append_new (self, g_object_new (GTK_TYPE_LABEL, "accessible-role", GTK_ACCESSIBLE_ROLE_HEADING,
                                                         "xalign", 0.0f, NULL));
  gtk_widget_add_css_class (self->unused_heading, "heading");
  gtk_widget_add_css_class (self->unused_heading, "proposal-unused-heading");
  self->unused_box = append_new (self, gtk_box_new (GTK_ORIENTATION_VERTICAL, 6));
}

/* The proposals of @kind (strengths or opportunities) on @part_id in the
 * consensus @assessment. */
GtkWidget *
sb_proposal_list_new (SbAssessment *assessment,
                      const char   *part_id,
                      SbNoteKind    kind)
{
  SbProposalList *self;

  g_return_val_if_fail (SB_IS_ASSESSMENT (assessment), NULL);
  g_return_val_if_fail (part_id != NULL, NULL);
  g_return_val_if_fail (kind == SB_NOTE_STRENGTH || kind == SB_NOTE_OPPORTUNITY, NULL);

  self = g_object_new (SB_TYPE_PROPOSAL_LIST, NULL);
  self->assessment = g_object_ref (assessment);
  self->part_id = g_strdup (part_id);
  self->kind = kind;
  g_signal_connect_object (assessment, "notes-changed", G_CALLBACK (notes_changed), self, G_CONNECT_SWAPPED);
  sync_rows (self);
  return GTK_WIDGET (self);
}

const char *
sb_proposal_list_get_part_id (SbProposalList *self)
{
  g_return_val_if_fail (SB_IS_PROPOSAL_LIST (self), NULL);
  return self->part_id;
}

SbNoteKind
sb_proposal_list_get_kind (SbProposalList *self)
{
  g_return_val_if_fail (SB_IS_PROPOSAL_LIST (self), SB_NOTE_STRENGTH);
  return self->kind;
}

/* How many proposals of the list show in @state (open, or not used). */
guint
sb_proposal_list_get_n_shown (SbProposalList  *self,
                              SbProposalState  state)
{
  guint n = 0;

  g_return_val_if_fail (SB_IS_PROPOSAL_LIST (self), 0);
  for (guint i = 0; self->shown[i] != '\0'; i++)
    n += self->shown[i] == '0' + (int) state;
  return n;
}

/* Ticks (or unticks) proposal @proposal, as a click on it does. */
void
sb_proposal_list_select (SbProposalList *self,
                         guint           proposal,
                         gboolean        selected)
{
  g_return_if_fail (SB_IS_PROPOSAL_LIST (self));

  for (GtkWidget *row = gtk_widget_get_first_child (self->open_box); row != NULL; row = gtk_widget_get_next_sibling (row))
    if (proposal_of (row) == proposal)
      gtk_check_button_set_active (GTK_CHECK_BUTTON (row), selected);
}

static guint *
ticked_indices (SbProposalList *self,
                guint          *n)
{
  g_autoptr(GArray) indices = g_array_new (FALSE, FALSE, sizeof (guint));

  /* In the order the proposals are listed, so the merged text is too. */
  for (guint i = 0; self->shown[i] != '\0'; i++)
    if (g_hash_table_contains (self->ticked, GUINT_TO_POINTER (i + 1)))
      g_array_append_val (indices, i);
  *n = indices->len;
  return (guint *) g_array_free (g_steal_pointer (&indices), FALSE);
}

/* Merges the ticked proposals into one new comment of the team (one step
 * of undo), and emits "merged" with its index. */
void
sb_proposal_list_merge (SbProposalList *self)
{
  guint n;
  g_autofree guint *indices = NULL;
  guint merged;

  g_return_if_fail (SB_IS_PROPOSAL_LIST (self));
  indices = ticked_indices (self, &n);
  if (n == 0)
    return;
  sb_history_seal (sb_assessment_get_history (self->assessment));
  merged = sb_assessment_merge_proposals (self->assessment, self->part_id, indices, n);
  sb_history_seal (sb_assessment_get_history (self->assessment));
  g_signal_emit (self, signals[MERGED], 0, merged);
}

/* The ticked proposals go to the "Not used" list, together one step of undo. */
void
sb_proposal_list_drop (SbProposalList *self)
{
  SbHistory *history;
  guint n;
  g_autofree guint *indices = NULL;

  g_return_if_fail (SB_IS_PROPOSAL_LIST (self));
  indices = ticked_indices (self, &n);
  if (n == 0)
    return;
  history = sb_assessment_get_history (self->assessment);
  sb_history_seal (history);
  sb_history_begin_group (history);
  for (guint i = 0; i < n; i++)
    sb_assessment_set_proposal_state (self->assessment, self->part_id, indices[i], SB_PROPOSAL_NOT_USED);
  sb_history_end_group (history);
  sb_history_seal (history);
  /* The focused box went with its row: the keyboard goes on from the list. */
  if (gtk_widget_get_first_child (self->open_box) != NULL)
    gtk_widget_child_focus (self->open_box, GTK_DIR_TAB_FORWARD);
  else
    gtk_widget_grab_focus (self->merge_button);
}

/* Brings a proposal left out back among the open ones. */
void
sb_proposal_list_restore (SbProposalList *self,
                          guint           proposal)
{
  g_return_if_fail (SB_IS_PROPOSAL_LIST (self));

  sb_history_seal (sb_assessment_get_history (self->assessment));
  sb_assessment_set_proposal_state (self->assessment, self->part_id, proposal, SB_PROPOSAL_OPEN);
  sb_history_seal (sb_assessment_get_history (self->assessment));
  sb_proposal_list_select (self, proposal, FALSE);
  for (GtkWidget *row = gtk_widget_get_first_child (self->open_box); row != NULL; row = gtk_widget_get_next_sibling (row))
    if (proposal_of (row) == proposal)
      gtk_widget_grab_focus (row);
}
