/* sb-test-language.h — which language Pango drew a text in
 * Copyright 2026 The Scorebook authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <pango/pango.h>

G_BEGIN_DECLS

char *sb_test_run_language (PangoLayout *layout,
                            const char  *needle);

G_END_DECLS
