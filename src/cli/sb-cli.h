/* sb-cli.h — the commands that need no display: --validate, --outline, --scores, --export
 * Copyright 2026 The Scorebook authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

int  sb_cli_run         (int            argc,
                         char         **argv);
void sb_cli_add_options (GApplication  *application);

G_END_DECLS
