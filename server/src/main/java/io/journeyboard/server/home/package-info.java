/**
 * The workspace home's journey management (issue 14): {@link io.journeyboard.server.home.JourneyFilingRoutes}
 * (tiles, rename through the journey editor with If-Match, duplicate named by
 * {@link io.journeyboard.server.home.CopyNames}, archive and tags in
 * {@link io.journeyboard.server.home.JourneyFiling}),
 * {@link io.journeyboard.server.home.TrashRoutes} (deleted journeys restored by editors, purged for good by owners
 * through {@link io.journeyboard.server.home.JourneyPurge}), {@link io.journeyboard.server.home.SearchRoutes} over
 * {@link io.journeyboard.server.home.WorkspaceSearch}, and {@link io.journeyboard.server.home.ThumbnailRoutes}.
 */
package io.journeyboard.server.home;
