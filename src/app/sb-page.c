/* sb-page.c — what every page of the window is built of: titles, headings, the standard's texts in the shown language
 * Copyright 2026 The Scorebook authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "sb-page"

#include "config.h"

#include "sb-nav-entry.h"
#include "sb-page.h"
#include "sb-widget-language.h"

/* Every page widget (sb-node-page.c, sb-overview-page.c, sb-text-page.c,
 * sb-search-results.c) is a vertical box of these pieces. */
void
sb_page_init (GtkBox *page)
{
  gtk_orientable_set_orientation (GTK_ORIENTABLE (page), GTK_ORIENTATION_VERTICAL);
  gtk_box_set_spacing (page, 8);
}

/* A label that screen readers announce as a heading. */
GtkWidget *
sb_page_heading_new (const char *text)
{
  return g_object_new (GTK_TYPE_LABEL,
                       "label", text,
                       "accessible-role", GTK_ACCESSIBLE_ROLE_HEADING,
                       NULL);
}

void
sb_page_append_heading (GtkBox     *page,
                        const char *heading)
{
  GtkWidget *label = sb_page_heading_new (heading);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_widget_add_css_class (label, "heading");
  gtk_widget_add_css_class (label, "page-heading");
  gtk_box_append (page, label);
}

/* The page's title, and a line under it when @meta is given. @lang: the
 * language of @text, NULL for the interface's. Returns the title. */
GtkWidget *
sb_page_append_title (GtkBox     *page,
                      const char *text,
                      const char *lang,
                      const char *meta)
{
  GtkWidget *title = sb_page_heading_new (text);

  if (lang != NULL)
    sb_label_set_language (GTK_LABEL (title), lang);
  gtk_label_set_xalign (GTK_LABEL (title), 0);
  gtk_label_set_wrap (GTK_LABEL (title), TRUE);
  gtk_widget_add_css_class (title, "title-1");
  gtk_box_append (page, title);

  if (meta != NULL)
    {
      GtkWidget *label = gtk_label_new (meta);

      gtk_label_set_xalign (GTK_LABEL (label), 0);
      gtk_label_set_wrap (GTK_LABEL (label), TRUE);
      gtk_widget_add_css_class (label, "dim-label");
      gtk_box_append (page, label);
    }
  return title;
}

/* Selectable for copying, but no tab stop. Not focusable alone is not
 * enough: a selectable label still claims to take the focus it refuses,
 * so Tab would stop on it and the focus go nowhere. A page of many texts
 * would make Tab walk through each of them. */
void
sb_label_set_copyable (GtkLabel *label)
{
  gtk_label_set_selectable (label, TRUE);
  gtk_widget_set_focusable (GTK_WIDGET (label), FALSE);
  gtk_widget_set_can_focus (GTK_WIDGET (label), FALSE);
}

/* Labels for a text in the shown language, or in both, Chinese first. */
void
sb_page_append_text (GtkBox            *page,
                     const SbText      *text,
                     SbDisplayLanguage  language,
                     const char        *css_class)
{
  const char *langs[2] = { sb_display_language_primary (language), NULL };

  if (language == SB_DISPLAY_LANGUAGE_BOTH)
    langs[0] = SB_LANG_ZH, langs[1] = SB_LANG_EN;

  for (guint i = 0; i < G_N_ELEMENTS (langs) && langs[i]; i++)
    {
      const char *value = sb_text_get (text, langs[i]);
      GtkWidget *label;

      if (*value == '\0')
        continue;
      label = gtk_label_new (value);
      sb_label_set_language (GTK_LABEL (label), langs[i]);
      gtk_label_set_wrap (GTK_LABEL (label), TRUE);
      gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
      gtk_label_set_xalign (GTK_LABEL (label), 0);
      sb_label_set_copyable (GTK_LABEL (label));
      if (css_class)
        gtk_widget_add_css_class (label, css_class);
      if (i > 0)
        gtk_widget_add_css_class (label, "second-language");
      gtk_box_append (page, label);
    }
}

/* A heading and its text, or nothing when the standard has no such text. */
void
sb_page_append_block (GtkBox            *page,
                      SbDisplayLanguage  language,
                      const char        *heading,
                      const SbText      *text)
{
  if (sb_text_get_n_langs (text) == 0)
    return;
  sb_page_append_heading (page, heading);
  sb_page_append_text (page, text, language, "body-text");
}

