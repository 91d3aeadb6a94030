/* sb-standard-loader.h — from the bytes of a standard file to a checked SbStandard
 * Copyright 2026 The Scorebook authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "sb-standard.h"

G_BEGIN_DECLS

#define SB_STANDARD_SCHEMA_RESOURCE "/io/github/scorebook/Scorebook/schema/standard.rng"

SbStandard *sb_standard_load (GBytes      *bytes,
                              const char  *source_name,
                              GError     **error);

G_END_DECLS
