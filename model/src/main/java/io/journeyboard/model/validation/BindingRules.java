package io.journeyboard.model.validation;

import io.journeyboard.model.binding.StepBinding;

/** What a step's binding must hold: at least one activity, none blank, and a whole narrowing or none. */
final class BindingRules {

    private static final int MAX_ACTIVITIES = 100;

    private BindingRules() {}

    static void check(StepBinding binding, String path, ValidationProblems problems) {
        if (binding == null) {
            return;
        }
        if (binding.activities().isEmpty()) {
            problems.add(
                    path + ".activities",
                    "bind at least one activity (an exact name, or a pattern such as A_*), " + "or remove the binding");
        }
        problems.check(
                binding.activities().size() <= MAX_ACTIVITIES,
                path + ".activities",
                "has " + binding.activities().size() + " activities; at most " + MAX_ACTIVITIES
                        + " are allowed, use a pattern");
        for (int i = 0; i < binding.activities().size(); i++) {
            problems.notBlank(binding.activities().get(i), path + ".activities[" + i + "]");
        }
        if (binding.where() != null) {
            problems.notBlank(binding.where().attribute(), path + ".where.attribute");
            problems.notBlank(binding.where().equals(), path + ".where.equals");
        }
    }
}
