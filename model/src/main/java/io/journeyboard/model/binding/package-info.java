/**
 * Bindings: which event data a step of a map stands for ({@link io.journeyboard.model.binding.StepBinding}).
 * They are part of the file format from version 2 on (docs/format.md, docs/living-map.md) and are what the
 * measured lane and the journey's funnel count, instead of matching step names against activities.
 */
package io.journeyboard.model.binding;
