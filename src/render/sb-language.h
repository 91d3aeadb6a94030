/* sb-language.h — the language every drawn text is written in, told to Pango
 * Copyright 2026 The Scorebook authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <pango/pango.h>

#include "sb-display-language.h"

G_BEGIN_DECLS

PangoLanguage *sb_language_to_pango      (const char    *lang);
const char    *sb_language_of_typed      (const char    *text);
PangoAttrList *sb_language_attrs_new     (const char    *text,
                                          const char    *lang);
void           sb_language_insert_attrs  (PangoAttrList *attrs,
                                          const char    *text,
                                          const char    *lang);
void           sb_language_set_on_layout (PangoLayout   *layout,
                                          const char    *lang);

G_END_DECLS
