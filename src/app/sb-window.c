/* sb-window.c — the main window: the standard's tree beside the selected node's texts
 * Copyright 2026 The Scorebook authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "sb-window"

#include "config.h"

#include <glib/gi18n.h>

#include "sb-window.h"

struct _SbWindow
{
  GtkApplicationWindow  parent_instance;

  /* Template widgets */
  GtkListView          *sidebar;
  GtkBox               *page;
  GtkDropDown          *language_dropdown;
  GtkScrolledWindow    *page_scroller;

  /* Owned */
  SbStandard           *standard;
  GtkTreeListModel     *tree;
  GtkSingleSelection   *selection;
  char                 *language;   /* "zh-CN", "en" or "both" */
};

G_DEFINE_FINAL_TYPE (SbWindow, sb_window, GTK_TYPE_APPLICATION_WINDOW)

enum {
  PROP_0,
  PROP_LANGUAGE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static const char *languages[] = { SB_LANG_ZH, SB_LANG_EN, "both" };

/* The one language a single line (a sidebar row) is shown in. */
static const char *
primary_language (SbWindow *self)
{
  return g_str_equal (self->language, SB_LANG_EN) ? SB_LANG_EN : SB_LANG_ZH;
}

static char *
node_label (SbWindow *self,
            SbNode   *node)
{
  const SbText *title = sb_node_get_title (node);

  if (g_str_equal (self->language, "both"))
    return g_strdup_printf ("%s  %s  %s", sb_node_get_number (node),
                            sb_text_get (title, SB_LANG_ZH), sb_text_get (title, SB_LANG_EN));
  return g_strdup_printf ("%s  %s", sb_node_get_number (node), sb_text_get (title, primary_language (self)));
}

static GListModel *
create_children (gpointer item,
                 gpointer user_data)
{
  GListModel *children = sb_node_get_children (SB_NODE (item));

  if (g_list_model_get_n_items (children) == 0)
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

  gtk_label_set_xalign (GTK_LABEL (title), 0);
  gtk_label_set_ellipsize (GTK_LABEL (title), PANGO_ELLIPSIZE_END);
  gtk_widget_set_hexpand (title, TRUE);
  gtk_widget_add_css_class (points, "dim-label");
  gtk_widget_add_css_class (points, "numeric");
  gtk_box_append (GTK_BOX (box), title);
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
  SbNode *node = gtk_tree_list_row_get_item (row);
  GtkWidget *expander = gtk_list_item_get_child (list_item);
  GtkWidget *box = gtk_tree_expander_get_child (GTK_TREE_EXPANDER (expander));
  GtkWidget *title = gtk_widget_get_first_child (box);
  GtkWidget *points = gtk_widget_get_last_child (box);
  g_autofree char *label = node_label (self, node);
  g_autofree char *max = sb_points_format (sb_node_get_points (node), 2);

  gtk_tree_expander_set_list_row (GTK_TREE_EXPANDER (expander), row);
  gtk_label_set_text (GTK_LABEL (title), label);
  gtk_widget_set_tooltip_text (title, label);
  gtk_label_set_text (GTK_LABEL (points), max);
  gtk_accessible_update_property (GTK_ACCESSIBLE (expander),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
  g_object_unref (node);
}

/* Labels for a text in the chosen language, or in both, Chinese first. */
static void
append_text (SbWindow     *self,
             GtkBox       *box,
             const SbText *text,
             const char   *css_class)
{
  const char *langs[2] = { primary_language (self), NULL };

  if (g_str_equal (self->language, "both"))
    langs[0] = SB_LANG_ZH, langs[1] = SB_LANG_EN;

  for (guint i = 0; i < G_N_ELEMENTS (langs) && langs[i]; i++)
    {
      const char *value = sb_text_get (text, langs[i]);
      GtkWidget *label;

      if (*value == '\0')
        continue;
      label = gtk_label_new (value);
      gtk_label_set_wrap (GTK_LABEL (label), TRUE);
      gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
      gtk_label_set_xalign (GTK_LABEL (label), 0);
      gtk_label_set_selectable (GTK_LABEL (label), TRUE);
      gtk_widget_set_focusable (label, FALSE);
      if (css_class)
        gtk_widget_add_css_class (label, css_class);
      if (i > 0)
        gtk_widget_add_css_class (label, "second-language");
      gtk_box_append (box, label);
    }
}

/* A label that screen readers announce as a heading. */
static GtkWidget *
heading_new (const char *text)
{
  return g_object_new (GTK_TYPE_LABEL,
                       "label", text,
                       "accessible-role", GTK_ACCESSIBLE_ROLE_HEADING,
                       NULL);
}

static void
append_heading (GtkBox     *box,
                const char *heading)
{
  GtkWidget *label = heading_new (heading);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_widget_add_css_class (label, "heading");
  gtk_widget_add_css_class (label, "page-heading");
  gtk_box_append (box, label);
}

static void
append_block (SbWindow     *self,
              const char   *heading,
              const SbText *text)
{
  if (sb_text_get_n_langs (text) == 0)
    return;
  append_heading (self->page, heading);
  append_text (self, self->page, text, "body-text");
}

static const char *
kind_name (const char *kind)
{
  if (g_strcmp0 (kind, "category") == 0)
    return _("Dimension");
  if (g_strcmp0 (kind, "item") == 0)
    return _("Item");
  if (g_strcmp0 (kind, "subitem") == 0)
    return _("Sub-item");
  return kind;
}

static void
show_node (SbWindow *self,
           SbNode   *node)
{
  GtkWidget *child;
  g_autofree char *title = NULL;
  g_autofree char *points = NULL;
  g_autofree char *meta = NULL;
  GtkWidget *label;
  GListModel *guidance;
  SbGuide *guide;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->page))))
    gtk_box_remove (self->page, child);
  if (node == NULL)
    return;

  title = node_label (self, node);
  label = heading_new (title);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_widget_add_css_class (label, "title-1");
  gtk_box_append (self->page, label);

  points = sb_points_format (sb_node_get_points (node), 2);
  guide = sb_node_get_guide (node);
  if (guide != NULL)
    meta = g_strdup_printf (_("%s · %s points · %s"), kind_name (sb_node_get_kind (node)), points,
                            sb_text_get (sb_guide_get_name (guide), primary_language (self)));
  else
    meta = g_strdup_printf (_("%s · %s points"), kind_name (sb_node_get_kind (node)), points);
  label = gtk_label_new (meta);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_widget_add_css_class (label, "dim-label");
  gtk_box_append (self->page, label);

  append_block (self, _("Explanation"), sb_node_get_explanation (node));
  append_block (self, _("Key points"), sb_node_get_keypoint (node));
  append_block (self, _("Basic and overall requirements"), sb_node_get_requirement (node));

  guidance = sb_node_get_guidance (node);
  if (g_list_model_get_n_items (guidance) > 0)
    append_heading (self->page, _("Guidance points"));
  for (guint i = 0; i < g_list_model_get_n_items (guidance); i++)
    {
      g_autoptr(SbGuidancePoint) point = g_list_model_get_item (guidance, i);
      GtkWidget *row = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
      GtkWidget *number = gtk_label_new (sb_guidance_point_get_number (point));
      GtkWidget *texts = gtk_box_new (GTK_ORIENTATION_VERTICAL, 4);

      gtk_label_set_yalign (GTK_LABEL (number), 0);
      gtk_widget_add_css_class (number, "point-number");
      gtk_widget_add_css_class (number, "numeric");
      append_text (self, GTK_BOX (texts), sb_guidance_point_get_title (point), "point-title");
      append_text (self, GTK_BOX (texts), sb_guidance_point_get_text (point), "body-text");
      gtk_widget_set_hexpand (texts, TRUE);
      gtk_box_append (GTK_BOX (row), number);
      gtk_box_append (GTK_BOX (row), texts);
      gtk_widget_add_css_class (row, "guidance-point");
      gtk_box_append (self->page, row);
    }

  gtk_adjustment_set_value (gtk_scrolled_window_get_vadjustment (self->page_scroller), 0);
}

