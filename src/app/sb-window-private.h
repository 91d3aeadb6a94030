/* sb-window-private.h — what the window's other source files share with it
 * Copyright 2026 The Scorebook authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "sb-autosave.h"
#include "sb-display-language.h"
#include "sb-file-lock.h"
#include "sb-notices.h"
#include "sb-search-results.h"
#include "sb-window.h"

G_BEGIN_DECLS

/* What to do once a save has worked (close the window, say). */
typedef void (*SbWindowThen) (SbWindow *self);

/* The window's state, for its own files (sb-window*.c) only. */
struct _SbWindow
{
  GtkApplicationWindow  parent_instance;

  /* Template widgets */
  GtkPaned             *paned;
  GtkListView          *sidebar;
  GtkBox               *page;
  GtkDropDown          *language_dropdown;
  GtkMenuButton        *menu_button;
  GtkToggleButton      *search_button;
  GtkSearchBar         *search_bar;
  GtkSearchEntry       *search_entry;
  SbSearchResults      *results;     /* shown in place of the page while there is a query */
  GtkScrolledWindow    *page_scroller;
  GtkInfoBar           *details_bar;
  GtkLabel             *details_label;
  GtkButton            *details_button;
  SbNotices            *notices;

  /* Owned */
  SbStandard           *standard;
  SbAssessment         *assessment;
  SbAutosave           *autosave;
  SbFileLock           *lock;        /* keeps other processes off the file */
  char                 *disk_etag;   /* the file as this window last read or wrote it */
  GtkWidget            *title_label;
  GtkWidget            *shown;       /* the page widget in self->page: a node, overview or text page */
  gboolean              page_wanted; /* the selection's page, to be built when the window maps */
  GtkWidget            *marked;     /* the place last led to, while its page shows */
  GtkWidget            *subtitle_label;
  GListStore           *root;       /* overview, profile, criteria, the standard's front matter */
  GtkTreeListModel     *tree;
  GtkSingleSelection   *selection;
  SbDisplayLanguage     language;
  SbDisplayLanguage     offered[3];  /* the text languages the standard has, as the header lists them */
  guint                 n_offered;
  gboolean              listing;     /* while the header's list is built, its choice is no user's */
  GMenu                *primary;    /* the primary menu: built once, its sections refilled in place */
  GPtrArray            *submenus;   /* its other submenus (Export Chart), in the order of sb-menu.ui */
  GMenu                *recent;     /* its Open Recent */
  gboolean              details_dismissed;  /* the bar was closed for this assessment */
  gboolean              closing;     /* unsaved work was answered for: close without asking */
  SbWindowThen          after_save;  /* what the save being asked for does once it has worked */
  guint                 saving;      /* saves being written */
  gboolean              save_queued; /* Ctrl+S again while one was being written */
  SbWindowThen          queued_then;
  gboolean              close_after_save;  /* closed while a save was being written */
  GHashTable           *score_path;  /* ids whose score changed, until the total's signal */
  GHashTable           *bound_rows;  /* node id → the sidebar's GtkListItem showing it (unowned) */
  gboolean              export_radar; /* the chart the open export chooser is for */
};

/* sb-window-actions.c */
void sb_window_class_add_actions      (GtkWidgetClass *widget_class);

/* sb-window-files.c */
void sb_window_ask_new                (SbWindow       *self);
void sb_window_ask_open               (SbWindow       *self);
void sb_window_ask_compare            (SbWindow       *self);
void sb_window_ask_new_from           (SbWindow       *self);
void sb_window_save                   (SbWindow       *self,
                                       SbWindowThen    then);
void sb_window_save_as                (SbWindow       *self,
                                       SbWindowThen    then);
void sb_window_print                  (SbWindow       *self);
void sb_window_export_summary         (SbWindow       *self,
                                       gboolean        csv);
void sb_window_ask_export_chart       (SbWindow       *self,
                                       gboolean        radar);
gboolean sb_window_close_request      (GtkWindow      *window);
void sb_window_note_disk_state        (SbWindow       *self);

/* sb-window-language.c */
SbDisplayLanguage sb_window_offered_language (SbWindow   *self,
                                              const char *language);
void sb_window_list_languages         (SbWindow       *self);
void sb_window_show_language_choice   (SbWindow       *self);
void sb_window_language_selected      (SbWindow       *self);
void sb_window_bind_language          (SbWindow       *self,
                                       GSettings      *settings);

/* sb-window-menu.c */
void sb_window_fill_primary_menu      (SbWindow       *self);
void sb_window_fill_recent_menu       (SbWindow       *self);
void sb_window_show_shortcuts         (SbWindow       *self);
void sb_window_drop_shortcuts         (SbWindow       *self);

/* sb-window-search.c */
void sb_window_class_add_search       (GtkWidgetClass *widget_class);
void sb_window_init_search            (SbWindow       *self);
void sb_window_show_results           (SbWindow       *self,
                                       gboolean        shown);

/* sb-window-sidebar.c */
void sb_window_fill_sidebar           (SbWindow       *self);
void sb_window_focus_sidebar          (SbWindow       *self);
void sb_window_refresh_rows           (SbWindow       *self);
void sb_window_refresh_node_rows      (SbWindow       *self,
                                       GHashTable     *ids);
GObject *sb_window_dup_selected_item  (SbWindow       *self);

/* sb-window.c */
gboolean sb_window_lead_to            (SbWindow       *self,
                                       const char     *key);
gboolean sb_window_has_focus_within   (SbWindow       *self,
                                       GtkWidget      *widget);
gboolean sb_window_focus_page         (SbWindow       *self);
void sb_window_show_selected          (SbWindow       *self);
char *sb_window_dup_document_name     (SbWindow       *self);

G_END_DECLS
