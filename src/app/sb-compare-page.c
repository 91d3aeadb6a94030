/* sb-compare-page.c — the comparison's table: every scored part, each examiner's rating side by side, the agenda first
 * Copyright 2026 The Scorebook authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "sb-compare-page"

#include "config.h"

#include <glib/gi18n.h>

#include "sb-compare-page.h"
#include "sb-details-dialog.h"
#include "sb-language.h"
#include "sb-page.h"
#include "sb-widget-language.h"

typedef enum
{
  COLUMN_AGENDA,
  COLUMN_PART,
  COLUMN_EXAMINER,
  COLUMN_LOWEST,
  COLUMN_HIGHEST,
  COLUMN_MEDIAN,
  COLUMN_SPREAD,
  COLUMN_CHANGE_POINTS,
  COLUMN_CHANGE_BANDS,
} ColumnKind;

/* What one column shows; the factories' binds read it. */
typedef struct
{
  SbComparePage *page;
  ColumnKind     kind;
  guint          examiner;  /* for COLUMN_EXAMINER */
  char          *title;     /* as a screen reader says it before each cell */
} Column;

struct _SbComparePage
{
  GtkBox              parent_instance;

  SbComparison       *comparison;
  SbDisplayLanguage   language;
  GtkStringList      *parts;      /* the parts' ids, in the agenda's order */
  GtkSingleSelection *selection;
  GtkWidget          *view;
  GPtrArray          *columns;    /* of Column, in the view's order */
};

G_DEFINE_FINAL_TYPE (SbComparePage, sb_compare_page, GTK_TYPE_BOX)

enum {
  PART_SELECTED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
column_free (gpointer data)
{
  Column *column = data;

  g_free (column->title);
  g_free (column);
}

/* "张伟 Zhang Wei": who made assessment @index, or words for nobody. The
 * columns, the legend and the warning all name examiners this way. */
const char *
sb_compare_examiner_name (SbComparison *comparison,
                          guint         index)
{
  const char *name = sb_assessment_get_examiner (sb_comparison_get_assessment (comparison, index));

  return *name != '\0' ? name : _("Unnamed examiner");
}

/* A column's heading: the examiner, then the kind and date of the
 * assessment, so that last year's and this year's are told apart. The
 * same examiner twice is marked on every file after the first. */
char *
sb_compare_examiner_title (SbComparison *comparison,
                           guint         index)
{
  SbAssessment *assessment = sb_comparison_get_assessment (comparison, index);
  GDateTime *when = sb_assessment_get_modified (assessment);
  g_autofree char *date = NULL;
  const char *kind = sb_details_kind_name (sb_assessment_get_kind (assessment));

  if (when == NULL)
    when = sb_assessment_get_created (assessment);
  date = when != NULL ? g_date_time_format (when, "%Y-%m-%d") : g_strdup ("—");
  if (sb_comparison_is_duplicate_examiner (comparison, index))
    /* Translators: a column's heading: an examiner who has another file in the comparison already */
    return g_strdup_printf (_("⚠ %s (again)\n%s\n%s"), sb_compare_examiner_name (comparison, index), kind, date);
  return g_strdup_printf ("%s\n%s\n%s", sb_compare_examiner_name (comparison, index), kind, date);
}

static char *
points_text (SbPoints points)
{
  return sb_points_format (points, 2);
}

/* One examiner's rating of @node: "40–60 % · 55 % · 5.5". */
static char *
examiner_text (SbComparePage *self,
               guint          index,
               SbNode        *node,
               char         **spoken)
{
  SbAssessment *assessment = sb_comparison_get_assessment (self->comparison, index);
  const char *band_id = NULL;
  guint percent = 0;
  SbScore score = { 0 };
  SbBand *band;
  g_autofree char *range = NULL;
  g_autofree char *points = NULL;

  if (!sb_assessment_get_rating (assessment, sb_node_get_id (node), &band_id, &percent))
    {
      *spoken = g_strdup (_("unrated"));
      return g_strdup ("—");
    }
  band = sb_guide_lookup_band (sb_node_get_guide (node), band_id);
  range = band != NULL ? sb_band_dup_range (band) : g_strdup (band_id);
  sb_assessment_get_score (assessment, sb_node_get_id (node), &score);
  points = points_text (score.points);
  /* Translators: an examiner's rating as a screen reader says it: band, percent, points */
  *spoken = g_strdup_printf (_("band %s, %u percent, %s points"), range, percent, points);
  return g_strdup_printf ("%s · %u %% · %s", range, percent, points);
}

static char *
signed_points (SbPoints delta)
{
  g_autofree char *number = points_text (delta < 0 ? -delta : delta);

  return g_strdup_printf ("%s%s", delta > 0 ? "+" : delta < 0 ? "−" : "±", number);
}

/* The change from the first assessment to the second: before and after. */
static char *
change_text (SbComparePage      *self,
             const SbPartSpread *part,
             gboolean            bands,
             char              **spoken)
{
  SbPoints delta = 0;
  int delta_bands = 0;

  if (!sb_comparison_get_change (self->comparison, 0, 1, sb_node_get_id (part->node), &delta, &delta_bands))
    {
      *spoken = g_strdup (_("not rated in both"));
      return g_strdup ("—");
    }
  if (!bands)
    {
      *spoken = signed_points (delta);
      return g_strdup (*spoken);
    }
  *spoken = g_strdup_printf ("%+d", delta_bands);
  return g_strdup_printf ("%s%d", delta_bands > 0 ? "+" : delta_bands < 0 ? "−" : "±", ABS (delta_bands));
}

static char *
agenda_text (const SbPartSpread *part,
             char              **spoken)
{
  if (!part->divergent)
    {
      *spoken = g_strdup (_("agreed within one band"));
      return g_strdup ("");
    }
  /* Translators: a part on the consensus meeting's agenda, and the minutes it should be given */
  *spoken = g_strdup_printf (_("divergent: on the agenda for %u minutes"), part->minutes);
  return g_strdup_printf (_("⚑ %u min"), part->minutes);
}

static char *
spread_text (const SbPartSpread *part,
             char              **spoken)
{
  /* Translators: how far apart the examiners are: in bands, then in percent */
  *spoken = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u band apart, %u percent", "%u bands apart, %u percent",
                                          part->band_spread),
                             part->band_spread, part->percent_spread);
  return g_strdup_printf ("%u · %u %%", part->band_spread, part->percent_spread);
}

