package io.journeyboard.model.format;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** Jackson mix-in for the workspace: the version tag sits beside its fields but is read separately. */
@JsonIgnoreProperties({WorkspaceJson.VERSION_FIELD})
abstract class WorkspaceFields {}
