package io.journeyboard.server.persona;

import static org.assertj.core.api.Assertions.assertThat;

import io.journeyboard.server.support.AtOnce;
import io.journeyboard.server.support.Backend;
import io.journeyboard.server.support.BothDatabases;
import io.journeyboard.server.support.Caller;
import io.journeyboard.server.support.Fixtures;
import java.util.List;

class ConcurrentPersonaCreateTest {

    @BothDatabases
    void identicalPersonaCreatesAtOnceStoreOneAndAnswerTheOthers409(Backend backend) throws Exception {
        Caller owner = backend.start().signUp("owner");
        String personas = "/api/v1/workspaces/" + Fixtures.workspace(owner) + "/personas";
        String persona = "{\"id\":\"twin\",\"name\":\"Twin\",\"segment\":\"Everyone\"}";

        List<Integer> answers =
                AtOnce.repeat(12, () -> owner.post(personas, persona).status());

        assertThat(answers).filteredOn(status -> status == 201).hasSize(1);
        assertThat(answers).filteredOn(status -> status == 409).hasSize(11);
        assertThat(owner.get(personas).json().findValuesAsText("id")).containsExactly("p1", "twin");
    }
}