static char *
range_text (const SbPartSpread *part,
            SbPoints            points,
            char              **spoken)
{
  if (part->n_rated == 0)
    {
      *spoken = g_strdup (_("unrated"));
      return g_strdup ("—");
    }
  *spoken = points_text (points);
  return g_strdup (*spoken);
}

/* What a cell shows, and in @spoken what a screen reader says for it
 * after the column's title. */
static char *
cell_text (SbComparePage      *self,
           const Column       *column,
           const SbPartSpread *part,
           char              **spoken)
{
  switch (column->kind)
    {
    case COLUMN_AGENDA:
      return agenda_text (part, spoken);
    case COLUMN_PART:
      *spoken = sb_page_node_label (part->node, self->language);
      return g_strdup (*spoken);
    case COLUMN_EXAMINER:
      return examiner_text (self, column->examiner, part->node, spoken);
    case COLUMN_LOWEST:
      return range_text (part, part->lowest, spoken);
    case COLUMN_HIGHEST:
      return range_text (part, part->highest, spoken);
    case COLUMN_MEDIAN:
      return range_text (part, part->median, spoken);
    case COLUMN_SPREAD:
      return spread_text (part, spoken);
    case COLUMN_CHANGE_POINTS:
      return change_text (self, part, FALSE, spoken);
    case COLUMN_CHANGE_BANDS:
      return change_text (self, part, TRUE, spoken);
    default:
      g_assert_not_reached ();
    }
}

/* What a cell shows, and in @said all a screen reader says for it: the
 * column's title, then the cell's words. */
static char *
cell_said (SbComparePage      *self,
           const Column       *column,
           const SbPartSpread *part,
           char              **said)
{
  g_autofree char *spoken = NULL;
  char *shown = cell_text (self, column, part, &spoken);

  *said = g_strdup_printf ("%s: %s", column->title, spoken);
  return shown;
}