SbNode *
sb_window_get_selected_node (SbWindow *self)
{
  GtkTreeListRow *row;

  g_return_val_if_fail (SB_IS_WINDOW (self), NULL);

  row = gtk_single_selection_get_selected_item (self->selection);
  return row ? SB_NODE (gtk_tree_list_row_get_item (row)) : NULL;
}

static void
selection_changed (SbWindow *self)
{
  g_autoptr(SbNode) node = sb_window_get_selected_node (self);

  show_node (self, node);
}

static gboolean
is_ancestor (SbNode *ancestor,
             SbNode *node)
{
  for (SbNode *n = sb_node_get_parent (node); n != NULL; n = sb_node_get_parent (n))
    if (n == ancestor)
      return TRUE;
  return FALSE;
}

/* Selects the node with @id, expanding its ancestors so that its row
 * exists, and scrolls the sidebar to it. */
void
sb_window_select_node (SbWindow   *self,
                       const char *id)
{
  SbNode *node;

  g_return_if_fail (SB_IS_WINDOW (self));

  node = sb_standard_lookup_node (self->standard, id);
  if (node == NULL)
    return;

  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (self->tree)); i++)
    {
      g_autoptr(GtkTreeListRow) row = gtk_tree_list_model_get_row (self->tree, i);
      g_autoptr(SbNode) item = gtk_tree_list_row_get_item (row);

      if (item == node)
        {
          gtk_single_selection_set_selected (self->selection, i);
          gtk_widget_activate_action (GTK_WIDGET (self->sidebar), "list.scroll-to-item", "u", i);
          return;
        }
      if (is_ancestor (item, node))
        gtk_tree_list_row_set_expanded (row, TRUE);
    }
}

