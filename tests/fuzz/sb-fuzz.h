/* sb-fuzz.h — what the fuzz targets share
 * Copyright 2026 The Scorebook authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <stddef.h>

#include "sb-standard.h"

G_BEGIN_DECLS

int         LLVMFuzzerTestOneInput (const guint8 *data,
                                    size_t        size);
SbStandard *sb_fuzz_standard       (void);

G_END_DECLS
