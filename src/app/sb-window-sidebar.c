/* sb-window-sidebar.c — the main window's sidebar: the standard's tree, its rows, its keys, and selecting by id
 * Copyright 2026 The Scorebook authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "sb-window-sidebar"

#include "config.h"

#include <glib/gi18n.h>

#include "sb-nav-entry.h"
#include "sb-page.h"
#include "sb-widget-language.h"
#include "sb-window-private.h"

static GListModel *
create_children (gpointer item,
                 gpointer user_data)
{
  GListModel *children = NULL;

  if (SB_IS_NODE (item))
    children = sb_node_get_children (SB_NODE (item));
  else if (SB_IS_NAV_ENTRY (item))
    children = sb_nav_entry_get_children (SB_NAV_ENTRY (item));

  if (children == NULL || g_list_model_get_n_items (children) == 0)
    return NULL;
  return g_object_ref (children);
}

static void
setup_row (GtkSignalListItemFactory *factory,
           GtkListItem              *list_item,
           gpointer                  user_data)
{
  GtkWidget *expander = gtk_tree_expander_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *title = gtk_label_new (NULL);
  GtkWidget *points = gtk_label_new (NULL);
  GtkWidget *baseline = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (title), 0);
  /* Two lines before an ellipsis, so that a long English title or large
   * text still shows enough to tell the rows apart. */
  gtk_label_set_wrap (GTK_LABEL (title), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (title), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_lines (GTK_LABEL (title), 2);
  gtk_label_set_ellipsize (GTK_LABEL (title), PANGO_ELLIPSIZE_END);
  gtk_widget_set_hexpand (title, TRUE);
  gtk_widget_add_css_class (points, "dim-label");
  gtk_widget_add_css_class (points, "numeric");
  /* A rating carried over from an earlier assessment says so until it is
   * re-assessed (sb_assessment_new_from()). */
  gtk_widget_add_css_class (baseline, "baseline-mark");
  gtk_widget_add_css_class (baseline, "caption");
  gtk_box_append (GTK_BOX (box), title);
  gtk_box_append (GTK_BOX (box), baseline);
  gtk_box_append (GTK_BOX (box), points);
  gtk_tree_expander_set_child (GTK_TREE_EXPANDER (expander), box);
  gtk_list_item_set_child (list_item, expander);
}

