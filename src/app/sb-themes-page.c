/* sb-themes-page.c — the key themes of the application as a whole, each linked to the part comments it draws on
 * Copyright 2026 The Scorebook authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "sb-themes-page"

#include "config.h"

#include <glib/gi18n.h>

#include "sb-language.h"
#include "sb-page.h"
#include "sb-themes-page.h"
#include "sb-widget-language.h"

/* Four lists: the strengths and opportunities of the applicant's
 * processes, and of its results, that cut across the items. Each theme
 * links to the comments of parts it draws on (the comments the team
 * marked as candidates first, in its menu), and says so where none
 * supports it, or where one it links to says the opposite.
 *
 * As in the note list, each theme is a widget of its own, and the model
 * is the truth: typing writes through sb_assessment_set_theme(), and the
 * rows follow the model's themes-changed signal, whoever made the change;
 * an entry whose text is the model's already is left alone. */

typedef struct
{
  GtkWidget *box;
  GtkWidget *entry;
  GtkWidget *links_button;
  GtkWidget *remove;
  GtkWidget *links;       /* a label per linked comment */
  GtkWidget *warning;
} Row;

typedef struct
{
  GtkWidget *heading;
  GtkWidget *rows_box;
  GtkWidget *add;
  GPtrArray *rows;        /* Row, in the model's order */
} Section;

struct _SbThemesPage
{
  GtkBox        parent_instance;

  SbAssessment *assessment;
  Section       sections[SB_N_THEME_KINDS];
  gboolean      syncing;
  Row          *writing;
};

G_DEFINE_FINAL_TYPE (SbThemesPage, sb_themes_page, GTK_TYPE_BOX)

static void sync_all (SbThemesPage *self);

static const char *
kind_title (SbThemeKind kind)
{
  switch (kind)
    {
    case SB_THEME_PROCESS_STRENGTH:
      return _("Process strengths");
    case SB_THEME_PROCESS_OPPORTUNITY:
      return _("Process opportunities");
    case SB_THEME_RESULTS_STRENGTH:
      return _("Results strengths");
    case SB_THEME_RESULTS_OPPORTUNITY:
      return _("Results opportunities");
    default:
      g_assert_not_reached ();
    }
}

/* The row that holds @widget, and its kind and index. */
static Row *
find_row (SbThemesPage *self,
          GtkWidget    *widget,
          SbThemeKind  *kind,
          guint        *index)
{
  for (guint k = 0; k < SB_N_THEME_KINDS; k++)
    for (guint i = 0; i < self->sections[k].rows->len; i++)
      {
        Row *row = g_ptr_array_index (self->sections[k].rows, i);

        if (widget == row->box || gtk_widget_is_ancestor (widget, row->box))
          {
            *kind = k;
            *index = i;
            return row;
          }
      }
  return NULL;
}

/* "1.1.1 · Strength 2 (LM, WF): text": a comment as a link names it. */
static char *
comment_label (SbAssessment *assessment,
               const char   *note_id)
{
  const char *owner_id;
  SbNoteKind kind;
  guint index;
  const char *authors;
  g_autofree char *which = NULL;
  g_autofree char *by = NULL;

  if (!sb_assessment_find_note (assessment, note_id, &owner_id, &kind, &index))
    /* Translators: a key theme's link to a comment that was removed */
    return g_strdup (_("a comment that is no longer there"));
  /* Translators: names a comment of a part; %s is the part's number, %u the comment's */
  which = g_strdup_printf (kind == SB_NOTE_STRENGTH ? _("%s · Strength %u") : _("%s · Opportunity %u"),
                           owner_id, index + 1);
  authors = sb_assessment_get_note_authors (assessment, owner_id, kind, index);
  by = authors != NULL && *authors != '\0' ? g_strdup_printf (" (%s)", authors) : g_strdup ("");
  return g_strdup_printf ("%s%s: %s", which, by, sb_assessment_get_note (assessment, owner_id, kind, index));
}

