package io.journeyboard.model.format;

import static org.assertj.core.api.Assertions.assertThat;

import io.journeyboard.model.fixture.RandomWorkspaces;
import io.journeyboard.model.workspace.Workspace;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class WorkspaceRoundTripProperties {

    private final WorkspaceJson json = new WorkspaceJson();

    @Property(tries = 300)
    void anyWorkspaceSurvivesWriteAndRead(@ForAll("workspaces") Workspace workspace) throws Exception {
        String written = json.write(workspace);

        Workspace read = json.read(written.getBytes(StandardCharsets.UTF_8), "generated.json");

        assertThat(read).isEqualTo(workspace);
        assertThat(json.write(read)).isEqualTo(written);
    }

    @Provide
    Arbitrary<Workspace> workspaces() {
        return Arbitraries.longs().map(seed -> new RandomWorkspaces(new Random(seed)).workspace());
    }
}
