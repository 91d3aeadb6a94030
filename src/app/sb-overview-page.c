/* sb-overview-page.c — the applicant at a glance: total, charts of the dimensions and items, the score table
 * Copyright 2026 The Scorebook authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "sb-overview-page"

#include "config.h"

#include <glib/gi18n.h>

#include "sb-chart-view.h"
#include "sb-overview-page.h"
#include "sb-page.h"
#include "sb-widget-language.h"

/* One row of the score table, and the labels a new score changes. */
typedef struct
{
  SbNode    *node;
  GtkWidget *points;
  GtkWidget *percent;
  GtkWidget *rated;
} ScoreRow;

struct _SbOverviewPage
{
  GtkBox             parent_instance;

  SbAssessment      *assessment;
  SbDisplayLanguage  language;
  GtkWidget         *title;
  GtkWidget         *total;
  GtkWidget         *detail;
  GtkWidget         *radar;
  GtkWidget         *bars;
  GArray            *rows;  /* of ScoreRow, top to bottom */
};

G_DEFINE_FINAL_TYPE (SbOverviewPage, sb_overview_page, GTK_TYPE_BOX)

enum {
  NODE_ACTIVATED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
chart_node_activated (SbOverviewPage *self,
                      SbNode         *node)
{
  g_signal_emit (self, signals[NODE_ACTIVATED], 0, node);
}

static GtkWidget *
chart_new (SbOverviewPage *self,
           SbChartKind     kind)
{
  GtkWidget *chart = sb_chart_view_new (kind);

  sb_chart_view_set_language (SB_CHART_VIEW (chart), self->language);
  gtk_widget_set_hexpand (chart, TRUE);
  /* Side by side, each chart keeps its own height. */
  gtk_widget_set_valign (chart, GTK_ALIGN_CENTER);
  g_signal_connect_swapped (chart, "node-activated", G_CALLBACK (chart_node_activated), self);
  return chart;
}

static void
update_chart (SbOverviewPage *self,
              GtkWidget      *chart,
              SbChartLevel    level)
{
  g_autoptr(SbChartData) data = sb_chart_data_new_for_assessments (level, &self->assessment, 1);

  sb_chart_view_set_data (SB_CHART_VIEW (chart), data);
}

/* The title is the applicant, in the language of the texts beside it;
 * until there is one, "Overview" in the interface's. */
static void
update_title (SbOverviewPage *self)
{
  const char *applicant = sb_assessment_get_applicant (self->assessment);

  if (applicant != NULL && *applicant != '\0')
    {
      gtk_label_set_text (GTK_LABEL (self->title), applicant);
      sb_label_set_language (GTK_LABEL (self->title), sb_display_language_to_tag (self->language));
    }
  else
    {
      gtk_label_set_text (GTK_LABEL (self->title), _("Overview"));
      gtk_label_set_attributes (GTK_LABEL (self->title), NULL);
    }
}

/* The total and how much is rated. */
static void
update_total (SbOverviewPage *self)
{
  SbScore total = { 0 };
  g_autofree char *points = NULL;
  g_autofree char *maximum = NULL;
  g_autofree char *headline = NULL;
  g_autofree char *percent = NULL;
  g_autofree char *scored = NULL;
  g_autofree char *detail = NULL;
  SbStandard *standard = sb_assessment_get_standard (self->assessment);

  sb_assessment_get_score (self->assessment, NULL, &total);
  points = sb_points_format_exact (total.points);
  maximum = sb_points_format_exact (total.maximum);
  headline = g_strdup_printf ("%s / %s", points, maximum);
  percent = sb_percent_format (total.points, total.maximum);
  scored = sb_standard_dup_scored_name (standard, sb_display_language_primary (self->language), TRUE);
  /* Translators: a percent, then how many of the scored parts are rated;
   * the last %s is what the standard calls them, as in "sub-items" or "items" */
  detail = g_strdup_printf (_("%s %% · %u of %u %s rated"), percent, total.n_rated, total.n_scored, scored);
  gtk_label_set_text (GTK_LABEL (self->total), headline);
  gtk_label_set_text (GTK_LABEL (self->detail), detail);
}

/* Points of maximum, percent, rated count. Unrated is said in words,
 * never shown as 0 %. */
static void
update_row (SbOverviewPage *self,
            ScoreRow       *row)
{
  SbScore score = { 0 };
  g_autofree char *points = sb_page_score_text (self->assessment, row->node);
  g_autofree char *percent = NULL;
  g_autofree char *rated = NULL;

  sb_assessment_get_score (self->assessment, sb_node_get_id (row->node), &score);
  if (score.n_rated > 0)
    {
      g_autofree char *number = sb_percent_format (score.points, score.maximum);
      percent = g_strdup_printf ("%s %%", number);
    }
  else
    percent = g_strdup (_("unrated"));
  rated = g_strdup_printf (_("%u of %u rated"), score.n_rated, score.n_scored);
  gtk_label_set_text (GTK_LABEL (row->points), points);
  gtk_label_set_text (GTK_LABEL (row->percent), percent);
  gtk_label_set_text (GTK_LABEL (row->rated), rated);
}

/* Every number on the page, for the scores as they are now: the page
 * stays, scrolled where it is, as an examiner rates beside it. */
static void
update_scores (SbOverviewPage *self)
{
  update_total (self);
  update_chart (self, self->radar, SB_CHART_LEVEL_ITEMS);
  update_chart (self, self->bars, SB_CHART_LEVEL_DIMENSIONS);
  for (guint i = 0; i < self->rows->len; i++)
    update_row (self, &g_array_index (self->rows, ScoreRow, i));
}

/* Emitted for each part on the path from the rated one to the root, then
 * once (NULL) for the total: only the rows of that path are written, and
 * the total and the charts once. */
static void
score_changed (SbOverviewPage *self,
               const char     *node_id)
{
  if (node_id == NULL)
    {
      update_total (self);
      update_chart (self, self->radar, SB_CHART_LEVEL_ITEMS);
      update_chart (self, self->bars, SB_CHART_LEVEL_DIMENSIONS);
      return;
    }
  for (guint i = 0; i < self->rows->len; i++)
    {
      ScoreRow *row = &g_array_index (self->rows, ScoreRow, i);

      if (g_str_equal (sb_node_get_id (row->node), node_id))
        update_row (self, row);
    }
}

static GtkWidget *
label_new (const char *css_class)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_widget_add_css_class (label, css_class);
  return label;
}

