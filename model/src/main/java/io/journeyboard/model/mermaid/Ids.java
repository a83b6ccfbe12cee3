package io.journeyboard.model.mermaid;

import java.text.Normalizer;
import java.util.HashSet;
import java.util.Set;

/** Makes readable, unique ids from names: {@code "Make tea"} becomes {@code step-make-tea}. */
final class Ids {

    private static final int MAX_SLUG = 60;
    private final Set<String> used = new HashSet<>();

    String next(String prefix, String name) {
        String slug = Normalizer.normalize(name, Normalizer.Form.NFKD)
                .replaceAll("\\p{M}", "")
                .toLowerCase()
                .replaceAll("[^a-z0-9]+", "-")
                .replaceAll("(^-|-$)", "");
        if (slug.length() > MAX_SLUG) {
            slug = slug.substring(0, MAX_SLUG);
        }
        String base = slug.isEmpty() ? prefix : prefix + "-" + slug;
        String id = base;
        for (int n = 2; !used.add(id); n++) {
            id = base + "-" + n;
        }
        return id;
    }
}
