package io.journeyboard.model.evidence;

/** Where a piece of evidence comes from. */
public enum EvidenceKind {
    FEEDBACK,
    INTERVIEW,
    SURVEY,
    SUPPORT_TICKET,
    REVIEW,
    ANALYTICS,
    OBSERVATION,
    DOCUMENT
}
