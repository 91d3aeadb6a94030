/* sb-widget-language.c — the language of every text a widget draws
 * Copyright 2026 The Scorebook authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "sb-widget-language"

#include "config.h"

#include <glib/gi18n.h>

#include "sb-language.h"
#include "sb-text.h"
#include "sb-widget-language.h"

/* GTK gives every widget's Pango context the language of the locale, fixed
 * at start-up: none at all in C.UTF-8 or en_US, where fontconfig then draws
 * Chinese with Japanese glyph forms (see sb-language.c). Here every widget,
 * GTK's own ones (buttons, menus, dialogs) included, is told the
 * interface's language as it is realized, and again whenever the interface
 * switches; a text in another language (a text of the standard, the
 * English half of a bilingual label) carries its own in its attributes,
 * which win over the context's. */

/* The language the interface is translated into now: each catalogue
 * names its own, so this holds however the catalogue was chosen. */
const char *
sb_widget_language_interface (void)
{
  /* Translators: the language of this translation as a tag (zh-CN for
   * Simplified Chinese). It tells the fonts which glyph forms to use. */
  const char *tag = C_("language tag", "en");

  return g_str_equal (tag, SB_LANG_ZH) ? SB_LANG_ZH : SB_LANG_EN;
}

static void
set_context_language (GtkWidget     *widget,
                      PangoLanguage *language)
{
  PangoContext *context = gtk_widget_get_pango_context (widget);

  if (pango_context_get_language (context) == language)
    return;
  /* The widget's layouts see the context change and are laid out again. */
  pango_context_set_language (context, language);
  gtk_widget_queue_resize (widget);
}

static gboolean
widget_realized (GSignalInvocationHint *hint,
                 guint                  n_params,
                 const GValue          *params,
                 gpointer               data)
{
  set_context_language (g_value_get_object (&params[0]),
                        sb_language_to_pango (sb_widget_language_interface ()));
  return TRUE;
}

/* Once, before the first widget is realized. */
void
sb_widget_language_init (void)
{
  static gsize done = 0;

  if (g_once_init_enter (&done))
    {
      /* A class's signals exist once the class does. */
      gpointer widget_class = g_type_class_ref (GTK_TYPE_WIDGET);

      g_signal_add_emission_hook (g_signal_lookup ("realize", GTK_TYPE_WIDGET), 0,
                                  widget_realized, NULL, NULL);
      g_type_class_unref (widget_class);
      g_once_init_leave (&done, 1);
    }
}

static void
update_tree (GtkWidget     *widget,
             PangoLanguage *language)
{
  if (gtk_widget_get_realized (widget))
    set_context_language (widget, language);
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child; child = gtk_widget_get_next_sibling (child))
    update_tree (child, language);
}

/* After the interface switched its language: every widget on screen
 * takes it up (those realized later do so as they are). */
void
sb_widget_language_update (void)
{
  PangoLanguage *language = sb_language_to_pango (sb_widget_language_interface ());
  g_autoptr(GListModel) toplevels = G_LIST_MODEL (g_object_ref (gtk_window_get_toplevels ()));

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWidget) window = g_list_model_get_item (toplevels, i);

      update_tree (window, language);
    }
}

/* @label shows a text written in @lang ("zh-CN", "en" or "both"): call it
 * after setting the text, as the attributes are placed on that text. */
void
sb_label_set_language (GtkLabel   *label,
                       const char *lang)
{
  g_autoptr(PangoAttrList) attrs = NULL;

  g_return_if_fail (GTK_IS_LABEL (label));
  g_return_if_fail (lang != NULL);

  attrs = sb_language_attrs_new (gtk_label_get_text (label), lang);
  gtk_label_set_attributes (label, attrs);
}

/* What an examiner types (a note, the applicant's name) may be in either
 * language, and the same field may hold both: its runs of Chinese are
 * marked as such whenever it changes. */
static void
entry_changed (GtkEntry *entry)
{
  g_autoptr(PangoAttrList) attrs = sb_language_attrs_new (gtk_editable_get_text (GTK_EDITABLE (entry)), SB_LANG_BOTH);

  gtk_entry_set_attributes (entry, attrs);
}

void
sb_entry_follow_language (GtkEntry *entry)
{
  g_return_if_fail (GTK_IS_ENTRY (entry));

  g_signal_connect (entry, "changed", G_CALLBACK (entry_changed), NULL);
  entry_changed (entry);
}

static gboolean
tag_language (PangoAttribute *attr,
              gpointer        user_data)
{
  GtkTextBuffer *buffer = user_data;
  const char *text = g_object_get_data (G_OBJECT (buffer), "sb-language-text");
  PangoLanguage *language = ((PangoAttrLanguage *) attr)->value;
  GtkTextIter start, end;

  if (attr->klass->type != PANGO_ATTR_LANGUAGE || attr->end_index == PANGO_ATTR_INDEX_TO_TEXT_END)
    return FALSE;
  gtk_text_buffer_get_iter_at_offset (buffer, &start, g_utf8_pointer_to_offset (text, text + attr->start_index));
  gtk_text_buffer_get_iter_at_offset (buffer, &end, g_utf8_pointer_to_offset (text, text + attr->end_index));
  gtk_text_buffer_apply_tag_by_name (buffer, pango_language_to_string (language), &start, &end);
  return FALSE;
}

static void
buffer_changed (GtkTextBuffer *buffer)
{
  GtkTextIter start, end;
  g_autofree char *text = NULL;
  g_autoptr(PangoAttrList) attrs = NULL;
  const char *langs[] = { SB_LANG_ZH, SB_LANG_EN };

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  text = gtk_text_buffer_get_text (buffer, &start, &end, TRUE);
  for (guint i = 0; i < G_N_ELEMENTS (langs); i++)
    {
      const char *name = pango_language_to_string (sb_language_to_pango (langs[i]));

      if (gtk_text_tag_table_lookup (gtk_text_buffer_get_tag_table (buffer), name) == NULL)
        gtk_text_buffer_create_tag (buffer, name, "language", name, NULL);
      gtk_text_buffer_remove_tag_by_name (buffer, name, &start, &end);
    }
  /* English throughout, Chinese where it is Chinese. */
  gtk_text_buffer_apply_tag_by_name (buffer, pango_language_to_string (sb_language_to_pango (SB_LANG_EN)),
                                     &start, &end);
  attrs = sb_language_attrs_new (text, SB_LANG_BOTH);
  g_object_set_data (G_OBJECT (buffer), "sb-language-text", text);
  pango_attr_list_filter (attrs, tag_language, buffer);
  g_object_set_data (G_OBJECT (buffer), "sb-language-text", NULL);
}

void
sb_text_view_follow_language (GtkTextView *view)
{
  GtkTextBuffer *buffer;

  g_return_if_fail (GTK_IS_TEXT_VIEW (view));

  buffer = gtk_text_view_get_buffer (view);
  g_signal_connect (buffer, "changed", G_CALLBACK (buffer_changed), NULL);
  buffer_changed (buffer);
}
