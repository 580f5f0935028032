package org.nineplus.ui.advisor;

import java.util.Locale;

import javafx.css.PseudoClass;

import org.nineplus.advice.IdeaClass;
import org.nineplus.advice.Verdict;

/** The CSS classes and pseudo-classes of the panel; the colours live in the "advisor" section of nineplus.css. */
final class AdvisorStyles {

    static final String PANEL = "advisor-panel";
    static final String CONTENT = "advisor-content";
    static final String SECTION = "advisor-section";
    static final String SECTION_TITLE = "advisor-section-title";
    static final String MUTED = "advisor-muted";
    static final String BADGE = "advisor-badge";

    static final String BUDGET_FIELD = "advisor-budget-field";
    static final String BUDGET_PROBLEM = "advisor-budget-problem";
    static final PseudoClass INVALID = PseudoClass.getPseudoClass("invalid");

    static final String STAGE_ROW = "advisor-stage-row";
    static final String STAGE_NAME = "advisor-stage-name";
    static final String STAGE_SCORE = "advisor-stage-score";
    static final String REASON = "advisor-reason";
    static final String MARK_PEAK = "advisor-mark-peak";
    static final String MARK_END = "advisor-mark-end";

    static final String IDEA_LIST = "advisor-idea-list";
    static final String IDEA_ROW = "advisor-idea-row";
    static final String IDEA_HEADER = "advisor-idea-header";
    static final String IDEA_TITLE = "advisor-idea-title";
    static final String IDEA_FACTS = "advisor-idea-facts";
    static final String FUNDED_MARK = "advisor-funded-mark";
    static final PseudoClass FUNDED = PseudoClass.getPseudoClass("funded");

    static final String BUDGET_BAR = "advisor-budget-bar";
    static final String SEGMENT_BASIC = "advisor-segment-basic";
    static final String SEGMENT_DISTINCTIVE = "advisor-segment-distinctive";
    static final String SEGMENT_LEFT = "advisor-segment-left";
    static final String LEGEND = "advisor-legend";
    static final String SWATCH = "advisor-swatch";

    static final String PEAK_INDEX = "advisor-peak-index";
    static final String HINT = "advisor-hint";

    static final String KANO_PLOT = "advisor-kano-plot";
    static final String KANO_POINT = "advisor-kano-point";
    static final String KANO_AXIS = "advisor-kano-axis";
    static final String KANO_QUADRANT = "advisor-kano-quadrant";

    static final String WARNING_ROW = "advisor-warning-row";

    private AdvisorStyles() {
    }

    /** "verdict-fix-basics": colours a stage's verdict. */
    static String verdict(Verdict verdict) {
        return "verdict-" + kebab(verdict.name());
    }

    /** "idea-class-nine-plus": colours an idea's class. */
    static String ideaClass(IdeaClass ideaClass) {
        return "idea-class-" + kebab(ideaClass.name());
    }

    private static String kebab(String constant) {
        return constant.toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