static void
append_total (SbOverviewPage *self)
{
  self->title = sb_page_append_title (GTK_BOX (self), "", NULL, NULL);
  self->total = label_new ("total");
  gtk_widget_add_css_class (self->total, "numeric");
  gtk_box_append (GTK_BOX (self), self->total);
  self->detail = label_new ("dim-label");
  gtk_box_append (GTK_BOX (self), self->detail);
}

/* Side by side where both fit, one above the other where they do not
 * (large text, or a narrow page). */
static void
append_charts (SbOverviewPage *self)
{
  GtkWidget *charts = gtk_flow_box_new ();

  gtk_flow_box_set_selection_mode (GTK_FLOW_BOX (charts), GTK_SELECTION_NONE);
  gtk_flow_box_set_max_children_per_line (GTK_FLOW_BOX (charts), 2);
  gtk_flow_box_set_column_spacing (GTK_FLOW_BOX (charts), 24);
  gtk_flow_box_set_row_spacing (GTK_FLOW_BOX (charts), 24);
  gtk_widget_add_css_class (charts, "charts");
  self->radar = chart_new (self, SB_CHART_KIND_RADAR);
  self->bars = chart_new (self, SB_CHART_KIND_BARS);
  gtk_flow_box_append (GTK_FLOW_BOX (charts), self->radar);
  gtk_flow_box_append (GTK_FLOW_BOX (charts), self->bars);
  /* The charts take no focus of their own: the score table says the same. */
  for (int i = 0; i < 2; i++)
    gtk_widget_set_focusable (GTK_WIDGET (gtk_flow_box_get_child_at_index (GTK_FLOW_BOX (charts), i)), FALSE);
  gtk_box_append (GTK_BOX (self), charts);
}

