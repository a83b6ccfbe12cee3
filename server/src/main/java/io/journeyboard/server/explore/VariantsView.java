package io.journeyboard.server.explore;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.journeyboard.analytics.variants.VariantTable;

/** The variants of a segment with share, length and duration; the browser filters other views by one's activities. */
final class VariantsView {

    private final ObjectMapper mapper;

    VariantsView(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    ObjectNode variants(ExploredLog explored, QueryReader reader) {
        boolean[] keep = CachedAnalyses.segmentCases(explored, reader);
        VariantTable table = VariantTable.of(explored.log(), reader.integer("limit", 50, 1, 10_000), keep);
        return mapper.valueToTree(table);
    }
}