static void
entry_changed (GtkEditable  *entry,
               SbThemesPage *self)
{
  SbThemeKind kind;
  guint index;
  Row *row;

  if (self->syncing || (row = find_row (self, GTK_WIDGET (entry), &kind, &index)) == NULL)
    return;
  self->writing = row;
  sb_assessment_set_theme (self->assessment, kind, index, gtk_editable_get_text (entry));
  self->writing = NULL;
}

/* Leaving a theme ends its step of undo, as leaving a comment does. */
static void
entry_left (GtkEventControllerFocus *focus,
            SbThemesPage            *self)
{
  sb_history_seal (sb_assessment_get_history (self->assessment));
}

static void
focus_row_or_add (SbThemesPage *self,
                  SbThemeKind   kind,
                  guint         index)
{
  Section *section = &self->sections[kind];

  if (section->rows->len == 0)
    gtk_widget_grab_focus (section->add);
  else
    gtk_widget_grab_focus (((Row *) g_ptr_array_index (section->rows, MIN (index, section->rows->len - 1)))->entry);
}

static void
remove_clicked (GtkButton    *button,
                SbThemesPage *self)
{
  SbThemeKind kind;
  guint index;

  if (find_row (self, GTK_WIDGET (button), &kind, &index) == NULL)
    return;
  sb_history_seal (sb_assessment_get_history (self->assessment));
  sb_assessment_remove_theme (self->assessment, kind, index);
  sb_history_seal (sb_assessment_get_history (self->assessment));
  focus_row_or_add (self, kind, index);
}

static void
link_toggled (GtkCheckButton *check,
              SbThemesPage   *self)
{
  const char *note_id = g_object_get_data (G_OBJECT (check), "sb-note-id");
  GtkWidget *button = g_object_get_data (G_OBJECT (check), "sb-theme-button");
  SbThemeKind kind;
  guint index;

  if (!self->syncing && find_row (self, button, &kind, &index) != NULL)
    sb_themes_page_toggle_link (self, kind, index, note_id);
}

static gboolean
is_linked (SbAssessment *assessment,
           SbThemeKind   kind,
           guint         index,
           const char   *note_id)
{
  const char * const *links = sb_assessment_get_theme_links (assessment, kind, index);

  return links != NULL && g_strv_contains (links, note_id);
}

/* One check button per comment of @kind of every scored part; candidates
 * (@candidates TRUE) or the others. How many there are. */
static guint
append_comment_checks (SbThemesPage *self,
                       GtkBox       *box,
                       GtkWidget    *button,
                       SbThemeKind   theme_kind,
                       guint         theme,
                       gboolean      candidates)
{
  GPtrArray *nodes = sb_standard_get_nodes (sb_assessment_get_standard (self->assessment));
  guint n_checks = 0;

  for (guint n = 0; n < nodes->len; n++)
    for (SbNoteKind kind = SB_NOTE_STRENGTH; kind <= SB_NOTE_OPPORTUNITY && sb_node_is_scored (nodes->pdata[n]); kind++)
      for (guint i = 0; i < sb_assessment_get_n_notes (self->assessment, sb_node_get_id (nodes->pdata[n]), kind); i++)
        {
          const char *owner = sb_node_get_id (nodes->pdata[n]);
          const char *note_id = sb_assessment_get_note_id (self->assessment, owner, kind, i);
          g_autofree char *label = NULL;
          GtkWidget *check;

          if (sb_assessment_get_note_key_theme (self->assessment, owner, kind, i) != candidates ||
              sb_note_is_blank (sb_assessment_get_note (self->assessment, owner, kind, i)))
            continue;
          label = comment_label (self->assessment, note_id);
          check = gtk_check_button_new_with_label (label);
          gtk_label_set_wrap (GTK_LABEL (gtk_widget_get_last_child (check)), TRUE);
          gtk_label_set_max_width_chars (GTK_LABEL (gtk_widget_get_last_child (check)), 60);
          gtk_check_button_set_active (GTK_CHECK_BUTTON (check), is_linked (self->assessment, theme_kind, theme, note_id));
          g_object_set_data_full (G_OBJECT (check), "sb-note-id", g_strdup (note_id), g_free);
          g_object_set_data (G_OBJECT (check), "sb-theme-button", button);
          g_signal_connect_object (check, "toggled", G_CALLBACK (link_toggled), self, 0);
          gtk_box_append (box, check);
          n_checks++;
        }
  return n_checks;
}