const char *
sb_window_get_language (SbWindow *self)
{
  g_return_val_if_fail (SB_IS_WINDOW (self), NULL);
  return self->language;
}

void
sb_window_set_language (SbWindow   *self,
                        const char *language)
{
  g_return_if_fail (SB_IS_WINDOW (self));
  g_return_if_fail (language != NULL);

  if (g_strcmp0 (self->language, language) == 0)
    return;
  g_free (self->language);
  self->language = g_strdup (language);

  for (guint i = 0; i < G_N_ELEMENTS (languages); i++)
    if (g_str_equal (languages[i], language))
      gtk_drop_down_set_selected (self->language_dropdown, i);

  /* Rebind the visible rows and redraw the page in the new language. */
  if (self->tree != NULL)
    {
      guint n = g_list_model_get_n_items (G_LIST_MODEL (self->tree));
      g_list_model_items_changed (G_LIST_MODEL (self->selection), 0, n, n);
      selection_changed (self);
    }
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LANGUAGE]);
}

static void
language_selected (SbWindow *self)
{
  guint selected = gtk_drop_down_get_selected (self->language_dropdown);

  if (selected < G_N_ELEMENTS (languages))
    sb_window_set_language (self, languages[selected]);
}

static void
sb_window_get_property (GObject    *object,
                        guint       prop_id,
                        GValue     *value,
                        GParamSpec *pspec)
{
  SbWindow *self = SB_WINDOW (object);

  switch (prop_id)
    {
    case PROP_LANGUAGE:
      g_value_set_string (value, self->language);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sb_window_set_property (GObject      *object,
                        guint         prop_id,
                        const GValue *value,
                        GParamSpec   *pspec)
{
  SbWindow *self = SB_WINDOW (object);

  switch (prop_id)
    {
    case PROP_LANGUAGE:
      sb_window_set_language (self, g_value_get_string (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sb_window_dispose (GObject *object)
{
  SbWindow *self = (SbWindow *) object;

  gtk_widget_dispose_template (GTK_WIDGET (self), SB_TYPE_WINDOW);
  g_clear_object (&self->selection);
  g_clear_object (&self->tree);
  g_clear_object (&self->standard);

  G_OBJECT_CLASS (sb_window_parent_class)->dispose (object);
}

static void
sb_window_finalize (GObject *object)
{
  SbWindow *self = (SbWindow *) object;

  g_free (self->language);

  G_OBJECT_CLASS (sb_window_parent_class)->finalize (object);
}

static void
sb_window_class_init (SbWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->get_property = sb_window_get_property;
  object_class->set_property = sb_window_set_property;
  object_class->dispose = sb_window_dispose;
  object_class->finalize = sb_window_finalize;

  properties[PROP_LANGUAGE] =
    g_param_spec_string ("language", NULL, NULL, SB_LANG_ZH,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/ui/sb-window.ui");
  gtk_widget_class_bind_template_child (widget_class, SbWindow, sidebar);
  gtk_widget_class_bind_template_child (widget_class, SbWindow, page);
  gtk_widget_class_bind_template_child (widget_class, SbWindow, page_scroller);
  gtk_widget_class_bind_template_child (widget_class, SbWindow, language_dropdown);
  gtk_widget_class_bind_template_callback (widget_class, language_selected);
}

static void
sb_window_init (SbWindow *self)
{
  self->language = g_strdup (SB_LANG_ZH);
  gtk_widget_init_template (GTK_WIDGET (self));
}

SbWindow *
sb_window_new (SbApplication *application)
{
  SbWindow *self;
  GtkListItemFactory *factory;
  GSettings *settings;

  g_return_val_if_fail (SB_IS_APPLICATION (application), NULL);

  self = g_object_new (SB_TYPE_WINDOW, "application", application, NULL);
  self->standard = g_object_ref (sb_application_get_standard (application));

  self->tree = gtk_tree_list_model_new (g_object_ref (sb_standard_get_criteria (self->standard)),
                                        FALSE, FALSE, create_children, NULL, NULL);
  self->selection = gtk_single_selection_new (g_object_ref (G_LIST_MODEL (self->tree)));
  g_signal_connect_swapped (self->selection, "notify::selected-item", G_CALLBACK (selection_changed), self);

  factory = gtk_signal_list_item_factory_new ();
  g_signal_connect (factory, "setup", G_CALLBACK (setup_row), self);
  g_signal_connect (factory, "bind", G_CALLBACK (bind_row), self);
  gtk_list_view_set_factory (self->sidebar, factory);
  g_object_unref (factory);
  gtk_list_view_set_model (self->sidebar, GTK_SELECTION_MODEL (self->selection));

  settings = sb_application_get_settings (application);
  g_settings_bind (settings, "language", self, "language", G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (settings, "window-width", self, "default-width", G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (settings, "window-height", self, "default-height", G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (settings, "window-maximized", self, "maximized", G_SETTINGS_BIND_DEFAULT);

  selection_changed (self);
  return self;
}