static void
bind_row (GtkSignalListItemFactory *factory,
          GtkListItem              *list_item,
          gpointer                  user_data)
{
  SbWindow *self = user_data;
  GtkTreeListRow *row = gtk_list_item_get_item (list_item);
  g_autoptr(GObject) item = gtk_tree_list_row_get_item (row);
  GtkWidget *expander = gtk_list_item_get_child (list_item);
  GtkWidget *box = gtk_tree_expander_get_child (GTK_TREE_EXPANDER (expander));
  GtkWidget *title = gtk_widget_get_first_child (box);
  GtkWidget *points = gtk_widget_get_last_child (box);
  GtkWidget *baseline = gtk_widget_get_prev_sibling (points);
  g_autofree char *label = sb_page_item_label (item, self->language);
  g_autofree char *max = SB_IS_NODE (item) ? sb_page_score_text (self->assessment, SB_NODE (item)) : g_strdup ("");
  gboolean carried = SB_IS_NODE (item) && sb_node_is_scored (SB_NODE (item)) &&
                     sb_assessment_is_baseline (self->assessment, sb_node_get_id (SB_NODE (item)));

  gtk_tree_expander_set_list_row (GTK_TREE_EXPANDER (expander), row);
  if (SB_IS_NODE (item))
    g_hash_table_insert (self->bound_rows, (gpointer) sb_node_get_id (SB_NODE (item)), list_item);
  gtk_label_set_text (GTK_LABEL (title), label);
  /* The entries of the interface (overview, glossary…) are in its language. */
  sb_label_set_language (GTK_LABEL (title), SB_IS_NAV_ENTRY (item) ? sb_widget_language_interface ()
                                                                       : sb_display_language_to_tag (self->language));
  gtk_widget_set_tooltip_text (title, label);
  gtk_label_set_text (GTK_LABEL (points), max);
  /* Translators: the sidebar's mark of a rating not yet re-assessed; keep it short */
  gtk_label_set_text (GTK_LABEL (baseline), _("baseline"));
  gtk_widget_set_tooltip_text (baseline, _("Not yet re-assessed: the rating is carried over from the earlier assessment"));
  gtk_widget_set_visible (baseline, carried);
  if (carried)
    {
      /* Translators: a sidebar row read aloud: the part, its points */
      g_autofree char *spoken = g_strdup_printf (_("%s, %s points, not yet re-assessed"), label, max);
      gtk_accessible_update_property (GTK_ACCESSIBLE (expander), GTK_ACCESSIBLE_PROPERTY_LABEL, spoken, -1);
    }
  else if (*max != '\0')
    {
      g_autofree char *spoken = g_strdup_printf (_("%s, %s points"), label, max);
      gtk_accessible_update_property (GTK_ACCESSIBLE (expander), GTK_ACCESSIBLE_PROPERTY_LABEL, spoken, -1);
    }
  else
    gtk_accessible_update_property (GTK_ACCESSIBLE (expander), GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
}

static void
unbind_row (GtkSignalListItemFactory *factory,
            GtkListItem              *list_item,
            gpointer                  user_data)
{
  SbWindow *self = user_data;
  GtkTreeListRow *row = gtk_list_item_get_item (list_item);
  g_autoptr(GObject) item = row != NULL ? gtk_tree_list_row_get_item (row) : NULL;

  if (SB_IS_NODE (item) && g_hash_table_lookup (self->bound_rows, sb_node_get_id (SB_NODE (item))) == list_item)
    g_hash_table_remove (self->bound_rows, sb_node_get_id (SB_NODE (item)));
}

/* The sidebar's widget for the row at @position, once the list has made
 * one (scrolling to a row makes it). */
static GtkWidget *
sidebar_row_widget (SbWindow *self,
                    guint     position)
{
  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self->sidebar));
       child != NULL; child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *expander = gtk_widget_get_first_child (child);
      GtkTreeListRow *row;

      if (!GTK_IS_TREE_EXPANDER (expander) || !gtk_widget_get_visible (child))
        continue;
      row = gtk_tree_expander_get_list_row (GTK_TREE_EXPANDER (expander));
      if (row != NULL && gtk_tree_list_row_get_position (row) == position)
        return child;
    }
  return NULL;
}

/* Puts the focus on the selected sidebar row. The list itself would focus
 * the row it last had the focus on, which is not the selection once the
 * selection has moved by other means than the list's own keys. */
void
sb_window_focus_sidebar (SbWindow *self)
{
  GtkWidget *row = sidebar_row_widget (self, gtk_single_selection_get_selected (self->selection));

  if (row == NULL || !gtk_widget_grab_focus (row))
    gtk_widget_grab_focus (GTK_WIDGET (self->sidebar));
}

GObject *
sb_window_dup_selected_item (SbWindow *self)
{
  GtkTreeListRow *row = gtk_single_selection_get_selected_item (self->selection);

  return row ? gtk_tree_list_row_get_item (row) : NULL;
}

/* The selected node of the criteria, or NULL when the selection is
 * something else (the overview, the front matter). */
SbNode *
sb_window_get_selected_node (SbWindow *self)
{
  g_autoptr(GObject) item = NULL;

  g_return_val_if_fail (SB_IS_WINDOW (self), NULL);

  item = sb_window_dup_selected_item (self);
  return SB_IS_NODE (item) ? SB_NODE (g_steal_pointer (&item)) : NULL;
}

static gboolean
is_ancestor (GObject *ancestor,
             SbNode  *node)
{
  for (SbNode *n = sb_node_get_parent (node); n != NULL; n = sb_node_get_parent (n))
    if ((GObject *) n == ancestor)
      return TRUE;
  return FALSE;
}

/* Selects the sidebar row at @position and scrolls to it, which makes its
 * widget; a focus in the sidebar follows the selection, rather than
 * staying on the old row. */
static void
select_position (SbWindow *self,
                 guint     position)
{
  gboolean in_sidebar = sb_window_has_focus_within (self, GTK_WIDGET (self->sidebar));

  gtk_widget_activate_action (GTK_WIDGET (self->sidebar), "list.scroll-to-item", "u", position);
  gtk_single_selection_set_selected (self->selection, position);
  if (in_sidebar)
    sb_window_focus_sidebar (self);
}

