/* sb-language.c — the language every drawn text is written in, told to Pango
 * Copyright 2026 The Scorebook authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "sb-language"

#include "config.h"

#include "sb-language.h"
#include "sb-text.h"

/* Han characters are shared by Chinese, Japanese and Korean, which draw
 * many of them differently (直 骨 关 令 今). Pango asks fontconfig for a
 * face by the language of the text, and a text that says none gets the
 * locale's: on a machine whose locale is not Chinese (C.UTF-8, en_US)
 * fontconfig then picks whichever CJK face comes first, the Japanese one.
 * So every text says the language it is written in, and every view sets
 * it through here: the screen, the charts and the summary alike. */

PangoLanguage *
sb_language_to_pango (const char *lang)
{
  g_return_val_if_fail (lang != NULL, NULL);

  /* Pango's tags are lower case: "zh-CN" is "zh-cn". */
  if (g_str_equal (lang, SB_LANG_BOTH))
    lang = SB_LANG_ZH;
  return pango_language_from_string (lang);
}

/* Characters that only Chinese text has here: ideographs, CJK punctuation,
 * full-width forms, bopomofo. */
static gboolean
is_cjk (gunichar c)
{
  return g_unichar_get_script (c) == G_UNICODE_SCRIPT_HAN ||
         g_unichar_get_script (c) == G_UNICODE_SCRIPT_BOPOMOFO ||
         (c >= 0x3000 && c <= 0x303F) ||
         (c >= 0xFF00 && c <= 0xFFEF);
}

/* Characters that belong to whichever text they stand in: spaces,
 * digits, common punctuation, combining marks. */
static gboolean
is_neutral (gunichar c)
{
  GUnicodeScript script = g_unichar_get_script (c);

  return script == G_UNICODE_SCRIPT_COMMON || script == G_UNICODE_SCRIPT_INHERITED;
}

/* Of two attributes on one character, the later in @attrs wins. */
static void
insert (PangoAttrList *attrs,
        const char    *lang,
        guint          start,
        guint          end,
        gboolean       before)
{
  PangoAttribute *attr = pango_attr_language_new (sb_language_to_pango (lang));

  attr->start_index = start;
  attr->end_index = end;
  if (before)
    pango_attr_list_insert_before (attrs, attr);
  else
    pango_attr_list_insert (attrs, attr);
}

/* Marks @text, which @attrs describe, as written in @lang: "zh-CN", "en",
 * or "both", where the views put a Chinese text and its English side by
 * side. A Chinese text is zh-CN throughout (its Latin letters and digits
 * too). An English or bilingual one is English but for its runs of Chinese
 * characters (the Chinese half of a bilingual label, a note written in
 * Chinese in an English summary): the only Chinese that Scorebook's
 * standards and examiners write is Simplified, zh-CN. */
void
sb_language_insert_attrs (PangoAttrList *attrs,
                          const char    *text,
                          const char    *lang)
{
  const char *p, *run = NULL, *run_end = NULL;

  g_return_if_fail (attrs != NULL);
  g_return_if_fail (text != NULL);
  g_return_if_fail (lang != NULL);

  if (g_str_equal (lang, SB_LANG_ZH))
    {
      /* Before what is there already: a <span lang> of a markup text wins. */
      insert (attrs, SB_LANG_ZH, 0, PANGO_ATTR_INDEX_TO_TEXT_END, TRUE);
      return;
    }

  insert (attrs, SB_LANG_EN, 0, PANGO_ATTR_INDEX_TO_TEXT_END, TRUE);
  for (p = text; ; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (c != 0 && is_cjk (c))
        {
          /* Neutral characters between two Chinese ones are Chinese. */
          if (run == NULL)
            run = p;
          run_end = g_utf8_next_char (p);
        }
      else if (run != NULL && (c == 0 || !is_neutral (c) || c == '\n'))
        {
          insert (attrs, SB_LANG_ZH, run - text, run_end - text, FALSE);
          run = NULL;
        }
      if (c == 0)
        break;
    }
}

/* The language of what an examiner typed, where none is known: Chinese
 * if it has any Chinese character in it (Pango draws its Latin letters as
 * Latin whatever the tag), English otherwise. */
const char *
sb_language_of_typed (const char *text)
{
  g_return_val_if_fail (text != NULL, NULL);

  for (const char *p = text; *p; p = g_utf8_next_char (p))
    if (is_cjk (g_utf8_get_char (p)))
      return SB_LANG_ZH;
  return SB_LANG_EN;
}

PangoAttrList *
sb_language_attrs_new (const char *text,
                       const char *lang)
{
  PangoAttrList *attrs = pango_attr_list_new ();

  sb_language_insert_attrs (attrs, text, lang);
  return attrs;
}

/* Call after the layout's text or markup is set: markup replaces the
 * layout's attributes. */
void
sb_language_set_on_layout (PangoLayout *layout,
                           const char  *lang)
{
  PangoAttrList *current;
  g_autoptr(PangoAttrList) attrs = NULL;

  g_return_if_fail (PANGO_IS_LAYOUT (layout));

  current = pango_layout_get_attributes (layout);
  attrs = current ? pango_attr_list_copy (current) : pango_attr_list_new ();
  sb_language_insert_attrs (attrs, pango_layout_get_text (layout), lang);
  pango_layout_set_attributes (layout, attrs);
}
