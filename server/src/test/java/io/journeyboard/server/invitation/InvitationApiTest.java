package io.journeyboard.server.invitation;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import io.journeyboard.server.support.Backend;
import io.journeyboard.server.support.BothDatabases;
import io.journeyboard.server.support.Caller;
import io.journeyboard.server.support.Fixtures;
import io.journeyboard.server.support.Reply;
import io.journeyboard.server.support.TestServer;
import jakarta.mail.internet.MimeMessage;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Invitations over real HTTP, e-mailed through a real SMTP server (GreenMail) started in the test. */
class InvitationApiTest {

    private static final Pattern LINK = Pattern.compile("#/invitation/(jbi_[A-Za-z0-9_-]+)");

    @BothDatabases
    void anInvitationIsMailedAndItsLinkSignsUpTheInvitedAddressWithTheRoleWhereSignUpIsClosed(Backend backend)
            throws Exception {
        GreenMail smtp = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        try {
            TestServer server = backend.start(config -> config.withOpenSignUp(false)
                    .withSmtp(new SmtpSettings("127.0.0.1", smtp.getSmtp().getPort(), "journeyboard@example.org")));
            Caller owner = server.signUp("owner");
            String ws = Fixtures.workspace(owner);
            Reply closed = server.anonymous()
                    .post(
                            "/api/v1/auth/sign-up",
                            "{\"email\":\"eve@example.org\",\"name\":\"Eve\",\"password\":\"" + TestServer.PASSWORD
                                    + "\"}");

            Reply invited = owner.post(
                    "/api/v1/workspaces/" + ws + "/invitations",
                    "{\"email\":\"Grace@Example.org\",\"role\":\"commenter\"}",
                    "Origin",
                    "https://cx.example.org");

            assertThat(closed.status()).as(closed.toString()).isEqualTo(403);
            assertThat(invited.status()).as(invited.toString()).isEqualTo(201);
            assertThat(invited.json().get("emailed").asBoolean()).isTrue();
            assertThat(smtp.waitForIncomingEmail(5_000, 1)).isTrue();
            MimeMessage mail = smtp.getReceivedMessages()[0];
            assertThat(mail.getAllRecipients()[0].toString()).isEqualTo("grace@example.org");
            assertThat(mail.getFrom()[0].toString()).isEqualTo("journeyboard@example.org");
            assertThat(mail.getSubject()).contains("owner invited you to");
            String body = GreenMailUtil.getBody(mail);
            assertThat(body)
                    .contains("https://cx.example.org/#/invitation/jbi_")
                    .contains("as commenter");
            Matcher link = LINK.matcher(body);
            assertThat(link.find()).isTrue();
            String token = link.group(1);
            assertThat(invited.json().get("link").asText()).endsWith(token);

            Reply shown = server.anonymous().get("/api/v1/invitations/" + token);
            Reply joined = server.anonymous()
                    .post(
                            "/api/v1/invitations/" + token + "/sign-up",
                            "{\"name\":\"Grace\",\"password\":\"" + TestServer.PASSWORD + "\"}");
            Caller grace = server.anonymous().session(joined);
            Reply again = server.anonymous()
                    .post(
                            "/api/v1/invitations/" + token + "/sign-up",
                            "{\"name\":\"Mallory\",\"password\":\"" + TestServer.PASSWORD + "\"}");

            assertThat(shown.json().get("accountExists").asBoolean()).isFalse();
            assertThat(shown.json().get("role").asText()).isEqualTo("commenter");
            assertThat(joined.status()).as(joined.toString()).isEqualTo(201);
            assertThat(grace.get("/api/v1/workspaces/" + ws).json().get("role").asText())
                    .isEqualTo("commenter");
            assertThat(again.status()).isEqualTo(404);
            assertThat(owner.get("/api/v1/workspaces/" + ws + "/invitations").json())
                    .isEmpty();
        } finally {
            smtp.stop();
        }
    }

    @BothDatabases
    void withoutAMailServerTheLinkIsAnsweredToCopyAndOnlyTheInvitedAddressMayAcceptIt(Backend backend) {
        TestServer server = backend.start();
        Caller owner = server.signUp("owner");
        String ws = Fixtures.workspace(owner);
        Caller grace = server.signUp("grace");
        Caller other = server.signUp("other");
        String graceEmail = grace.get("/api/v1/me").json().at("/user/email").asText();

        Reply invited = owner.post(
                "/api/v1/workspaces/" + ws + "/invitations", "{\"email\":\"" + graceEmail + "\",\"role\":\"editor\"}");
        String token = invited.json().get("link").asText().replaceFirst(".*#/invitation/", "");
        Reply wrongPerson = other.post("/api/v1/invitations/" + token + "/accept", null);
        Reply accepted = grace.post("/api/v1/invitations/" + token + "/accept", null);
        Reply twice = owner.post(
                "/api/v1/workspaces/" + ws + "/invitations", "{\"email\":\"" + graceEmail + "\",\"role\":\"viewer\"}");

        assertThat(invited.json().get("emailed").asBoolean()).isFalse();
        assertThat(invited.json().get("emailProblem").asText()).contains("no mail server is configured");
        assertThat(wrongPerson.status()).isEqualTo(403);
        assertThat(wrongPerson.json().get("detail").asText()).contains(graceEmail);
        assertThat(accepted.status()).as(accepted.toString()).isEqualTo(200);
        assertThat(accepted.json().get("workspaceId").asText()).isEqualTo(ws);
        assertThat(grace.get("/api/v1/workspaces/" + ws).json().get("role").asText())
                .isEqualTo("editor");
        assertThat(twice.status()).isEqualTo(409);
    }

    @BothDatabases
    void aMemberLeavesButTheLastOwnerCannot(Backend backend) {
        TestServer server = backend.start();
        Caller owner = server.signUp("owner");
        String ws = Fixtures.workspace(owner);
        Caller viewer = Fixtures.member(server, owner, ws, "viewer");

        Reply lastOwner = owner.post("/api/v1/workspaces/" + ws + "/leave", null);
        Reply left = viewer.post("/api/v1/workspaces/" + ws + "/leave", null);

        assertThat(lastOwner.status()).isEqualTo(409);
        assertThat(lastOwner.json().get("detail").asText()).contains("last owner");
        assertThat(left.status()).isEqualTo(204);
        assertThat(viewer.get("/api/v1/workspaces/" + ws).status()).isEqualTo(404);
    }
}
