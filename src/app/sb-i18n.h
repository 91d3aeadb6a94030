/* sb-i18n.h — switching the interface language while Scorebook runs
 * Copyright 2026 The Scorebook authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

void        sb_i18n_init                   (const char *localedir);
const char *sb_i18n_interface_language     (const char *text_language);
void        sb_i18n_set_interface_language (const char *text_language);

G_END_DECLS
