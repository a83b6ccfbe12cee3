package io.journeyboard.server.http;

import io.journeyboard.problems.BadInputException;
import io.journeyboard.problems.InputProblem;
import io.journeyboard.problems.Setting;
import java.util.List;
import java.util.Map;

/**
 * The server's one phrasing of bad input: a {@link BadInputException} from any importer becomes a 400
 * whose detail names the upload and where, each problem one entry of {@code errors}, and every
 * setting a query parameter ({@code case=NAME}, {@code on-error=skip}).
 */
public final class BadInputAnswer {

    /** Settings are query parameters of the request that read the input. */
    public static final Setting.Wording QUERY_PARAMETER = setting -> setting.name() + "=" + setting.value();

    private BadInputAnswer() {}

    static ApiException of(BadInputException e) {
        List<InputProblem> problems = e.problems();
        InputProblem first = problems.getFirst();
        String problem = problems.size() == 1 && e.total() == 1
                ? first.describe(QUERY_PARAMETER)
                : first.describe(QUERY_PARAMETER) + " and " + (e.total() - 1) + " more problems in " + first.source()
                        + " (see errors)";
        String remedy = e.remedy() == null
                ? ""
                : "; or " + e.remedy().action() + " with "
                        + QUERY_PARAMETER.of(e.remedy().setting());
        List<FieldError> errors = problems.stream()
                .map(p -> new FieldError(p.where(), p.what(QUERY_PARAMETER)))
                .toList();
        return new ApiException(
                400, "Unreadable input", problem + remedy + "; nothing was changed", Map.of("errors", errors));
    }
}