/* One row of the score table: number and title, then the numbers. */
static void
append_score_row (SbOverviewPage *self,
                  GtkGrid        *grid,
                  SbNode         *node)
{
  g_autofree char *title = sb_page_node_label (node, self->language);
  ScoreRow row = { node, gtk_label_new (NULL), gtk_label_new (NULL), gtk_label_new (NULL) };
  GtkWidget *labels[4] = { gtk_label_new (title), row.points, row.percent, row.rated };

  for (int i = 0; i < 4; i++)
    {
      gtk_label_set_xalign (GTK_LABEL (labels[i]), i == 0 ? 0 : 1);
      if (i > 0)
        gtk_widget_add_css_class (labels[i], "numeric");
      if (sb_node_get_depth (node) == 0)
        gtk_widget_add_css_class (labels[i], "heading");
      gtk_grid_attach (grid, labels[i], i, (int) self->rows->len, 1, 1);
    }
  gtk_widget_set_margin_start (labels[0], 18 * sb_node_get_depth (node));
  gtk_label_set_ellipsize (GTK_LABEL (labels[0]), PANGO_ELLIPSIZE_END);
  gtk_widget_set_hexpand (labels[0], TRUE);
  g_array_append_val (self->rows, row);
}

/* The same numbers as the charts, which is also what a screen reader
 * reads in place of them. */
static void
append_score_table (SbOverviewPage *self)
{
  GListModel *criteria = sb_standard_get_criteria (sb_assessment_get_standard (self->assessment));
  GtkWidget *grid = gtk_grid_new ();

  sb_page_append_heading (GTK_BOX (self), _("Scores"));
  gtk_grid_set_column_spacing (GTK_GRID (grid), 24);
  gtk_grid_set_row_spacing (GTK_GRID (grid), 6);
  gtk_accessible_update_property (GTK_ACCESSIBLE (grid), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Scores"), -1);
  for (guint i = 0; i < g_list_model_get_n_items (criteria); i++)
    {
      g_autoptr(SbNode) dimension = g_list_model_get_item (criteria, i);
      GListModel *items = sb_node_get_children (dimension);

      append_score_row (self, GTK_GRID (grid), dimension);
      for (guint j = 0; j < g_list_model_get_n_items (items); j++)
        {
          g_autoptr(SbNode) item = g_list_model_get_item (items, j);
          append_score_row (self, GTK_GRID (grid), item);
        }
    }
  gtk_box_append (GTK_BOX (self), grid);
}

static void
sb_overview_page_dispose (GObject *object)
{
  SbOverviewPage *self = SB_OVERVIEW_PAGE (object);

  g_clear_object (&self->assessment);

  G_OBJECT_CLASS (sb_overview_page_parent_class)->dispose (object);
}

static void
sb_overview_page_finalize (GObject *object)
{
  SbOverviewPage *self = SB_OVERVIEW_PAGE (object);

  g_array_unref (self->rows);

  G_OBJECT_CLASS (sb_overview_page_parent_class)->finalize (object);
}

static void
sb_overview_page_class_init (SbOverviewPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = sb_overview_page_dispose;
  object_class->finalize = sb_overview_page_finalize;

  /**
   * SbOverviewPage::node-activated:
   * @node: the dimension or item chosen in a chart
   *
   * A chart's bar or spoke was chosen: the window goes to its page.
   */
  signals[NODE_ACTIVATED] =
    g_signal_new ("node-activated", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, SB_TYPE_NODE);
}

static void
sb_overview_page_init (SbOverviewPage *self)
{
  /* The rows' nodes are the standard's, which the assessment keeps. */
  self->rows = g_array_new (FALSE, TRUE, sizeof (ScoreRow));
  sb_page_init (GTK_BOX (self));
}

/* The overview of @assessment, which follows its scores and applicant. */
GtkWidget *
sb_overview_page_new (SbAssessment      *assessment,
                      SbDisplayLanguage  language)
{
  SbOverviewPage *self;

  g_return_val_if_fail (SB_IS_ASSESSMENT (assessment), NULL);

  self = g_object_new (SB_TYPE_OVERVIEW_PAGE, NULL);
  self->assessment = g_object_ref (assessment);
  self->language = language;
  append_total (self);
  append_charts (self);
  append_score_table (self);
  update_title (self);
  update_scores (self);
  g_signal_connect_object (assessment, "score-changed", G_CALLBACK (score_changed), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (assessment, "notify::applicant", G_CALLBACK (update_title), self, G_CONNECT_SWAPPED);
  return GTK_WIDGET (self);
}
