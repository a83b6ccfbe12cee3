package io.journeyboard.server.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.journeyboard.server.support.AtOnce;
import io.journeyboard.server.support.Backend;
import io.journeyboard.server.support.BothDatabases;
import io.journeyboard.server.support.Caller;
import io.journeyboard.server.support.Fixtures;
import io.journeyboard.server.support.TestServer;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

class ConcurrentMemberChangesTest {

    private static final int ROUNDS = 20;

    @BothDatabases
    void twoOwnersDemotingEachOtherAtOnceLeaveOneOwner(Backend backend) throws Exception {
        TestServer server = backend.start();
        Caller first = server.signUp("first");
        Caller second = server.signUp("second");
        List<String> ownerless = new ArrayList<>();
        for (int round = 0; round < ROUNDS; round++) {
            String members = twoOwners(server, first, second);
            AtOnce.run(List.<Callable<Integer>>of(
                    () -> first.put(members + "/" + second.userId(), "{\"role\":\"editor\"}")
                            .status(),
                    () -> second.put(members + "/" + first.userId(), "{\"role\":\"editor\"}")
                            .status()));
            if (owners(first, second, members) != 1) {
                ownerless.add(members);
            }
        }
        assertThat(ownerless).as("workspaces left without exactly one owner").isEmpty();
    }

    @BothDatabases
    void twoOwnersRemovingEachOtherAtOnceLeaveOneOwner(Backend backend) throws Exception {
        TestServer server = backend.start();
        Caller first = server.signUp("first");
        Caller second = server.signUp("second");
        List<String> ownerless = new ArrayList<>();
        for (int round = 0; round < ROUNDS; round++) {
            String members = twoOwners(server, first, second);
            List<Integer> answers = AtOnce.run(List.<Callable<Integer>>of(
                    () -> first.delete(members + "/" + second.userId()).status(),
                    () -> second.delete(members + "/" + first.userId()).status()));
            assertThat(answers).as("one removal is done, the other refused").containsOnlyOnce(204);
            if (owners(first, second, members) != 1) {
                ownerless.add(members);
            }
        }
        assertThat(ownerless).as("workspaces left without exactly one owner").isEmpty();
    }

    /** A new workspace of {@code first} where {@code second} is an owner too; answers its members path. */
    private static String twoOwners(TestServer server, Caller first, Caller second) {
        String ws = Fixtures.workspace(first);
        String email = second.get("/api/v1/me").json().at("/user/email").asText();
        assertThat(first.post(
                                "/api/v1/workspaces/" + ws + "/members",
                                "{\"email\":\"" + email + "\",\"role\":\"owner\"}")
                        .status())
                .isEqualTo(201);
        return "/api/v1/workspaces/" + ws + "/members";
    }

    /** The owners of the workspace, as whichever of the two is still a member sees them. */
    private static long owners(Caller first, Caller second, String members) {
        for (Caller caller : List.of(first, second)) {
            JsonNode list = caller.get(members).json();
            if (list.isArray()) {
                return list.findValuesAsText("role").stream()
                        .filter("OWNER"::equalsIgnoreCase)
                        .count();
            }
        }
        return 0;
    }
}