/* The menu of comments a theme may draw on: the candidates first. */
GtkWidget *
sb_themes_page_links_popover (SbThemesPage *self,
                              SbThemeKind   kind,
                              guint         index)
{
  Row *row = g_ptr_array_index (self->sections[kind].rows, index);
  GtkWidget *popover = gtk_popover_new ();
  GtkWidget *scroller = gtk_scrolled_window_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 4);
  GtkWidget *candidates = sb_page_heading_new (_("Key theme candidates"));
  GtkWidget *others = sb_page_heading_new (_("Other comments"));
  guint n_candidates, n_others;

  gtk_widget_add_css_class (candidates, "heading");
  gtk_widget_add_css_class (others, "heading");
  gtk_label_set_xalign (GTK_LABEL (candidates), 0);
  gtk_label_set_xalign (GTK_LABEL (others), 0);
  gtk_box_append (GTK_BOX (box), candidates);
  n_candidates = append_comment_checks (self, GTK_BOX (box), row->links_button, kind, index, TRUE);
  gtk_box_append (GTK_BOX (box), others);
  n_others = append_comment_checks (self, GTK_BOX (box), row->links_button, kind, index, FALSE);
  /* A heading over nothing reads as a list that failed to load. */
  gtk_widget_set_visible (candidates, n_candidates > 0);
  gtk_widget_set_visible (others, n_others > 0);
  if (n_candidates + n_others == 0)
    {
      GtkWidget *none = gtk_label_new (_("No comments to link yet: write the parts’ strengths and opportunities first."));

      gtk_label_set_wrap (GTK_LABEL (none), TRUE);
      gtk_label_set_xalign (GTK_LABEL (none), 0);
      gtk_widget_add_css_class (none, "dim-label");
      gtk_box_append (GTK_BOX (box), none);
    }
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scroller), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_propagate_natural_height (GTK_SCROLLED_WINDOW (scroller), TRUE);
  /* Wide enough to read a comment on two or three lines. */
  gtk_widget_set_size_request (scroller, 480, -1);
  gtk_scrolled_window_set_max_content_height (GTK_SCROLLED_WINDOW (scroller), 420);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scroller), box);
  gtk_popover_set_child (GTK_POPOVER (popover), scroller);
  gtk_widget_add_css_class (popover, "theme-links-popover");
  return popover;
}

static void
create_links_popup (GtkMenuButton *button,
                    gpointer       user_data)
{
  SbThemesPage *self = SB_THEMES_PAGE (user_data);
  SbThemeKind kind;
  guint index;

  if (find_row (self, GTK_WIDGET (button), &kind, &index) != NULL)
    gtk_menu_button_set_popover (button, sb_themes_page_links_popover (self, kind, index));
}

static GtkWidget *
row_line_new (SbThemesPage *self,
              Row          *row)
{
  GtkWidget *line = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkEventController *focus = gtk_event_controller_focus_new ();

  row->entry = gtk_entry_new ();
  gtk_widget_set_hexpand (row->entry, TRUE);
  gtk_widget_add_css_class (row->entry, "theme-entry");
  g_signal_connect (row->entry, "changed", G_CALLBACK (entry_changed), self);
  g_signal_connect (focus, "leave", G_CALLBACK (entry_left), self);
  gtk_widget_add_controller (row->entry, focus);
  row->links_button = gtk_menu_button_new ();
  gtk_widget_add_css_class (row->links_button, "theme-links");
  gtk_menu_button_set_create_popup_func (GTK_MENU_BUTTON (row->links_button), create_links_popup, self, NULL);
  row->remove = gtk_button_new_from_icon_name ("user-trash-symbolic");
  gtk_widget_add_css_class (row->remove, "flat");
  gtk_widget_add_css_class (row->remove, "theme-remove");
  g_signal_connect (row->remove, "clicked", G_CALLBACK (remove_clicked), self);
  gtk_box_append (GTK_BOX (line), row->entry);
  gtk_box_append (GTK_BOX (line), row->links_button);
  gtk_box_append (GTK_BOX (line), row->remove);
  return line;
}