static const SbPartSpread *
part_of_item (SbComparePage *self,
              GObject       *item)
{
  return sb_comparison_lookup (self->comparison, gtk_string_object_get_string (GTK_STRING_OBJECT (item)));
}

/* A cell's tooltip is made when it is asked for: setting one on every
 * bind made GTK look for the tooltip under the pointer again for each
 * cell that scrolled into view, which took most of a scrolled frame. */
typedef struct
{
  Column      *column;
  GtkListItem *item;      /* not owned: it owns the cell */
} Cell;

static gboolean
query_tooltip (GtkWidget  *label,
               int         x,
               int         y,
               gboolean    keyboard,
               GtkTooltip *tooltip,
               Cell       *cell)
{
  GObject *item = gtk_list_item_get_item (cell->item);
  const SbPartSpread *part = item != NULL ? part_of_item (cell->column->page, item) : NULL;
  g_autofree char *shown = NULL;
  g_autofree char *said = NULL;

  if (part == NULL)
    return FALSE;
  shown = cell_said (cell->column->page, cell->column, part, &said);
  gtk_tooltip_set_text (tooltip, said);
  return TRUE;
}

static void
cell_free (gpointer  data,
           GClosure *closure)
{
  g_free (data);
}

static void
setup_cell (GtkSignalListItemFactory *factory,
            GtkListItem              *item,
            Column                   *column)
{
  GtkWidget *label = gtk_label_new (NULL);
  Cell *cell = g_new0 (Cell, 1);

  cell->column = column;
  cell->item = item;
  gtk_label_set_xalign (GTK_LABEL (label), column->kind == COLUMN_PART || column->kind == COLUMN_AGENDA ? 0 : 1);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_widget_add_css_class (label, "compare-cell");
  if (column->kind != COLUMN_PART)
    gtk_widget_add_css_class (label, "numeric");
  gtk_widget_set_has_tooltip (label, TRUE);
  g_signal_connect_data (label, "query-tooltip", G_CALLBACK (query_tooltip), cell, cell_free, 0);
  gtk_list_item_set_child (item, label);
}

/* Cells are made for the rows on screen only and filled as they scroll
 * by, so that a standard of thousands of parts stays quick. */
static void
bind_cell (GtkSignalListItemFactory *factory,
           GtkListItem              *item,
           Column                   *column)
{
  GtkWidget *label = gtk_list_item_get_child (item);
  const SbPartSpread *part = part_of_item (column->page, gtk_list_item_get_item (item));
  g_autofree char *shown = NULL;
  g_autofree char *said = NULL;

  g_return_if_fail (part != NULL);
  shown = cell_said (column->page, column, part, &said);
  gtk_label_set_text (GTK_LABEL (label), shown);
  if (column->kind == COLUMN_PART)
    sb_label_set_language (GTK_LABEL (label), sb_display_language_to_tag (column->page->language));
  gtk_accessible_update_property (GTK_ACCESSIBLE (label), GTK_ACCESSIBLE_PROPERTY_LABEL, said, -1);
  if (part->divergent && column->kind == COLUMN_AGENDA)
    gtk_widget_add_css_class (label, "divergent");
  else
    gtk_widget_remove_css_class (label, "divergent");
}

static int
column_width (ColumnKind kind)
{
  switch (kind)
    {
    case COLUMN_AGENDA:
      return 96;
    case COLUMN_PART:
      return 240;
    case COLUMN_EXAMINER:
      return 184;
    case COLUMN_SPREAD:
      return 96;
    default:
      return 80;
    }
}