/* Selects the node, section or guide with @id, expanding what holds it so
 * that its row exists, and scrolls the sidebar to it. Returns whether it
 * was found. */
gboolean
sb_window_select_id (SbWindow   *self,
                     const char *id)
{
  SbNode *node;

  g_return_val_if_fail (SB_IS_WINDOW (self), FALSE);
  g_return_val_if_fail (id != NULL, FALSE);

  node = sb_standard_lookup_node (self->standard, id);
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (self->tree)); i++)
    {
      g_autoptr(GtkTreeListRow) row = gtk_tree_list_model_get_row (self->tree, i);
      g_autoptr(GObject) item = gtk_tree_list_row_get_item (row);

      if (g_strcmp0 (sb_page_item_id (item), id) == 0)
        {
          select_position (self, i);
          return TRUE;
        }
      if (node != NULL ? is_ancestor (item, node) : SB_IS_NAV_ENTRY (item))
        gtk_tree_list_row_set_expanded (row, TRUE);
    }
  return FALSE;
}

/* The sidebar row that has the focus, or NULL. */
static GtkTreeListRow *
focused_row (SbWindow *self)
{
  GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (self));

  for (; focus != NULL && focus != GTK_WIDGET (self->sidebar); focus = gtk_widget_get_parent (focus))
    {
      if (GTK_IS_TREE_EXPANDER (focus))
        return gtk_tree_expander_get_list_row (GTK_TREE_EXPANDER (focus));
      if (GTK_IS_TREE_EXPANDER (gtk_widget_get_first_child (focus)))
        return gtk_tree_expander_get_list_row (GTK_TREE_EXPANDER (gtk_widget_get_first_child (focus)));
    }
  return NULL;
}

/* The sidebar is one tab stop, walked with the arrow keys: Tab goes on to
 * the page (GTK 4.8's list would stop on each of its rows), Shift+Tab back
 * to the search bar or the header. Left folds a row or goes to its parent,
 * Right unfolds it, as in a tree. */
static gboolean
sidebar_key_pressed (SbWindow        *self,
                     guint            keyval,
                     guint            keycode,
                     GdkModifierType  state)
{
  gboolean left = keyval == GDK_KEY_Left || keyval == GDK_KEY_KP_Left;
  GtkTreeListRow *row;

  if ((state & (GDK_CONTROL_MASK | GDK_ALT_MASK)) != 0)
    return FALSE;
  if (keyval == GDK_KEY_ISO_Left_Tab || ((keyval == GDK_KEY_Tab || keyval == GDK_KEY_KP_Tab) && (state & GDK_SHIFT_MASK)))
    {
      if (gtk_search_bar_get_search_mode (self->search_bar))
        gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
      else
        gtk_widget_child_focus (gtk_window_get_titlebar (GTK_WINDOW (self)), GTK_DIR_TAB_BACKWARD);
      return TRUE;
    }
  if (keyval == GDK_KEY_Tab || keyval == GDK_KEY_KP_Tab)
    {
      /* On past a page without controls, to the header, as at the end of
       * a page. */
      if (!sb_window_focus_page (self))
        gtk_widget_child_focus (gtk_window_get_titlebar (GTK_WINDOW (self)), GTK_DIR_TAB_FORWARD);
      return TRUE;
    }
  if (!left && keyval != GDK_KEY_Right && keyval != GDK_KEY_KP_Right)
    return FALSE;

  row = focused_row (self);
  if (row == NULL)
    return FALSE;
  if (!left)
    gtk_tree_list_row_set_expanded (row, TRUE);
  else if (gtk_tree_list_row_get_expanded (row))
    gtk_tree_list_row_set_expanded (row, FALSE);
  else
    {
      g_autoptr(GtkTreeListRow) parent = gtk_tree_list_row_get_parent (row);

      if (parent != NULL)
        select_position (self, gtk_tree_list_row_get_position (parent));
    }
  return TRUE;
}

/* Rebinds the visible sidebar rows, so their scores are current. */
void
sb_window_refresh_rows (SbWindow *self)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->tree));

  g_list_model_items_changed (G_LIST_MODEL (self->selection), 0, n, n);
}

