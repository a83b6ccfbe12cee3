package io.journeyboard.server.insight;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.journeyboard.insights.InsightOptions;
import io.journeyboard.insights.SubThemeAnalysis;
import io.journeyboard.insights.themes.Quote;
import io.journeyboard.insights.themes.Theme;
import io.journeyboard.server.http.ApiException;
import java.util.List;

/**
 * The sub-themes of one theme of a finished analysis, found on request and kept with the job, so asking twice
 * costs once. A theme too small to split is answered with no parts and the reason, not as an error: asking is
 * not a mistake, the theme is already as fine as it gets.
 */
final class SubThemeRoute {

    private final SharedEmbedder embedder;
    private final ObjectMapper mapper;

    SubThemeRoute(SharedEmbedder embedder, ObjectMapper mapper) {
        this.embedder = embedder;
        this.mapper = mapper;
    }

    ObjectNode answer(InsightJob job, String themeId) {
        if (job.report() == null) {
            throw ApiException.conflict("the analysis is "
                    + job.progress().state().label() + ", so it has no themes to split yet; ask again once it is done");
        }
        Theme theme = job.report()
                .theme(themeId)
                .orElseThrow(() -> ApiException.notFound("this analysis has no theme '" + themeId + "'; its themes are "
                        + String.join(
                                ", ",
                                job.report().themes().stream().map(Theme::id).toList())));
        ObjectNode answer = mapper.createObjectNode()
                .put("theme", theme.id())
                .put("name", theme.name())
                .put("size", theme.size())
                .put("splittable", SubThemeAnalysis.splittable(theme));
        ArrayNode parts = answer.putArray("subThemes");
        if (!SubThemeAnalysis.splittable(theme)) {
            answer.put(
                    "reason",
                    theme.isOther()
                            ? "this theme gathers what fits no other theme; it has no sub-themes"
                            : "a theme is split from " + SubThemeAnalysis.MIN_ITEMS + " items on; this one holds "
                                    + theme.size());
            return answer;
        }
        List<Theme> found = job.subThemes(
                themeId,
                () -> new SubThemeAnalysis(embedder.get(), InsightOptions.DEFAULT).split(job.report(), themeId));
        for (Theme part : found) {
            ObjectNode node = parts.addObject()
                    .put("id", part.id())
                    .put("name", part.name())
                    .put("size", part.size())
                    .put("share", Math.round(1000.0 * part.size() / theme.size()) / 1000.0)
                    .put("sentiment", Math.round(1000 * part.sentiment()) / 1000.0)
                    .put("label", part.label().key());
            ArrayNode keywords = node.putArray("keywords");
            part.keywords().forEach(keywords::add);
            ArrayNode quotes = node.putArray("quotes");
            for (Quote quote : part.quotes()) {
                quotes.addObject().put("item", quote.itemId()).put("text", quote.text());
            }
        }
        return answer;
    }
}
