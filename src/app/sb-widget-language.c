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
  const char *text = gtk_editable_get_text (GTK_EDITABLE (entry));
  g_autoptr(PangoAttrList) attrs = sb_language_attrs_new (text, sb_language_of_typed (text));

  gtk_entry_set_attributes (entry, attrs);
}

void
sb_entry_follow_language (GtkEntry *entry)
{
  g_return_if_fail (GTK_IS_ENTRY (entry));

  g_signal_connect (entry, "changed", G_CALLBACK (entry_changed), NULL);
  entry_changed (entry);
}

/* GTK 4.8's text view draws with a Pango context of its own, made with
 * the locale's language, and ignores the language of its tags. What it
 * does follow is their font family: a Chinese paragraph gets the view's
 * family followed by the one fontconfig gives Chinese (zh-cn), so that its
 * Han characters come from that face, not from the first CJK face
 * fontconfig knows. */
static char *
chinese_families (GtkWidget *widget)
{
  PangoContext *context = gtk_widget_get_pango_context (widget);
  const PangoFontDescription *desc = pango_context_get_font_description (context);
  const char *family = desc ? pango_font_description_get_family (desc) : NULL;
  PangoFontset *fontset = pango_context_load_fontset (context, desc, sb_language_to_pango (SB_LANG_ZH));
  g_autoptr(PangoFont) font = fontset ? pango_fontset_get_font (fontset, 0x4E2D) : NULL;  /* 中 */
  PangoFontDescription *chinese = font ? pango_font_describe (font) : NULL;
  char *families = g_strdup_printf ("%s,%s", family ? family : "Sans",
                                    chinese ? pango_font_description_get_family (chinese) : "Sans");

  g_clear_pointer (&chinese, pango_font_description_free);
  g_clear_object (&fontset);
  return families;
}

/* Each paragraph from @from's to @to's is marked whole: Chinese if it has
 * any. Only the paragraphs a change touched are marked again: a tag
 * changed on a paragraph makes the view lay it out again, and a note of
 * 100 KB laid out whole on every key took a tenth of a second a key. */
static void
mark_paragraphs (GtkTextBuffer     *buffer,
                 const GtkTextIter *from,
                 const GtkTextIter *to)
{
  int last = gtk_text_iter_get_line (to);
  GtkTextIter line = *from;

  gtk_text_iter_set_line_offset (&line, 0);
  while (gtk_text_iter_get_line (&line) <= last)
    {
      GtkTextIter line_end = line;
      g_autofree char *text = NULL;

      if (!gtk_text_iter_ends_line (&line_end))
        gtk_text_iter_forward_to_line_end (&line_end);
      text = gtk_text_buffer_get_text (buffer, &line, &line_end, TRUE);
      if (g_str_equal (sb_language_of_typed (text), SB_LANG_ZH))
        gtk_text_buffer_apply_tag_by_name (buffer, SB_LANG_ZH, &line, &line_end);
      else
        gtk_text_buffer_remove_tag_by_name (buffer, SB_LANG_ZH, &line, &line_end);
      if (!gtk_text_iter_forward_line (&line))
        break;
    }
}

/* After the buffer's own handler: @location is at the end of @text. */
static void
text_inserted (GtkTextBuffer *buffer,
               GtkTextIter   *location,
               const char    *text,
               int            length)
{
  GtkTextIter start = *location;

  gtk_text_iter_backward_chars (&start, g_utf8_strlen (text, length));
  mark_paragraphs (buffer, &start, location);
}

/* After the buffer's own handler: @start and @end are where the range was,
 * in the paragraph that now joins what was before and after it. */
static void
range_deleted (GtkTextBuffer *buffer,
               GtkTextIter   *start,
               GtkTextIter   *end)
{
  mark_paragraphs (buffer, start, end);
}

void
sb_text_view_follow_language (GtkTextView *view)
{
  GtkTextBuffer *buffer;
  GtkTextIter start, end;

  g_return_if_fail (GTK_IS_TEXT_VIEW (view));

  buffer = gtk_text_view_get_buffer (view);
  if (gtk_text_tag_table_lookup (gtk_text_buffer_get_tag_table (buffer), SB_LANG_ZH) == NULL)
    {
      g_autofree char *families = chinese_families (GTK_WIDGET (view));

      gtk_text_buffer_create_tag (buffer, SB_LANG_ZH, "language", SB_LANG_ZH, "family", families, NULL);
    }
  g_signal_connect_after (buffer, "insert-text", G_CALLBACK (text_inserted), NULL);
  g_signal_connect_after (buffer, "delete-range", G_CALLBACK (range_deleted), NULL);
  gtk_text_buffer_get_bounds (buffer, &start, &end);
  mark_paragraphs (buffer, &start, &end);
}
