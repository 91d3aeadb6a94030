/* sb-band-layout.c — the band picker's layout: its children stacked, a row with its controls beside it when they fit
 * Copyright 2026 The Scorebook authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "sb-band-layout"

#include "config.h"

#include "sb-band-layout.h"

/* The widget's children go one under the other, in their order, at its
 * full width and ROW_SPACING apart. One of them is the row (the band
 * cards) and another goes beside it (the percent control): beside, at
 * its natural width and centred on the row, when the row's minimum width,
 * COLUMN_SPACING and that fit; else under the row. The row never breaks:
 * a level name never splits mid-word (its cards grow instead). Heights
 * are natural heights for the width given, so the layout is height for
 * width. */
#define ROW_SPACING    6
#define COLUMN_SPACING 12

struct _SbBandLayout
{
  GtkLayoutManager  parent_instance;

  /* Weak: children of the widget, which owns them. */
  GtkWidget        *row;
  GtkWidget        *beside;
};

G_DEFINE_FINAL_TYPE (SbBandLayout, sb_band_layout, GTK_TYPE_LAYOUT_MANAGER)

typedef struct
{
  GtkWidget *widget;
  int        x, y, width, height;
} Place;

/* A place for each child: room for the picker's few, with some to spare. */
typedef struct
{
  Place places[16];
  guint n;
} Places;

static int
measure_width (GtkWidget *child,
               gboolean   natural)
{
  int min = 0, nat = 0;

  if (child != NULL && gtk_widget_should_layout (child))
    gtk_widget_measure (child, GTK_ORIENTATION_HORIZONTAL, -1, &min, &nat, NULL, NULL);
  return natural ? nat : min;
}

static int
measure_height (GtkWidget *child,
                int        width)
{
  int min = 0, nat = 0;

  if (child != NULL && gtk_widget_should_layout (child))
    gtk_widget_measure (child, GTK_ORIENTATION_VERTICAL, width, &min, &nat, NULL, NULL);
  return nat;
}

static void
add_place (Places    *places,
           GtkWidget *widget,
           int        x,
           int        y,
           int        width,
           int        height)
{
  if (places == NULL || widget == NULL)
    return;
  g_return_if_fail (places->n < G_N_ELEMENTS (places->places));
  places->places[places->n++] = (Place) { widget, x, y, width, height };
}

/* Whether what goes beside the row fits there in @width. */
gboolean
sb_band_layout_is_beside (SbBandLayout *self,
                          int           width)
{
  g_return_val_if_fail (SB_IS_BAND_LAYOUT (self), FALSE);

  return measure_width (self->row, FALSE) + COLUMN_SPACING + measure_width (self->beside, TRUE) <= width;
}

/* The row and what goes beside it, from @y in @width; returns their
 * height. */
static int
place_row (SbBandLayout *self,
           int           width,
           int           y,
           Places       *places)
{
  int beside_width = MIN (measure_width (self->beside, TRUE), width);
  int beside_height = measure_height (self->beside, beside_width);

  if (sb_band_layout_is_beside (self, width))
    {
      int row_width = width - beside_width - COLUMN_SPACING;
      int height = MAX (measure_height (self->row, row_width), beside_height);

      add_place (places, self->row, 0, y, row_width, height);
      add_place (places, self->beside, width - beside_width, y + (height - beside_height) / 2,
                 beside_width, beside_height);
      return height;
    }
  else
    {
      int row_height = measure_height (self->row, width);
      int gap = row_height > 0 ? ROW_SPACING : 0;

      add_place (places, self->row, 0, y, width, row_height);
      add_place (places, self->beside, 0, y + row_height + gap, beside_width, beside_height);
      return row_height + gap + beside_height;
    }
}

/* Where each child of @widget goes in @width, if @places is not NULL;
 * returns the height of it all. */
static int
place_children (SbBandLayout *self,
                GtkWidget    *widget,
                int           width,
                Places       *places)
{
  int y = 0;
  gboolean first = TRUE;

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child; child = gtk_widget_get_next_sibling (child))
    {
      int height;

      if (child == self->beside || (child != self->row && !gtk_widget_should_layout (child)))
        continue;
      if (!first)
        y += ROW_SPACING;
      first = FALSE;
      if (child == self->row)
        height = place_row (self, width, y, places);
      else
        {
          height = measure_height (child, width);
          add_place (places, child, 0, y, width, height);
        }
      y += height;
    }
  return y;
}