static void
add_column (SbComparePage *self,
            ColumnKind     kind,
            guint          examiner,
            const char    *heading,
            const char    *spoken)
{
  Column *column = g_new0 (Column, 1);
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();
  g_autoptr(GtkColumnViewColumn) view_column = NULL;

  column->page = self;
  column->kind = kind;
  column->examiner = examiner;
  column->title = g_strdup (spoken != NULL ? spoken : heading);
  g_ptr_array_add (self->columns, column);
  g_signal_connect (factory, "setup", G_CALLBACK (setup_cell), column);
  g_signal_connect (factory, "bind", G_CALLBACK (bind_cell), column);
  view_column = gtk_column_view_column_new (heading, factory);
  gtk_column_view_column_set_resizable (view_column, TRUE);
  /* Every column has its width: one sized by its cells makes GTK measure
   * every cell of every row it keeps (hundreds) each time a row scrolls
   * in. The flag and its minutes, and the part's number and the start of
   * its title, show whole; the rest of the title is in the comments
   * below; an examiner's "40–60 % · 55 % · 5.5" fits. */
  gtk_column_view_column_set_fixed_width (view_column, column_width (kind));
  gtk_column_view_column_set_expand (view_column, kind == COLUMN_PART);
  gtk_column_view_append_column (GTK_COLUMN_VIEW (self->view), view_column);
}

/* Agenda, part, one column per examiner, the spread; before and after
 * when there are two. */
static void
add_columns (SbComparePage *self)
{
  guint n = sb_comparison_get_n_assessments (self->comparison);

  add_column (self, COLUMN_AGENDA, 0, _("Agenda"), NULL);
  add_column (self, COLUMN_PART, 0, _("Part"), NULL);
  for (guint i = 0; i < n; i++)
    {
      g_autofree char *heading = sb_compare_examiner_title (self->comparison, i);
      g_autofree char *spoken = g_strdelimit (g_strdup (heading), "\n", ' ');

      add_column (self, COLUMN_EXAMINER, i, heading, spoken);
    }
  add_column (self, COLUMN_LOWEST, 0, _("Lowest"), NULL);
  add_column (self, COLUMN_HIGHEST, 0, _("Highest"), NULL);
  add_column (self, COLUMN_MEDIAN, 0, _("Median"), NULL);
  add_column (self, COLUMN_SPREAD, 0, _("Spread\nbands · %"), _("Spread"));
  if (n == 2)
    {
      add_column (self, COLUMN_CHANGE_POINTS, 0, _("Change\npoints"), _("Change in points"));
      add_column (self, COLUMN_CHANGE_BANDS, 0, _("Change\nbands"), _("Change in bands"));
    }
}

static void
selection_changed (SbComparePage *self)
{
  SbNode *node = sb_compare_page_get_selected (self);

  if (node != NULL)
    g_signal_emit (self, signals[PART_SELECTED], 0, node);
}

/* "Agenda: 4 parts, about 50 minutes": what the meeting has to settle. */
static void
append_summary (SbComparePage *self)
{
  GtkWidget *label;
  guint n_divergent = sb_comparison_get_n_divergent (self->comparison);
  guint minutes = sb_comparison_get_minutes (self->comparison);
  g_autofree char *text = NULL;

  if (n_divergent == 0)
    text = g_strdup (_("The examiners agree within one band on every part: nothing is on the agenda."));
  else
    /* Translators: the consensus meeting's agenda: parts two or more bands apart, and its length */
    text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                         "Agenda: %u part where the examiners are far apart, about %u minutes. It is flagged and listed first.",
                                         "Agenda: %u parts where the examiners are far apart, about %u minutes. They are flagged and listed first.",
                                         n_divergent),
                            n_divergent, minutes);
  label = gtk_label_new (text);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_widget_add_css_class (label, "compare-agenda");
  gtk_box_append (GTK_BOX (self), label);
}

static void
append_view (SbComparePage *self)
{
  GtkWidget *scroller = gtk_scrolled_window_new ();

  self->parts = gtk_string_list_new (NULL);
  for (guint i = 0; i < sb_comparison_get_n_parts (self->comparison); i++)
    gtk_string_list_append (self->parts, sb_node_get_id (sb_comparison_get_part (self->comparison, i)->node));
  self->selection = gtk_single_selection_new (G_LIST_MODEL (g_object_ref (self->parts)));
  self->view = gtk_column_view_new (GTK_SELECTION_MODEL (g_object_ref (self->selection)));
  gtk_column_view_set_show_column_separators (GTK_COLUMN_VIEW (self->view), TRUE);
  gtk_column_view_set_show_row_separators (GTK_COLUMN_VIEW (self->view), TRUE);
  gtk_widget_add_css_class (self->view, "compare-table");
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->view), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Scored parts, each examiner’s rating side by side"), -1);
  add_columns (self);
  g_signal_connect_object (self->selection, "notify::selected", G_CALLBACK (selection_changed), self,
                           G_CONNECT_SWAPPED);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scroller), self->view);
  gtk_widget_set_vexpand (scroller, TRUE);
  gtk_box_append (GTK_BOX (self), scroller);
}

