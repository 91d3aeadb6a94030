/* sb-standard-private.h — the standard's structs, for the loader that fills them
 * Copyright 2026 The Scorebook authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "sb-standard.h"

G_BEGIN_DECLS

struct _SbSection
{
  GObject     parent_instance;
  char       *id;
  char       *number;
  char       *applies_to;
  SbText     *title;
  SbText     *body;
  GListStore *children;
};

struct _SbGuidancePoint
{
  GObject     parent_instance;
  char       *id;
  char       *number;
  SbText     *title;
  SbText     *text;
  SbNode     *node;       /* unowned: the node owns its points */
};

struct _SbBand
{
  GObject     parent_instance;
  char       *id;
  guint       min;
  guint       max;
  guint       index;
  SbText     *level;
  GPtrArray  *descriptors;   /* SbText */
  SbGuide    *guide;         /* unowned */
};

struct _SbGuide
{
  GObject     parent_instance;
  char       *id;
  char       *kind;
  guint       step;          /* the percents a rating takes are its multiples */
  SbText     *name;
  SbText     *description;
  GListStore *bands;
};

struct _SbNode
{
  GObject     parent_instance;
  char       *id;
  char       *number;
  char       *kind;
  SbText     *title;
  SbText     *explanation;
  SbText     *keypoint;
  SbText     *requirement;
  SbPoints    points;
  gboolean    has_points;
  guint       depth;
  guint       line;
  SbGuide    *guide;        /* owned by the standard; NULL unless scored */
  SbNode     *parent;       /* unowned */
  SbStandard *standard;     /* unowned */
  GListStore *children;
  GListStore *guidance;
};

struct _SbStandard
{
  GObject     parent_instance;
  char       *id;
  char       *edition;
  guint       revision;
  char      **languages;
  char       *source_name;
  GBytes     *source_bytes;  /* the file as loaded, hashed when first asked */
  char       *content_hash;  /* set once, by any thread: sb_standard_get_content_hash() */
  SbText     *title;
  GPtrArray  *subtitles;     /* SbText */
  SbText     *issuer;
  SbText     *compiler;
  SbPoints    total;
  SbSection  *profile;
  SbSection  *principles;
  GListStore *front;
  GListStore *rules;
  GListStore *criteria;
  GListStore *guides;
  GListStore *glossary;
  GListStore *references;
  GPtrArray  *nodes;         /* every SbNode in document order */
  GPtrArray  *scored;        /* the scored SbNodes in document order */
  GHashTable *kind_names;    /* node kind → SbKindName, as the file names it */
  GHashTable *by_id;         /* id → SbNode, SbGuidancePoint, SbGuide or SbSection */
};

/* What a standard calls the nodes of one kind, in each of its languages. */
typedef struct
{
  SbText *one;
  SbText *many;
} SbKindName;

void             sb_kind_name_free      (SbKindName *name);

SbSection       *sb_section_new         (void);
SbGuidancePoint *sb_guidance_point_new  (void);
SbBand          *sb_band_new            (void);
SbGuide         *sb_guide_new           (void);
SbNode          *sb_node_new            (void);
SbStandard      *sb_standard_new        (void);

G_END_DECLS
