package io.journeyboard.server.dataset;

import io.journeyboard.server.http.ApiException;
import java.text.Normalizer;
import java.util.Locale;

/** A dataset's id, made from its name for readable URLs ({@code Loan applications} → {@code loan-applications}). */
final class DatasetIds {

    private DatasetIds() {}

    static String fromName(String name) {
        String plain = Normalizer.normalize(name, Normalizer.Form.NFKD)
                .replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT);
        String id = plain.replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+)|(-+$)", "");
        id = id.length() > 60 ? id.substring(0, 60) : id;
        return id.isEmpty() ? "dataset" : id;
    }

    static ApiException notFound(String datasetId) {
        return ApiException.notFound(
                "the workspace has no dataset '" + datasetId + "'; GET …/datasets lists the ones it has");
    }
}