static Row *
row_new (SbThemesPage *self)
{
  Row *row = g_new0 (Row, 1);

  row->box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 4);
  gtk_widget_add_css_class (row->box, "theme-row");
  gtk_box_append (GTK_BOX (row->box), row_line_new (self, row));
  row->links = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  gtk_widget_add_css_class (row->links, "theme-linked");
  gtk_box_append (GTK_BOX (row->box), row->links);
  row->warning = gtk_label_new (NULL);
  gtk_label_set_xalign (GTK_LABEL (row->warning), 0);
  gtk_label_set_wrap (GTK_LABEL (row->warning), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (row->warning), PANGO_WRAP_WORD_CHAR);
  gtk_widget_add_css_class (row->warning, "theme-warning");
  gtk_widget_add_css_class (row->warning, "warning");
  gtk_box_append (GTK_BOX (row->box), row->warning);
  return row;
}

static void
row_free (gpointer data)
{
  g_free (data);
}

/* The comments a theme draws on, a label each. */
static void
show_links (SbThemesPage *self,
            Row          *row,
            SbThemeKind   kind,
            guint         index)
{
  const char * const *links = sb_assessment_get_theme_links (self->assessment, kind, index);
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (row->links)))
    gtk_box_remove (GTK_BOX (row->links), child);
  for (guint i = 0; links != NULL && links[i] != NULL; i++)
    {
      g_autofree char *text = comment_label (self->assessment, links[i]);
      GtkWidget *label = gtk_label_new (text);

      gtk_label_set_xalign (GTK_LABEL (label), 0);
      gtk_label_set_wrap (GTK_LABEL (label), TRUE);
      gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
      sb_label_set_language (GTK_LABEL (label), sb_language_of_typed (text));
      gtk_widget_add_css_class (label, "dim-label");
      gtk_box_append (GTK_BOX (row->links), label);
    }
}

/* What is wrong with theme @index, or NULL. */
static char *
dup_warning (SbThemesPage *self,
             SbThemeKind   kind,
             guint         index)
{
  const char *against = NULL;
  g_autofree char *comment = NULL;

  switch (sb_assessment_check_theme (self->assessment, kind, index, &against))
    {
    case SB_THEME_UNSUPPORTED:
      return g_strdup (_("No comment of a part supports this theme yet: link the comments it draws on."));
    case SB_THEME_CONTRADICTED:
      comment = against != NULL ? comment_label (self->assessment, against) : g_strdup ("");
      /* Translators: %s names a comment and its text */
      return g_strdup_printf (_("Contradicted by %s"), comment);
    case SB_THEME_OK:
    default:
      return NULL;
    }
}

