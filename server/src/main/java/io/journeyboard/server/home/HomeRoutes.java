package io.journeyboard.server.home;

import io.journeyboard.server.http.Bodies;
import io.journeyboard.server.http.Routes;
import io.journeyboard.server.journey.JourneyEditor;
import io.journeyboard.server.journey.JourneyStore;
import io.journeyboard.server.journey.WorkspaceContent;
import io.journeyboard.server.workspace.Access;
import io.journeyboard.server.workspace.PersonaStore;
import org.jdbi.v3.core.Jdbi;

/** Builds the home screen's routes (filing, trash, search, thumbnails) over one {@link JourneyFiling}. */
public final class HomeRoutes {

    private final JourneyFilingRoutes filingRoutes;
    private final TrashRoutes trash;
    private final SearchRoutes search;
    private final ThumbnailRoutes thumbnails;

    public HomeRoutes(
            Jdbi jdbi,
            JourneyStore journeys,
            JourneyEditor editor,
            WorkspaceContent content,
            PersonaStore personas,
            Access access,
            Bodies bodies) {
        JourneyFiling filing = new JourneyFiling();
        JourneyTiles tiles = new JourneyTiles(journeys, personas, filing);
        this.filingRoutes = new JourneyFilingRoutes(journeys, editor, content, filing, tiles, access, bodies);
        this.trash = new TrashRoutes(jdbi, editor, new JourneyPurge(jdbi), access);
        this.search = new SearchRoutes(jdbi, content, filing, access);
        this.thumbnails = new ThumbnailRoutes(jdbi, content, personas, access);
    }

    public void register(Routes routes) {
        filingRoutes.register(routes);
        trash.register(routes);
        search.register(routes);
        thumbnails.register(routes);
    }
}