/* Writes again the shown rows of the nodes whose ids are in @ids: a
 * rating touches its path to the root, not every row. (A change of the
 * list model would make GTK bind every row after the first changed.) */
void
sb_window_refresh_node_rows (SbWindow   *self,
                             GHashTable *ids)
{
  GHashTableIter iter;
  gpointer id;

  g_hash_table_iter_init (&iter, ids);
  while (g_hash_table_iter_next (&iter, &id, NULL))
    {
      GtkListItem *list_item = g_hash_table_lookup (self->bound_rows, id);

      if (list_item != NULL)
        bind_row (NULL, list_item, self);
    }
}

static void
append_all (GListStore *store,
            GListModel *model)
{
  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (model, i);
      g_list_store_append (store, item);
    }
}

/* The sidebar's top level: the overview, the applicant's profile, the
 * criteria, the key themes across them, then the standard's own texts
 * under one heading. */
static GListStore *
build_root (SbStandard *standard)
{
  GListStore *root = g_list_store_new (G_TYPE_OBJECT);
  GListStore *front = g_list_store_new (G_TYPE_OBJECT);
  g_autoptr(SbNavEntry) overview = sb_nav_entry_new (SB_NAV_OVERVIEW, NULL);
  g_autoptr(SbNavEntry) about = NULL;
  g_autoptr(SbNavEntry) glossary = sb_nav_entry_new (SB_NAV_GLOSSARY, NULL);
  g_autoptr(SbNavEntry) references = sb_nav_entry_new (SB_NAV_REFERENCES, NULL);
  g_autoptr(SbNavEntry) themes = sb_nav_entry_new (SB_NAV_THEMES, NULL);

  g_list_store_append (root, overview);
  if (sb_standard_get_profile (standard) != NULL)
    g_list_store_append (root, sb_standard_get_profile (standard));
  append_all (root, sb_standard_get_criteria (standard));
  g_list_store_append (root, themes);

  append_all (front, sb_standard_get_front (standard));
  append_all (front, sb_standard_get_rules (standard));
  if (sb_standard_get_principles (standard) != NULL)
    g_list_store_append (front, sb_standard_get_principles (standard));
  append_all (front, sb_standard_get_guides (standard));
  if (g_list_model_get_n_items (sb_standard_get_glossary (standard)) > 0)
    g_list_store_append (front, glossary);
  if (g_list_model_get_n_items (sb_standard_get_references (standard)) > 0)
    g_list_store_append (front, references);
  about = sb_nav_entry_new (SB_NAV_STANDARD, G_LIST_MODEL (front));
  g_list_store_append (root, about);

  return root;
}

/* The sidebar's contents: the window's standard, shown with the
 * window's own rows, and its keys. */
void
sb_window_fill_sidebar (SbWindow *self)
{
  g_autoptr(GtkListItemFactory) factory = gtk_signal_list_item_factory_new ();
  GtkEventController *keys = gtk_event_controller_key_new ();

  /* Before the list's own handling of Tab and the arrows. */
  gtk_event_controller_set_propagation_phase (keys, GTK_PHASE_CAPTURE);
  g_signal_connect_swapped (keys, "key-pressed", G_CALLBACK (sidebar_key_pressed), self);
  gtk_widget_add_controller (GTK_WIDGET (self->sidebar), keys);

  self->root = build_root (self->standard);
  self->tree = gtk_tree_list_model_new (g_object_ref (G_LIST_MODEL (self->root)),
                                        FALSE, FALSE, create_children, NULL, NULL);
  self->selection = gtk_single_selection_new (g_object_ref (G_LIST_MODEL (self->tree)));
  g_signal_connect_swapped (self->selection, "notify::selected-item", G_CALLBACK (sb_window_show_selected), self);

  g_signal_connect (factory, "setup", G_CALLBACK (setup_row), self);
  g_signal_connect (factory, "bind", G_CALLBACK (bind_row), self);
  g_signal_connect (factory, "unbind", G_CALLBACK (unbind_row), self);
  gtk_list_view_set_factory (self->sidebar, factory);
  gtk_list_view_set_model (self->sidebar, GTK_SELECTION_MODEL (self->selection));
}