static void
sb_compare_page_dispose (GObject *object)
{
  SbComparePage *self = SB_COMPARE_PAGE (object);

  g_clear_object (&self->selection);
  g_clear_object (&self->parts);
  g_clear_object (&self->comparison);

  G_OBJECT_CLASS (sb_compare_page_parent_class)->dispose (object);
}

static void
sb_compare_page_finalize (GObject *object)
{
  SbComparePage *self = SB_COMPARE_PAGE (object);

  /* The view's factories point at the columns until the view is gone. */
  g_ptr_array_unref (self->columns);

  G_OBJECT_CLASS (sb_compare_page_parent_class)->finalize (object);
}

static void
sb_compare_page_class_init (SbComparePageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = sb_compare_page_dispose;
  object_class->finalize = sb_compare_page_finalize;

  /**
   * SbComparePage::part-selected:
   * @node: the scored part now selected
   */
  signals[PART_SELECTED] =
    g_signal_new ("part-selected", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, SB_TYPE_NODE);
}

static void
sb_compare_page_init (SbComparePage *self)
{
  self->columns = g_ptr_array_new_with_free_func (column_free);
  gtk_orientable_set_orientation (GTK_ORIENTABLE (self), GTK_ORIENTATION_VERTICAL);
  gtk_box_set_spacing (GTK_BOX (self), 6);
}

/* The table of @comparison, which it only reads. */
GtkWidget *
sb_compare_page_new (SbComparison      *comparison,
                     SbDisplayLanguage  language)
{
  SbComparePage *self;

  g_return_val_if_fail (SB_IS_COMPARISON (comparison), NULL);

  self = g_object_new (SB_TYPE_COMPARE_PAGE, NULL);
  self->comparison = g_object_ref (comparison);
  self->language = language;
  append_summary (self);
  append_view (self);
  return GTK_WIDGET (self);
}

SbComparison *
sb_compare_page_get_comparison (SbComparePage *self)
{
  g_return_val_if_fail (SB_IS_COMPARE_PAGE (self), NULL);
  return self->comparison;
}

GtkColumnView *
sb_compare_page_get_view (SbComparePage *self)
{
  g_return_val_if_fail (SB_IS_COMPARE_PAGE (self), NULL);
  return GTK_COLUMN_VIEW (self->view);
}

/* The part of the selected row, NULL when none is. */
SbNode *
sb_compare_page_get_selected (SbComparePage *self)
{
  GObject *item;

  g_return_val_if_fail (SB_IS_COMPARE_PAGE (self), NULL);
  item = gtk_single_selection_get_selected_item (self->selection);
  return item != NULL ? part_of_item (self, item)->node : NULL;
}

/* The text of a cell as the view shows it (and, in @spoken, as a screen
 * reader is told it), without the view having made that row. */
char *
sb_compare_page_dup_cell_text (SbComparePage *self,
                               guint          row,
                               guint          column,
                               char         **spoken)
{
  g_autoptr(GObject) item = NULL;
  g_autofree char *said = NULL;
  char *shown;

  g_return_val_if_fail (SB_IS_COMPARE_PAGE (self), NULL);
  g_return_val_if_fail (column < self->columns->len, NULL);
  item = g_list_model_get_item (G_LIST_MODEL (self->parts), row);
  g_return_val_if_fail (item != NULL, NULL);
  shown = cell_said (self, self->columns->pdata[column], part_of_item (self, item), &said);
  if (spoken != NULL)
    *spoken = g_steal_pointer (&said);
  return shown;
}
