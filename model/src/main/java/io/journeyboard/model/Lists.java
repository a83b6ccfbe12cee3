package io.journeyboard.model;

import java.util.List;

/** The one rule every domain record applies to its list components: absent means empty, and never mutable. */
public final class Lists {

    private Lists() {}

    /** An unmodifiable copy of {@code list}, or the empty list when it is null. Null elements are refused. */
    public static <T> List<T> immutable(List<T> list) {
        return list == null ? List.of() : List.copyOf(list);
    }
}
