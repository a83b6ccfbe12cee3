/**
 * The living map's measurements on the server: the measured lane of a journey on a stored dataset
 * ({@code LaneRoutes}), through the analytics module's {@code MeasuredLane}, the same code
 * {@code journeyboard analyze} runs. See docs/living-map.md.
 */
package io.journeyboard.server.measure;
