/**
 * The data a claim on a map stands on: {@link io.journeyboard.model.evidence.Evidence} (a quote, a survey answer, an
 * analytics figure) and its {@link io.journeyboard.model.evidence.EvidenceKind}. Cards and personas cite evidence by
 * id, so the records here are referred to, never embedded. Plain records with no dependency on the rest of the model.
 */
package io.journeyboard.model.evidence;