static GtkSizeRequestMode
sb_band_layout_get_request_mode (GtkLayoutManager *manager,
                                 GtkWidget        *widget)
{
  return GTK_SIZE_REQUEST_HEIGHT_FOR_WIDTH;
}

/* As wide as the widest child, and, naturally, as the row and what goes
 * beside it side by side. */
static void
measure_widths (SbBandLayout *self,
                GtkWidget    *widget,
                int          *minimum,
                int          *natural)
{
  int min = 0, nat = 0;

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child; child = gtk_widget_get_next_sibling (child))
    {
      min = MAX (min, measure_width (child, FALSE));
      nat = MAX (nat, measure_width (child, TRUE));
    }
  if (self->row != NULL && self->beside != NULL)
    nat = MAX (nat, measure_width (self->row, TRUE) + COLUMN_SPACING + measure_width (self->beside, TRUE));
  *minimum = min;
  *natural = nat;
}

static void
sb_band_layout_measure (GtkLayoutManager *manager,
                        GtkWidget        *widget,
                        GtkOrientation    orientation,
                        int               for_size,
                        int              *minimum,
                        int              *natural,
                        int              *minimum_baseline,
                        int              *natural_baseline)
{
  SbBandLayout *self = SB_BAND_LAYOUT (manager);

  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    measure_widths (self, widget, minimum, natural);
  else
    {
      int width = for_size;

      if (width < 0)
        {
          int ignored;
          measure_widths (self, widget, &ignored, &width);
        }
      *minimum = *natural = place_children (self, widget, width, NULL);
    }
  *minimum_baseline = -1;
  *natural_baseline = -1;
}

static void
sb_band_layout_allocate (GtkLayoutManager *manager,
                         GtkWidget        *widget,
                         int               width,
                         int               height,
                         int               baseline)
{
  Places places = { .n = 0 };

  place_children (SB_BAND_LAYOUT (manager), widget, width, &places);
  for (guint i = 0; i < places.n; i++)
    {
      Place *place = &places.places[i];

      if (gtk_widget_should_layout (place->widget))
        gtk_widget_size_allocate (place->widget,
                                  &(GtkAllocation) { place->x, place->y, place->width, place->height }, -1);
    }
}

static void
sb_band_layout_dispose (GObject *object)
{
  SbBandLayout *self = SB_BAND_LAYOUT (object);

  g_clear_weak_pointer (&self->row);
  g_clear_weak_pointer (&self->beside);

  G_OBJECT_CLASS (sb_band_layout_parent_class)->dispose (object);
}

static void
sb_band_layout_class_init (SbBandLayoutClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkLayoutManagerClass *layout_class = GTK_LAYOUT_MANAGER_CLASS (klass);

  object_class->dispose = sb_band_layout_dispose;
  layout_class->get_request_mode = sb_band_layout_get_request_mode;
  layout_class->measure = sb_band_layout_measure;
  layout_class->allocate = sb_band_layout_allocate;
}

static void
sb_band_layout_init (SbBandLayout *self)
{
}

GtkLayoutManager *
sb_band_layout_new (void)
{
  return g_object_new (SB_TYPE_BAND_LAYOUT, NULL);
}

/* @row: the child that never breaks; @beside: the child that goes beside
 * it when both fit, under it otherwise. Both children of the widget. */
void
sb_band_layout_set_row (SbBandLayout *self,
                        GtkWidget    *row,
                        GtkWidget    *beside)
{
  g_return_if_fail (SB_IS_BAND_LAYOUT (self));
  g_return_if_fail (row == NULL || GTK_IS_WIDGET (row));
  g_return_if_fail (beside == NULL || GTK_IS_WIDGET (beside));

  g_set_weak_pointer (&self->row, row);
  g_set_weak_pointer (&self->beside, beside);
  gtk_layout_manager_layout_changed (GTK_LAYOUT_MANAGER (self));
}
