package org.kickoff.ui.common;

import javafx.css.PseudoClass;

/** Kickoff's style classes and pseudo-classes, as defined in {@code /css/kickoff.css}. */
public final class Css {

    public static final String STYLESHEET = "/css/kickoff.css";

    public static final String APP = "kickoff";
    public static final String SIDEBAR = "sidebar";
    public static final String SIDEBAR_ITEM = "sidebar-item";
    public static final String SIDEBAR_COUNTS = "sidebar-counts";
    public static final String PAGE = "page";
    public static final String PAGE_SCROLL = "page-scroll";
    public static final String PAGE_TITLE = "page-title";
    public static final String PAGE_INTRO = "page-intro";
    public static final String CARD = "question-card";
    public static final String QUESTION_TEXT = "question-text";
    public static final String GUIDANCE = "guidance";
    public static final String GUIDANCE_TOGGLE = "guidance-toggle";
    public static final String REFERENCE = "reference-tag";
    public static final String FIELD_LABEL = "field-label";
    public static final String VALIDATION = "validation-message";
    public static final String HIDDEN_NOTE = "hidden-note";
    public static final String NAV_BAR = "nav-bar";
    public static final String STATUS_TOGGLE = "status-toggle";
    public static final String WELCOME = "welcome";
    public static final String WELCOME_TITLE = "welcome-title";
    public static final String MUTED = "muted";
    public static final String ENTRY_ROW = "entry-row";
    public static final String BANNER = "banner";
    public static final String DUE_DATE = "due-date";
    public static final String CALENDAR_BUTTON = "calendar-button";
    public static final String COMPARE_DIALOG = "compare-dialog";
    public static final String MERGE_DIALOG = "merge-dialog";
    public static final String MESSAGE_DIALOG = "message-dialog";
    public static final String MESSAGE_TEXT = "message-text";
    public static final String FOLLOW_UP_CUE = "follow-up-cue";
    public static final String CLEAR_ANSWER = "clear-answer";
    /** The input of a card's answer: what going to a question puts the focus in. */
    public static final String ANSWER_INPUT = "answer-input";
    public static final String GROWING_TEXT = "growing-text";
    public static final String FIND_BAR = "find-bar";
    public static final String HELP_DIALOG = "help-dialog";
    public static final String HELP_KEYS = "help-keys";
    public static final String HELP_KEY = "help-key";
    public static final String HELP_TEXT = "help-text";
    public static final String FIND_FILTERS = "find-filters";
    public static final String FIND_RESULTS = "find-results";
    public static final String FIND_HIT = "find-hit";
    public static final String DIALOG_SCROLL = "dialog-scroll";
    public static final String ACTION = "action";
    public static final String BUSY_SPINNER = "busy-spinner";
    public static final String CHECK = "check";
    public static final String CONTENT = "content";
    public static final String FILL = "fill";
    public static final String FRACTION_BAR = "fraction-bar";
    public static final String LIST_INPUT = "list-input";
    public static final String LIST_ROWS = "list-rows";
    public static final String OVERALL_LABEL = "overall-label";
    public static final String PATH = "path";
    public static final String RECENT = "recent";
    public static final String RECENT_TITLE = "recent-title";
    public static final String REMOVE_ENTRY = "remove-entry";
    public static final String REMOVE_GAP = "remove-gap";
    public static final String RISK_BADGE = "risk-badge";
    public static final String SIDEBAR_BUTTON = "sidebar-button";
    public static final String SIDEBAR_SCROLL = "sidebar-scroll";
    public static final String SUBTITLE = "subtitle";
    public static final String SUMMARY_RISK = "summary-risk";
    public static final String SUMMARY_RISK_TITLE = "summary-risk-title";
    public static final String SUMMARY_SECTION = "summary-section";
    public static final String TITLE = "title";
    public static final String TOPIC_PROGRESS = "topic-progress";
    public static final String OUTCOME_DIALOG = "outcome-dialog";
    public static final String OUTCOME_ROW = "outcome-row";
    public static final String FORM_GRID = "form-grid";
    public static final String CARD_RISK = "card-risk";
    public static final String SIDEBAR_RISKS = "sidebar-risks";
    public static final String DOCUMENT_TOGGLE = "document-toggle";

    public static final PseudoClass CURRENT = PseudoClass.getPseudoClass("current");
    public static final PseudoClass COMPLETE = PseudoClass.getPseudoClass("complete");
    public static final PseudoClass INVALID = PseudoClass.getPseudoClass("invalid");
    public static final PseudoClass WARNING = PseudoClass.getPseudoClass("warning");
    public static final PseudoClass ANSWERED = PseudoClass.getPseudoClass("answered");
    public static final PseudoClass OPEN = PseudoClass.getPseudoClass("open");
    public static final PseudoClass NOT_APPLICABLE = PseudoClass.getPseudoClass("not-applicable");
    public static final PseudoClass DARK = PseudoClass.getPseudoClass("dark");
    public static final PseudoClass ADDRESSED = PseudoClass.getPseudoClass("addressed");
    /** A follow-up question that has just appeared, for a moment. */
    public static final PseudoClass NEW = PseudoClass.getPseudoClass("new");

    private Css() {
    }

    /**
     * Gives a window of its own (a dialog) Kickoff's style sheet and the given style classes: sizes and looks
     * come from CSS, as in the main window.
     */
    public static void style(javafx.scene.Parent root, String... styleClasses) {
        String sheet = Css.class.getResource(STYLESHEET).toExternalForm();
        if (!root.getStylesheets().contains(sheet)) {
            root.getStylesheets().add(sheet);
        }
        root.getStyleClass().addAll(styleClasses);
    }

    /** A node id for a question id: dots would read as style classes in a {@code #id} selector. */
    public static String nodeId(String questionId) {
        return questionId.replace('.', '_');
    }
}
