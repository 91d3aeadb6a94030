/* test-band-layout.c — the band picker's layout: its row with the controls beside it when wide, under it when narrow
 * Copyright 2026 The Scorebook authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <gtk/gtk.h>

#include "sb-band-layout.h"

/* A child of known sizes: @min_width to @nat_width wide, @height high. */
#define TEST_TYPE_BLOCK (test_block_get_type ())
G_DECLARE_FINAL_TYPE (TestBlock, test_block, TEST, BLOCK, GtkWidget)

struct _TestBlock
{
  GtkWidget parent_instance;
  int       min_width, nat_width, height;
};

G_DEFINE_FINAL_TYPE (TestBlock, test_block, GTK_TYPE_WIDGET)

static void
test_block_measure (GtkWidget      *widget,
                    GtkOrientation  orientation,
                    int             for_size,
                    int            *minimum,
                    int            *natural,
                    int            *minimum_baseline,
                    int            *natural_baseline)
{
  TestBlock *self = TEST_BLOCK (widget);

  *minimum = orientation == GTK_ORIENTATION_HORIZONTAL ? self->min_width : self->height;
  *natural = orientation == GTK_ORIENTATION_HORIZONTAL ? self->nat_width : self->height;
}

static void
test_block_class_init (TestBlockClass *klass)
{
  GTK_WIDGET_CLASS (klass)->measure = test_block_measure;
}

static void
test_block_init (TestBlock *self)
{
}

/* The widget the layout lays out: a container of blocks. */
#define TEST_TYPE_HOST (test_host_get_type ())
G_DECLARE_FINAL_TYPE (TestHost, test_host, TEST, HOST, GtkWidget)

struct _TestHost
{
  GtkWidget parent_instance;
};

G_DEFINE_FINAL_TYPE (TestHost, test_host, GTK_TYPE_WIDGET)

static void
test_host_dispose (GObject *object)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (object))) != NULL)
    gtk_widget_unparent (child);
  G_OBJECT_CLASS (test_host_parent_class)->dispose (object);
}

static void
test_host_class_init (TestHostClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = test_host_dispose;
  gtk_widget_class_set_layout_manager_type (GTK_WIDGET_CLASS (klass), SB_TYPE_BAND_LAYOUT);
}

static void
test_host_init (TestHost *self)
{
}

/* As the picker: a caption, the row of bands, the controls beside it, a
 * status line and the details. */
typedef struct
{
  GtkWidget    *host;
  SbBandLayout *layout;
  GtkWidget    *caption, *row, *controls, *status, *details;
} Fixture;

static GtkWidget *
block_new (Fixture *fixture,
           int      min_width,
           int      nat_width,
           int      height)
{
  TestBlock *block = g_object_new (TEST_TYPE_BLOCK, NULL);

  block->min_width = min_width;
  block->nat_width = nat_width;
  block->height = height;
  gtk_widget_set_parent (GTK_WIDGET (block), fixture->host);
  return GTK_WIDGET (block);
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  fixture->host = g_object_ref_sink (g_object_new (TEST_TYPE_HOST, NULL));
  fixture->layout = SB_BAND_LAYOUT (gtk_widget_get_layout_manager (fixture->host));
  fixture->caption = block_new (fixture, 50, 200, 20);
  fixture->row = block_new (fixture, 400, 600, 60);
  fixture->controls = block_new (fixture, 150, 250, 30);
  fixture->status = block_new (fixture, 100, 500, 20);
  fixture->details = block_new (fixture, 300, 900, 100);
  sb_band_layout_set_row (fixture->layout, fixture->row, fixture->controls);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_assert_finalize_object (fixture->host);
}

static void
allocate (Fixture *fixture,
          int      width)
{
  int height, ignored;

  gtk_widget_measure (fixture->host, GTK_ORIENTATION_VERTICAL, width, &height, &ignored, NULL, NULL);
  gtk_widget_size_allocate (fixture->host, &(GtkAllocation) { 0, 0, width, height }, -1);
}

static void
assert_place (GtkWidget *widget,
              int        x,
              int        y,
              int        width,
              int        height)
{
  GtkAllocation allocation;

  gtk_widget_get_allocation (widget, &allocation);
  g_assert_cmpint (allocation.x, ==, x);
  g_assert_cmpint (allocation.y, ==, y);
  g_assert_cmpint (allocation.width, ==, width);
  g_assert_cmpint (allocation.height, ==, height);
}