static void
row_sync (SbThemesPage *self,
          SbThemeKind   kind,
          guint         index)
{
  Row *row = g_ptr_array_index (self->sections[kind].rows, index);
  const char *text = sb_assessment_get_theme (self->assessment, kind, index);
  g_autofree char *warning = dup_warning (self, kind, index);
  /* Translators: accessible labels of a key theme's controls; %s is its list, %u its number */
  g_autofree char *entry_label = g_strdup_printf (_("%s, theme %u"), kind_title (kind), index + 1);
  g_autofree char *links_label = g_strdup_printf (_("Comments theme %u draws on"), index + 1);
  g_autofree char *remove_label = g_strdup_printf (_("Remove theme %u"), index + 1);

  self->syncing = TRUE;
  if (row != self->writing && g_strcmp0 (text, gtk_editable_get_text (GTK_EDITABLE (row->entry))) != 0)
    gtk_editable_set_text (GTK_EDITABLE (row->entry), text);
  self->syncing = FALSE;
  show_links (self, row, kind, index);
  gtk_label_set_text (GTK_LABEL (row->warning), warning != NULL ? warning : "");
  gtk_widget_set_visible (row->warning, warning != NULL);
  gtk_menu_button_set_label (GTK_MENU_BUTTON (row->links_button), _("Comments"));
  gtk_widget_set_tooltip_text (row->links_button, _("Link the comments of parts this theme draws on"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (row->entry), GTK_ACCESSIBLE_PROPERTY_LABEL, entry_label, -1);
  gtk_accessible_update_property (GTK_ACCESSIBLE (row->links_button), GTK_ACCESSIBLE_PROPERTY_LABEL, links_label, -1);
  gtk_accessible_update_property (GTK_ACCESSIBLE (row->remove), GTK_ACCESSIBLE_PROPERTY_LABEL, remove_label, -1);
  gtk_widget_set_tooltip_text (row->remove, _("Remove this theme"));
}

/* The rows of one list again, when the model has more or fewer. */
static void
rebuild_section (SbThemesPage *self,
                 SbThemeKind   kind)
{
  Section *section = &self->sections[kind];
  guint n = sb_assessment_get_n_themes (self->assessment, kind);

  if (section->rows->len == n)
    return;
  for (guint i = 0; i < section->rows->len; i++)
    gtk_box_remove (GTK_BOX (section->rows_box), ((Row *) g_ptr_array_index (section->rows, i))->box);
  g_ptr_array_set_size (section->rows, 0);
  for (guint i = 0; i < n; i++)
    {
      Row *row = row_new (self);

      g_ptr_array_add (section->rows, row);
      gtk_box_append (GTK_BOX (section->rows_box), row->box);
    }
}

static void
sync_all (SbThemesPage *self)
{
  for (SbThemeKind kind = 0; kind < SB_N_THEME_KINDS; kind++)
    {
      rebuild_section (self, kind);
      for (guint i = 0; i < self->sections[kind].rows->len; i++)
        row_sync (self, kind, i);
    }
}

static void
add_clicked (GtkButton    *button,
             SbThemesPage *self)
{
  for (SbThemeKind kind = 0; kind < SB_N_THEME_KINDS; kind++)
    if (GTK_WIDGET (button) == self->sections[kind].add)
      sb_themes_page_add (self, kind);
}

static void
append_section (SbThemesPage *self,
                SbThemeKind   kind)
{
  Section *section = &self->sections[kind];
  GtkWidget *header = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  /* Translators: the accessible label of a key themes list's Add button; %s is the list */
  g_autofree char *add_label = g_strdup_printf (_("Add to %s"), kind_title (kind));

  section->heading = sb_page_heading_new (kind_title (kind));
  gtk_label_set_xalign (GTK_LABEL (section->heading), 0);
  gtk_widget_set_hexpand (section->heading, TRUE);
  gtk_widget_add_css_class (section->heading, "heading");
  section->add = gtk_button_new_with_label (_("Add"));
  gtk_widget_add_css_class (section->add, "theme-add");
  gtk_accessible_update_property (GTK_ACCESSIBLE (section->add), GTK_ACCESSIBLE_PROPERTY_LABEL, add_label, -1);
  g_signal_connect (section->add, "clicked", G_CALLBACK (add_clicked), self);
  gtk_box_append (GTK_BOX (header), section->heading);
  gtk_box_append (GTK_BOX (header), section->add);
  gtk_widget_add_css_class (header, "page-heading");
  gtk_box_append (GTK_BOX (self), header);
  section->rows_box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
  gtk_box_append (GTK_BOX (self), section->rows_box);
  section->rows = g_ptr_array_new_with_free_func (row_free);
}

static void
sb_themes_page_finalize (GObject *object)
{
  SbThemesPage *self = SB_THEMES_PAGE (object);

  for (guint k = 0; k < SB_N_THEME_KINDS; k++)
    g_clear_pointer (&self->sections[k].rows, g_ptr_array_unref);
  g_clear_object (&self->assessment);

  G_OBJECT_CLASS (sb_themes_page_parent_class)->finalize (object);
}

static void
sb_themes_page_class_init (SbThemesPageClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = sb_themes_page_finalize;
}

static void
sb_themes_page_init (SbThemesPage *self)
{
  sb_page_init (GTK_BOX (self));
}

/* The key themes of @assessment, following its changes. */
GtkWidget *
sb_themes_page_new (SbAssessment *assessment)
{
  SbThemesPage *self;

  g_return_val_if_fail (SB_IS_ASSESSMENT (assessment), NULL);

  self = g_object_new (SB_TYPE_THEMES_PAGE, NULL);
  self->assessment = g_object_ref (assessment);
  sb_page_append_title (GTK_BOX (self), _("Key themes"), NULL,
                        _("The strengths and opportunities that cut across the application, each drawn from "
                          "comments on its parts."));
  for (SbThemeKind kind = 0; kind < SB_N_THEME_KINDS; kind++)
    append_section (self, kind);
  /* A comment's text, mark or removal changes what a link says. */
  g_signal_connect_object (assessment, "themes-changed", G_CALLBACK (sync_all), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (assessment, "notes-changed", G_CALLBACK (sync_all), self, G_CONNECT_SWAPPED);
  sync_all (self);
  return GTK_WIDGET (self);
}

/* The entry of theme @index of @kind, or NULL. */
GtkWidget *
sb_themes_page_get_entry (SbThemesPage *self,
                          SbThemeKind   kind,
                          guint         index)
{
  g_return_val_if_fail (SB_IS_THEMES_PAGE (self), NULL);
  g_return_val_if_fail (kind < SB_N_THEME_KINDS, NULL);

  if (index >= self->sections[kind].rows->len)
    return NULL;
  return ((Row *) g_ptr_array_index (self->sections[kind].rows, index))->entry;
}

/* The warning shown under theme @index of @kind, or NULL when none shows. */
const char *
sb_themes_page_get_warning (SbThemesPage *self,
                            SbThemeKind   kind,
                            guint         index)
{
  Row *row;

  g_return_val_if_fail (SB_IS_THEMES_PAGE (self), NULL);
  g_return_val_if_fail (kind < SB_N_THEME_KINDS && index < self->sections[kind].rows->len, NULL);

  row = g_ptr_array_index (self->sections[kind].rows, index);
  return gtk_widget_get_visible (row->warning) ? gtk_label_get_text (GTK_LABEL (row->warning)) : NULL;
}

/* Appends an empty theme to @kind's list, with the cursor in it. */
void
sb_themes_page_add (SbThemesPage *self,
                    SbThemeKind   kind)
{
  guint n;

  g_return_if_fail (SB_IS_THEMES_PAGE (self));
  g_return_if_fail (kind < SB_N_THEME_KINDS);

  n = sb_assessment_get_n_themes (self->assessment, kind);
  sb_history_seal (sb_assessment_get_history (self->assessment));
  sb_assessment_insert_theme (self->assessment, kind, n, "");
  sb_history_seal (sb_assessment_get_history (self->assessment));
  focus_row_or_add (self, kind, n);
}

/* Links theme @index of @kind to the comment @note_id, or unlinks it. */
void
sb_themes_page_toggle_link (SbThemesPage *self,
                            SbThemeKind   kind,
                            guint         index,
                            const char   *note_id)
{
  const char * const *links;
  /* Copies: the model lets its own go as it takes the new ones. */
  g_autoptr(GPtrArray) next = g_ptr_array_new_with_free_func (g_free);
  gboolean found = FALSE;

  g_return_if_fail (SB_IS_THEMES_PAGE (self));
  g_return_if_fail (note_id != NULL);

  links = sb_assessment_get_theme_links (self->assessment, kind, index);
  for (guint i = 0; links != NULL && links[i] != NULL; i++)
    if (g_str_equal (links[i], note_id))
      found = TRUE;
    else
      g_ptr_array_add (next, g_strdup (links[i]));
  if (!found)
    g_ptr_array_add (next, g_strdup (note_id));
  g_ptr_array_add (next, NULL);
  sb_history_seal (sb_assessment_get_history (self->assessment));
  sb_assessment_set_theme_links (self->assessment, kind, index, (const char * const *) next->pdata);
  sb_history_seal (sb_assessment_get_history (self->assessment));
}
