package io.journeyboard.web.home;

import com.microsoft.playwright.Page;
import io.journeyboard.web.support.WebApp;
import java.util.List;
import java.util.Map;

/** Journeys of the browser tests' own, made over the API from a signed-in page, so no test moves another's journeys. */
public final class HomeJourneys {

    /** A fetch with the session's CSRF token, defined in the page for the scripts below. */
    private static final String SEND = """
            const send = async (method, path, body, headers = {}) => {
              const me = await (await fetch('/api/v1/me')).json();
              const answer = await fetch(path, { method, body: body && JSON.stringify(body),
                headers: { 'Content-Type': 'application/json', 'X-CSRF-Token': me.csrfToken, ...headers } });
              if (!answer.ok) throw new Error(await answer.text());
              return answer;
            };
            """;

    private HomeJourneys() {}

    private static Object run(Page page, String script, Object... arguments) {
        return page.evaluate("async ([ws, a, b]) => {" + SEND + script + "}", List.of(arguments));
    }

    /**
     * Creates a journey named {@code name} with a card saying {@code cardText} and one opportunity (customer and
     * business value 2, effort 4); answers its id.
     */
    public static String create(Page page, WebApp app, String name, String cardText) {
        return (String) run(page, """
                const journey = { name: a, state: 'current',
                  stages: [{ id: 's1', name: 'Discover',
                    steps: [{ id: 'st1', name: 'Look around' }, { id: 'st2', name: 'Compare' }] }],
                  lanes: [{ id: 'l1', kind: 'actions', title: 'Actions' },
                    { id: 'l2', kind: 'opportunities', title: 'Opportunities' }],
                  cards: [{ id: 'c1', laneId: 'l1', stepId: 'st1', text: b }],
                  opportunities: [{ id: 'o1', title: 'Idea for ' + a, customerValue: 2, businessValue: 2,
                    effort: 4, confidence: 0.5, status: 'idea' }] };
                const made = await send('POST', `/api/v1/workspaces/${ws}/journeys`, journey);
                return (await made.json()).id;
                """, app.demo().workspaceId(), name, cardText);
    }

    /** Renames the journey over the API, as another person would while a screen shows the older version. */
    public static void renameBehindTheScreen(Page page, WebApp app, String journeyId, String name) {
        run(page, """
                const path = `/api/v1/workspaces/${ws}/journeys/${a}`;
                const version = (await fetch(path)).headers.get('ETag');
                await send('PUT', path + '/name', { name: b }, { 'If-Match': version });
                """, app.demo().workspaceId(), journeyId, name);
    }

    /** Tags a journey over the API. */
    public static void tag(Page page, WebApp app, String journeyId, String tag) {
        run(
                page,
                "await send('PUT', `/api/v1/workspaces/${ws}/journeys/${a}/tags/${encodeURIComponent(b)}`);",
                app.demo().workspaceId(),
                journeyId,
                tag);
    }

    /** The opportunity o1 of the journey as stored. */
    @SuppressWarnings("unchecked")
    public static Map<String, Object> opportunity(Page page, WebApp app, String journeyId) {
        return (Map<String, Object>) run(
                page,
                "return (await (await fetch(`/api/v1/workspaces/${ws}/journeys/${a}`)).json()).opportunities[0];",
                app.demo().workspaceId(),
                journeyId,
                "");
    }
}