static int
height_for (Fixture *fixture,
            int      width)
{
  int minimum, natural;

  gtk_widget_measure (fixture->host, GTK_ORIENTATION_VERTICAL, width, &minimum, &natural, NULL, NULL);
  g_assert_cmpint (minimum, ==, natural);
  return natural;
}

/* Naturally as wide as the row and the controls side by side; at least as
 * wide as the widest child's minimum, since the row may go alone. */
static void
test_widths (Fixture       *fixture,
             gconstpointer  data)
{
  int minimum, natural;

  g_assert_cmpint (gtk_widget_get_request_mode (fixture->host), ==, GTK_SIZE_REQUEST_HEIGHT_FOR_WIDTH);
  gtk_widget_measure (fixture->host, GTK_ORIENTATION_HORIZONTAL, -1, &minimum, &natural, NULL, NULL);
  g_assert_cmpint (minimum, ==, 400);
  g_assert_cmpint (natural, ==, 900);
  gtk_widget_set_visible (fixture->details, FALSE);
  gtk_widget_measure (fixture->host, GTK_ORIENTATION_HORIZONTAL, -1, &minimum, &natural, NULL, NULL);
  g_assert_cmpint (natural, ==, 600 + 12 + 250);
}

/* Wide, the controls go beside the row, at their natural width, at the
 * right and centred on it; the rest stack at full width. */
static void
test_beside (Fixture       *fixture,
             gconstpointer  data)
{
  g_assert_true (sb_band_layout_is_beside (fixture->layout, 1000));
  allocate (fixture, 1000);
  assert_place (fixture->caption, 0, 0, 1000, 20);
  assert_place (fixture->row, 0, 26, 1000 - 250 - 12, 60);
  assert_place (fixture->controls, 750, 26 + 15, 250, 30);
  assert_place (fixture->status, 0, 26 + 60 + 6, 1000, 20);
  assert_place (fixture->details, 0, 92 + 20 + 6, 1000, 100);
  g_assert_cmpint (height_for (fixture, 1000), ==, 218);

  /* The row at its minimum and the controls at their natural width: just fits. */
  g_assert_true (sb_band_layout_is_beside (fixture->layout, 400 + 12 + 250));
}

/* Narrow, the row takes the whole width and the controls go under it. */
static void
test_under (Fixture       *fixture,
            gconstpointer  data)
{
  g_assert_false (sb_band_layout_is_beside (fixture->layout, 400 + 12 + 250 - 1));
  allocate (fixture, 600);
  assert_place (fixture->caption, 0, 0, 600, 20);
  assert_place (fixture->row, 0, 26, 600, 60);
  assert_place (fixture->controls, 0, 26 + 60 + 6, 250, 30);
  assert_place (fixture->status, 0, 122 + 6, 600, 20);
  assert_place (fixture->details, 0, 148 + 6, 600, 100);
  g_assert_cmpint (height_for (fixture, 600), ==, 254);

  /* Narrower than the controls themselves: they shrink to the width. */
  allocate (fixture, 200);
  assert_place (fixture->controls, 0, 92, 200, 30);
}

/* A hidden child takes no room and no spacing; a hidden row leaves the
 * controls where they would be beside it. */
static void
test_hidden (Fixture       *fixture,
             gconstpointer  data)
{
  gtk_widget_set_visible (fixture->caption, FALSE);
  allocate (fixture, 1000);
  assert_place (fixture->row, 0, 0, 738, 60);
  assert_place (fixture->status, 0, 66, 1000, 20);
  g_assert_cmpint (height_for (fixture, 1000), ==, 218 - 26);

  gtk_widget_set_visible (fixture->row, FALSE);
  allocate (fixture, 1000);
  assert_place (fixture->controls, 750, 0, 250, 30);
  assert_place (fixture->status, 0, 36, 1000, 20);
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add ("/band-layout/" path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("widths", test_widths);
  ADD ("beside", test_beside);
  ADD ("under", test_under);
  ADD ("hidden", test_hidden);
#undef ADD

  return g_test_run ();
}
