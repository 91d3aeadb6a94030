/* sb-text-page.c — a page of the standard's own texts: a section (with the applicant's profile), a scoring guide, the front matter
 * Copyright 2026 The Scorebook authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "sb-text-page"

#include "config.h"

#include <glib/gi18n.h>

#include "sb-page.h"
#include "sb-text-page.h"
#include "sb-widget-language.h"

struct _SbTextPage
{
  GtkBox             parent_instance;

  SbDisplayLanguage  language;
  SbAssessment      *assessment;  /* whose profile the profile's page edits */
  GtkWidget         *profile;     /* that editor, on the profile's page */
  char              *profile_id;  /* the place it is */
};

G_DEFINE_FINAL_TYPE (SbTextPage, sb_text_page, GTK_TYPE_BOX)

/* The profile text is the assessment's: typing writes it through the model
 * (so undo covers it), and a change from the model (an undo) shows here. */
static void
profile_buffer_changed (GtkTextBuffer *buffer,
                        SbTextPage    *self)
{
  GtkTextIter start, end;
  g_autofree char *text = NULL;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  text = gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
  if (g_strcmp0 (text, sb_assessment_get_profile (self->assessment)) != 0)
    sb_assessment_set_profile (self->assessment, text);
}

static void
profile_changed_in_model (GtkTextBuffer *buffer,
                          GParamSpec    *pspec,
                          SbAssessment  *assessment)
{
  GtkTextIter start, end;
  g_autofree char *text = NULL;
  const char *profile = sb_assessment_get_profile (assessment);

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  text = gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
  if (g_strcmp0 (text, profile ? profile : "") != 0)
    gtk_text_buffer_set_text (buffer, profile ? profile : "", -1);
}

static void
append_profile_editor (SbTextPage *self,
                       SbSection  *section)
{
  GtkWidget *frame = gtk_frame_new (NULL);
  GtkWidget *view = gtk_text_view_new ();
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (view));
  const char *profile = sb_assessment_get_profile (self->assessment);

  sb_page_append_heading (GTK_BOX (self), _("The applicant’s profile"));
  gtk_text_buffer_set_enable_undo (buffer, FALSE);
  gtk_text_buffer_set_text (buffer, profile ? profile : "", -1);
  sb_text_view_follow_language (GTK_TEXT_VIEW (view));
  gtk_text_view_set_wrap_mode (GTK_TEXT_VIEW (view), GTK_WRAP_WORD_CHAR);
  gtk_text_view_set_top_margin (GTK_TEXT_VIEW (view), 8);
  gtk_text_view_set_bottom_margin (GTK_TEXT_VIEW (view), 8);
  gtk_text_view_set_left_margin (GTK_TEXT_VIEW (view), 8);
  gtk_text_view_set_right_margin (GTK_TEXT_VIEW (view), 8);
  gtk_widget_set_size_request (view, -1, 160);
  gtk_accessible_update_property (GTK_ACCESSIBLE (view), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("The applicant’s profile"), -1);
  g_signal_connect (buffer, "changed", G_CALLBACK (profile_buffer_changed), self);
  g_signal_connect_object (self->assessment, "notify::profile", G_CALLBACK (profile_changed_in_model),
                           buffer, G_CONNECT_SWAPPED);
  gtk_frame_set_child (GTK_FRAME (frame), view);
  gtk_box_append (GTK_BOX (self), frame);
  self->profile = frame;
  self->profile_id = sb_page_place_key (sb_section_get_id (section), -1);
}

static void
sb_text_page_dispose (GObject *object)
{
  SbTextPage *self = SB_TEXT_PAGE (object);

  g_clear_object (&self->assessment);
  self->profile = NULL;

  G_OBJECT_CLASS (sb_text_page_parent_class)->dispose (object);
}

static void
sb_text_page_finalize (GObject *object)
{
  SbTextPage *self = SB_TEXT_PAGE (object);

  g_free (self->profile_id);

  G_OBJECT_CLASS (sb_text_page_parent_class)->finalize (object);
}

static void
sb_text_page_class_init (SbTextPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = sb_text_page_dispose;
  object_class->finalize = sb_text_page_finalize;
}

static void
sb_text_page_init (SbTextPage *self)
{
  sb_page_init (GTK_BOX (self));
}

static SbTextPage *
text_page_new (SbDisplayLanguage language)
{
  SbTextPage *self = g_object_new (SB_TYPE_TEXT_PAGE, NULL);

  self->language = language;
  return self;
}

/* A section of the standard and its numbered parts; the applicant's
 * profile (the section the standard names so) with the editor of the
 * profile @assessment holds. */