/* A numbered entry: the number in a column of its own, texts beside it. */
GtkWidget *
sb_page_append_numbered (GtkBox            *page,
                         SbDisplayLanguage  language,
                         const char        *number,
                         const SbText      *title,
                         const SbText      *text)
{
  GtkWidget *row = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *label = gtk_label_new (number);
  GtkWidget *texts = gtk_box_new (GTK_ORIENTATION_VERTICAL, 4);

  gtk_label_set_yalign (GTK_LABEL (label), 0);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_widget_add_css_class (label, "point-number");
  gtk_widget_add_css_class (label, "numeric");
  if (title != NULL)
    sb_page_append_text (GTK_BOX (texts), title, language, "point-title");
  sb_page_append_text (GTK_BOX (texts), text, language, "body-text");
  gtk_widget_set_hexpand (texts, TRUE);
  gtk_box_append (GTK_BOX (row), label);
  gtk_box_append (GTK_BOX (row), texts);
  gtk_widget_add_css_class (row, "guidance-point");
  gtk_box_append (page, row);
  return row;
}

/* The key of a place on a page that search and undo lead to: a guidance
 * point (or a node, or the profile) by its id, a list of notes by its
 * owner and kind (-1 for none). */
char *
sb_page_place_key (const char *owner_id,
                   int         note_kind)
{
  return note_kind < 0 ? g_strdup (owner_id) : g_strdup_printf ("%s/notes/%d", owner_id, note_kind);
}

/* "2.2.2  过程优化": a node's number and title, as the sidebar, the
 * page's title and the score table say it. */
char *
sb_page_node_label (SbNode            *node,
                    SbDisplayLanguage  language)
{
  g_autofree char *title = sb_text_format (sb_node_get_title (node), language, "  ");

  return g_strdup_printf ("%s  %s", sb_node_get_number (node), title);
}

/* The title of any sidebar item, in the shown language or both. */
char *
sb_page_item_label (GObject           *item,
                    SbDisplayLanguage  language)
{
  const SbText *title = NULL;
  const char *number = "";
  g_autofree char *text = NULL;

  if (SB_IS_NODE (item))
    return sb_page_node_label (SB_NODE (item), language);
  if (SB_IS_NAV_ENTRY (item))
    return g_strdup (sb_nav_entry_get_title (SB_NAV_ENTRY (item)));
  if (SB_IS_SECTION (item))
    {
      title = sb_section_get_title (SB_SECTION (item));
      number = sb_section_get_number (SB_SECTION (item));
    }
  else if (SB_IS_GUIDE (item))
    title = sb_guide_get_name (SB_GUIDE (item));

  if (title == NULL)
    return g_strdup ("");
  text = sb_text_format (title, language, "  ");
  return g_strdup_printf ("%s%s%s", number, *number ? "  " : "", text);
}

/* The id the window selects @item by; NULL for its own entries but the
 * key themes. */
const char *
sb_page_item_id (GObject *item)
{
  if (SB_IS_NODE (item))
    return sb_node_get_id (SB_NODE (item));
  if (SB_IS_SECTION (item))
    return sb_section_get_id (SB_SECTION (item));
  if (SB_IS_GUIDE (item))
    return sb_guide_get_id (SB_GUIDE (item));
  /* `--goto key-themes`: a node id never has a letter k. */
  if (SB_IS_NAV_ENTRY (item) && sb_nav_entry_get_kind (SB_NAV_ENTRY (item)) == SB_NAV_THEMES)
    return SB_PAGE_THEMES_ID;
  return NULL;
}

/* "19.5 / 30" once something under the node is rated, "— / 30" before. */
char *
sb_page_score_text (SbAssessment *assessment,
                    SbNode       *node)
{
  SbScore score = { 0 };
  g_autofree char *max = sb_points_format_exact (sb_node_get_points (node));
  g_autofree char *points = NULL;

  if (assessment == NULL || !sb_assessment_get_score (assessment, sb_node_get_id (node), &score) ||
      score.n_rated == 0)
    return g_strdup_printf ("— / %s", max);
  points = sb_points_format_exact (score.points);
  return g_strdup_printf ("%s / %s", points, max);
}
