package org.nineplus.model;

/** The golden rules of customer-friendliness; a stage records the ones the team judged as failing there. */
public enum GoldenRule {
    BE_AVAILABLE,
    ADMIT_AND_FIX_MISTAKES,
    KEEP_PROMISES,
    DONT_MAKE_IT_DIFFICULT,
    DONT_BOTHER_NEEDLESSLY,
    SINCERE_INVOLVEMENT
}
