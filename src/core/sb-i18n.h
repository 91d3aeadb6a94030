/* sb-i18n.h — the interface language, switched while Scorebook runs
 * Copyright 2026 The Scorebook authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

void        sb_i18n_init                (const char         *localedir);
const char *sb_i18n_language_for_locale (const char * const *names);
const char *sb_i18n_get_locale_language (void);
const char *sb_i18n_get_language        (void);
void        sb_i18n_set_language        (const char         *language);
void        sb_i18n_prepare_launch      (GAppLaunchContext  *context);

G_END_DECLS
