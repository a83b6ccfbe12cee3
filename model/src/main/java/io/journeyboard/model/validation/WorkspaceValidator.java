package io.journeyboard.model.validation;

import io.journeyboard.model.evidence.Evidence;
import io.journeyboard.model.journey.Journey;
import io.journeyboard.model.persona.Attribute;
import io.journeyboard.model.persona.Persona;
import io.journeyboard.model.workspace.Workspace;
import io.journeyboard.model.workspace.WorkspaceLimits;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Checks a whole workspace and reports every problem at once, each with its path, so a user can fix
 * a file in one pass. A workspace with no problems can be rendered, analysed and stored.
 */
public final class WorkspaceValidator {

    /** All problems of {@code workspace}, in document order; empty when it is valid. */
    public List<Problem> validate(Workspace workspace) {
        ValidationProblems problems = new ValidationProblems();
        problems.notBlank(workspace.name(), "name");
        problems.maxLength(workspace.description(), "description");

        Set<String> evidenceIds = ValidationProblems.newIdSet();
        for (int i = 0; i < workspace.evidence().size(); i++) {
            validateEvidence(workspace.evidence().get(i), "evidence[" + i + "]", evidenceIds, problems);
        }
        Set<String> personaIds = ValidationProblems.newIdSet();
        int personaCount = workspace.personas().size();
        int limit = WorkspaceLimits.PERSONAS_PER_WORKSPACE;
        problems.check(
                personaCount <= limit,
                "personas[" + limit + "]",
                "is persona " + (limit + 1) + " of " + personaCount + "; a workspace may have at most " + limit
                        + " personas");
        for (int i = 0; i < workspace.personas().size(); i++) {
            validatePersona(workspace.personas().get(i), "personas[" + i + "]", personaIds, evidenceIds, problems);
        }
        Set<String> journeyIds = ValidationProblems.newIdSet();
        for (int i = 0; i < workspace.journeys().size(); i++) {
            problems.id(workspace.journeys().get(i).id(), "journeys[" + i + "].id", journeyIds);
        }
        Set<String> validJourneyIds =
                workspace.journeys().stream().map(Journey::id).collect(Collectors.toSet());
        JourneyValidator journeys = new JourneyValidator(problems, personaIds, evidenceIds, validJourneyIds);
        for (int i = 0; i < workspace.journeys().size(); i++) {
            journeys.validate(workspace.journeys().get(i), "journeys[" + i + "]");
        }
        return problems.list();
    }

    private static void validateEvidence(Evidence evidence, String path, Set<String> ids, ValidationProblems problems) {
        problems.id(evidence.id(), path + ".id", ids);
        problems.required(evidence.kind(), path + ".kind");
        boolean hasContent = notBlank(evidence.summary()) || notBlank(evidence.url());
        problems.check(hasContent, path + ".summary", "must not be blank unless a url is given");
        problems.maxLength(evidence.summary(), path + ".summary");
        if (evidence.recorded() != null && !evidence.recorded().matches("\\d{4}-\\d{2}-\\d{2}")) {
            problems.add(path + ".recorded", "'" + evidence.recorded() + "' is not a date; write it as YYYY-MM-DD");
        }
    }

    private static void validatePersona(
            Persona persona, String path, Set<String> ids, Set<String> evidenceIds, ValidationProblems problems) {
        problems.id(persona.id(), path + ".id", ids);
        problems.notBlank(persona.name(), path + ".name");
        problems.maxLength(persona.description(), path + ".description");
        problems.maxLength(persona.quote(), path + ".quote");
        for (int i = 0; i < persona.demographics().size(); i++) {
            Attribute attribute = persona.demographics().get(i);
            problems.notBlank(attribute.label(), path + ".demographics[" + i + "].label");
            problems.notBlank(attribute.value(), path + ".demographics[" + i + "].value");
        }
        textList(persona.goals(), path + ".goals", problems);
        textList(persona.needs(), path + ".needs", problems);
        textList(persona.motivations(), path + ".motivations", problems);
        textList(persona.frustrations(), path + ".frustrations", problems);
        textList(persona.behaviours(), path + ".behaviours", problems);
        problems.references(persona.evidenceIds(), evidenceIds, path + ".evidenceIds", "evidence");
    }

    private static void textList(List<String> texts, String path, ValidationProblems problems) {
        for (int i = 0; i < texts.size(); i++) {
            problems.notBlank(texts.get(i), path + "[" + i + "]");
        }
    }

    private static boolean notBlank(String s) {
        return s != null && !s.isBlank();
    }
}
