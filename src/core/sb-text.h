/* sb-text.h — a text held in several languages
 * Copyright 2026 The Scorebook authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define SB_LANG_ZH "zh-CN"
#define SB_LANG_EN "en"

typedef struct _SbText SbText;

#define SB_TYPE_TEXT (sb_text_get_type ())

GType       sb_text_get_type  (void) G_GNUC_CONST;
SbText     *sb_text_new       (void);
SbText     *sb_text_copy      (const SbText *self);
void        sb_text_free      (SbText       *self);
void        sb_text_set       (SbText       *self,
                               const char   *lang,
                               const char   *value);
const char *sb_text_get       (const SbText *self,
                               const char   *lang);
const char *sb_text_lookup    (const SbText *self,
                               const char   *lang);
guint       sb_text_get_n_langs (const SbText *self);
const char *sb_text_get_lang  (const SbText *self,
                               guint         index);
char       *sb_text_dup_flat  (const SbText *self,
                               const char   *lang);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (SbText, sb_text_free)

G_END_DECLS
