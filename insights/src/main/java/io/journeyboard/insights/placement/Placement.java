package io.journeyboard.insights.placement;

/**
 * Where on the journey map a theme belongs.
 *
 * @param stageId        the stage's id on the map, or the raw stage name from the feedback when there is no map
 * @param stageName      the stage's name as readers see it
 * @param stepId         the step (map column) the theme's cards go to, or null without a map
 * @param touchpointId   the id of the touchpoint card the theme matches best, or null
 * @param basis          how it was decided
 * @param similarity     for {@link PlacementBasis#SIMILARITY}, the cosine similarity of the theme to the chosen
 *                       step or touchpoint text; for {@link PlacementBasis#COLUMN}, the share of the theme's
 *                       items whose stage column named this stage
 */
public record Placement(
        String themeId,
        String stageId,
        String stageName,
        String stepId,
        String touchpointId,
        PlacementBasis basis,
        double similarity) {}