GtkWidget *
sb_text_page_new_for_section (SbSection         *section,
                              SbAssessment      *assessment,
                              SbDisplayLanguage  language)
{
  SbTextPage *self;
  g_autofree char *title = NULL;
  GListModel *children;

  g_return_val_if_fail (SB_IS_SECTION (section), NULL);
  g_return_val_if_fail (SB_IS_ASSESSMENT (assessment), NULL);

  self = text_page_new (language);
  title = sb_page_item_label (G_OBJECT (section), language);
  children = sb_section_get_children (section);
  sb_page_append_title (GTK_BOX (self), title, sb_display_language_to_tag (language), NULL);
  sb_page_append_text (GTK_BOX (self), sb_section_get_body (section), language, "body-text");
  for (guint i = 0; i < g_list_model_get_n_items (children); i++)
    {
      g_autoptr(SbSection) child = g_list_model_get_item (children, i);
      sb_page_append_numbered (GTK_BOX (self), language, sb_section_get_number (child), sb_section_get_title (child),
                               sb_section_get_body (child));
    }
  if (section == sb_standard_get_profile (sb_assessment_get_standard (assessment)))
    {
      self->assessment = g_object_ref (assessment);
      append_profile_editor (self, section);
    }
  return GTK_WIDGET (self);
}

/* Every band side by side in reading order, as the scoring guide prints it. */
GtkWidget *
sb_text_page_new_for_guide (SbGuide           *guide,
                            SbDisplayLanguage  language)
{
  SbTextPage *self;
  g_autofree char *title = NULL;
  GListModel *bands;

  g_return_val_if_fail (SB_IS_GUIDE (guide), NULL);

  self = text_page_new (language);
  title = sb_page_item_label (G_OBJECT (guide), language);
  bands = sb_guide_get_bands (guide);
  sb_page_append_title (GTK_BOX (self), title, sb_display_language_to_tag (language), NULL);
  sb_page_append_text (GTK_BOX (self), sb_guide_get_description (guide), language, "body-text");
  for (guint i = 0; i < g_list_model_get_n_items (bands); i++)
    {
      g_autoptr(SbBand) band = g_list_model_get_item (bands, i);
      g_autofree char *range = g_strdup_printf ("%u–%u%%", sb_band_get_min (band), sb_band_get_max (band));
      GPtrArray *descriptors = sb_band_get_descriptors (band);

      sb_page_append_heading (GTK_BOX (self), range);
      sb_page_append_text (GTK_BOX (self), sb_band_get_level (band), language, "point-title");
      for (guint d = 0; d < descriptors->len; d++)
        sb_page_append_text (GTK_BOX (self), descriptors->pdata[d], language, "body-text");
    }
  return GTK_WIDGET (self);
}

/* The standard's title page: its title, subtitles, issuer and compiler. */
static void
append_about (SbTextPage *self,
              SbStandard *standard)
{
  GPtrArray *subtitles = sb_standard_get_subtitles (standard);

  sb_page_append_text (GTK_BOX (self), sb_standard_get_title (standard), self->language, "title-2");
  for (guint i = 0; i < subtitles->len; i++)
    sb_page_append_text (GTK_BOX (self), subtitles->pdata[i], self->language, NULL);
  sb_page_append_text (GTK_BOX (self), sb_standard_get_issuer (standard), self->language, "dim-label");
  sb_page_append_text (GTK_BOX (self), sb_standard_get_compiler (standard), self->language, "dim-label");
}

/* The glossary or the references: numbered entries, a reference's number in brackets. */
static void
append_entries (SbTextPage *self,
                GListModel *list)
{
  for (guint i = 0; i < g_list_model_get_n_items (list); i++)
    {
      g_autoptr(SbSection) section = g_list_model_get_item (list, i);
      g_autofree char *number = *sb_section_get_number (section) ? g_strdup_printf ("[%s]", sb_section_get_number (section))
                                                                 : g_strdup ("");
      const SbText *title = sb_section_get_title (section);

      sb_page_append_numbered (GTK_BOX (self), self->language, number, sb_text_get_n_langs (title) ? title : NULL,
                               sb_section_get_body (section));
    }
}

/* The page of one of the window's own entries into the standard: "about
 * the standard", the glossary, the references (not the overview, which
 * has a page of its own). */
GtkWidget *
sb_text_page_new_for_entry (SbNavEntry        *entry,
                            SbStandard        *standard,
                            SbDisplayLanguage  language)
{
  SbTextPage *self;

  g_return_val_if_fail (SB_IS_NAV_ENTRY (entry), NULL);
  g_return_val_if_fail (SB_IS_STANDARD (standard), NULL);
  g_return_val_if_fail (sb_nav_entry_get_kind (entry) != SB_NAV_OVERVIEW, NULL);

  self = text_page_new (language);
  sb_page_append_title (GTK_BOX (self), sb_nav_entry_get_title (entry), NULL, NULL);
  switch (sb_nav_entry_get_kind (entry))
    {
    case SB_NAV_STANDARD:
      append_about (self, standard);
      break;
    case SB_NAV_GLOSSARY:
      append_entries (self, sb_standard_get_glossary (standard));
      break;
    case SB_NAV_REFERENCES:
      append_entries (self, sb_standard_get_references (standard));
      break;
    case SB_NAV_OVERVIEW:
    default:
      g_assert_not_reached ();
    }
  return GTK_WIDGET (self);
}

/* The widget that the place @key stands for (the profile's editor), or NULL. */
GtkWidget *
sb_text_page_lookup_place (SbTextPage *self,
                           const char *key)
{
  g_return_val_if_fail (SB_IS_TEXT_PAGE (self), NULL);
  return self->profile != NULL && g_strcmp0 (key, self->profile_id) == 0 ? self->profile : NULL;
}
