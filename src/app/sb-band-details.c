/* sb-band-details.c — the descriptors of one band of a scoring guide, under a heading that says whose they are
 * Copyright 2026 The Scorebook authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "sb-band-details"

#include "config.h"

#include <glib/gi18n.h>

#include "sb-band-details.h"
#include "sb-band-texts.h"

/* One page per band of the guide, and a hint for when no band is shown.
 * The pages share one height, the longest band's, so that showing
 * another band never changes the height (the picker keeps its height
 * while the pointer moves over the bands). */
struct _SbBandDetails
{
  GtkBox             parent_instance;

  GtkWidget         *heading;
  GtkWidget         *state;
  GtkWidget         *stack;
  GtkWidget         *hint;

  SbDisplayLanguage  language;
};

G_DEFINE_FINAL_TYPE (SbBandDetails, sb_band_details, GTK_TYPE_BOX)

/* The descriptors of one band, a page of the stack. */
static GtkWidget *
descriptors_page_new (SbBandDetails *self,
                      SbBand        *band)
{
  GtkWidget *list = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GPtrArray *descriptors = sb_band_get_descriptors (band);

  for (guint d = 0; d < descriptors->len; d++)
    {
      GtkWidget *item = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 8);
      GtkWidget *bullet = gtk_label_new ("•");
      GtkWidget *texts = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);

      gtk_label_set_yalign (GTK_LABEL (bullet), 0);
      gtk_widget_set_valign (bullet, GTK_ALIGN_START);
      gtk_widget_add_css_class (bullet, "band-bullet");
      sb_band_texts_append (GTK_BOX (texts), g_ptr_array_index (descriptors, d), self->language,
                            "band-descriptor", PANGO_WRAP_WORD_CHAR);
      gtk_box_append (GTK_BOX (item), bullet);
      gtk_box_append (GTK_BOX (item), texts);
      gtk_box_append (GTK_BOX (list), item);
    }
  if (descriptors->len == 0)
    gtk_box_append (GTK_BOX (list),
                    sb_band_texts_label_new (_("The guide gives this band no descriptors: its range says it all."),
                                             NULL, "dim-label", FALSE, PANGO_WRAP_WORD_CHAR));
  gtk_widget_set_valign (list, GTK_ALIGN_START);
  return list;
}

static void
sb_band_details_dispose (GObject *object)
{
  SbBandDetails *self = SB_BAND_DETAILS (object);

  g_clear_object (&self->hint);

  G_OBJECT_CLASS (sb_band_details_parent_class)->dispose (object);
}

static void
sb_band_details_class_init (SbBandDetailsClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = sb_band_details_dispose;
}

static void
sb_band_details_init (SbBandDetails *self)
{
  GtkWidget *head = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);

  gtk_orientable_set_orientation (GTK_ORIENTABLE (self), GTK_ORIENTATION_VERTICAL);
  gtk_box_set_spacing (GTK_BOX (self), 8);
  gtk_widget_add_css_class (GTK_WIDGET (self), "band-details");
  self->heading = sb_band_texts_wrapping_label_new ("band-heading");
  gtk_box_append (GTK_BOX (head), self->heading);
  self->state = sb_band_texts_wrapping_label_new ("dim-label");
  gtk_widget_set_hexpand (self->state, TRUE);
  gtk_box_append (GTK_BOX (head), self->state);
  gtk_box_append (GTK_BOX (self), head);

  /* Homogeneous: as tall as the longest band's descriptors, whichever
   * band is shown. */
  self->stack = gtk_stack_new ();
  gtk_stack_set_vhomogeneous (GTK_STACK (self->stack), TRUE);
  gtk_stack_set_hhomogeneous (GTK_STACK (self->stack), TRUE);
  gtk_box_append (GTK_BOX (self), self->stack);

  self->hint = g_object_ref_sink (sb_band_texts_label_new (NULL, NULL, "dim-label", FALSE, PANGO_WRAP_WORD_CHAR));
  gtk_widget_set_valign (self->hint, GTK_ALIGN_START);
  sb_band_details_update_strings (self);
}

GtkWidget *
sb_band_details_new (void)
{
  return g_object_new (SB_TYPE_BAND_DETAILS, NULL);
}

/* A page for each band of @guide, its texts in @language; hidden for
 * NULL. Shows the hint until sb_band_details_show() says otherwise. */
void
sb_band_details_set_guide (SbBandDetails     *self,
                           SbGuide           *guide,
                           SbDisplayLanguage  language)
{
  GtkWidget *page;

  g_return_if_fail (SB_IS_BAND_DETAILS (self));
  g_return_if_fail (guide == NULL || SB_IS_GUIDE (guide));

  self->language = language;
  while ((page = gtk_widget_get_first_child (self->stack)) != NULL)
    gtk_stack_remove (GTK_STACK (self->stack), page);
  gtk_stack_add_named (GTK_STACK (self->stack), self->hint, "hint");
  if (guide != NULL)
    {
      GListModel *bands = sb_guide_get_bands (guide);

      for (guint i = 0; i < g_list_model_get_n_items (bands); i++)
        {
          g_autoptr(SbBand) band = g_list_model_get_item (bands, i);
          g_autofree char *name = g_strdup_printf ("band-%u", i + 1);

          gtk_stack_add_named (GTK_STACK (self->stack), descriptors_page_new (self, band), name);
        }
    }
  gtk_widget_set_visible (GTK_WIDGET (self), guide != NULL);
}

/* Shows the descriptors of @band, of the guide given, saying whether it
 * is the @chosen one; for NULL, that nothing is rated yet, and the hint. */
void
sb_band_details_show (SbBandDetails *self,
                      SbBand        *band,
                      gboolean       chosen)
{
  g_autofree char *name = NULL;
  g_autofree char *page = NULL;

  g_return_if_fail (SB_IS_BAND_DETAILS (self));
  g_return_if_fail (band == NULL || SB_IS_BAND (band));

  if (band == NULL)
    {
      gtk_label_set_text (GTK_LABEL (self->heading), _("Not rated yet"));
      gtk_label_set_text (GTK_LABEL (self->state), "");
      gtk_stack_set_visible_child (GTK_STACK (self->stack), self->hint);
      return;
    }
  name = sb_band_texts_dup_name (band, self->language);
  page = g_strdup_printf ("band-%u", sb_band_get_index (band) + 1);
  gtk_label_set_text (GTK_LABEL (self->heading), name);
  gtk_label_set_text (GTK_LABEL (self->state),
                      chosen ? _("Chosen") : _("Not chosen: click it or press Space to choose it"));
  gtk_stack_set_visible_child_name (GTK_STACK (self->stack), page);
}

/* The interface's own words, in its language of the moment. */
void
sb_band_details_update_strings (SbBandDetails *self)
{
  g_return_if_fail (SB_IS_BAND_DETAILS (self));

  gtk_label_set_text (GTK_LABEL (self->hint),
                      _("Point at a band, or move along the row with the arrow keys, to read its "
                        "descriptors here; click it or press Space to choose it."));
}
