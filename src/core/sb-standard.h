/* sb-standard.h — an award standard: its criteria tree, scoring guides and texts
 * Copyright 2026 The Scorebook authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "sb-points.h"
#include "sb-text.h"

G_BEGIN_DECLS

#define SB_TYPE_SECTION (sb_section_get_type ())
G_DECLARE_FINAL_TYPE (SbSection, sb_section, SB, SECTION, GObject)

#define SB_TYPE_GUIDANCE_POINT (sb_guidance_point_get_type ())
G_DECLARE_FINAL_TYPE (SbGuidancePoint, sb_guidance_point, SB, GUIDANCE_POINT, GObject)

#define SB_TYPE_BAND (sb_band_get_type ())
G_DECLARE_FINAL_TYPE (SbBand, sb_band, SB, BAND, GObject)

#define SB_TYPE_GUIDE (sb_guide_get_type ())
G_DECLARE_FINAL_TYPE (SbGuide, sb_guide, SB, GUIDE, GObject)

#define SB_TYPE_NODE (sb_node_get_type ())
G_DECLARE_FINAL_TYPE (SbNode, sb_node, SB, NODE, GObject)

#define SB_TYPE_STANDARD (sb_standard_get_type ())
G_DECLARE_FINAL_TYPE (SbStandard, sb_standard, SB, STANDARD, GObject)

#define SB_STANDARD_ERROR (sb_standard_error_quark ())

/* What the file says is checked in SB_XML_ERROR (size, encoding,
 * well-formedness, the schema); these are the rest. */
typedef enum
{
  SB_STANDARD_ERROR_IO,
  SB_STANDARD_ERROR_INVALID,
} SbStandardError;

/* Files larger than this are refused before parsing. A standard a hundred
 * times the size of the bundled one is far below it. */
#define SB_STANDARD_MAX_BYTES (32 * 1024 * 1024)

#define SB_BUNDLED_STANDARD_PATH "/io/github/scorebook/Scorebook/standards/szmqa-2019-social.xml"

GQuark       sb_standard_error_quark        (void);

SbStandard  *sb_standard_new_from_file      (GFile        *file,
                                             GCancellable *cancellable,
                                             GError      **error);
SbStandard  *sb_standard_new_from_bytes     (GBytes       *bytes,
                                             const char   *source_name,
                                             GError      **error);
SbStandard  *sb_standard_new_bundled        (GError      **error);

const char  *sb_standard_get_id             (SbStandard   *self);
const char  *sb_standard_get_edition        (SbStandard   *self);
guint        sb_standard_get_revision       (SbStandard   *self);
const char * const *sb_standard_get_languages (SbStandard *self);
const char  *sb_standard_get_source_name    (SbStandard   *self);
const char  *sb_standard_get_content_hash   (SbStandard   *self);
const SbText *sb_standard_get_title         (SbStandard   *self);
GPtrArray   *sb_standard_get_subtitles      (SbStandard   *self);
const SbText *sb_standard_get_issuer        (SbStandard   *self);
const SbText *sb_standard_get_compiler      (SbStandard   *self);
SbPoints     sb_standard_get_total          (SbStandard   *self);
SbSection   *sb_standard_get_profile        (SbStandard   *self);
SbSection   *sb_standard_get_principles     (SbStandard   *self);
GListModel  *sb_standard_get_front          (SbStandard   *self);
GListModel  *sb_standard_get_rules          (SbStandard   *self);
GListModel  *sb_standard_get_criteria       (SbStandard   *self);
GListModel  *sb_standard_get_guides         (SbStandard   *self);
GListModel  *sb_standard_get_glossary       (SbStandard   *self);
GListModel  *sb_standard_get_references     (SbStandard   *self);
GPtrArray   *sb_standard_get_nodes          (SbStandard   *self);
GPtrArray   *sb_standard_get_scored_nodes   (SbStandard   *self);
SbNode      *sb_standard_lookup_node        (SbStandard   *self,
                                             const char   *id);
SbGuidancePoint *sb_standard_lookup_point   (SbStandard   *self,
                                             const char   *id);
SbGuide     *sb_standard_lookup_guide       (SbStandard   *self,
                                             const char   *id);
guint        sb_standard_count_points       (SbStandard   *self);
char        *sb_standard_dup_kind_name      (SbStandard   *self,
                                             const char   *kind,
                                             const char   *lang,
                                             gboolean      many);
char        *sb_standard_dup_scored_name    (SbStandard   *self,
                                             const char   *lang,
                                             gboolean      many);

const char  *sb_node_get_id                 (SbNode       *self);
const char  *sb_node_get_number             (SbNode       *self);
const char  *sb_node_get_kind               (SbNode       *self);
char        *sb_node_dup_kind_name          (SbNode       *self,
                                             const char   *lang);
const SbText *sb_node_get_title             (SbNode       *self);
const SbText *sb_node_get_explanation       (SbNode       *self);
const SbText *sb_node_get_keypoint          (SbNode       *self);
const SbText *sb_node_get_requirement       (SbNode       *self);
gboolean     sb_node_has_points             (SbNode       *self);
SbPoints     sb_node_get_points             (SbNode       *self);
guint        sb_node_get_depth              (SbNode       *self);
gboolean     sb_node_is_scored              (SbNode       *self);
SbGuide     *sb_node_get_guide              (SbNode       *self);
SbNode      *sb_node_get_parent             (SbNode       *self);
SbStandard  *sb_node_get_standard           (SbNode       *self);
GListModel  *sb_node_get_children           (SbNode       *self);
GListModel  *sb_node_get_guidance           (SbNode       *self);

const char  *sb_guidance_point_get_id       (SbGuidancePoint *self);
const char  *sb_guidance_point_get_number   (SbGuidancePoint *self);
const SbText *sb_guidance_point_get_title   (SbGuidancePoint *self);
const SbText *sb_guidance_point_get_text    (SbGuidancePoint *self);
SbNode      *sb_guidance_point_get_node     (SbGuidancePoint *self);

const char  *sb_guide_get_id                (SbGuide      *self);
const char  *sb_guide_get_kind              (SbGuide      *self);
const SbText *sb_guide_get_name             (SbGuide      *self);
const SbText *sb_guide_get_description      (SbGuide      *self);
guint        sb_guide_get_step              (SbGuide      *self);
GListModel  *sb_guide_get_bands             (SbGuide      *self);
SbBand      *sb_guide_lookup_band           (SbGuide      *self,
                                             const char   *id);
SbBand      *sb_guide_band_for_percent      (SbGuide      *self,
                                             guint         percent);

const char  *sb_band_get_id                 (SbBand       *self);
guint        sb_band_get_min                (SbBand       *self);
guint        sb_band_get_max                (SbBand       *self);
guint        sb_band_get_index              (SbBand       *self);
const SbText *sb_band_get_level             (SbBand       *self);
char        *sb_band_dup_level_name         (SbBand       *self,
                                             const char   *lang);
char        *sb_band_dup_range              (SbBand       *self);
GPtrArray   *sb_band_get_descriptors        (SbBand       *self);
SbGuide     *sb_band_get_guide              (SbBand       *self);
gboolean     sb_band_allows                 (SbBand       *self,
                                             guint         percent);

const char  *sb_section_get_id              (SbSection    *self);
const char  *sb_section_get_number          (SbSection    *self);
const char  *sb_section_get_applies_to      (SbSection    *self);
const SbText *sb_section_get_title          (SbSection    *self);
const SbText *sb_section_get_body           (SbSection    *self);
GListModel  *sb_section_get_children        (SbSection    *self);

G_END_DECLS
