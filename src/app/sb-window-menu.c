/* sb-window-menu.c — the main window's primary menu, from ui/sb-menu.ui, with its recent assessments and shortcuts window
 * Copyright 2026 The Scorebook authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "sb-window-menu"

#include "config.h"

#include <glib/gi18n.h>

#include "sb-window-private.h"

static int
compare_recent (GtkRecentInfo *a,
                GtkRecentInfo *b)
{
  return g_date_time_compare (gtk_recent_info_get_modified (b), gtk_recent_info_get_modified (a));
}

/* Up to ten assessments opened or saved lately, newest first. The menu is
 * the window's own and filled again in place, whenever any application
 * records a file and whenever the language changes, so that the primary
 * menu never has to be built anew for it (and an open menu follows). */
void
sb_window_fill_recent_menu (SbWindow *self)
{
  GList *items = gtk_recent_manager_get_items (gtk_recent_manager_get_default ());
  GList *scorebook = NULL;
  guint n = 0;

  g_menu_remove_all (self->recent);
  for (GList *l = items; l != NULL; l = l->next)
    if (g_str_has_suffix (gtk_recent_info_get_uri (l->data), ".scorebook") && gtk_recent_info_exists (l->data))
      scorebook = g_list_prepend (scorebook, l->data);
  scorebook = g_list_sort (scorebook, (GCompareFunc) compare_recent);

  for (GList *l = scorebook; l != NULL && n < 10; l = l->next, n++)
    {
      g_autoptr(GMenuItem) item = g_menu_item_new (gtk_recent_info_get_display_name (l->data), NULL);

      g_menu_item_set_action_and_target (item, "app.open-recent", "s", gtk_recent_info_get_uri (l->data));
      g_menu_append_item (self->recent, item);
    }
  if (n == 0)
    g_menu_append (self->recent, _("No recent assessments"), "app.none");

  g_list_free (scorebook);
  g_list_free_full (items, (GDestroyNotify) gtk_recent_info_unref);
}

/* The menu @index of the window's own submenus (other than Open Recent),
 * emptied to be filled again. */
static GMenu *
own_submenu (SbWindow *self,
             guint     index)
{
  if (index == self->submenus->len)
    g_ptr_array_add (self->submenus, g_menu_new ());
  g_menu_remove_all (self->submenus->pdata[index]);
  return self->submenus->pdata[index];
}

/* Copies the items of @from into @into, each submenu into one of the
 * window's own (Open Recent into the recent assessments). @n_submenus
 * counts the submenus copied so far. */
static void
copy_items (SbWindow   *self,
            GMenu      *into,
            GMenuModel *from,
            GMenuModel *recent,
            guint      *n_submenus)
{
  for (int i = 0; i < g_menu_model_get_n_items (from); i++)
    {
      g_autoptr(GMenuItem) item = g_menu_item_new_from_model (from, i);
      g_autoptr(GMenuModel) submenu = g_menu_model_get_item_link (from, i, G_MENU_LINK_SUBMENU);

      if (submenu != NULL && submenu == recent)
        {
          sb_window_fill_recent_menu (self);
          g_menu_item_set_submenu (item, G_MENU_MODEL (self->recent));
        }
      else if (submenu != NULL)
        {
          GMenu *own = own_submenu (self, (*n_submenus)++);

          copy_items (self, own, submenu, recent, n_submenus);
          g_menu_item_set_submenu (item, G_MENU_MODEL (own));
        }
      g_menu_append_item (into, item);
    }
}

/* Fills the primary menu from ui/sb-menu.ui, read again so that its
 * labels are in the interface language of the moment. The window's menus
 * stay and only their items change: a menu button given a new model
 * builds a new popover, and GTK 4.8 keeps the sections of the old one
 * alive. */
void
sb_window_fill_primary_menu (SbWindow *self)
{
  g_autoptr(GtkBuilder) builder = gtk_builder_new_from_resource (RESOURCE_PREFIX "/ui/sb-menu.ui");
  GMenuModel *menu = G_MENU_MODEL (gtk_builder_get_object (builder, "primary_menu"));
  GMenuModel *recent = G_MENU_MODEL (gtk_builder_get_object (builder, "recent_menu"));
  guint n_submenus = 0;

  for (int i = 0; i < g_menu_model_get_n_items (menu); i++)
    {
      g_autoptr(GMenuModel) from = g_menu_model_get_item_link (menu, i, G_MENU_LINK_SECTION);
      g_autoptr(GMenuModel) section = NULL;

      if (i == g_menu_model_get_n_items (G_MENU_MODEL (self->primary)))
        {
          g_autoptr(GMenu) empty = g_menu_new ();

          g_menu_append_section (self->primary, NULL, G_MENU_MODEL (empty));
        }
      section = g_menu_model_get_item_link (G_MENU_MODEL (self->primary), i, G_MENU_LINK_SECTION);
      g_menu_remove_all (G_MENU (section));
      copy_items (self, G_MENU (section), from, recent, &n_submenus);
    }
}

/* Destroys the keyboard shortcuts window, if it was built. */
void
sb_window_drop_shortcuts (SbWindow *self)
{
  if (gtk_application_window_get_help_overlay (GTK_APPLICATION_WINDOW (self)) != NULL)
    gtk_application_window_set_help_overlay (GTK_APPLICATION_WINDOW (self), NULL);
}

/* The keyboard shortcuts window (win.show-help-overlay), built only when it
 * is first asked for: few examiners open it, and building it at start-up
 * cost every start its whole builder file, twice. GTK's help overlay finds
 * the keys of its actions through the window. */
void
sb_window_show_shortcuts (SbWindow *self)
{
  GtkApplicationWindow *window = GTK_APPLICATION_WINDOW (self);

  g_return_if_fail (SB_IS_WINDOW (self));

  if (gtk_application_window_get_help_overlay (window) == NULL)
    {
      g_autoptr(GtkBuilder) builder = gtk_builder_new_from_resource (RESOURCE_PREFIX "/ui/sb-shortcuts.ui");

      gtk_application_window_set_help_overlay (window,
                                               GTK_SHORTCUTS_WINDOW (gtk_builder_get_object (builder, "help_overlay")));
    }
  gtk_window_present (GTK_WINDOW (gtk_application_window_get_help_overlay (window)));
}
